import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../support/stack.js';

/**
 * CORS: a browser page may read the gateway's answers only from an origin in `CORS_ORIGINS`
 * (with credentials); an unlisted origin gets no `Access-Control-Allow-Origin`. Development
 * without the variable answers any origin with a literal `*` and no credentials.
 */

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
  });

const post = (url: string, origin: string) =>
  fetch(url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });

describe('CORS_ORIGINS lists the origins allowed', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { CORS_ORIGINS: 'https://app.example.com, https://ops.example.com' } });
  });
  afterAll(() => stack?.close());

  it('a listed origin: allowed with credentials, in the preflight and the answer', async () => {
    const answer = await preflight(stack.url, 'https://ops.example.com');
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe('https://ops.example.com');
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
    expect(answer.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(answer.headers.get('vary')).toContain('Origin');
    const response = await post(stack.url, 'https://ops.example.com');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://ops.example.com');
  });

  it('an unlisted origin: no Access-Control-Allow-Origin, no credentials, in the preflight and the answer', async () => {
    for (const response of [await preflight(stack.url, 'https://evil.example'), await post(stack.url, 'https://evil.example')]) {
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
    // Neither a look-alike nor `null` (sandboxed iframes, file://) is listed.
    for (const origin of ['https://app.example.com.evil.example', 'null', 'http://app.example.com']) {
      expect((await preflight(stack.url, origin)).headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('defaults', () => {
  it('development: any origin, as a literal *, never with credentials', async () => {
    const stack = await startStack();
    try {
      const answer = await preflight(stack.url, 'https://evil.example');
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    } finally {
      await stack.close();
    }
  });

  it('production: no origin at all', async () => {
    const stack = await startStack({ env: { NODE_ENV: 'production', SANDBOX: '1', AUTH: 'none' } });
    try {
      expect((await preflight(stack.url, 'https://app.example.com')).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await stack.close();
    }
  });
});
