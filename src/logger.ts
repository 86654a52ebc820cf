import { pino } from 'pino';
import type { LogLevel } from './config.js';

/**
 * Structured logging on pino: one JSON object per line on stdout (`LOG_FORMAT=json`: `level` as a
 * string, `time` as ISO 8601, `msg`, plus the fields of the event), or a short human line
 * (`LOG_FORMAT=pretty`, the development default). Every serialized line passes through the
 * value-based redactor before it is written, so a token that slips into a message or a field (an
 * upstream error text, a URL) is replaced whatever key it sits under — pino's own path-based
 * `redact` only knows keys named in advance.
 */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds `bindings` (e.g. `requestId`) to every line it writes. */
  child(bindings: LogFields): Logger;
}

export type LogFields = Record<string, unknown>;
export type LogFormat = 'json' | 'pretty';

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

/** Each secret as written and as it appears JSON-escaped in a JSON line, longest first. */
function needlesOf(secrets: readonly string[]): string[] {
  const plain = secrets.filter((s) => s.length >= MIN_SECRET_LENGTH);
  const escaped = plain.map((s) => JSON.stringify(s).slice(1, -1));
  return [...new Set([...plain, ...escaped])].sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of the given secrets (and Authorization-looking values) in a text. */
export function createRedactor(secrets: readonly string[], live?: LiveSecrets): (text: string) => string {
  const needles = needlesOf(secrets);
  return (text) => {
    let out = text;
    const current = live?.values() ?? [];
    for (const needle of current.length === 0 ? needles : needlesOf([...secrets, ...current])) {
      out = out.split(needle).join('[redacted]');
    }
    // Authorization schemes are case-insensitive (RFC 9110), so `bearer …` is a credential too.
    return out.replace(/\b(Bearer|OAuth)\s+[A-Za-z0-9._~+/=-]{6,}/gi, '$1 [redacted]');
  };
}

export interface LoggerOptions {
  /** Default `info`. */
  level?: LogLevel;
  /** Default `json`. */
  format?: LogFormat;
  /** Secrets to scrub from every line. */
  secrets?: readonly string[];
  /** Per-request secrets to scrub while their request is in flight. */
  liveSecrets?: LiveSecrets;
  /** Where each finished line goes (without its newline); default stdout, written synchronously. */
  write?: (line: string) => void;
}

/** `time level msg key=value …` for a person reading a terminal. */
function prettyLine(json: string): string {
  const { time, level, msg, ...fields } = JSON.parse(json) as Record<string, unknown>;
  const rest = Object.entries(fields)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  return `${String(time)} ${String(level).padEnd(5)} ${String(msg)}${rest ? `  ${rest}` : ''}`;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const redact = createRedactor(options.secrets ?? [], options.liveSecrets);
  const format = options.format ?? 'json';
  // Synchronous, so the last lines before `process.exit` are not lost in a buffer.
  const stdout = options.write ? undefined : pino.destination({ dest: 1, sync: true });
  const out = options.write ?? ((line: string) => stdout!.write(`${line}\n`));
  const destination = {
    write(serialized: string) {
      const line = redact(serialized.endsWith('\n') ? serialized.slice(0, -1) : serialized);
      out(format === 'pretty' ? prettyLine(line) : line);
    },
  };
  const root = pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  return wrap(root);
}

function wrap(instance: pino.Logger): Logger {
  return {
    debug: (message, fields) => instance.debug(fields ?? {}, message),
    info: (message, fields) => instance.info(fields ?? {}, message),
    warn: (message, fields) => instance.warn(fields ?? {}, message),
    error: (message, fields) => instance.error(fields ?? {}, message),
    child: (bindings) => wrap(instance.child(bindings)),
  };
}

/** A logger that drops everything (tests, library use). */
export const silentLogger: Logger = createLogger({ level: 'silent', write: () => {} });
