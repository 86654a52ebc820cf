import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { ENNEO_ROUTES } from '../../src/sandbox/enneo.js';
import { SOCIALBOARDS_ROUTES } from '../../src/sandbox/socialboards.js';
import { parsePrometheus, type Sample, valueOf } from '../support/prometheus-text.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * `/metrics` scraped over HTTP before and after queries: the upstream counters and histograms
 * move by exactly the calls the simulators saw, an injected failure shows up as retries and one
 * error per source and code, token renewals and pool gauges are there, and yoga reports each
 * operation by name.
 */

const MetTickets = graphql(`
  query MetTickets {
    a: ticket(source: ENNEO, key: "8842") { key title }
    b: ticket(source: TRACKER, key: "PAY-12") { key title }
  }
`);

const MetTicket = graphql(`
  query MetTicket {
    ticket(source: ENNEO, key: "8821") { key title }
  }
`);

const MetSocialboards = graphql(`
  query MetSocialboards {
    ticket(source: SOCIALBOARDS, key: "5501") { key title }
  }
`);

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});
beforeEach(() => {
  stack.sandbox.enneo.faults.clear();
});

async function scrape(): Promise<Sample[]> {
  const response = await fetch(new URL('/metrics', stack.url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return parsePrometheus(await response.text());
}

const REQUESTS = 'ticketlog_upstream_requests_total';

describe('/metrics', () => {
  it('upstream calls and durations move by exactly the calls the simulators saw, per source and route', async () => {
    const before = await scrape();
    const enneoBefore = stack.sandbox.enneo.count(ENNEO_ROUTES.ticket);
    const trackerBefore = stack.sandbox.tracker.count();
    const result = await stack.execute(MetTickets);
    expect(result.errors).toBeUndefined();
    const after = await scrape();

    const enneoCalls = stack.sandbox.enneo.count(ENNEO_ROUTES.ticket) - enneoBefore;
    const trackerCalls = stack.sandbox.tracker.count() - trackerBefore;
    expect(enneoCalls).toBe(1);
    expect(trackerCalls).toBeGreaterThan(0);
    const enneoTicket = { source: 'ENNEO', route: 'GET /ticket/{id}' };
    const delta = (name: string, labels: Record<string, string>) => valueOf(after, name, labels) - valueOf(before, name, labels);
    expect(delta(REQUESTS, { ...enneoTicket, status: '200' })).toBe(enneoCalls);
    expect(delta(REQUESTS, { source: 'TRACKER' })).toBe(trackerCalls);
    expect(delta('ticketlog_upstream_request_duration_seconds_count', enneoTicket)).toBe(enneoCalls);
    expect(delta('ticketlog_upstream_request_duration_seconds_sum', enneoTicket)).toBeGreaterThan(0);
    expect(valueOf(after, 'ticketlog_upstream_request_duration_seconds_bucket', { ...enneoTicket, le: '+Inf' })).toBe(
      valueOf(after, 'ticketlog_upstream_request_duration_seconds_count', enneoTicket),
    );
    expect(delta('ticketlog_upstream_errors_total', {})).toBe(0);
  });

  it("yoga's per-operation metrics name the operation", async () => {
    const before = await scrape();
    await stack.execute(MetTicket);
    const after = await scrape();
    const delta = (name: string) =>
      valueOf(after, name, { operationName: 'MetTicket' }) - valueOf(before, name, { operationName: 'MetTicket' });
    expect(delta('graphql_envelop_request_duration_count')).toBe(1);
    expect(delta('graphql_yoga_http_duration_count')).toBe(1);
    expect(delta('graphql_envelop_phase_execute_count')).toBe(1);
  });

  it('an injected failure: retries counted per route, one error per source and code, every attempt by status', async () => {
    const before = await scrape();
    stack.sandbox.enneo.faults.failNext(ENNEO_ROUTES.ticket, { count: 3, status: 503 });
    const result = await stack.execute(MetTicket);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', source: 'ENNEO', status: 503 });
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) => valueOf(after, name, labels) - valueOf(before, name, labels);
    expect(delta(REQUESTS, { source: 'ENNEO', route: 'GET /ticket/{id}', status: '503' })).toBe(3);
    expect(delta('ticketlog_upstream_retries_total', { source: 'ENNEO', route: 'GET /ticket/{id}' })).toBe(2);
    expect(delta('ticketlog_upstream_errors_total', { source: 'ENNEO', code: 'UPSTREAM_UNAVAILABLE' })).toBe(1);
    expect(delta('ticketlog_upstream_errors_total', {})).toBe(1);
    expect(delta('graphql_envelop_error_result', { operationName: 'MetTicket' })).toBe(1);
  });

  it('token renewals and pool gauges', async () => {
    const result = await stack.execute(MetSocialboards);
    expect(result.errors).toBeUndefined();
    const after = await scrape();
    const fetched = stack.sandbox.socialboards.count(SOCIALBOARDS_ROUTES.token);
    expect(fetched).toBeGreaterThan(0);
    expect(valueOf(after, 'ticketlog_token_renewals_total', { source: 'SOCIALBOARDS', outcome: 'ok' })).toBe(fetched);
    const origin = new URL(stack.sandbox.enneo.url).origin;
    const queued = after.filter((s) => s.name === 'ticketlog_upstream_pool_queued');
    expect(queued.map((s) => s.labels.origin)).toContain(origin);
    expect(queued.every((s) => s.value === 0)).toBe(true);
    expect(after.some((s) => s.name === 'ticketlog_upstream_pool_running' && s.labels.origin === origin)).toBe(true);
  });
});
