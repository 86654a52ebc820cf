import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, hasAnySource, loadConfig } from '../src/config.js';
import { runUntilExit } from './support/spawn-gateway.js';

/**
 * `loadConfig(env)`: every variable of the README (and the UPSTREAM_* / TRACKER_* extras) with its
 * default, "empty means unset", one problem line per bad variable (all reported at once), no
 * secret ever echoed, and the process refusing to start with exactly those lines on stderr.
 */

const SECRET = 'tok_SECRET_123 with space';
/** A secret that is valid as a header value, for the cases where it should be accepted. */
const TOKEN = 'tok_VALID_456';

/** The problems `loadConfig` reports for an environment; [] when it accepts it. */
function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
}

/** Asserts exactly one problem, naming `variable`, and returns it. */
function oneProblem(env: Record<string, string>, variable: string): string {
  const problems = problemsOf(env);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain(variable);
  return problems[0]!;
}

const DEFAULT_HTTP = {
  connectTimeoutMs: 5_000,
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 30_000,
  retries: 2,
  retryBaseDelayMs: 200,
  maxRetryAfterMs: 10_000,
  connections: 16,
};

const ALL_VARIABLES = [
  'PORT',
  'HOST',
  'SANDBOX',
  'LOG_LEVEL',
  'UPSTREAM_CONNECT_TIMEOUT_MS',
  'UPSTREAM_HEADERS_TIMEOUT_MS',
  'UPSTREAM_BODY_TIMEOUT_MS',
  'UPSTREAM_RETRIES',
  'UPSTREAM_RETRY_BASE_MS',
  'UPSTREAM_MAX_RETRY_AFTER_MS',
  'UPSTREAM_CONNECTIONS',
  'ENNEO_URL',
  'ENNEO_TOKEN',
  'ENNEO_TIMEZONE',
  'SOCIALBOARDS_URL',
  'SOCIALBOARDS_TOKEN',
  'SOCIALBOARDS_CLIENT_ID',
  'SOCIALBOARDS_REFRESH_TOKEN',
  'TRACKER_URL',
  'TRACKER_TOKEN',
  'TRACKER_AUTH_SCHEME',
  'TRACKER_ORG_ID',
  'TRACKER_CLOUD_ORG_ID',
  'TRACKER_API_VERSION',
  'TRACKER_ACCEPT_LANGUAGE',
  'TRACKER_WEEK_DAYS',
  'TRACKER_DAY_HOURS',
  'NODE_ENV',
  'AUTH',
  'AUTH_JWKS_URL',
  'AUTH_ISSUER',
  'AUTH_AUDIENCE',
  'AUTH_API_KEYS_FILE',
  'AUTH_ENNEO_PROFILE_CLAIM',
  'GRAPHIQL',
  'INTROSPECTION',
  'CORS_ORIGINS',
  'MAX_REQUEST_BYTES',
  'UPSTREAM_CREDENTIALS',
  'LOG_FORMAT',
  'METRICS_PORT',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_SERVICE_NAME',
  'SHUTDOWN_GRACE_MS',
  'ENNEO_TOKEN_FILE',
  'SOCIALBOARDS_TOKEN_FILE',
  'SOCIALBOARDS_CLIENT_ID_FILE',
  'SOCIALBOARDS_REFRESH_TOKEN_FILE',
  'TRACKER_TOKEN_FILE',
];

describe('defaults', () => {
  it('an empty environment gives every default and no source', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 4000,
      host: undefined,
      sandbox: 'auto',
      http: DEFAULT_HTTP,
      requestTimeoutMs: 30_000,
      limits: { maxDepth: 20, maxAliases: 30, maxTokens: 10_000 },
      enneo: undefined,
      socialboards: undefined,
      tracker: undefined,
      trackerSettings: { apiVersion: 'v3', acceptLanguage: 'en', weekDays: 5, dayHours: 8 },
      logLevel: 'info',
      security: {
        mode: 'development',
        auth: { required: false, jwt: undefined, apiKeys: undefined, enneoProfileClaim: undefined },
        graphiql: true,
        introspection: true,
        cors: { kind: 'any' },
        maxRequestBytes: 1_048_576,
        upstreamCredentials: 'service',
      },
      people: [],
      ops: {
        logFormat: 'pretty',
        metricsPort: undefined,
        otlpEndpoint: undefined,
        serviceName: 'ticketlog-gateway',
        shutdownGraceMs: 10_000,
      },
    });
    expect(hasAnySource(config)).toBe(false);
  });

  it('reads REQUEST_TIMEOUT_MS, and refuses nonsense', () => {
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '4500' }).requestTimeoutMs).toBe(4500);
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '0' })).toThrow(/REQUEST_TIMEOUT_MS must be a whole number from 1 to 600000/);
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '2s' })).toThrow(/REQUEST_TIMEOUT_MS/);
  });

  it('reads the operation limits, and refuses nonsense', () => {
    expect(loadConfig({ GRAPHQL_MAX_DEPTH: '12', GRAPHQL_MAX_ALIASES: '5', GRAPHQL_MAX_TOKENS: '2000' }).limits).toEqual({
      maxDepth: 12,
      maxAliases: 5,
      maxTokens: 2000,
    });
    expect(() => loadConfig({ GRAPHQL_MAX_DEPTH: '0' })).toThrow(/GRAPHQL_MAX_DEPTH must be a whole number from 1 to 1000/);
  });

  it('keeps the Tracker settings without Tracker credentials (the sandbox reads Tracker with them)', () => {
    const config = loadConfig({
      TRACKER_API_VERSION: 'v2',
      TRACKER_ACCEPT_LANGUAGE: 'ru',
      TRACKER_WEEK_DAYS: '6',
      TRACKER_DAY_HOURS: '7.5',
    });
    expect(config.tracker).toBeUndefined();
    expect(config.trackerSettings).toEqual({ apiVersion: 'v2', acceptLanguage: 'ru', weekDays: 6, dayHours: 7.5 });
  });

  it.each([[''], ['   ']])('every variable set to %j counts as unset', (value) => {
    const env = Object.fromEntries(ALL_VARIABLES.map((name) => [name, value]));
    expect(loadConfig(env)).toEqual(loadConfig({}));
  });
});

describe('valid values', () => {
  it('PORT, HOST, LOG_LEVEL', () => {
    const config = loadConfig({ PORT: '8080', HOST: '127.0.0.1', LOG_LEVEL: 'DEBUG' });
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', logLevel: 'debug' });
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: ' 65535 ' }).port).toBe(65535);
  });

  it.each([
    ['1', 'forced'],
    ['true', 'forced'],
    ['TRUE', 'forced'],
    ['0', 'off'],
    ['false', 'off'],
    ['auto', 'auto'],
  ] as const)('SANDBOX=%s → %s', (value, sandbox) => {
    expect(loadConfig({ SANDBOX: value }).sandbox).toBe(sandbox);
  });

  it('the UPSTREAM_* transport settings', () => {
    const config = loadConfig({
      UPSTREAM_CONNECT_TIMEOUT_MS: '1000',
      UPSTREAM_HEADERS_TIMEOUT_MS: '2000',
      UPSTREAM_BODY_TIMEOUT_MS: '3000',
      UPSTREAM_RETRIES: '0',
      UPSTREAM_RETRY_BASE_MS: '0',
      UPSTREAM_MAX_RETRY_AFTER_MS: '60000',
      UPSTREAM_CONNECTIONS: '4',
    });
    expect(config.http).toEqual({
      connectTimeoutMs: 1000,
      headersTimeoutMs: 2000,
      bodyTimeoutMs: 3000,
      retries: 0,
      retryBaseDelayMs: 0,
      maxRetryAfterMs: 60000,
      connections: 4,
    });
  });

  it('enneo: URL (trailing slash dropped) and token; ENNEO_TIMEZONE defaults to UTC', () => {
    const config = loadConfig({ ENNEO_URL: 'https://demo.enneo.ai/api/mind/', ENNEO_TOKEN: TOKEN });
    expect(config.enneo).toEqual({ url: 'https://demo.enneo.ai/api/mind', token: TOKEN, timeZone: 'UTC' });
    expect(hasAnySource(config)).toBe(true);
    expect(
      loadConfig({ ENNEO_URL: 'http://localhost:8080/api/mind', ENNEO_TOKEN: TOKEN, ENNEO_TIMEZONE: 'Europe/Berlin' }).enneo,
    ).toEqual({ url: 'http://localhost:8080/api/mind', token: TOKEN, timeZone: 'Europe/Berlin' });
  });

  it('Socialboards: a token (default URL) or a client id with a refresh token', () => {
    expect(loadConfig({ SOCIALBOARDS_TOKEN: TOKEN }).socialboards).toEqual({
      url: 'https://api.socialboards.com',
      auth: { kind: 'token', token: TOKEN },
    });
    expect(
      loadConfig({
        SOCIALBOARDS_URL: 'https://sb.example/',
        SOCIALBOARDS_CLIENT_ID: 'client-1',
        SOCIALBOARDS_REFRESH_TOKEN: TOKEN,
      }).socialboards,
    ).toEqual({ url: 'https://sb.example', auth: { kind: 'refresh', clientId: 'client-1', refreshToken: TOKEN } });
  });

  it('Tracker: token and X-Org-ID with the defaults (OAuth, v3, en, 5-day weeks, 8-hour days)', () => {
    expect(loadConfig({ TRACKER_TOKEN: TOKEN, TRACKER_ORG_ID: '123456' }).tracker).toEqual({
      url: 'https://api.tracker.yandex.net',
      token: TOKEN,
      authScheme: 'OAuth',
      org: { header: 'X-Org-ID', id: '123456' },
      apiVersion: 'v3',
      acceptLanguage: 'en',
      weekDays: 5,
      dayHours: 8,
    });
  });

  it('Tracker: cloud organisation, Bearer (any case), v2, language and business calendar', () => {
    const config = loadConfig({
      TRACKER_URL: 'https://tracker.example/',
      TRACKER_TOKEN: TOKEN,
      TRACKER_CLOUD_ORG_ID: 'bpf3abc',
      TRACKER_AUTH_SCHEME: 'bearer',
      TRACKER_API_VERSION: 'v2',
      TRACKER_ACCEPT_LANGUAGE: 'ru',
      TRACKER_WEEK_DAYS: '6',
      TRACKER_DAY_HOURS: '7.5',
    });
    expect(config.tracker).toEqual({
      url: 'https://tracker.example',
      token: TOKEN,
      authScheme: 'Bearer',
      org: { header: 'X-Cloud-Org-ID', id: 'bpf3abc' },
      apiVersion: 'v2',
      acceptLanguage: 'ru',
      weekDays: 6,
      dayHours: 7.5,
    });
  });
});

describe('one problem line per bad variable', () => {
  const tracker = { TRACKER_TOKEN: TOKEN, TRACKER_ORG_ID: '123' };
  const cases: [variable: string, env: Record<string, string>][] = [
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['PORT', { PORT: '-1' }],
    ['PORT', { PORT: '80.5' }],
    ['SANDBOX', { SANDBOX: 'yes' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }],
    ['UPSTREAM_CONNECT_TIMEOUT_MS', { UPSTREAM_CONNECT_TIMEOUT_MS: '0' }],
    ['UPSTREAM_HEADERS_TIMEOUT_MS', { UPSTREAM_HEADERS_TIMEOUT_MS: 'fast' }],
    ['UPSTREAM_BODY_TIMEOUT_MS', { UPSTREAM_BODY_TIMEOUT_MS: '-5' }],
    ['UPSTREAM_RETRIES', { UPSTREAM_RETRIES: '11' }],
    ['UPSTREAM_RETRY_BASE_MS', { UPSTREAM_RETRY_BASE_MS: '1.5' }],
    ['UPSTREAM_MAX_RETRY_AFTER_MS', { UPSTREAM_MAX_RETRY_AFTER_MS: '1e3' }],
    ['UPSTREAM_CONNECTIONS', { UPSTREAM_CONNECTIONS: '0' }],
    ['ENNEO_URL', { ENNEO_URL: 'ftp://demo.enneo.ai/api/mind', ENNEO_TOKEN: TOKEN }],
    ['ENNEO_URL', { ENNEO_URL: 'demo.enneo.ai/api/mind', ENNEO_TOKEN: TOKEN }],
    ['ENNEO_URL', { ENNEO_URL: 'https://user:pw@demo.enneo.ai/api/mind', ENNEO_TOKEN: TOKEN }],
    ['ENNEO_URL', { ENNEO_URL: 'https://demo.enneo.ai/api/mind?x=1', ENNEO_TOKEN: TOKEN }],
    ['ENNEO_TIMEZONE', { ENNEO_URL: 'https://demo.enneo.ai/api/mind', ENNEO_TOKEN: TOKEN, ENNEO_TIMEZONE: 'Mars/Olympus_Mons' }],
    ['SOCIALBOARDS_URL', { SOCIALBOARDS_URL: 'https://user:pw@api.socialboards.com', SOCIALBOARDS_TOKEN: TOKEN }],
    ['TRACKER_URL', { ...tracker, TRACKER_URL: 'https://api.tracker.yandex.net#v3' }],
    ['TRACKER_AUTH_SCHEME', { ...tracker, TRACKER_AUTH_SCHEME: 'Basic' }],
    ['TRACKER_API_VERSION', { ...tracker, TRACKER_API_VERSION: 'v4' }],
    ['TRACKER_ACCEPT_LANGUAGE', { ...tracker, TRACKER_ACCEPT_LANGUAGE: 'en_US!' }],
    ['TRACKER_WEEK_DAYS', { ...tracker, TRACKER_WEEK_DAYS: '8' }],
    ['TRACKER_DAY_HOURS', { ...tracker, TRACKER_DAY_HOURS: '0' }],
    ['TRACKER_ORG_ID', { TRACKER_TOKEN: TOKEN, TRACKER_ORG_ID: '12 34' }],
  ];

  it.each(cases)('%s: %j', (variable, env) => {
    oneProblem(env, variable);
  });

  it('several bad variables are reported together, one line each', () => {
    const problems = problemsOf({
      PORT: 'abc',
      LOG_LEVEL: 'loud',
      UPSTREAM_RETRIES: 'many',
      ENNEO_URL: 'https://demo.enneo.ai/api/mind',
      ENNEO_TOKEN: TOKEN,
      ENNEO_TIMEZONE: 'Nowhere/Special',
      TRACKER_API_VERSION: 'v9',
    });
    expect(problems).toHaveLength(5);
    for (const variable of ['PORT', 'LOG_LEVEL', 'UPSTREAM_RETRIES', 'ENNEO_TIMEZONE', 'TRACKER_API_VERSION']) {
      expect(problems.filter((p) => p.startsWith(variable))).toHaveLength(1);
    }
  });

  it('ConfigError lists every problem in its message', () => {
    expect(() => loadConfig({ PORT: 'abc', SANDBOX: 'maybe' })).toThrowError(/Invalid configuration:\n {2}PORT.*\n {2}SANDBOX/);
  });
});

describe('partial source configurations', () => {
  it('ENNEO_URL without ENNEO_TOKEN (and the reverse)', () => {
    expect(oneProblem({ ENNEO_URL: 'https://demo.enneo.ai/api/mind' }, 'ENNEO_TOKEN is required')).toMatch(/ENNEO_URL is set/);
    expect(oneProblem({ ENNEO_URL: 'https://demo.enneo.ai/api/mind', ENNEO_TOKEN: '' }, 'ENNEO_TOKEN is required')).toBeTruthy();
    expect(oneProblem({ ENNEO_TOKEN: TOKEN }, 'ENNEO_URL is required')).toMatch(/ENNEO_TOKEN is set/);
  });

  it('SOCIALBOARDS_CLIENT_ID without SOCIALBOARDS_REFRESH_TOKEN (and the reverse)', () => {
    oneProblem({ SOCIALBOARDS_CLIENT_ID: 'client-1' }, 'SOCIALBOARDS_REFRESH_TOKEN is required');
    oneProblem({ SOCIALBOARDS_REFRESH_TOKEN: TOKEN }, 'SOCIALBOARDS_CLIENT_ID is required');
  });

  it('SOCIALBOARDS_TOKEN together with a client id', () => {
    const problem = oneProblem(
      { SOCIALBOARDS_TOKEN: TOKEN, SOCIALBOARDS_CLIENT_ID: 'client-1', SOCIALBOARDS_REFRESH_TOKEN: TOKEN },
      'SOCIALBOARDS_TOKEN',
    );
    expect(problem).toContain('SOCIALBOARDS_CLIENT_ID');
    expect(problem).toMatch(/choose one/);
  });

  it('SOCIALBOARDS_URL without any credentials', () => {
    oneProblem({ SOCIALBOARDS_URL: 'https://api.socialboards.com' }, 'SOCIALBOARDS_URL is set but no credentials');
  });

  it('TRACKER_TOKEN without an organisation', () => {
    const problem = oneProblem({ TRACKER_TOKEN: TOKEN }, 'TRACKER_ORG_ID');
    expect(problem).toContain('TRACKER_CLOUD_ORG_ID');
  });

  it('an organisation without TRACKER_TOKEN', () => {
    oneProblem({ TRACKER_ORG_ID: '123' }, 'TRACKER_TOKEN is required');
  });

  it('both TRACKER_ORG_ID and TRACKER_CLOUD_ORG_ID', () => {
    const problem = oneProblem(
      { TRACKER_TOKEN: TOKEN, TRACKER_ORG_ID: '123', TRACKER_CLOUD_ORG_ID: 'bpf3abc' },
      'TRACKER_ORG_ID',
    );
    expect(problem).toContain('TRACKER_CLOUD_ORG_ID');
    expect(problem).toMatch(/exactly one/);
  });
});

describe('secrets are never echoed', () => {
  const secretCases: [variable: string, env: Record<string, string>][] = [
    ['ENNEO_TOKEN', { ENNEO_URL: 'https://demo.enneo.ai/api/mind', ENNEO_TOKEN: SECRET }],
    ['SOCIALBOARDS_TOKEN', { SOCIALBOARDS_TOKEN: SECRET }],
    ['SOCIALBOARDS_CLIENT_ID', { SOCIALBOARDS_CLIENT_ID: SECRET, SOCIALBOARDS_REFRESH_TOKEN: TOKEN }],
    ['SOCIALBOARDS_REFRESH_TOKEN', { SOCIALBOARDS_CLIENT_ID: 'client-1', SOCIALBOARDS_REFRESH_TOKEN: SECRET }],
    ['TRACKER_TOKEN', { TRACKER_TOKEN: SECRET, TRACKER_ORG_ID: '123' }],
  ];

  it.each(secretCases)('%s with whitespace is refused without repeating it', (variable, env) => {
    const problem = oneProblem(env, variable);
    expect(problem).not.toContain('tok_SECRET_123');
    expect(problem).not.toContain('with space');
  });

  it('credentials or a query secret inside a URL are not echoed either', () => {
    const withUser = oneProblem(
      { ENNEO_URL: 'https://admin:tok_SECRET_123@demo.enneo.ai/api/mind', ENNEO_TOKEN: TOKEN },
      'ENNEO_URL',
    );
    const withQuery = oneProblem(
      { ENNEO_URL: 'https://demo.enneo.ai/api/mind?token=tok_SECRET_123', ENNEO_TOKEN: TOKEN },
      'ENNEO_URL',
    );
    for (const problem of [withUser, withQuery]) expect(problem).not.toContain('tok_SECRET_123');
  });

  it('nor does the ConfigError message, with every secret wrong at once', () => {
    let message = '';
    try {
      loadConfig({
        ENNEO_URL: 'https://demo.enneo.ai/api/mind',
        ENNEO_TOKEN: SECRET,
        SOCIALBOARDS_TOKEN: SECRET,
        TRACKER_TOKEN: SECRET,
        TRACKER_ORG_ID: '123',
        PORT: 'abc',
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/ENNEO_TOKEN[\s\S]*SOCIALBOARDS_TOKEN[\s\S]*TRACKER_TOKEN/);
    expect(message).not.toContain('tok_SECRET_123');
  });
});

describe('the process with a bad environment', () => {
  it('exits non-zero with exactly one stderr line per problem, naming the variable, without the secret', async () => {
    // Only what node needs from the outside; no variable of the gateway leaks in from the test run.
    const { code, stdout, stderr, lines } = await runUntilExit({
      PORT: 'abc',
      ENNEO_URL: 'https://x.example/api/mind',
      ENNEO_TOKEN: '',
      TRACKER_TOKEN: 'sec retQ7z',
      TRACKER_ORG_ID: '123',
    });

    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(code).toBe(1);
    expect(lines).toHaveLength(3);
    expect(lines.filter((l) => /^config error: PORT /.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^config error: ENNEO_TOKEN is required/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^config error: TRACKER_TOKEN /.test(l))).toHaveLength(1);
    expect(stderr).not.toContain('Q7z');
    expect(stdout).not.toContain('GraphiQL');
  }, 60_000);
});

describe('security settings', () => {
  const keysFileWith = (content: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'ticketlog-config-')), 'keys.json');
    writeFileSync(file, content);
    return file;
  };
  const PROD = { NODE_ENV: 'production', SANDBOX: '1' };

  it('production turns GraphiQL, introspection and CORS off unless asked, and needs client authentication', () => {
    const config = loadConfig({ ...PROD, AUTH: 'none' });
    expect(config.security).toMatchObject({ mode: 'production', graphiql: false, introspection: false, cors: { kind: 'none' } });
    expect(config.security.auth.required).toBe(false);
    expect(loadConfig({ ...PROD, AUTH: 'none', GRAPHIQL: '1', INTROSPECTION: 'true' }).security).toMatchObject({
      graphiql: true,
      introspection: true,
    });
    expect(oneProblem({ ...PROD }, 'NODE_ENV=production needs client authentication')).toMatch(
      /AUTH_JWKS_URL with AUTH_ISSUER, and\/or AUTH_API_KEYS_FILE, or AUTH=none/,
    );
  });

  it('AUTH_JWKS_URL needs AUTH_ISSUER; AUTH takes only "none" and not together with other settings', () => {
    oneProblem({ AUTH_JWKS_URL: 'https://id.example/jwks.json' }, 'AUTH_ISSUER is required with AUTH_JWKS_URL');
    oneProblem({ AUTH_ISSUER: 'https://id.example/' }, 'AUTH_ISSUER and AUTH_AUDIENCE need AUTH_JWKS_URL');
    oneProblem({ AUTH: 'off' }, 'AUTH must be "none"');
    oneProblem({ AUTH: 'none', AUTH_JWKS_URL: 'https://id.example/jwks.json', AUTH_ISSUER: 'x' }, 'AUTH=none');
    const config = loadConfig({
      AUTH_JWKS_URL: 'https://id.example/jwks.json',
      AUTH_ISSUER: 'https://id.example/',
      AUTH_AUDIENCE: 'gw',
    });
    expect(config.security.auth).toMatchObject({
      required: true,
      jwt: { jwksUrl: 'https://id.example/jwks.json', issuer: 'https://id.example/', audience: 'gw' },
    });
  });

  it('AUTH_API_KEYS_FILE: unreadable, not JSON, a key instead of its hash, an unknown scope — each one line naming the file', () => {
    expect(oneProblem({ AUTH_API_KEYS_FILE: '/nonexistent/keys.json' }, 'AUTH_API_KEYS_FILE cannot be read')).toContain('ENOENT');
    oneProblem({ AUTH_API_KEYS_FILE: keysFileWith('{not json') }, 'AUTH_API_KEYS_FILE is not valid JSON');
    const plainKey = 'tlk_plain_key_instead_of_hash';
    const problem = oneProblem(
      { AUTH_API_KEYS_FILE: keysFileWith(JSON.stringify([{ name: 'r', sha256: plainKey, scopes: [] }])) },
      'AUTH_API_KEYS_FILE',
    );
    expect(problem).toMatch(/64 hex digits/);
    expect(problem).not.toContain(plainKey);
    oneProblem(
      { AUTH_API_KEYS_FILE: keysFileWith(JSON.stringify([{ name: 'r', sha256: 'a'.repeat(64), scopes: ['enneo:write'] }])) },
      'unknown scope "enneo:write"',
    );
    const keys = loadConfig({
      AUTH_API_KEYS_FILE: keysFileWith(JSON.stringify([{ name: 'router', sha256: 'A'.repeat(64), scopes: ['tracker:read'] }])),
    });
    expect(keys.security.auth.required).toBe(true);
    expect(keys.security.auth.apiKeys?.map((k) => [k.name, k.scopes])).toEqual([['router', ['tracker:read']]]);
  });

  it('CORS_ORIGINS takes exact origins or *', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).security.cors).toEqual({
      kind: 'list',
      origins: ['https://a.example', 'http://localhost:5173'],
    });
    expect(loadConfig({ ...PROD, AUTH: 'none', CORS_ORIGINS: '*' }).security.cors).toEqual({ kind: 'any' });
    oneProblem({ CORS_ORIGINS: 'https://a.example/app' }, 'CORS_ORIGINS must be * or comma-separated origins');
  });

  it('MAX_REQUEST_BYTES and UPSTREAM_CREDENTIALS', () => {
    expect(loadConfig({ MAX_REQUEST_BYTES: '65536' }).security.maxRequestBytes).toBe(65_536);
    oneProblem({ MAX_REQUEST_BYTES: '10' }, 'MAX_REQUEST_BYTES must be a whole number');
    oneProblem({ UPSTREAM_CREDENTIALS: 'caller' }, 'UPSTREAM_CREDENTIALS must be one of service, forward');
  });

  it("forwarding callers' tokens, a source is enabled by its URL alone", () => {
    const config = loadConfig({
      UPSTREAM_CREDENTIALS: 'forward',
      ENNEO_URL: 'https://demo.enneo.ai/api/mind',
      SOCIALBOARDS_URL: 'https://api.socialboards.com',
      TRACKER_ORG_ID: '123',
    });
    expect(config.enneo).toMatchObject({ url: 'https://demo.enneo.ai/api/mind', token: undefined });
    expect(config.socialboards).toEqual({ url: 'https://api.socialboards.com', auth: { kind: 'forwarded' } });
    expect(config.tracker).toMatchObject({
      url: 'https://api.tracker.yandex.net',
      token: undefined,
      org: { header: 'X-Org-ID', id: '123' },
    });
    oneProblem({ UPSTREAM_CREDENTIALS: 'forward', TRACKER_URL: 'https://api.tracker.yandex.net' }, 'TRACKER_ORG_ID');
  });
});

describe('operations settings', () => {
  it('LOG_FORMAT defaults to json in production and pretty otherwise; METRICS_PORT, OTLP endpoint, grace', () => {
    expect(
      loadConfig({ NODE_ENV: 'production', AUTH: 'none', ENNEO_URL: 'http://127.0.0.1:1', ENNEO_TOKEN: 'tok-123456' }).ops
        .logFormat,
    ).toBe('json');
    expect(loadConfig({ NODE_ENV: 'production', AUTH: 'none', SANDBOX: '1', LOG_FORMAT: 'pretty' }).ops.logFormat).toBe('pretty');
    expect(
      loadConfig({
        METRICS_PORT: '9464',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318/',
        SHUTDOWN_GRACE_MS: '2500',
        OTEL_SERVICE_NAME: 'tl',
      }).ops,
    ).toEqual({
      logFormat: 'pretty',
      metricsPort: 9464,
      otlpEndpoint: 'http://127.0.0.1:4318',
      serviceName: 'tl',
      shutdownGraceMs: 2500,
    });
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT must be one of json, pretty \(got "xml"\)/);
    expect(() => loadConfig({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT must be a whole number from 0 to 65535/);
    expect(() => loadConfig({ SHUTDOWN_GRACE_MS: '-1' })).toThrow(/SHUTDOWN_GRACE_MS must be a whole number/);
  });
});

describe('secrets from files (X_FILE)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ticketlog-secrets-'));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('reads every secret from its _FILE, stripping one trailing newline', () => {
    const config = loadConfig({
      ENNEO_URL: 'http://127.0.0.1:1/api/mind',
      ENNEO_TOKEN_FILE: file('enneo', 'enneo-file-token\n'),
      SOCIALBOARDS_CLIENT_ID_FILE: file('client', 'client-from-file\r\n'),
      SOCIALBOARDS_REFRESH_TOKEN_FILE: file('refresh', 'refresh-from-file'),
      TRACKER_TOKEN_FILE: file('tracker', 'tracker-file-token\n'),
      TRACKER_ORG_ID: '42',
    });
    expect(config.enneo?.token).toBe('enneo-file-token');
    expect(config.socialboards?.auth).toEqual({
      kind: 'refresh',
      clientId: 'client-from-file',
      refreshToken: 'refresh-from-file',
      refreshTokenFile: join(dir, 'refresh'),
    });
    expect(config.tracker?.token).toBe('tracker-file-token');
    expect(loadConfig({ SOCIALBOARDS_TOKEN_FILE: file('sb', 'sb-file-token\n') }).socialboards?.auth).toEqual({
      kind: 'token',
      token: 'sb-file-token',
    });
  });

  it('both X and X_FILE set is one problem naming both; a missing, empty or two-line file is a problem too', () => {
    const path = file('both', 'from-file-token');
    expect(() => loadConfig({ ENNEO_URL: 'http://127.0.0.1:1', ENNEO_TOKEN: 'from-env-token', ENNEO_TOKEN_FILE: path })).toThrow(
      /ENNEO_TOKEN and ENNEO_TOKEN_FILE are both set; set only one of them/,
    );
    expect(() => loadConfig({ ENNEO_URL: 'http://127.0.0.1:1', ENNEO_TOKEN_FILE: join(dir, 'nope') })).toThrow(
      /ENNEO_TOKEN_FILE names a file that cannot be read \(.*nope: ENOENT\)/,
    );
    expect(() => loadConfig({ TRACKER_TOKEN_FILE: file('empty', '\n'), TRACKER_ORG_ID: '1' })).toThrow(
      /TRACKER_TOKEN_FILE names an empty file/,
    );
    const twoLines = file('two', 'token-line-one\nsecond-line\n');
    let message = '';
    try {
      loadConfig({ ENNEO_URL: 'http://127.0.0.1:1', ENNEO_TOKEN_FILE: twoLines });
    } catch (error) {
      message = (error as ConfigError).message;
    }
    expect(message).toMatch(/ENNEO_TOKEN_FILE contains whitespace or control characters/);
    expect(message).not.toContain('token-line-one');
  });
});
