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

/** Short strings would blank out ordinary words, and empty ones would match everywhere. */
const MIN_SECRET_LENGTH = 6;

/**
 * Secrets that exist only while a request is in flight: tokens a caller forwards for the sources,
 * its bearer token or API key. Added when the request arrives, dropped when its response is sent,
 * so nothing of a request is kept after it.
 */
export class LiveSecrets {
  private readonly counts = new Map<string, number>();

  /** Registers values for redaction; the returned function removes them again. */
  add(values: readonly string[]): () => void {
    const added = values.filter((v) => v.length >= MIN_SECRET_LENGTH);
    for (const value of added) this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    return () => {
      for (const value of added) {
        const count = (this.counts.get(value) ?? 1) - 1;
        if (count === 0) this.counts.delete(value);
        else this.counts.set(value, count);
      }
    };
  }

  values(): string[] {
    return [...this.counts.keys()];
  }
}

const byLengthDescending = (a: string, b: string) => b.length - a.length;

/** Replaces every occurrence of the given secrets (and Authorization-looking values) in a text. */
export function createRedactor(secrets: readonly string[], live?: LiveSecrets): (text: string) => string {
  const needles = [...new Set(secrets.filter((s) => s.length >= MIN_SECRET_LENGTH))].sort(byLengthDescending);
  return (text) => {
    let out = text;
    const current = live?.values() ?? [];
    for (const needle of current.length === 0 ? needles : [...needles, ...current].sort(byLengthDescending)) {
      out = out.split(needle).join('[redacted]');
    }
    // Authorization schemes are case-insensitive (RFC 9110), so `bearer …` is a credential too.
    return out.replace(/\b(Bearer|OAuth)\s+[A-Za-z0-9._~+/=-]{6,}/gi, '$1 [redacted]');
  };
}

export interface LoggerOptions {
  /** Default `info`. */
  level?: LogLevel;
  /** Secrets to scrub from every line. */
  secrets?: readonly string[];
  /** Per-request secrets to scrub while their request is in flight. */
  liveSecrets?: LiveSecrets;
  /** Where lines go; default `process.stderr`. */
  write?: (line: string) => void;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = ORDER[options.level ?? 'info'];
  const redact = createRedactor(options.secrets ?? [], options.liveSecrets);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const at = (level: Exclude<LogLevel, 'silent'>) => (message: string) => {
    if (ORDER[level] >= threshold) write(redact(`${new Date().toISOString()} ${level.padEnd(5)} ${message}`));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A logger that drops everything (tests, library use). */
export const silentLogger: Logger = createLogger({ level: 'silent' });
