import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { RecordedRequest } from '../../src/sandbox/sim-server.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * OpenTelemetry end to end: the test runs an OTLP/HTTP receiver, the gateway exports to it
 * (`OTEL_EXPORTER_OTLP_ENDPOINT`). A request carrying a `traceparent` is continued: one server
 * span for the operation, one client span per upstream call under it, and every simulator
 * recorded a `traceparent` naming the client span of its own call.
 */

const TraceTickets = graphql(`
  query TraceTickets {
    a: ticket(source: ENNEO, key: "8842") { key title }
    b: ticket(source: TRACKER, key: "PAY-12") { key title }
    c: ticket(source: SOCIALBOARDS, key: "5501") { key title }
  }
`);

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
}

/** OTLP/JSON ids are hex; some encoders send base64 — accept both. */
const hex = (id: string | undefined) =>
  id === undefined || id === '' ? undefined : /^[0-9a-f]+$/.test(id) ? id : Buffer.from(id, 'base64').toString('hex');

let receiver: Server;
const spans: ExportedSpan[] = [];
const paths: string[] = [];
let stack: Stack;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      paths.push(`${req.method} ${req.url} ${req.headers['content-type']}`);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[];
      };
      for (const resource of body.resourceSpans) {
        for (const scope of resource.scopeSpans) {
          for (const span of scope.spans)
            spans.push({ ...span, traceId: hex(span.traceId)!, spanId: hex(span.spanId)!, parentSpanId: hex(span.parentSpanId) });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  stack = await startStack({
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}` },
  });
});

afterAll(async () => {
  await stack?.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

const SPAN_KIND_SERVER = 2;
const SPAN_KIND_CLIENT = 3;

describe('tracing', () => {
  it('continues an incoming traceparent: operation span, a client span per upstream call, traceparent sent upstream', async () => {
    for (const sim of [stack.sandbox.enneo, stack.sandbox.tracker, stack.sandbox.socialboards]) sim.resetRequests();
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const parentId = '00f067aa0ba902b7';
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${parentId}-01` },
      body: JSON.stringify({ query: print(TraceTickets) }),
    });
    const body = (await response.json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();

    const upstream: RecordedRequest[] = [
      ...stack.sandbox.enneo.requests,
      ...stack.sandbox.tracker.requests,
      ...stack.sandbox.socialboards.requests,
    ];
    expect(upstream.length).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => spans.filter((s) => s.traceId === traceId && s.kind === SPAN_KIND_CLIENT).length, { timeout: 10_000 })
      .toBe(upstream.length);
    await expect
      .poll(() => spans.some((s) => s.traceId === traceId && s.kind === SPAN_KIND_SERVER), { timeout: 10_000 })
      .toBe(true);
    expect(paths.every((p) => p.startsWith('POST /v1/traces application/json'))).toBe(true);

    const trace = spans.filter((s) => s.traceId === traceId);
    const server = trace.filter((s) => s.kind === SPAN_KIND_SERVER);
    expect(server).toHaveLength(1);
    expect(server[0]).toMatchObject({ name: 'graphql TraceTickets', parentSpanId: parentId });
    const clients = trace.filter((s) => s.kind === SPAN_KIND_CLIENT);
    expect(clients.every((s) => s.parentSpanId === server[0]!.spanId)).toBe(true);
    expect(new Set(clients.map((s) => s.name.split(' ')[0]))).toEqual(new Set(['ENNEO', 'TRACKER', 'SOCIALBOARDS']));

    // Each simulator saw a traceparent of this trace whose parent is the client span of that very call.
    const sent = upstream.map((r) => String(r.headers.traceparent));
    for (const header of sent) expect(header).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    expect(new Set(sent.map((h) => h.split('-')[2]))).toEqual(new Set(clients.map((s) => s.spanId)));
  });

  it('without a traceparent, each request starts a trace of its own', async () => {
    stack.sandbox.enneo.resetRequests();
    const send = () =>
      fetch(stack.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ ticket(source: ENNEO, key: "8842") { key } }' }),
      }).then((r) => r.json());
    await send();
    await send();
    const traces = stack.sandbox.enneo.requests.map((r) => String(r.headers.traceparent).split('-')[1]);
    expect(traces).toHaveLength(2);
    expect(traces[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(traces[0]).not.toBe(traces[1]);
    await expect
      .poll(
        () =>
          traces.every((t) => spans.some((s) => s.traceId === t && s.kind === SPAN_KIND_SERVER && s.parentSpanId === undefined)),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);
  });
});
