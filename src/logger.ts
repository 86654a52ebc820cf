import type { LogLevel } from './config.js';

/**
 * A small leveled logger that writes one line per event to stderr. Every line passes through the
 * redactor, so a token that slips into a message (an upstream error text, a URL) is replaced
 * before it is written.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Replaces every occurrence of the given secrets (and Authorization-looking values) in a text. */
export function createRedactor(secrets: readonly string[]): (text: string) => string {
  // Short strings would blank out ordinary words, and empty ones would match everywhere.
  const needles = [...new Set(secrets.filter((s) => s.length >= 6))].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const needle of needles) out = out.split(needle).join('[redacted]');
    // Authorization schemes are case-insensitive (RFC 9110), so `bearer …` is a credential too.
    return out.replace(/\b(Bearer|OAuth)\s+[A-Za-z0-9._~+/=-]{6,}/gi, '$1 [redacted]');
  };
}

export interface LoggerOptions {
  /** Default `info`. */
  level?: LogLevel;
  /** Secrets to scrub from every line. */
  secrets?: readonly string[];
  /** Where lines go; default `process.stderr`. */
  write?: (line: string) => void;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = ORDER[options.level ?? 'info'];
  const redact = createRedactor(options.secrets ?? []);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const at = (level: Exclude<LogLevel, 'silent'>) => (message: string) => {
    if (ORDER[level] >= threshold) write(redact(`${new Date().toISOString()} ${level.padEnd(5)} ${message}`));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A logger that drops everything (tests, library use). */
export const silentLogger: Logger = createLogger({ level: 'silent' });
