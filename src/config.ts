/**
 * The only reader of `process.env`. Turns the environment into a validated, typed `Config`, or
 * throws a `ConfigError` listing one line per bad variable. Secrets (tokens) are never echoed.
 * An empty string counts as unset, so `FOO=` in a `.env` file does not half-enable a source.
 */

/** Transport settings shared by every upstream (see `upstreams/http.ts`). */
export interface HttpConfig {
  /** TCP/TLS connect timeout. Env `UPSTREAM_CONNECT_TIMEOUT_MS`, default 5000. */
  connectTimeoutMs: number;
  /** Time to wait for response headers. Env `UPSTREAM_HEADERS_TIMEOUT_MS`, default 15000. */
  headersTimeoutMs: number;
  /** Max idle time between body chunks. Env `UPSTREAM_BODY_TIMEOUT_MS`, default 30000. */
  bodyTimeoutMs: number;
  /** Retries after the first attempt for reads. Env `UPSTREAM_RETRIES`, default 2. */
  retries: number;
  /** First backoff step; doubles per retry, with full jitter. Env `UPSTREAM_RETRY_BASE_MS`, default 200. */
  retryBaseDelayMs: number;
  /** Longest `Retry-After` the gateway waits for; longer answers fail at once. Env `UPSTREAM_MAX_RETRY_AFTER_MS`, default 10000. */
  maxRetryAfterMs: number;
  /** Concurrent connections per upstream origin. Env `UPSTREAM_CONNECTIONS`, default 16. */
  connections: number;
}

export interface EnneoConfig {
  /** Instance base including `/api/mind`. */
  url: string;
  token: string;
  /** IANA zone the export's zone-less timestamps are read in. Default `UTC`. */
  timeZone: string;
}

export type SocialboardsAuth =
  | { kind: 'token'; token: string }
  | { kind: 'refresh'; clientId: string; refreshToken: string };

export interface SocialboardsConfig {
  /** Default `https://api.socialboards.com`. */
  url: string;
  auth: SocialboardsAuth;
}

/** How Tracker is read, apart from where and as whom; present even without credentials (the sandbox uses it). */
export interface TrackerSettings {
  /** Default `v3`. */
  apiVersion: 'v2' | 'v3';
  /** `Accept-Language` for display names. Env `TRACKER_ACCEPT_LANGUAGE`, default `en`. */
  acceptLanguage: string;
  /** Business calendar: days per week (`TRACKER_WEEK_DAYS`, default 5) and hours per day (`TRACKER_DAY_HOURS`, default 8). */
  weekDays: number;
  dayHours: number;
}

export interface TrackerConfig extends TrackerSettings {
  /** Default `https://api.tracker.yandex.net`. */
  url: string;
  token: string;
  /** `Authorization: <scheme> <token>`. Default `OAuth`. */
  authScheme: 'OAuth' | 'Bearer';
  /** Exactly one organisation header is sent. */
  org: { header: 'X-Org-ID' | 'X-Cloud-Org-ID'; id: string };
}

/** Limits on one GraphQL operation, checked before it runs (see `operation-limits.ts`). */
export interface OperationLimits {
  /** Deepest field nesting. Env `GRAPHQL_MAX_DEPTH`, default 20. */
  maxDepth: number;
  /** Most aliases in one operation. Env `GRAPHQL_MAX_ALIASES`, default 30. */
  maxAliases: number;
  /** Most lexical tokens in one document. Env `GRAPHQL_MAX_TOKENS`, default 10000. */
  maxTokens: number;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  /** Env `PORT`, default 4000. */
  port: number;
  /** Env `HOST`; unset listens on every interface. */
  host: string | undefined;
  /**
   * `SANDBOX=1` forces the built-in simulators (`forced`), `SANDBOX=0` never starts them (`off`);
   * unset: started when no source is configured (`auto`).
   */
  sandbox: 'forced' | 'auto' | 'off';
  http: HttpConfig;
  /** One GraphQL request's whole time budget (see `upstreams/deadline.ts`). Env `REQUEST_TIMEOUT_MS`, default 30000. */
  requestTimeoutMs: number;
  limits: OperationLimits;
  enneo: EnneoConfig | undefined;
  socialboards: SocialboardsConfig | undefined;
  tracker: TrackerConfig | undefined;
  /** Tracker's API version, language and business calendar, whether or not Tracker is configured. */
  trackerSettings: TrackerSettings;
  /** Env `LOG_LEVEL`, default `info`. */
  logLevel: LogLevel;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

/** Reads one variable; empty or whitespace-only counts as unset. */
function read(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** Collects problems so every bad variable is reported at once, not one per restart. */
class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  string(name: string): string | undefined {
    return read(this.env, name);
  }

  /** A credential: never echoed; must be usable as a header value. */
  secret(name: string): string | undefined {
    const value = read(this.env, name);
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

function readEnneo(r: Reader): EnneoConfig | undefined {
  const url = r.url('ENNEO_URL');
  const token = r.secret('ENNEO_TOKEN');
  const timeZone = r.timeZone('ENNEO_TIMEZONE', 'UTC');
  if (url === undefined && token === undefined) return undefined;
  if (token === undefined && r.string('ENNEO_TOKEN') === undefined) {
    r.problem('ENNEO_TOKEN is required when ENNEO_URL is set (an enneo API key, sent as Bearer token)');
  }
  if (url === undefined && r.string('ENNEO_URL') === undefined) {
    r.problem('ENNEO_URL is required when ENNEO_TOKEN is set (the instance base, e.g. https://demo.enneo.ai/api/mind)');
  }
  return url && token ? { url, token, timeZone } : undefined;
}

function readSocialboards(r: Reader): SocialboardsConfig | undefined {
  const urlSet = r.string('SOCIALBOARDS_URL') !== undefined;
  const url = r.url('SOCIALBOARDS_URL', 'https://api.socialboards.com');
  const token = r.secret('SOCIALBOARDS_TOKEN');
  const clientId = r.secret('SOCIALBOARDS_CLIENT_ID');
  const refreshToken = r.secret('SOCIALBOARDS_REFRESH_TOKEN');
  const clientIdSet = r.string('SOCIALBOARDS_CLIENT_ID') !== undefined;
  const refreshSet = r.string('SOCIALBOARDS_REFRESH_TOKEN') !== undefined;
  const tokenSet = r.string('SOCIALBOARDS_TOKEN') !== undefined;

  if (tokenSet && (clientIdSet || refreshSet)) {
    r.problem(
      'SOCIALBOARDS_TOKEN and SOCIALBOARDS_CLIENT_ID/SOCIALBOARDS_REFRESH_TOKEN are both set; choose one way to authenticate',
    );
    return undefined;
  }
  if (clientIdSet !== refreshSet) {
    r.problem(
      clientIdSet
        ? 'SOCIALBOARDS_REFRESH_TOKEN is required when SOCIALBOARDS_CLIENT_ID is set'
        : 'SOCIALBOARDS_CLIENT_ID is required when SOCIALBOARDS_REFRESH_TOKEN is set',
    );
    return undefined;
  }
  if (!tokenSet && !clientIdSet) {
    if (urlSet) {
      r.problem(
        'SOCIALBOARDS_URL is set but no credentials are: set SOCIALBOARDS_TOKEN, or SOCIALBOARDS_CLIENT_ID and SOCIALBOARDS_REFRESH_TOKEN',
      );
    }
    return undefined;
  }
  if (!url) return undefined;
  if (token) return { url, auth: { kind: 'token', token } };
  if (clientId && refreshToken) return { url, auth: { kind: 'refresh', clientId, refreshToken } };
  return undefined;
}

function readTrackerSettings(r: Reader): TrackerSettings {
  const apiVersion = r.oneOf('TRACKER_API_VERSION', ['v3', 'v2'] as const, 'v3');
  const acceptLanguage = r.string('TRACKER_ACCEPT_LANGUAGE') ?? 'en';
  if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(acceptLanguage)) {
    r.problem(`TRACKER_ACCEPT_LANGUAGE must be a language tag such as en or ru (got "${acceptLanguage}")`);
  }
  const weekDays = r.number('TRACKER_WEEK_DAYS', 5, 1, 7);
  const dayHours = r.number('TRACKER_DAY_HOURS', 8, 1, 24);
  return { apiVersion, acceptLanguage, weekDays, dayHours };
}

function readTracker(r: Reader, settings: TrackerSettings): TrackerConfig | undefined {
  const names = ['TRACKER_URL', 'TRACKER_TOKEN', 'TRACKER_ORG_ID', 'TRACKER_CLOUD_ORG_ID'];
  const anySet = names.some((n) => r.string(n) !== undefined);
  const url = r.url('TRACKER_URL', 'https://api.tracker.yandex.net');
  const token = r.secret('TRACKER_TOKEN');
  const authScheme = r.oneOf('TRACKER_AUTH_SCHEME', ['OAuth', 'Bearer'] as const, 'OAuth', true);
  const orgId = r.string('TRACKER_ORG_ID');
  const cloudOrgId = r.string('TRACKER_CLOUD_ORG_ID');
  if (!anySet) return undefined;

  if (r.string('TRACKER_TOKEN') === undefined) {
    r.problem('TRACKER_TOKEN is required when TRACKER_URL or an organisation id is set');
  }
  if (orgId !== undefined && cloudOrgId !== undefined) {
    r.problem('TRACKER_ORG_ID and TRACKER_CLOUD_ORG_ID are both set; Tracker takes exactly one organisation header');
    return undefined;
  }
  if (orgId === undefined && cloudOrgId === undefined) {
    r.problem(
      'TRACKER_ORG_ID (Yandex 360 organisation) or TRACKER_CLOUD_ORG_ID (Yandex Cloud organisation) is required with TRACKER_TOKEN',
    );
    return undefined;
  }
  const org =
    orgId !== undefined
      ? { header: 'X-Org-ID' as const, id: orgId }
      : { header: 'X-Cloud-Org-ID' as const, id: cloudOrgId! };
  if (/[\s\u0000-\u001f]/.test(org.id)) {
    r.problem(`${orgId !== undefined ? 'TRACKER_ORG_ID' : 'TRACKER_CLOUD_ORG_ID'} must not contain whitespace`);
    return undefined;
  }
  if (!url || !token) return undefined;
  return { url, token, authScheme, org, ...settings };
}

/** Validates the environment; throws `ConfigError` with every problem found. */
export function loadConfig(env: Env = process.env): Config {
  const r = new Reader(env);
  const port = r.int('PORT', 4000, 0, 65535);
  const host = r.string('HOST');
  const sandboxFlag = r.oneOf('SANDBOX', ['1', 'true', '0', 'false', 'auto'] as const, 'auto', true);
  const sandbox = sandboxFlag === 'auto' ? 'auto' : sandboxFlag === '1' || sandboxFlag === 'true' ? 'forced' : 'off';
  const http: HttpConfig = {
    connectTimeoutMs: r.int('UPSTREAM_CONNECT_TIMEOUT_MS', 5_000, 1, 600_000),
    headersTimeoutMs: r.int('UPSTREAM_HEADERS_TIMEOUT_MS', 15_000, 1, 600_000),
    bodyTimeoutMs: r.int('UPSTREAM_BODY_TIMEOUT_MS', 30_000, 1, 600_000),
    retries: r.int('UPSTREAM_RETRIES', 2, 0, 10),
    retryBaseDelayMs: r.int('UPSTREAM_RETRY_BASE_MS', 200, 0, 60_000),
    maxRetryAfterMs: r.int('UPSTREAM_MAX_RETRY_AFTER_MS', 10_000, 0, 600_000),
    connections: r.int('UPSTREAM_CONNECTIONS', 16, 1, 1024),
  };
  const requestTimeoutMs = r.int('REQUEST_TIMEOUT_MS', 30_000, 1, 600_000);
  const limits: OperationLimits = {
    maxDepth: r.int('GRAPHQL_MAX_DEPTH', 20, 1, 1000),
    maxAliases: r.int('GRAPHQL_MAX_ALIASES', 30, 0, 10_000),
    maxTokens: r.int('GRAPHQL_MAX_TOKENS', 10_000, 100, 1_000_000),
  };
  const logLevel = r.oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info', true);
  const enneo = readEnneo(r);
  const socialboards = readSocialboards(r);
  const trackerSettings = readTrackerSettings(r);
  const tracker = readTracker(r, trackerSettings);

  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return { port, host, sandbox, http, requestTimeoutMs, limits, enneo, socialboards, tracker, trackerSettings, logLevel };
}

/** True when at least one source has credentials. */
export function hasAnySource(config: Config): boolean {
  return Boolean(config.enneo || config.socialboards || config.tracker);
}
