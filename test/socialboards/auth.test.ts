import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HttpConfig } from '../../src/config.js';
import type { SocialboardsConfig } from '../../src/sources/socialboards/config.js';
import { createLogger, silentLogger } from '../../src/logger.js';
import {
  SOCIALBOARDS_ROUTES,
  createSocialboardsSimulator,
  type SocialboardsSimulator,
  type SocialboardsSimulatorOptions,
} from '../../src/sources/socialboards/sim/simulator.js';
import { UpstreamError } from '../../src/transport/errors.js';
import { createHttpTransport, type HttpTransport } from '../../src/transport/http.js';
import { createSocialboardsAuth } from '../../src/sources/socialboards/auth.js';
import { createSocialboardsClient, type SocialboardsClient } from '../../src/sources/socialboards/client.js';
import { createTestClock, type TestClock } from '../support/test-clock.js';

/**
 * Socialboards credentials over real HTTP against the simulator: the refresh flow fetches one
 * token however many requests start together, renews before expiry, renews exactly once when a
 * token is refused (however many requests were refused together), and reports a refused refresh
 * token as UPSTREAM_UNAUTHORIZED without any secret; a static token is sent as is and its 401 is
 * final. Token answers the simulator does not send (camelCase, no expiry, rotation, no token) are
 * checked against a small real token server.
 */

const TEST_HTTP: HttpConfig = {
  connectTimeoutMs: 2_000,
  headersTimeoutMs: 5_000,
  bodyTimeoutMs: 5_000,
  retries: 2,
  retryBaseDelayMs: 5,
  maxRetryAfterMs: 1_000,
  connections: 16,
};

const CLIENT_ID = 'sandbox-client';
const REFRESH_TOKEN = 'sandbox-refresh-token';
const STATIC_TOKEN = 'sandbox-socialboards-token';

interface Setup {
  sim: SocialboardsSimulator;
  client: SocialboardsClient;
  logs: string[];
  /** Shared by the simulator (token expiry), the authenticator (renewal) and the transport (retries). */
  clock: TestClock;
}

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function setup(auth: SocialboardsConfig['auth'], options: SocialboardsSimulatorOptions = {}): Promise<Setup> {
  const clock = createTestClock();
  const sim = await createSocialboardsSimulator({ ...options, clock });
  const transport: HttpTransport = createHttpTransport(TEST_HTTP, silentLogger, undefined, clock);
  cleanups.push(
    () => sim.close(),
    () => transport.close(),
  );
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logs.push(line) });
  const config: SocialboardsConfig = { url: sim.url, auth };
  const authenticator = createSocialboardsAuth(
    config,
    transport.client({ source: 'SOCIALBOARDS', baseUrl: sim.url }),
    logger,
    {},
    clock,
  );
  const client = createSocialboardsClient(transport.client({ source: 'SOCIALBOARDS', baseUrl: sim.url, auth: authenticator }));
  return { sim, client, logs, clock };
}

const refresh = { kind: 'refresh', clientId: CLIENT_ID, refreshToken: REFRESH_TOKEN } as const;
const tokenCalls = (sim: SocialboardsSimulator) => sim.requests.filter((r) => r.route === SOCIALBOARDS_ROUTES.token);
const logCalls = (sim: SocialboardsSimulator) => sim.requests.filter((r) => r.route === SOCIALBOARDS_ROUTES.log);

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UpstreamError);
    return error as UpstreamError;
  }
  throw new Error('expected the call to fail');
}

describe('refresh-token flow', () => {
  it('fetches one token with a form-encoded refresh grant, then sends it as the Bearer token', async () => {
    const { sim, client } = await setup(refresh);
    expect(await client.readTicketLog(5501)).toHaveLength(7);
    expect(await client.listTickets({ ticketIds: [5501] })).toHaveLength(1);

    const [token, ...more] = tokenCalls(sim);
    expect(more).toHaveLength(0);
    expect(token!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(token!.body))).toEqual({
      grant_type: 'refresh_token',
      client_id: CLIENT_ID,
      refresh_token: REFRESH_TOKEN,
    });
    // The token endpoint is called without credentials.
    expect(token!.headers.authorization).toBeUndefined();
    const used = sim.requests.filter((r) => r.route !== SOCIALBOARDS_ROUTES.token).map((r) => r.headers.authorization);
    expect(used).toHaveLength(2);
    expect(new Set(used).size).toBe(1);
    expect(used[0]).toMatch(/^Bearer \S+$/);
    expect(used[0]).not.toBe(`Bearer ${STATIC_TOKEN}`);
  });

  it('many requests starting together share exactly one token request', async () => {
    const { sim, client } = await setup(refresh);
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => client.readTicketLog(5501 + (i % 10))));
    expect(results.every((r) => Array.isArray(r) && r.length > 0)).toBe(true);
    expect(tokenCalls(sim)).toHaveLength(1);
    expect(logCalls(sim).every((r) => r.status === 200)).toBe(true);
  });

  it('renews a token before it expires, so no request is refused', async () => {
    const { sim, client, clock } = await setup(refresh, { tokenLifetimeSeconds: 2 });
    await client.readTicketLog(5501);
    clock.advance(300);
    await client.readTicketLog(5502);
    expect(tokenCalls(sim)).toHaveLength(1); // still fresh
    clock.advance(1_900); // past 90% of the 2 s lifetime
    expect(await client.readTicketLog(5501)).toHaveLength(7);
    expect(tokenCalls(sim)).toHaveLength(2);
    expect(logCalls(sim).map((r) => r.status)).toEqual([200, 200, 200]);
    const tokens = logCalls(sim).map((r) => r.headers.authorization);
    expect(tokens[2]).not.toBe(tokens[0]);
  });

  it('a token revoked mid-way: one 401, one renewal, and the request succeeds', async () => {
    const { sim, client } = await setup(refresh);
    await client.readTicketLog(5501);
    sim.revokeIssuedTokens();
    sim.resetRequests();
    expect(await client.readTicketLog(5501)).toHaveLength(7);
    expect(sim.requests.map((r) => [r.route, r.status])).toEqual([
      [SOCIALBOARDS_ROUTES.log, 401],
      [SOCIALBOARDS_ROUTES.token, 200],
      [SOCIALBOARDS_ROUTES.log, 200],
    ]);
    const [refused, , retried] = sim.requests;
    expect(retried!.headers.authorization).not.toBe(refused!.headers.authorization);
  });

  it('20 requests refused together cause exactly one renewal, and all succeed', async () => {
    const { sim, client } = await setup(refresh);
    await client.readTicketLog(5501);
    sim.revokeIssuedTokens();
    sim.resetRequests();
    // Slow answers keep all 20 in flight with the revoked token.
    sim.faults.delay(SOCIALBOARDS_ROUTES.log, 30);
    const results = await Promise.all(Array.from({ length: 20 }, () => client.readTicketLog(5502)));
    expect(results.every((r) => r?.length === 5)).toBe(true);
    expect(tokenCalls(sim)).toHaveLength(1);
    const refused = logCalls(sim).filter((r) => r.status === 401);
    const served = logCalls(sim).filter((r) => r.status === 200);
    expect(refused).toHaveLength(20);
    expect(served).toHaveLength(20);
    expect(new Set(served.map((r) => r.headers.authorization)).size).toBe(1);
  });

  it('a refused refresh token is UPSTREAM_UNAUTHORIZED, with no secret and no upstream text in the message', async () => {
    const wrong = 'wrong-refresh-token-5ecret';
    const { sim, client, logs } = await setup({ kind: 'refresh', clientId: 'gateway-client-77', refreshToken: wrong });
    const error = await failure(client.readTicketLog(5501));
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', source: 'SOCIALBOARDS', status: 400 });
    expect(error.message).toContain('Socialboards rejected the refresh token');
    expect(error.message).toContain('invalid_grant');
    for (const text of [error.message, ...logs]) {
      expect(text).not.toContain(wrong);
      expect(text).not.toContain('gateway-client-77');
      expect(text).not.toContain('The refresh token or client id is invalid');
    }
    expect(tokenCalls(sim)).toHaveLength(1); // a refusal is not retried
    expect(logCalls(sim)).toHaveLength(0);
  });

  it('concurrent requests share the one refused token request', async () => {
    const { sim, client } = await setup({ kind: 'refresh', clientId: CLIENT_ID, refreshToken: 'not-the-refresh-token' });
    const settled = await Promise.allSettled(Array.from({ length: 8 }, () => client.readTicketLog(5501)));
    expect(settled.every((s) => s.status === 'rejected' && (s.reason as UpstreamError).code === 'UPSTREAM_UNAUTHORIZED')).toBe(
      true,
    );
    expect(tokenCalls(sim)).toHaveLength(1);
    expect(logCalls(sim)).toHaveLength(0);
  });

  it('a token endpoint that fails (5xx) is UPSTREAM_UNAVAILABLE and is not retried', async () => {
    const { sim, client } = await setup(refresh);
    sim.faults.failNext(SOCIALBOARDS_ROUTES.token, { count: 1, status: 503 });
    expect(await failure(client.readTicketLog(5501))).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', status: 503 });
    expect(tokenCalls(sim)).toHaveLength(1);
    // The next request tries again and succeeds.
    expect(await client.readTicketLog(5501)).toHaveLength(7);
    expect(tokenCalls(sim)).toHaveLength(2);
  });
});

describe('static token', () => {
  it('sends the token as is and never calls /token', async () => {
    const { sim, client } = await setup({ kind: 'token', token: STATIC_TOKEN });
    expect(await client.readTicketLog(5501)).toHaveLength(7);
    expect(sim.requests.map((r) => [r.route, r.headers.authorization])).toEqual([
      [SOCIALBOARDS_ROUTES.log, `Bearer ${STATIC_TOKEN}`],
    ]);
  });

  it('a wrong static token is UPSTREAM_UNAUTHORIZED after exactly one call, without the token', async () => {
    const wrong = 'wrong-static-token-5ecret';
    const { sim, client } = await setup({ kind: 'token', token: wrong });
    const error = await failure(client.readTicketLog(5501));
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', source: 'SOCIALBOARDS', status: 401 });
    expect(error.message).not.toContain(wrong);
    expect(sim.requests).toHaveLength(1);
  });
});

/**
 * The token answer's field names are UNCONFIRMED upstream; the simulator sends OAuth 2.0's. This
 * real token server answers the other plausible shapes so the authenticator's reading is pinned.
 */
describe('token answers the simulator does not send', () => {
  async function tokenServer(answer: (form: URLSearchParams, n: number) => { status?: number; body: string }) {
    const forms: URLSearchParams[] = [];
    const server: Server = createServer(async (req: IncomingMessage, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      forms.push(form);
      const reply = answer(form, forms.length);
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
      res.end(reply.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const transport = createHttpTransport(TEST_HTTP, silentLogger);
    cleanups.push(
      () => new Promise<void>((resolve) => server.close(() => resolve())),
      () => transport.close(),
    );
    const auth = createSocialboardsAuth({ url, auth: refresh }, transport.client({ source: 'SOCIALBOARDS', baseUrl: url }));
    return { auth, forms };
  }

  it('reads camelCase names, uses a rotated refresh token next time, and renews only a rejected token', async () => {
    const { auth, forms } = await tokenServer((_, n) => ({
      body: JSON.stringify({ accessToken: `access-${n}`, expiresIn: 3600, refreshToken: `rotated-${n}` }),
    }));
    expect(await auth.headers()).toEqual({ authorization: 'Bearer access-1' });
    expect(await auth.headers()).toEqual({ authorization: 'Bearer access-1' });
    // A 401 for an older token: someone already renewed, nothing to fetch.
    expect(await auth.renew!({ authorization: 'Bearer access-0' })).toBe(true);
    expect(forms).toHaveLength(1);
    expect(await auth.renew!({ authorization: 'Bearer access-1' })).toBe(true);
    expect(await auth.headers()).toEqual({ authorization: 'Bearer access-2' });
    expect(forms.map((f) => f.get('refresh_token'))).toEqual([REFRESH_TOKEN, 'rotated-1']);
  });

  it('an answer without expires_in is taken to last an hour', async () => {
    const { auth, forms } = await tokenServer(() => ({ body: JSON.stringify({ access_token: 'access-x' }) }));
    expect(await auth.headers()).toEqual({ authorization: 'Bearer access-x' });
    expect(await auth.headers()).toEqual({ authorization: 'Bearer access-x' });
    expect(forms).toHaveLength(1);
  });

  it.each([
    ['no token', { token_type: 'bearer', expires_in: 3600 }],
    ['an empty token', { access_token: '', expires_in: 3600 }],
    ['a negative lifetime', { access_token: 'a', expires_in: -5 }],
    ['a lifetime as words', { access_token: 'a', expires_in: 'an hour' }],
    ['a list', [{ access_token: 'a' }]],
  ])('an answer with %s is UPSTREAM_BAD_RESPONSE', async (_, body) => {
    const { auth } = await tokenServer(() => ({ body: JSON.stringify(body) }));
    expect(await failure(Promise.resolve().then(() => auth.headers()))).toMatchObject({
      code: 'UPSTREAM_BAD_RESPONSE',
      source: 'SOCIALBOARDS',
    });
  });

  it('a 401 from the token endpoint is UPSTREAM_UNAUTHORIZED without the body', async () => {
    const { auth } = await tokenServer(() => ({
      status: 401,
      body: '{"error":"invalid_client","error_description":"client gateway-client-77 unknown"}',
    }));
    const error = await failure(Promise.resolve().then(() => auth.headers()));
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', status: 401 });
    expect(error.message).toContain('invalid_client');
    expect(error.message).not.toContain('gateway-client-77');
  });
});

describe('SOCIALBOARDS_REFRESH_TOKEN_FILE with a rotating refresh token (several replicas)', () => {
  it('a rotated refresh token is written back; a second replica that started with the spent one reads the file and renews', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sb-refresh-')), 'refresh-token');
    writeFileSync(file, `${REFRESH_TOKEN}\n`);
    const auth = { ...refresh, refreshTokenFile: file };

    const sim = await createSocialboardsSimulator({ rotateRefreshTokens: true });
    cleanups.push(() => sim.close());
    const replica = (renewals: string[]) => {
      const transport = createHttpTransport(TEST_HTTP, silentLogger);
      cleanups.push(() => transport.close());
      const authenticator = createSocialboardsAuth(
        { url: sim.url, auth },
        transport.client({ source: 'SOCIALBOARDS', baseUrl: sim.url }),
        silentLogger,
        {
          onRenewal: (outcome) => renewals.push(outcome),
        },
      );
      return createSocialboardsClient(transport.client({ source: 'SOCIALBOARDS', baseUrl: sim.url, auth: authenticator }));
    };

    const first: string[] = [];
    expect(await replica(first).readTicketLog(5501)).not.toBeNull();
    expect(first).toEqual(['ok']);
    expect(sim.refreshToken).not.toBe(REFRESH_TOKEN);
    expect(readFileSync(file, 'utf8')).toBe(`${sim.refreshToken}\n`);

    // Configured with the original (now spent) token, as a restart with the old variable would be.
    const second: string[] = [];
    expect(await replica(second).readTicketLog(5501)).not.toBeNull();
    expect(second).toEqual(['ok']);
    expect(tokenCalls(sim).map((r) => new URLSearchParams(r.body).get('refresh_token'))).toEqual([
      REFRESH_TOKEN,
      `${REFRESH_TOKEN}-rotated-1`,
    ]);
    expect(readFileSync(file, 'utf8')).toBe(`${REFRESH_TOKEN}-rotated-2\n`);
  });

  it('without the file, the spent token is refused: renewals counted as refused', async () => {
    const sim = await createSocialboardsSimulator({ rotateRefreshTokens: true });
    cleanups.push(() => sim.close());
    const outcomes: string[] = [];
    const make = () => {
      const transport = createHttpTransport(TEST_HTTP, silentLogger);
      cleanups.push(() => transport.close());
      const authenticator = createSocialboardsAuth(
        { url: sim.url, auth: refresh },
        transport.client({ source: 'SOCIALBOARDS', baseUrl: sim.url }),
        silentLogger,
        {
          onRenewal: (outcome) => outcomes.push(outcome),
        },
      );
      return createSocialboardsClient(transport.client({ source: 'SOCIALBOARDS', baseUrl: sim.url, auth: authenticator }));
    };
    await make().readTicketLog(5501);
    const error = await failure(make().readTicketLog(5501));
    expect(error.code).toBe('UPSTREAM_UNAUTHORIZED');
    expect(outcomes).toEqual(['ok', 'refused']);
  });
});
