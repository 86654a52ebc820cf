import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../src/sandbox/sim-server.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * Without `OTEL_EXPORTER_OTLP_ENDPOINT` spans are not recorded, yet the trace still travels: an
 * incoming `traceparent` is continued upstream and a request without one starts its own trace.
 */
let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const QUERY = '{ a: ticket(source: ENNEO, key: "8842") { key } b: ticket(source: TRACKER, key: "PAY-12") { key } }';

async function send(headers: Record<string, string> = {}): Promise<RecordedRequest[]> {
  stack.sandbox.enneo.resetRequests();
  stack.sandbox.tracker.resetRequests();
  const response = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY }),
  });
  expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
  return [...stack.sandbox.enneo.requests, ...stack.sandbox.tracker.requests];
}

const parts = (request: RecordedRequest) => String(request.headers.traceparent).split('-');

describe('tracing without an exporter', () => {
  it('continues an incoming traceparent upstream: same trace, flags and tracestate, a new span id per call', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const parentId = '00f067aa0ba902b7';
    for (const flags of ['01', '00']) {
      const upstream = await send({ traceparent: `00-${traceId}-${parentId}-${flags}`, tracestate: 'vendor=abc' });
      expect(upstream.length).toBeGreaterThanOrEqual(2);
      const spanIds = upstream.map((r) => parts(r)[2]);
      for (const request of upstream) {
        const [version, trace, span, sentFlags] = parts(request);
        expect(version).toBe('00');
        expect(trace).toBe(traceId);
        expect(span).toMatch(/^[0-9a-f]{16}$/);
        expect(span).not.toBe(parentId);
        expect(sentFlags).toBe(flags);
        expect(request.headers.tracestate).toBe('vendor=abc');
      }
      expect(new Set(spanIds).size).toBe(spanIds.length);
    }
  });

  it('without a traceparent, each request starts a sampled trace of its own', async () => {
    const first = await send();
    const second = await send();
    const traces = [...first, ...second].map((r) => parts(r)[1]);
    expect(traces.every((t) => t !== undefined && /^[0-9a-f]{32}$/.test(t) && t !== '0'.repeat(32))).toBe(true);
    expect(new Set(first.map((r) => parts(r)[1])).size).toBe(1);
    expect(first[0] && parts(first[0])[1]).not.toBe(second[0] && parts(second[0])[1]);
    expect([...first, ...second].every((r) => parts(r)[3] === '01')).toBe(true);
  });
});
