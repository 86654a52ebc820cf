/**
 * Reading environment variables into typed values, shared by the core settings (`config.ts`) and
 * each source's own reader (`sources/<name>/config.ts`). Problems are collected, not thrown, so
 * every bad variable is reported at once.
 */
import { readFileSync } from 'node:fs';

export type Env = Record<string, string | undefined>;

/** Reads one variable; empty or whitespace-only counts as unset. */
function read(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** Collects problems so every bad variable is reported at once, not one per restart. */
export class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  string(name: string): string | undefined {
    return read(this.env, name);
  }

  /** True when the variable or, for a secret, its `_FILE` form is set. */
  isSet(name: string): boolean {
    return read(this.env, name) !== undefined || read(this.env, `${name}_FILE`) !== undefined;
  }

  /** The file a secret was read from (`X_FILE`), when it was given that way. */
  secretFile(name: string): string | undefined {
    return read(this.env, `${name}_FILE`);
  }

  /**
   * A credential: never echoed; must be usable as a header value. Every secret `X` may instead be
   * given as a file named by `X_FILE` (Docker/Kubernetes secrets): its content with one trailing
   * newline stripped. Setting both is a problem naming both. Use this for any new secret variable.
   */
  secret(name: string): string | undefined {
    const fileName = `${name}_FILE`;
    const path = read(this.env, fileName);
    let value = read(this.env, name);
    if (path !== undefined) {
      if (value !== undefined) {
        this.problems.push(`${name} and ${fileName} are both set; set only one of them`);
        return undefined;
      }
      try {
        const content = readFileSync(path, 'utf8');
        value = content.replace(/\r?\n$/, '');
      } catch (error) {
        const code = (error as { code?: string }).code ?? 'unreadable';
        this.problems.push(`${fileName} names a file that cannot be read (${path}: ${code})`);
        return undefined;
      }
      if (value === '') {
        this.problems.push(`${fileName} names an empty file (${path})`);
        return undefined;
      }
      name = fileName;
    }
    if (value !== undefined && /[\s\u0000-\u001f\u007f]/.test(value)) {
      this.problems.push(`${name} contains whitespace or control characters; paste the token alone`);
      return undefined;
    }
    return value;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = read(this.env, name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^-?\d+$/.test(raw) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  number(name: string, fallback: number, min: number, max: number): number {
    const raw = read(this.env, name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) {
      this.problems.push(`${name} must be a number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T, caseInsensitive = false): T {
    const raw = read(this.env, name);
    if (raw === undefined) return fallback;
    const found = allowed.find((a) => (caseInsensitive ? a.toLowerCase() === raw.toLowerCase() : a === raw));
    if (!found) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
      return fallback;
    }
    return found;
  }

  /** An http(s) base URL; echoed without any user:password part. Trailing slashes are dropped. */
  url(name: string, fallback?: string): string | undefined {
    const raw = read(this.env, name);
    if (raw === undefined) return fallback;
    let parsed: URL | undefined;
    try {
      parsed = new URL(raw);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
      this.problems.push(`${name} must be an absolute http:// or https:// URL`);
      return undefined;
    }
    if (parsed.username || parsed.password) {
      this.problems.push(`${name} must not carry credentials in the URL; use the token variables instead`);
      return undefined;
    }
    if (parsed.search || parsed.hash) {
      this.problems.push(`${name} must not have a query string or fragment (got ${parsed.origin}${parsed.pathname}…)`);
      return undefined;
    }
    return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
  }

  timeZone(name: string, fallback: string): string {
    const raw = read(this.env, name);
    if (raw === undefined) return fallback;
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone: raw }).resolvedOptions().timeZone;
    } catch {
      this.problems.push(`${name} must be an IANA time zone such as Europe/Berlin or UTC (got "${raw}")`);
      return fallback;
    }
  }

  problem(message: string): void {
    this.problems.push(message);
  }
}
