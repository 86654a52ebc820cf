import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { TRACKER_ROUTES } from '../src/sources/tracker/sim/simulator.js';
import { recordingStacks } from './support/recording.js';
import type { Stack } from './support/stack.js';

/**
 * `REQUEST_TIMEOUT_MS` is one budget per GraphQL request: waiting for one of the pooled
 * connections, every attempt, every backoff and the body read all draw on it. A source that hangs
 * or trickles its body costs its own fields an `UPSTREAM_TIMEOUT` (labelled with the source) when
 * the budget ends, and the rest of the answer goes out then — never later than the deadline plus
 * a second, however many requests queue for the source's connections (plus, for the 50-query
 * burst, what the same burst costs this shared machine with healthy sources, measured first). A
 * retry the remaining budget cannot cover is not started. `npm run bench` prints the distribution.
 */

// Long enough that healthy sources answer a 50-query burst inside it on a loaded 2-core machine;
// the point is what happens at the deadline, not its size.
const DEADLINE_MS = 3_000;
const SLACK_MS = 1_000;

const CaseTickets = graphql(`
  query DeadlineCaseTickets {
    enneo: ticket(source: ENNEO, key: "8842") { key title }
    tracker: ticket(source: TRACKER, key: "PAY-12") { key title }
    socialboards: ticket(source: SOCIALBOARDS, key: "5501") { key title }
  }
`);

const TrackerWorklogs = graphql(`
  query DeadlineTrackerWorklogs {
    enneo: ticket(source: ENNEO, key: "8842") { key title }
    tracker: ticket(source: TRACKER, key: "PAY-12") { key worklogs { totalCount } }
  }
`);

const { open, run, closeAll } = recordingStacks();
afterAll(closeAll);

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

describe(`REQUEST_TIMEOUT_MS=${DEADLINE_MS} with a source that never answers`, () => {
  let stack: Stack;
  beforeAll(async () => {
    // Per-attempt timeouts far beyond the deadline: only the request's budget can end the wait.
    stack = await open({
      env: { REQUEST_TIMEOUT_MS: String(DEADLINE_MS), UPSTREAM_HEADERS_TIMEOUT_MS: '60000', UPSTREAM_BODY_TIMEOUT_MS: '60000' },
    });
  });
  beforeEach(() => {
    stack.sandbox.tracker.faults.clear();
    stack.sandbox.tracker.resetRequests();
  });

  it('50 concurrent queries (more than the 16 pooled connections) all answer by deadline + 1 s, with the rest of the data', async () => {
    const burst = () => Promise.all(Array.from({ length: 50 }, () => timed(() => run(stack, CaseTickets))));
    // What answering 50 queries at once costs this (shared, often overloaded) machine when every
    // source is healthy: the deadline may add its budget and a second to that, nothing more.
    const healthy = Math.max(...(await burst()).map((a) => a.ms));
    stack.sandbox.tracker.faults.hang(TRACKER_ROUTES.searchIssues);
    stack.sandbox.tracker.resetRequests();
    const answers = await burst();

    const slowest = Math.max(...answers.map((a) => a.ms));
    expect(slowest).toBeLessThan(DEADLINE_MS + SLACK_MS + healthy);
    for (const { value: result } of answers) {
      expect(result.data?.enneo).toEqual({ key: '8842', title: expect.any(String) });
      expect(result.data?.socialboards).toEqual({ key: '5501', title: expect.any(String) });
      expect(result.data?.tracker).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.path).toEqual(['tracker']);
      expect(result.errors![0]!.extensions).toEqual({ code: 'UPSTREAM_TIMEOUT', source: 'TRACKER', status: 0 });
      expect(result.errors![0]!.message).toMatch(/REQUEST_TIMEOUT_MS/);
    }
    // Tracker holds every call it gets, so only 16 at a time ever had a connection: the others
    // answering by the deadline were cut while queued (how many got a connection freed by an
    // earlier query's deadline depends on how spread out the 50 arrived, so it is not asserted).
    expect(stack.sandbox.tracker.count(TRACKER_ROUTES.searchIssues)).toBeGreaterThan(0);
  });

  it('a body trickled one byte a second is cut at the deadline', async () => {
    stack.sandbox.tracker.faults.trickle(TRACKER_ROUTES.worklog, 1_000);
    const { ms, value: result } = await timed(() => run(stack, TrackerWorklogs));
    expect(ms).toBeLessThan(DEADLINE_MS + SLACK_MS);
    expect(result.data?.enneo?.title).toEqual(expect.any(String));
    expect(result.data?.tracker).toBeNull();
    expect(result.errors?.map((e) => e.extensions)).toEqual([{ code: 'UPSTREAM_TIMEOUT', source: 'TRACKER', status: 0 }]);
    expect(stack.sandbox.tracker.requests.find((r) => r.route === TRACKER_ROUTES.worklog)?.status).toBe(200);
  });

  it('a retry the remaining budget cannot cover is not started: the failure is answered at once', async () => {
    // Retry-After 5 s is within UPSTREAM_MAX_RETRY_AFTER_MS (10 s) but beyond the 3 s budget.
    stack.sandbox.tracker.faults.failNext(TRACKER_ROUTES.searchIssues, { count: 1, status: 503, retryAfter: '5' });
    const { ms, value: result } = await timed(() => run(stack, CaseTickets));
    expect(ms).toBeLessThan(DEADLINE_MS);
    expect(result.data?.enneo?.title).toEqual(expect.any(String));
    expect(result.data?.tracker).toBeNull();
    expect(result.errors?.map((e) => e.extensions)).toEqual([{ code: 'UPSTREAM_UNAVAILABLE', source: 'TRACKER', status: 503 }]);
    expect(stack.sandbox.tracker.count(TRACKER_ROUTES.searchIssues)).toBe(1);
  });

  it('a retry the budget covers still happens', async () => {
    stack.sandbox.tracker.faults.failNext(TRACKER_ROUTES.searchIssues, { count: 1, status: 503, retryAfter: '0' });
    const result = await run(stack, CaseTickets);
    expect(result.errors).toBeUndefined();
    expect(result.data?.tracker).toEqual({ key: 'PAY-12', title: expect.any(String) });
    expect(stack.sandbox.tracker.count(TRACKER_ROUTES.searchIssues)).toBe(2);
  });
});

describe('REQUEST_TIMEOUT_MS default', () => {
  it('is 30 s', async () => {
    const stack = await open();
    expect(stack.config.requestTimeoutMs).toBe(30_000);
  });
});
