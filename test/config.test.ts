import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, hasAnySource, loadConfig } from '../src/config.js';

/**
 * `loadConfig(env)`: every variable of DESIGN.md (and the UPSTREAM_* / TRACKER_* extras) with its
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
  'PORT', 'HOST', 'SANDBOX', 'LOG_LEVEL',
  'UPSTREAM_CONNECT_TIMEOUT_MS', 'UPSTREAM_HEADERS_TIMEOUT_MS', 'UPSTREAM_BODY_TIMEOUT_MS', 'UPSTREAM_RETRIES',
  'UPSTREAM_RETRY_BASE_MS', 'UPSTREAM_MAX_RETRY_AFTER_MS', 'UPSTREAM_CONNECTIONS',
  'ENNEO_URL', 'ENNEO_TOKEN', 'ENNEO_TIMEZONE',
  'SOCIALBOARDS_URL', 'SOCIALBOARDS_TOKEN', 'SOCIALBOARDS_CLIENT_ID', 'SOCIALBOARDS_REFRESH_TOKEN',
  'TRACKER_URL', 'TRACKER_TOKEN', 'TRACKER_AUTH_SCHEME', 'TRACKER_ORG_ID', 'TRACKER_CLOUD_ORG_ID', 'TRACKER_API_VERSION',
  'TRACKER_ACCEPT_LANGUAGE', 'TRACKER_WEEK_DAYS', 'TRACKER_DAY_HOURS',
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
    const config = loadConfig({ TRACKER_API_VERSION: 'v2', TRACKER_ACCEPT_LANGUAGE: 'ru', TRACKER_WEEK_DAYS: '6', TRACKER_DAY_HOURS: '7.5' });
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
    expect(loadConfig({ ENNEO_URL: 'http://localhost:8080/api/mind', ENNEO_TOKEN: TOKEN, ENNEO_TIMEZONE: 'Europe/Berlin' }).enneo)
      .toEqual({ url: 'http://localhost:8080/api/mind', token: TOKEN, timeZone: 'Europe/Berlin' });
  });

  it('Socialboards: a token (default URL) or a client id with a refresh token', () => {
    expect(loadConfig({ SOCIALBOARDS_TOKEN: TOKEN }).socialboards).toEqual({
      url: 'https://api.socialboards.com',
      auth: { kind: 'token', token: TOKEN },
    });
    expect(
      loadConfig({ SOCIALBOARDS_URL: 'https://sb.example/', SOCIALBOARDS_CLIENT_ID: 'client-1', SOCIALBOARDS_REFRESH_TOKEN: TOKEN }).socialboards,
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
    const problem = oneProblem({ TRACKER_TOKEN: TOKEN, TRACKER_ORG_ID: '123', TRACKER_CLOUD_ORG_ID: 'bpf3abc' }, 'TRACKER_ORG_ID');
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
    const withUser = oneProblem({ ENNEO_URL: 'https://admin:tok_SECRET_123@demo.enneo.ai/api/mind', ENNEO_TOKEN: TOKEN }, 'ENNEO_URL');
    const withQuery = oneProblem({ ENNEO_URL: 'https://demo.enneo.ai/api/mind?token=tok_SECRET_123', ENNEO_TOKEN: TOKEN }, 'ENNEO_URL');
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
    const root = fileURLToPath(new URL('..', import.meta.url));
    // Only what node needs from the outside; no variable of the gateway leaks in from the test run.
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: 'abc',
      ENNEO_URL: 'https://x.example/api/mind',
      ENNEO_TOKEN: '',
      TRACKER_TOKEN: 'sec retQ7z',
      TRACKER_ORG_ID: '123',
    };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));

    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    const lines = stderr.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(3);
    expect(lines.filter((l) => /^config error: PORT /.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^config error: ENNEO_TOKEN is required/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^config error: TRACKER_TOKEN /.test(l))).toHaveLength(1);
    expect(stderr).not.toContain('Q7z');
    expect(stdout).not.toContain('GraphiQL');
  }, 60_000);
});
