/**
 * The only reader of `process.env`. Turns the environment into a validated, typed `Config`, or
 * throws a `ConfigError` listing one line per bad variable. Secrets (tokens) are never echoed.
 * An empty string counts as unset, so `FOO=` in a `.env` file does not half-enable a source.
 */
import { readFileSync } from 'node:fs';
import { type ApiKey, parseApiKeys } from './auth/api-keys.js';
import { type Env, Reader } from './config-reader.js';
import { type PeopleFileEntry, readPeopleFile } from './people/people-file.js';
import { readSourceConfigs, SOURCES, type SourceConfigs } from './sources/index.js';

/** Transport settings shared by every upstream (see `transport/http.ts`). */
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

/** Logs, metrics, tracing and shutdown (README, "Running in production"). */
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

/** The core settings, and each source's own part (`SourceConfigs`, read by `sources/<name>/config.ts`). */
export interface Config extends SourceConfigs {
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
  /** One GraphQL request's whole time budget (see `transport/deadline.ts`). Env `REQUEST_TIMEOUT_MS`, default 30000. */
  requestTimeoutMs: number;
  limits: OperationLimits;
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
  const sources = readSourceConfigs(r, forward);
  const people = readPeople(r);
  if (mode === 'production' && sandbox !== 'forced' && !hasAnySource(sources) && r.problems.length === 0) {
    r.problem(
      `NODE_ENV=production and no source is configured: set ${sourceConfigHints()} (SANDBOX=1 serves the built-in simulators instead)`,
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
    ...sources,
    logLevel,
    security,
    people,
    ops,
  };
}

/** True when at least one source has credentials. */
export function hasAnySource(config: SourceConfigs): boolean {
  return SOURCES.some((m) => m.configured(config));
}

/** What configures a source, each source's hint in registry order ("ENNEO_URL and ENNEO_TOKEN, SOCIALBOARDS_*, or TRACKER_*"). */
export function sourceConfigHints(): string {
  return orList(SOURCES.map((m) => m.configHint));
}

/** `a, b, or c`. */
function orList(items: string[]): string {
  return items.length < 3 ? items.join(' or ') : `${items.slice(0, -1).join(', ')}, or ${items.at(-1)}`;
}
