import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/auth/api-keys.js';
import { graphql } from '../gql/index.js';
import { AUDIENCE, type IdentityProvider, ISSUER, type SigningKey, startIdentityProvider } from '../support/identity-provider.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * Client authentication against a real identity provider (a JWKS served over HTTP by the test)
 * and an API-keys file: every refusal is 401 with `WWW-Authenticate: Bearer`, one UNAUTHENTICATED
 * error saying what was wrong, and not one request to any source.
 */

const CaseTicket = graphql(`
  query AuthCaseTicket {
    ticket(source: ENNEO, key: "8842") { key title }
  }
`);

const ROUTER_KEY = 'tlk_router_4f0c2a9e7b1d4c38a6e5';
/** How long the gateway waits between two JWKS fetches in this file (30 s in production): long enough that the steps after a refetch surely fall inside it, even on a loaded machine. */
const COOLDOWN_MS = 5_000;

let idp: IdentityProvider;
let stack: Stack;
let rs: SigningKey;
let es: SigningKey;

beforeAll(async () => {
  idp = await startIdentityProvider();
  rs = await idp.newKey('RS256', 'rs-1');
  es = await idp.newKey('ES256', 'es-1');
  const dir = mkdtempSync(join(tmpdir(), 'ticketlog-keys-'));
  const keysFile = join(dir, 'api-keys.json');
  writeFileSync(
    keysFile,
    JSON.stringify([
      { name: 'router', sha256: hashApiKey(ROUTER_KEY), scopes: ['enneo:read', 'socialboards:read', 'tracker:read'] },
    ]),
  );
  stack = await startStack({
    env: { AUTH_JWKS_URL: idp.jwksUrl, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, AUTH_API_KEYS_FILE: keysFile },
    jwks: { cooldownMs: COOLDOWN_MS },
  });
});

afterAll(async () => {
  await stack?.close();
  await idp?.close();
});

const upstreamCalls = () => stack.sandbox.enneo.count() + stack.sandbox.socialboards.count() + stack.sandbox.tracker.count();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ask(headers: Record<string, string>) {
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ ticket(source: ENNEO, key: "8842") { key title } }' }),
  });
  const text = await response.text();
  return {
    status: response.status,
    challenge: response.headers.get('www-authenticate'),
    text,
    body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] },
  };
}

/** Asserts a refusal that names `reason`, with no upstream call and no echo of the credential. */
async function expectRefused(headers: Record<string, string>, reason: RegExp, credential?: string) {
  const before = upstreamCalls();
  const answer = await ask(headers);
  expect(answer.status).toBe(401);
  expect(answer.challenge).toMatch(/^Bearer realm="ticketlog-gateway"/);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
  expect(answer.body.errors![0]!.message).toMatch(reason);
  expect(upstreamCalls()).toBe(before);
  if (credential) {
    expect(answer.text).not.toContain(credential);
    expect(answer.challenge).not.toContain(credential);
  }
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('accepted credentials', () => {
  it('an RS256 token from the identity provider reads the ticket', async () => {
    const result = await stack.execute(CaseTicket, {}, bearer(await idp.token(rs)));
    expect(result.errors).toBeUndefined();
    expect(result.data?.ticket).toEqual({ key: '8842', title: 'Double charge on invoice 2025-10' });
  });

  it('an ES256 token too', async () => {
    const result = await stack.execute(CaseTicket, {}, bearer(await idp.token(es)));
    expect(result.data?.ticket?.key).toBe('8842');
  });

  it('a token that expired 30 s ago is still inside the 60 s clock skew', async () => {
    const result = await stack.execute(
      CaseTicket,
      {},
      bearer(await idp.token(rs, {}, { exp: Math.floor(Date.now() / 1000) - 30 })),
    );
    expect(result.data?.ticket?.key).toBe('8842');
  });

  it('an API key from AUTH_API_KEYS_FILE', async () => {
    const result = await stack.execute(CaseTicket, {}, { 'x-api-key': ROUTER_KEY });
    expect(result.data?.ticket?.key).toBe('8842');
  });
});

describe('refusals: 401, WWW-Authenticate: Bearer, UNAUTHENTICATED, no upstream call', () => {
  it('no credentials at all', async () => {
    await expectRefused({}, /needs credentials: send `Authorization: Bearer <JWT>` or `X-Api-Key: <key>`/);
  });

  it('an expired token', async () => {
    const token = await idp.token(rs, {}, { exp: Math.floor(Date.now() / 1000) - 120 });
    await expectRefused(bearer(token), /has expired/, token);
  });

  it('a token not valid yet', async () => {
    const token = await idp.token(rs, {}, { nbf: Math.floor(Date.now() / 1000) + 600 });
    await expectRefused(bearer(token), /not valid yet/, token);
  });

  it('a token from another issuer', async () => {
    const token = await idp.token(rs, {}, { iss: 'https://evil.example/' });
    await expectRefused(bearer(token), /not issued by https:\/\/id\.example\.test\//, token);
  });

  it('a token for another audience', async () => {
    const token = await idp.token(rs, {}, { aud: 'another-api' });
    await expectRefused(bearer(token), /not meant for this audience/, token);
  });

  it('a token signed with a key the provider does not publish', async () => {
    const stranger = await idp.newKey('RS256', 'stranger', false);
    const token = await idp.token(stranger);
    await expectRefused(bearer(token), /unknown kid/, token);
  });

  it('an unsigned token (alg: none)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ iss: ISSUER, aud: AUDIENCE, sub: 'x', exp: now + 300, scope: 'enneo:read' })}.`;
    await expectRefused(bearer(token), /signing algorithm is not accepted|not a well-formed signed JWT/, token);
  });

  it('an HS256 token "signed" with the provider\'s public key', async () => {
    const token = await new SignJWT({ scope: 'enneo:read' })
      .setProtectedHeader({ alg: 'HS256', kid: 'rs-1' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(rs.publicPem));
    await expectRefused(bearer(token), /signing algorithm is not accepted; tokens must be signed with RS256 or ES256/, token);
  });

  it('a token whose signature was tampered with', async () => {
    const token = await idp.token(rs);
    const [header, payload] = token.split('.');
    const forged = `${header}.${b64({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: 'admin' })}.${token.split('.')[2]}`;
    await expectRefused(bearer(forged), /signature is not valid/, forged);
  });

  it('a wrong API key', async () => {
    await expectRefused(
      { 'x-api-key': 'tlk_router_guessed_0000' },
      /API key in X-Api-Key is not known/,
      'tlk_router_guessed_0000',
    );
  });

  it('another Authorization scheme, or both kinds of credential at once', async () => {
    await expectRefused({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }, /must be `Bearer <JWT>`/);
    await expectRefused({ ...bearer(await idp.token(rs)), 'x-api-key': ROUTER_KEY }, /not both/);
  });

  it('no credential appears in any log line', () => {
    const logs = stack.logs.join('\n');
    expect(logs).not.toContain(ROUTER_KEY);
    expect(logs).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
  });
});

describe('the key set: cached, refetched on an unknown kid at most once per cool-down', () => {
  it('rotation without restart', async () => {
    // Settle: the cached set has rs-1, and the last fetch is older than the cool-down.
    await sleep(COOLDOWN_MS + 50);
    await stack.execute(CaseTicket, {}, bearer(await idp.token(rs)));
    const fetchesBefore = idp.fetches;

    const next = await idp.newKey('RS256', 'rs-2', false);
    // Everything signed up front: key generation on a loaded machine must not eat the cool-down.
    const retired = await idp.token(rs);
    const stranger = await idp.token(await idp.newKey('RS256', 'rs-x', false));
    const tokens = await Promise.all([1, 2, 3].map(() => idp.token(next)));
    idp.publish([next, es]);
    // Several tokens of the new key at once: at most one refetch serves them all. (The last fetch
    // is still more than a cool-down ago: the token above came from the cached set.)
    const results = await Promise.all(tokens.map((token) => stack.execute(CaseTicket, {}, bearer(token))));
    for (const result of results) expect(result.data?.ticket?.key).toBe('8842');
    expect(idp.fetches).toBe(fetchesBefore + 1);

    // The retired key is gone from the refreshed set, and asking again inside the cool-down
    // fetches nothing: an attacker cannot make the gateway hammer the identity provider.
    await expectRefused(bearer(retired), /unknown kid/, retired);
    await expectRefused(bearer(stranger), /unknown kid/);
    expect(idp.fetches).toBe(fetchesBefore + 1);
  });
});
