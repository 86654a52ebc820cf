import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/auth/api-keys.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { PROBES, type Probe, runGraphqlCop } from '../support/graphql-cop.js';
import { spawnGateway, type SpawnedGateway } from '../support/spawn-gateway.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * Production mode (`NODE_ENV=production`): start-up refusals, the production process's start-up
 * lines and its cut-off for slow clients, the HTTP surface
 * a browser or scanner meets, and graphql-cop's probes, none of which may find anything the
 * configuration did not enable on purpose.
 */

const KEY = 'tlk_prod_router_3e8b51c0';

function keysFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ticketlog-prod-')), 'api-keys.json');
  writeFileSync(file, JSON.stringify([{ name: 'router', sha256: hashApiKey(KEY), scopes: ['enneo:read', 'tracker:read'] }]));
  return file;
}

/**
 * One production gateway process (SANDBOX=1, AUTH=none) serves every test below that only needs
 * "a production gateway"; started by the first test that asks, stopped after the file.
 */
let productionGateway: Promise<SpawnedGateway> | undefined;
const sharedGateway = () => {
  productionGateway ??= spawnGateway({ NODE_ENV: 'production', AUTH: 'none', SANDBOX: '1' });
  return productionGateway;
};
afterAll(async () => {
  await (await productionGateway?.catch(() => undefined))?.stop();
});

/** Connects, sends half a request's headers, and waits for the gateway to cut the connection. */
async function sendHalfHeaders(gateway: SpawnedGateway): Promise<{ elapsed: number; answer: string }> {
  const { port } = new URL(gateway.url);
  const socket = connect(Number(port), '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const started = Date.now();
  socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n');
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  await new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { elapsed: Date.now() - started, answer };
}

// The slow client starts before the first test and its test reads the outcome: the 10 s it waits
// for the cut pass while the rest of the file runs.
let slowClient: Promise<{ elapsed: number; answer: string }>;
beforeAll(() => {
  slowClient = sharedGateway().then(sendHalfHeaders);
  slowClient.catch(() => undefined);
});

describe('the production process', () => {
  it('SANDBOX=1 still serves the simulators, with a warning; AUTH=none is said at start-up', async () => {
    const gateway = await sharedGateway();
    // Production logs are JSON lines on stdout.
    const lines = gateway
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: string; msg: string });
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: expect.stringMatching(/NODE_ENV=production with SANDBOX=1/) }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'info', msg: expect.stringMatching(/AUTH=none: client authentication is off/) }),
    );
    const answer = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ticket(source: TRACKER, key: "PAY-12") { key } }' }),
    });
    expect(await answer.json()).toEqual({ data: { ticket: { key: 'PAY-12' } } });
  }, 30_000);
});

describe('start-up in production refuses, in one line', () => {
  // The refusals are loadConfig's; the process prints each problem as one `config error:` line,
  // without any secret, and exits 1 before listening (test/config.test.ts runs that process).
  const problemsOf = (env: Record<string, string>): string[] => {
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).problems;
    }
    return [];
  };

  it('without client authentication', () => {
    const problems = problemsOf({
      NODE_ENV: 'production',
      ENNEO_URL: 'https://demo.enneo.ai/api/mind',
      ENNEO_TOKEN: 'tok_prod_secret_51',
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^NODE_ENV=production needs client authentication: set AUTH_JWKS_URL/);
    expect(problems.join('\n')).not.toContain('tok_prod_secret_51');
  });

  it('without any source instead of serving the sandbox', () => {
    expect(problemsOf({ NODE_ENV: 'production', AUTH: 'none' })).toEqual([
      'NODE_ENV=production and no source is configured: set ENNEO_URL and ENNEO_TOKEN, SOCIALBOARDS_*, or TRACKER_* (SANDBOX=1 serves the built-in simulators instead)',
    ]);
  });
});

describe('the HTTP surface in production', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: { NODE_ENV: 'production', SANDBOX: '1', AUTH_API_KEYS_FILE: keysFile(), MAX_REQUEST_BYTES: '4096' },
    });
  });
  afterAll(() => stack?.close());
  const auth = { 'x-api-key': KEY };

  it('only JSON POSTs: GET is 405, form and text bodies are 415, before credentials are even looked at', async () => {
    const get = await fetch(`${stack.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: auth });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain',
      'application/graphql',
    ]) {
      const response = await fetch(stack.url, {
        method: 'POST',
        headers: { ...auth, 'content-type': type },
        body: 'query=%7B__typename%7D',
      });
      expect(response.status, type).toBe(415);
    }
    const json = await fetch(stack.url, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(await json.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('no GraphiQL page, no introspection, but `_service { sdl }` for federation', async () => {
    const page = await fetch(stack.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(405);
    expect(await page.text()).not.toMatch(/graphiql/i);
    const introspection = JSON.parse((await stack.post({ query: '{ __schema { queryType { name } } }' }, auth)).text);
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors[0].message).toMatch(/introspection/i);
    const sdl = JSON.parse((await stack.post({ query: '{ _service { sdl } }' }, auth)).text);
    expect(sdl.data._service.sdl).toContain('type EnneoTicket');
  });

  it('no "Did you mean" hints, in validation or in variable errors', async () => {
    const field = JSON.parse((await stack.post({ query: '{ tickt(source: ENNEO, key: "1") { key } }' }, auth)).text);
    expect(field.errors[0].message).toBe('Cannot query field "tickt" on type "Query".');
    const enumValue = JSON.parse(
      (await stack.post({ query: 'query($s: Source!) { ticket(source: $s, key: "1") { key } }', variables: { s: 'ENNE' } }, auth))
        .text,
    );
    expect(enumValue.errors[0].message).not.toMatch(/Did you mean|ENNEO/);
  });

  it("/healthz and /readyz are open; /metrics on the gateway's port needs credentials", async () => {
    const origin = new URL(stack.url).origin;
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    expect((await fetch(`${origin}/readyz`)).status).toBe(200);
    const refused = await fetch(`${origin}/metrics`);
    expect(refused.status).toBe(401);
    expect(await refused.text()).not.toContain('ticketlog_upstream');
    const scraped = await fetch(`${origin}/metrics`, { headers: auth });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('ticketlog_upstream_requests_total');
  });

  it('a request body over MAX_REQUEST_BYTES is 413', async () => {
    const big = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(5000) } });
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: big,
    });
    expect(response.status).toBe(413);
  });

  it("graphql-cop's probes find nothing", async () => {
    const found = await runGraphqlCop(stack.url, auth);
    expect(PROBES.filter((probe) => found[probe])).toEqual([]);
  });
});

describe('graphql-cop finds only what the configuration enables on purpose', () => {
  it('GRAPHIQL=1 INTROSPECTION=1: GraphiQL and introspection (and its hints), nothing else — not even circular introspection', async () => {
    const stack = await startStack({
      env: { NODE_ENV: 'production', SANDBOX: '1', AUTH_API_KEYS_FILE: keysFile(), GRAPHIQL: '1', INTROSPECTION: '1' },
    });
    try {
      const found = await runGraphqlCop(stack.url, { 'x-api-key': KEY });
      // graphql-js's introspection depth limit still refuses the circular query.
      const expected: Probe[] = ['fieldSuggestions', 'introspection', 'graphiql'];
      expect(PROBES.filter((probe) => found[probe])).toEqual(expected);
    } finally {
      await stack.close();
    }
  });
});

// Last, so the wait for the cut overlaps the tests above.
describe('slow clients', () => {
  it('a client that never finishes its headers is cut within 10 s', async () => {
    const { elapsed, answer } = await slowClient;
    expect(elapsed).toBeGreaterThan(9_000);
    expect(elapsed).toBeLessThan(13_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  }, 30_000);
});
