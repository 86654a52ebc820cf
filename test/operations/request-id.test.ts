import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENNEO_ROUTES } from '../../src/sources/enneo/sim/simulator.js';
import { SOCIALBOARDS_ROUTES } from '../../src/sources/socialboards/sim/simulator.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * At LOG_LEVEL=debug every line a request causes — its upstream calls, a token renewal, a failure,
 * the request line — carries that request's id, also from code that only holds the process
 * logger; /readyz is a request of its own.
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ readiness: { cacheMs: 0 } });
});
afterAll(async () => {
  await stack?.close();
});

const parsed = () => stack.logs.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('request id on every line of a request', () => {
  it('upstream calls, token renewal, failures and the request line all carry it', async () => {
    stack.sandbox.enneo.faults.failNext(ENNEO_ROUTES.worklogs, { count: 1, status: 502 });
    const from = stack.logs.length;
    const { status } = await stack.post(
      {
        query: `query Mixed {
          e: ticket(source: ENNEO, key: "8842") { key worklogs { totalCount } }
          s: ticket(source: SOCIALBOARDS, key: "5501") { key }
        }`,
      },
      { 'x-request-id': 'debug-lines-1' },
    );
    expect(status).toBe(200);
    const own = parsed().slice(from);
    expect(stack.sandbox.socialboards.count(SOCIALBOARDS_ROUTES.token)).toBe(1);
    const upstreamCalls = own.filter((l) => l.msg === 'upstream call');
    const simulatorCalls = stack.sandbox.enneo.count() + stack.sandbox.socialboards.count();
    expect(upstreamCalls).toHaveLength(simulatorCalls);
    expect(own.some((l) => l.level === 'warn' && l.status === 502 && l.route === ENNEO_ROUTES.worklogs)).toBe(true);
    expect(own.some((l) => l.msg === 'request' && l.operationName === 'Mixed')).toBe(true);
    expect(own.every((l) => l.requestId === 'debug-lines-1')).toBe(true);
  });

  it('/readyz gets a request id of its own, its probes carry it, and its request line is debug, not info', async () => {
    const from = stack.logs.length;
    const response = await fetch(new URL('/readyz', stack.url));
    expect(response.status).toBe(200);
    const lines = parsed().slice(from);
    const probes = lines.filter((l) => l.msg === 'upstream call');
    expect(probes.length).toBe(3);
    expect(lines.every((l) => l.requestId === response.headers.get('x-request-id'))).toBe(true);
    // The /readyz request itself has an id (echoed), and its request line is debug, not info.
    const id = response.headers.get('x-request-id');
    expect(lines.find((l) => l.msg === 'request')).toMatchObject({ level: 'debug', path: '/readyz', requestId: id });
  });
});
