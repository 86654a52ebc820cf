import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENNEO_ROUTES } from '../../src/sources/enneo/sim/simulator.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * `/readyz` over HTTP: ready while every configured source answers its probe (a cheap
 * authenticated read), cached so polling does not reach the sources every time, not ready with
 * a reason when a source is down or refuses our credentials, and not ready from the moment
 * shutdown begins.
 */

interface Answer {
  ready: boolean;
  sources: Record<string, string>;
}

async function readyz(stack: Stack): Promise<{ status: number; body: Answer }> {
  const response = await fetch(new URL('/readyz', stack.url));
  return { status: response.status, body: (await response.json()) as Answer };
}

describe('/readyz with caching', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ readiness: { cacheMs: 60_000 } });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('probes each configured source once, then answers from its cache', async () => {
    const first = await readyz(stack);
    expect(first).toEqual({ status: 200, body: { ready: true, sources: { ENNEO: 'ok', SOCIALBOARDS: 'ok', TRACKER: 'ok' } } });
    const enneo = stack.sandbox.enneo.requests.filter((r) => r.route === ENNEO_ROUTES.ticket);
    expect(enneo).toHaveLength(1);
    // A read of a ticket, with credentials, and never one that marks the gateway as viewing it.
    expect(enneo[0]!.headers.authorization).toMatch(/^Bearer /);
    expect(stack.sandbox.enneo.viewingViolations).toEqual([]);
    const calls = () => stack.sandbox.enneo.count() + stack.sandbox.tracker.count() + stack.sandbox.socialboards.count();
    const before = calls();
    const again = await Promise.all([readyz(stack), readyz(stack), readyz(stack)]);
    expect(again.every((a) => a.status === 200 && a.body.ready)).toBe(true);
    expect(calls()).toBe(before);
  });

  it('turns 503 the moment shutdown begins', async () => {
    stack.readiness.beginShutdown();
    const answer = await readyz(stack);
    expect(answer.status).toBe(503);
    expect(answer.body.ready).toBe(false);
    expect(answer.body.sources).toEqual({ ENNEO: 'shutting down', SOCIALBOARDS: 'shutting down', TRACKER: 'shutting down' });
  });
});

describe('/readyz probing every time', () => {
  let stack: Stack;
  beforeAll(async () => {
    // 2.5 s: long enough for a healthy probe on a loaded machine (Socialboards' includes a token fetch).
    stack = await startStack({
      readiness: { cacheMs: 0, timeoutMs: 2_500 },
      // The transport's own headers timeout must not cut the slow probe first.
      env: { UPSTREAM_HEADERS_TIMEOUT_MS: '10000' },
    });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('a source refusing our credentials (401/403) is not ready; a 404 is', async () => {
    stack.sandbox.enneo.faults.failNext(ENNEO_ROUTES.ticket, { count: 1, status: 403 });
    const refused = await readyz(stack);
    expect(refused.status).toBe(503);
    expect(refused.body.sources.ENNEO).toMatch(/denied access \(HTTP 403\)/);
    expect(refused.body.sources.TRACKER).toBe('ok');
    stack.sandbox.enneo.faults.failNext(ENNEO_ROUTES.ticket, { count: 1, status: 404 });
    expect((await readyz(stack)).status).toBe(200);
  });

  it('a 5xx or a source slower than the probe timeout is not ready, and is not retried', async () => {
    stack.sandbox.enneo.faults.failNext(ENNEO_ROUTES.ticket, { count: 1, status: 503 });
    const before = stack.sandbox.enneo.count(ENNEO_ROUTES.ticket);
    const failing = await readyz(stack);
    expect(failing.status).toBe(503);
    expect(failing.body.sources.ENNEO).toMatch(/HTTP 503/);
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket) - before).toBe(1);
    stack.sandbox.enneo.faults.delay(ENNEO_ROUTES.ticket, 8_000);
    const slow = await readyz(stack);
    stack.sandbox.enneo.faults.clear();
    expect(slow.status).toBe(503);
    expect(slow.body.sources.ENNEO).toBe('no answer within 2500 ms');
  });

  it('a stopped source is not ready, with the reason; the others stay ok', async () => {
    await stack.sandbox.tracker.close();
    const answer = await readyz(stack);
    expect(answer.status).toBe(503);
    expect(answer.body.ready).toBe(false);
    expect(answer.body.sources.ENNEO).toBe('ok');
    expect(answer.body.sources.SOCIALBOARDS).toBe('ok');
    expect(answer.body.sources.TRACKER).toMatch(/Yandex Tracker could not be reached .*ECONNREFUSED/);
    // Reasons are the gateway's own words: no token in them.
    expect(JSON.stringify(answer.body)).not.toMatch(/sandbox-.*-token/);
  });
});
