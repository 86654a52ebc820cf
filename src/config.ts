/**
 * The only reader of `process.env`. Turns the environment into a validated, typed `Config`, or
 * throws a `ConfigError` listing one line per bad variable. Secrets (tokens) are never echoed.
 * An empty string counts as unset, so `FOO=` in a `.env` file does not half-enable a source.
 */
import { readFileSync } from 'node:fs';
import { type ApiKey, parseApiKeys } from './auth/api-keys.js';
import { type PeopleFileEntry, readPeopleFile } from './people/people-file.js';

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
  /** Absent only with `UPSTREAM_CREDENTIALS=forward`, where each request brings its own. */
  token: string | undefined;
  /** IANA zone the export's zone-less timestamps are read in. Default `UTC`. */
  timeZone: string;
}

export type SocialboardsAuth =
  /** With `UPSTREAM_CREDENTIALS=forward` and no configured credentials: each request brings its own. */
  | { kind: 'forwarded' }
  | { kind: 'token'; token: string }
  | {
      kind: 'refresh';
      clientId: string;
      refreshToken: string;
      /**
       * `SOCIALBOARDS_REFRESH_TOKEN_FILE`, when the token was given that way: re-read before each
       * renewal and rewritten when Socialboards rotates the token, so a restart or another replica
       * never sends a spent one.
       */
      refreshTokenFile?: string;
    };

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
  /** Absent only with `UPSTREAM_CREDENTIALS=forward`, where each request brings its own. */
  token: string | undefined;
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

/** `NODE_ENV=production` is production; anything else is development. */
export type Mode = 'production' | 'development';

/** Client authentication (`AUTH_*`); see `auth/client-auth.ts`. */
export interface ClientAuthConfig {
  /** False with `AUTH=none`, or in development when neither JWKS nor API keys are configured. */
  required: boolean;
  /** `AUTH_JWKS_URL`, `AUTH_ISSUER` (required with it), `AUTH_AUDIENCE` (optional). */
  jwt: { jwksUrl: string; issuer: string; audience?: string } | undefined;
  /** Read from `AUTH_API_KEYS_FILE` at start-up. */
  apiKeys: ApiKey[] | undefined;
  /** `AUTH_ENNEO_PROFILE_CLAIM` */
  enneoProfileClaim: string | undefined;
}

/** Which browser origins may call (`CORS_ORIGINS`). */
export type CorsConfig =
  /** Any origin, without credentials (development default, or `CORS_ORIGINS=*`). */
  | { kind: 'any' }
  /** Exactly these origins, with credentials. */
  | { kind: 'list'; origins: string[] }
  /** No cross-origin browser access (production default). */
  | { kind: 'none' };

export interface SecurityConfig {
  mode: Mode;
  auth: ClientAuthConfig;
  /** `GRAPHIQL`: default on in development, off in production. */
  graphiql: boolean;
  /** `INTROSPECTION`: default on in development, off in production (`_service { sdl }` always works). */
  introspection: boolean;
  cors: CorsConfig;
  /** `MAX_REQUEST_BYTES`, default 1 MiB: larger request bodies are answered 413. */
  maxRequestBytes: number;
  /** `UPSTREAM_CREDENTIALS`: `service` (the configured tokens, default) or `forward` (the caller's `X-*-Token` headers). */
  upstreamCredentials: 'service' | 'forward';
}

/** Logs, metrics, tracing and shutdown (DESIGN.md "Operations"). */
export interface OperationsConfig {
  /** Env `LOG_FORMAT`: `json` (one object per line) or `pretty`. Default `json` when `NODE_ENV=production`, else `pretty`. */
  logFormat: 'json' | 'pretty';
  /** Env `METRICS_PORT`: serve `/metrics` on its own port instead of the gateway's. Default: unset (same port). */
  metricsPort: number | undefined;
  /** Env `OTEL_EXPORTER_OTLP_ENDPOINT`: spans go to `{endpoint}/v1/traces` over OTLP/HTTP. Default: unset (not exported). */
  otlpEndpoint: string | undefined;
  /** Env `OTEL_SERVICE_NAME`, default `ticketlog-gateway`. */
  serviceName: string;
  /** Env `SHUTDOWN_GRACE_MS`: how long in-flight requests may run after SIGTERM/SIGINT. Default 10000. */
  shutdownGraceMs: number;
}

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
  /** Mode, client authentication, CORS, GraphiQL and introspection, request size. */
  security: SecurityConfig;
  /** Env `PEOPLE_FILE`: people linked across sources by hand (authoritative over e-mail). Default: none. */
  people: PeopleFileEntry[];
  ops: OperationsConfig;
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

function readEnneo(r: Reader, forward: boolean): EnneoConfig | undefined {
  const url = r.url('ENNEO_URL');
  const token = r.secret('ENNEO_TOKEN');
  const timeZone = r.timeZone('ENNEO_TIMEZONE', 'UTC');
  if (url === undefined && token === undefined) return undefined;
  // Forwarding callers' tokens, the URL alone enables enneo; a configured token only serves probes.
  if (!forward && token === undefined && !r.isSet('ENNEO_TOKEN')) {
    r.problem('ENNEO_TOKEN is required when ENNEO_URL is set (an enneo API key, sent as Bearer token)');
  }
  if (url === undefined && r.string('ENNEO_URL') === undefined) {
    r.problem('ENNEO_URL is required when ENNEO_TOKEN is set (the instance base, e.g. https://demo.enneo.ai/api/mind)');
  }
  return url && (token || forward) ? { url, token, timeZone } : undefined;
}

function readSocialboards(r: Reader, forward: boolean): SocialboardsConfig | undefined {
  const urlSet = r.string('SOCIALBOARDS_URL') !== undefined;
  const url = r.url('SOCIALBOARDS_URL', 'https://api.socialboards.com');
  const token = r.secret('SOCIALBOARDS_TOKEN');
  const clientId = r.secret('SOCIALBOARDS_CLIENT_ID');
  const refreshToken = r.secret('SOCIALBOARDS_REFRESH_TOKEN');
  const clientIdSet = r.isSet('SOCIALBOARDS_CLIENT_ID');
  const refreshSet = r.isSet('SOCIALBOARDS_REFRESH_TOKEN');
  const tokenSet = r.isSet('SOCIALBOARDS_TOKEN');

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
    if (forward && urlSet) return url ? { url, auth: { kind: 'forwarded' } } : undefined;
    if (urlSet) {
      r.problem(
        'SOCIALBOARDS_URL is set but no credentials are: set SOCIALBOARDS_TOKEN, or SOCIALBOARDS_CLIENT_ID and SOCIALBOARDS_REFRESH_TOKEN',
      );
    }
    return undefined;
  }
  if (!url) return undefined;
  if (token) return { url, auth: { kind: 'token', token } };
  if (clientId && refreshToken) {
    const refreshTokenFile = r.secretFile('SOCIALBOARDS_REFRESH_TOKEN');
    return { url, auth: { kind: 'refresh', clientId, refreshToken, ...(refreshTokenFile ? { refreshTokenFile } : {}) } };
  }
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

function readTracker(r: Reader, settings: TrackerSettings, forward: boolean): TrackerConfig | undefined {
  const names = ['TRACKER_URL', 'TRACKER_ORG_ID', 'TRACKER_CLOUD_ORG_ID'];
  const anySet = r.isSet('TRACKER_TOKEN') || names.some((n) => r.string(n) !== undefined);
  const url = r.url('TRACKER_URL', 'https://api.tracker.yandex.net');
  const token = r.secret('TRACKER_TOKEN');
  const authScheme = r.oneOf('TRACKER_AUTH_SCHEME', ['OAuth', 'Bearer'] as const, 'OAuth', true);
  const orgId = r.string('TRACKER_ORG_ID');
  const cloudOrgId = r.string('TRACKER_CLOUD_ORG_ID');
  if (!anySet) return undefined;

  if (!forward && !r.isSet('TRACKER_TOKEN')) {
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
    orgId !== undefined ? { header: 'X-Org-ID' as const, id: orgId } : { header: 'X-Cloud-Org-ID' as const, id: cloudOrgId! };
  if (/[\s\u0000-\u001f]/.test(org.id)) {
    r.problem(`${orgId !== undefined ? 'TRACKER_ORG_ID' : 'TRACKER_CLOUD_ORG_ID'} must not contain whitespace`);
    return undefined;
  }
  if (!url || (!token && !forward)) return undefined;
  return { url, token, authScheme, org, ...settings };
}

/** A `1`/`0` switch whose default depends on the mode. */
function readSwitch(r: Reader, name: string, fallback: boolean): boolean {
  const value = r.oneOf(name, ['1', 'true', '0', 'false'] as const, fallback ? '1' : '0', true);
  return value === '1' || value === 'true';
}

function readCors(r: Reader, mode: Mode): CorsConfig {
  const raw = r.string('CORS_ORIGINS');
  if (raw === undefined) return mode === 'production' ? { kind: 'none' } : { kind: 'any' };
  if (raw === '*') return { kind: 'any' };
  const origins = raw
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  const bad = origins.filter((o) => {
    try {
      const url = new URL(o);
      return url.origin !== o || (url.protocol !== 'http:' && url.protocol !== 'https:');
    } catch {
      return true;
    }
  });
  if (bad.length > 0 || origins.length === 0) {
    r.problem(
      `CORS_ORIGINS must be * or comma-separated origins such as https://app.example.com (scheme and host, no path or trailing slash); not valid: ${bad.map((o) => JSON.stringify(o)).join(', ') || '(empty)'}`,
    );
    return { kind: 'none' };
  }
  return { kind: 'list', origins };
}

function readClientAuth(r: Reader, mode: Mode): ClientAuthConfig {
  const authFlag = r.string('AUTH');
  if (authFlag !== undefined && authFlag.toLowerCase() !== 'none') {
    r.problem(`AUTH must be "none" (to turn client authentication off) or unset (got "${authFlag}")`);
  }
  const disabled = authFlag?.toLowerCase() === 'none';
  const jwksUrl = r.url('AUTH_JWKS_URL');
  const issuer = r.string('AUTH_ISSUER');
  const audience = r.string('AUTH_AUDIENCE');
  const keysFile = r.string('AUTH_API_KEYS_FILE');
  const enneoProfileClaim = r.string('AUTH_ENNEO_PROFILE_CLAIM');
  if (jwksUrl !== undefined && issuer === undefined) {
    r.problem('AUTH_ISSUER is required with AUTH_JWKS_URL (the "iss" every accepted token must carry)');
  }
  if (jwksUrl === undefined && r.string('AUTH_JWKS_URL') === undefined && (issuer !== undefined || audience !== undefined)) {
    r.problem('AUTH_ISSUER and AUTH_AUDIENCE need AUTH_JWKS_URL (where the signing keys are published)');
  }
  if (enneoProfileClaim !== undefined && r.string('AUTH_JWKS_URL') === undefined) {
    r.problem('AUTH_ENNEO_PROFILE_CLAIM names a JWT claim and needs AUTH_JWKS_URL');
  }
  let apiKeys: ApiKey[] | undefined;
  if (keysFile !== undefined) {
    let text: string | undefined;
    try {
      text = readFileSync(keysFile, 'utf8');
    } catch (error) {
      r.problem(`AUTH_API_KEYS_FILE cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}: ${keysFile})`);
    }
    if (text !== undefined) {
      const parsed = parseApiKeys(text);
      if ('problem' in parsed) r.problem(`AUTH_API_KEYS_FILE ${parsed.problem}`);
      else apiKeys = parsed.keys;
    }
  }
  const configured = r.string('AUTH_JWKS_URL') !== undefined || keysFile !== undefined;
  if (disabled && configured) {
    r.problem('AUTH=none turns client authentication off, but AUTH_JWKS_URL or AUTH_API_KEYS_FILE is set; choose one');
  }
  if (mode === 'production' && !disabled && !configured) {
    r.problem(
      'NODE_ENV=production needs client authentication: set AUTH_JWKS_URL with AUTH_ISSUER, and/or AUTH_API_KEYS_FILE, or AUTH=none when an authenticating proxy stands in front',
    );
  }
  const jwt = jwksUrl !== undefined && issuer !== undefined ? { jwksUrl, issuer, audience } : undefined;
  return { required: !disabled && configured, jwt, apiKeys, enneoProfileClaim };
}

function readSecurity(r: Reader, mode: Mode): SecurityConfig {
  const production = mode === 'production';
  return {
    mode,
    auth: readClientAuth(r, mode),
    graphiql: readSwitch(r, 'GRAPHIQL', !production),
    introspection: readSwitch(r, 'INTROSPECTION', !production),
    cors: readCors(r, mode),
    maxRequestBytes: r.int('MAX_REQUEST_BYTES', 1_048_576, 1_024, 1_073_741_824),
    upstreamCredentials: r.oneOf('UPSTREAM_CREDENTIALS', ['service', 'forward'] as const, 'service', true),
  };
}

function readPeople(r: Reader): PeopleFileEntry[] {
  const path = r.string('PEOPLE_FILE');
  if (path === undefined) return [];
  try {
    return readPeopleFile(path);
  } catch (error) {
    r.problem(`PEOPLE_FILE ${(error as Error).message}`);
    return [];
  }
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
  const mode: Mode = r.string('NODE_ENV') === 'production' ? 'production' : 'development';
  const production = mode === 'production';
  const metricsPortRaw = r.string('METRICS_PORT');
  const ops: OperationsConfig = {
    logFormat: r.oneOf('LOG_FORMAT', ['json', 'pretty'] as const, production ? 'json' : 'pretty', true),
    metricsPort: metricsPortRaw === undefined ? undefined : r.int('METRICS_PORT', 0, 0, 65535),
    otlpEndpoint: r.url('OTEL_EXPORTER_OTLP_ENDPOINT'),
    serviceName: r.string('OTEL_SERVICE_NAME') ?? 'ticketlog-gateway',
    shutdownGraceMs: r.int('SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
  };
  const security = readSecurity(r, mode);
  const forward = security.upstreamCredentials === 'forward';
  const enneo = readEnneo(r, forward);
  const socialboards = readSocialboards(r, forward);
  const trackerSettings = readTrackerSettings(r);
  const tracker = readTracker(r, trackerSettings, forward);
  const people = readPeople(r);
  if (mode === 'production' && sandbox !== 'forced' && !enneo && !socialboards && !tracker && r.problems.length === 0) {
    r.problem(
      'NODE_ENV=production and no source is configured: set ENNEO_URL and ENNEO_TOKEN, SOCIALBOARDS_*, or TRACKER_* (SANDBOX=1 serves the built-in simulators instead)',
    );
  }

  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return {
    port,
    host,
    sandbox,
    http,
    requestTimeoutMs,
    limits,
    enneo,
    socialboards,
    tracker,
    trackerSettings,
    logLevel,
    security,
    people,
    ops,
  };
}

/** True when at least one source has credentials. */
export function hasAnySource(config: Config): boolean {
  return Boolean(config.enneo || config.socialboards || config.tracker);
}
