import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../support/sandbox-credentials.js';
import { graphql } from '../gql/index.js';
import { AUDIENCE, type IdentityProvider, ISSUER, type SigningKey, startIdentityProvider } from '../support/identity-provider.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * Acting as the caller at the source: with `UPSTREAM_CREDENTIALS=forward` each request's
 * `X-*-Token` headers are what the sources receive (asserted on the simulators' recorded
 * headers), and with `AUTH_ENNEO_PROFILE_CLAIM` enneo hears `X-Enneo-On-Behalf-Of`. None of those
 * tokens appears in any response or log line.
 */

const CaseTickets = graphql(`
  query ForwardCaseTickets {
    tickets(refs: [{ source: ENNEO, key: "8842" }, { source: SOCIALBOARDS, key: "5501" }, { source: TRACKER, key: "PAY-12" }]) {
      key
      title
    }
  }
`);

const EnneoTicket = graphql(`
  query ForwardEnneoTicket {
    ticket(source: ENNEO, key: "8842") { key }
  }
`);

describe('UPSTREAM_CREDENTIALS=forward', () => {
  let stack: Stack;
  let socialboardsToken: string;
  const bodies: string[] = [];

  beforeAll(async () => {
    stack = await startStack({ env: { UPSTREAM_CREDENTIALS: 'forward' } });
    // A Socialboards access token, obtained the way a caller's own app would.
    const response = await fetch(`${stack.sandbox.socialboards.url}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: SANDBOX_CREDENTIALS.socialboardsClientId,
        refresh_token: SANDBOX_CREDENTIALS.socialboardsRefreshToken,
      }).toString(),
    });
    socialboardsToken = ((await response.json()) as { access_token: string }).access_token;
    stack.sandbox.socialboards.resetRequests();
  });
  afterAll(() => stack?.close());

  const forwarded = () => ({
    'x-enneo-token': SANDBOX_CREDENTIALS.enneoToken,
    'x-socialboards-token': socialboardsToken,
    'x-tracker-token': SANDBOX_CREDENTIALS.trackerToken,
  });

  async function run(headers: Record<string, string>) {
    const result = await stack.execute(CaseTickets, {}, headers);
    bodies.push(JSON.stringify(result));
    return result;
  }

  it("the caller's tokens reach each source as its Authorization header", async () => {
    const result = await run(forwarded());
    expect(result.errors).toBeUndefined();
    expect(result.data?.tickets.map((t) => t?.key)).toEqual(['8842', '5501', 'PAY-12']);
    expect(stack.sandbox.enneo.requests.map((r) => r.headers.authorization)).toContain(
      `Bearer ${SANDBOX_CREDENTIALS.enneoToken}`,
    );
    expect(new Set(stack.sandbox.socialboards.requests.map((r) => r.headers.authorization))).toEqual(
      new Set([`Bearer ${socialboardsToken}`]),
    );
    expect(new Set(stack.sandbox.tracker.requests.map((r) => r.headers.authorization))).toEqual(
      new Set([`OAuth ${SANDBOX_CREDENTIALS.trackerToken}`]),
    );
    // The gateway asked for no token of its own.
    expect(stack.sandbox.socialboards.count('POST /token')).toBe(0);
  });

  it('a missing header: UPSTREAM_UNAUTHORIZED (status 0) naming it, on that source only', async () => {
    const { 'x-tracker-token': _omitted, ...rest } = forwarded();
    stack.sandbox.tracker.resetRequests();
    const result = await run(rest);
    expect(result.data?.tickets.map((t) => t?.key ?? null)).toEqual(['8842', '5501', null]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({
      path: ['tickets', 2],
      extensions: { code: 'UPSTREAM_UNAUTHORIZED', source: 'TRACKER', status: 0 },
    });
    expect(result.errors![0]!.message).toContain('X-Tracker-Token');
    expect(stack.sandbox.tracker.count()).toBe(0);
  });

  it('a token the source refuses: UPSTREAM_UNAUTHORIZED with its status', async () => {
    const result = await run({ ...forwarded(), 'x-enneo-token': 'caller-token-enneo-refuses-91c2' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({
      path: ['tickets', 0],
      extensions: { code: 'UPSTREAM_UNAUTHORIZED', source: 'ENNEO', status: 401 },
    });
  });

  it('a malformed header is refused before anything is sent', async () => {
    stack.sandbox.enneo.resetRequests();
    const result = await run({ ...forwarded(), 'x-enneo-token': 'Bearer two-words-9f3a' });
    expect(result.errors![0]).toMatchObject({ extensions: { code: 'UPSTREAM_UNAUTHORIZED', source: 'ENNEO', status: 0 } });
    expect(result.errors![0]!.message).toMatch(/X-Enneo-Token header must hold the enneo token alone/);
    expect(stack.sandbox.enneo.count()).toBe(0);
  });

  it('no forwarded token appears in any response or log line', () => {
    const everything = [...bodies, ...stack.logs].join('\n');
    for (const token of [
      SANDBOX_CREDENTIALS.enneoToken,
      socialboardsToken,
      SANDBOX_CREDENTIALS.trackerToken,
      'caller-token-enneo-refuses-91c2',
      'two-words-9f3a',
    ]) {
      expect(everything).not.toContain(token);
    }
  });
});

describe("AUTH_ENNEO_PROFILE_CLAIM: enneo applies the caller's own permissions", () => {
  let idp: IdentityProvider;
  let key: SigningKey;
  let stack: Stack;

  beforeAll(async () => {
    idp = await startIdentityProvider();
    key = await idp.newKey('ES256', 'es-1');
    stack = await startStack({
      env: {
        AUTH_JWKS_URL: idp.jwksUrl,
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
        AUTH_ENNEO_PROFILE_CLAIM: 'enneo_profile',
      },
    });
  });
  afterAll(async () => {
    await stack?.close();
    await idp?.close();
  });

  it('the claim becomes X-Enneo-On-Behalf-Of on every enneo call of that request', async () => {
    const token = await idp.token(key, { enneo_profile: 23 });
    const result = await stack.execute(EnneoTicket, {}, { authorization: `Bearer ${token}` });
    expect(result.data?.ticket?.key).toBe('8842');
    const heard = stack.sandbox.enneo.requests.map((r) => r.headers['x-enneo-on-behalf-of']);
    expect(heard.length).toBeGreaterThan(0);
    expect(new Set(heard)).toEqual(new Set(['23']));
  });

  it("a person enneo gives no access is refused by enneo, not by the gateway's own rights", async () => {
    const token = await idp.token(key, { enneo_profile: '99999' });
    const result = await stack.execute(EnneoTicket, {}, { authorization: `Bearer ${token}` });
    expect(result.data?.ticket).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UPSTREAM_UNAUTHORIZED', source: 'ENNEO', status: 403 } });
  });

  it('without the claim, no header: the gateway reads with its own credentials', async () => {
    stack.sandbox.enneo.resetRequests();
    const token = await idp.token(key);
    await stack.execute(EnneoTicket, {}, { authorization: `Bearer ${token}` });
    expect(stack.sandbox.enneo.requests.map((r) => r.headers['x-enneo-on-behalf-of'])).toEqual(
      stack.sandbox.enneo.requests.map(() => undefined),
    );
  });
});
