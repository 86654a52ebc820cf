import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { Config } from '../../src/config.js';
import type { TrackerConfig } from '../../src/sources/tracker/config.js';
import { SANDBOX_CREDENTIALS } from '../support/sandbox-credentials.js';
import { TRACKER_ROUTES, createTrackerSimulator, type TrackerSimulator } from '../../src/sources/tracker/sim/simulator.js';
import {
  TRACKER_DURATION_FORMS,
  TRACKER_SHOWCASE,
  expectedIssueSeconds,
  expectedWorklogSeconds,
  type TrackerCalendar,
  type TrackerSeed,
  type TrackerSeedWorklog,
} from '../../src/sources/tracker/sim/seed.js';
import { onlyError, recordingStacks } from '../support/recording.js';
import type { Result, Stack } from '../support/stack.js';

/**
 * Through GraphQL: the whole gateway on a real port against the Tracker simulator (and, for
 * a duration Tracker's calendar cannot express, against a small Tracker-speaking `node:http` server
 * of this file). Proves complete `Link: rel="next"` paging (request counts), the business-calendar
 * duration table with the default and a configured calendar, `+0000` instants, localized names by
 * `Accept-Language`, both org headers and both auth schemes, v2 and v3 paths, one issue `_search`
 * per request and one worklog list per issue, not-found as null, BAD_USER_INPUT before any upstream
 * call, the README's error codes with `source: 'TRACKER'`, and `node(id)` refetches.
 */

const TrIssue = graphql(`
  query TrIssue($key: String!) {
    ticket(source: TRACKER, key: $key) {
      id
      source
      key
      title
      status
      timeSpentSeconds
      ... on TrackerIssue {
        issueId
        statusDisplay
        createdAt
        updatedAt
        assignee { source id name kind }
      }
      worklogs(first: 500) {
        totalCount
        pageInfo { hasNextPage }
        edges {
          node {
            id
            startedAt
            durationSeconds
            comment
            author { source id name kind }
            ... on TrackerWorklog {
              worklogId
              issueKey
              duration
              createdAt
              updatedAt
              updatedBy { source id name kind }
            }
          }
        }
      }
    }
  }
`);

const TrTitle = graphql(`
  query TrTitle($key: String!) {
    ticket(source: TRACKER, key: $key) { key title status }
  }
`);

const TrTickets = graphql(`
  query TrTickets($refs: [TicketRef!]!) {
    tickets(refs: $refs) { key title status }
  }
`);

const TrDurations = graphql(`
  query TrDurations($refs: [TicketRef!]!) {
    tickets(refs: $refs) {
      key
      timeSpentSeconds
      worklogs(first: 500) {
        totalCount
        edges { node { durationSeconds ... on TrackerWorklog { worklogId duration } } }
      }
    }
  }
`);

const TrTicketsWorklogs = graphql(`
  query TrTicketsWorklogs($refs: [TicketRef!]!) {
    tickets(refs: $refs) {
      key
      timeSpentSeconds
      worklogs(first: 500) { totalCount }
      timeline(first: 1) { totalCount }
    }
  }
`);

const TrTimeline = graphql(`
  query TrTimeline($refs: [TicketRef!]!) {
    timeline(refs: $refs, first: 500) {
      totalCount
      edges { node { source occurredAt ... on TrackerWorklog { issueKey worklogId } } }
    }
  }
`);

const TrBadDuration = graphql(`
  query TrBadDuration($key: String!) {
    plain: ticket(source: TRACKER, key: $key) {
      key
      title
      worklogs(first: 10) { totalCount edges { node { ... on TrackerWorklog { worklogId duration } } } }
    }
    seconds: ticket(source: TRACKER, key: $key) {
      worklogs(first: 10) { edges { node { durationSeconds ... on TrackerWorklog { worklogId } } } }
    }
    total: ticket(source: TRACKER, key: $key) { timeSpentSeconds }
  }
`);

const TrNode = graphql(`
  query TrNode($id: ID!) {
    node(id: $id) {
      id
      ... on TrackerIssue { key title status timeSpentSeconds }
      ... on TrackerWorklog { worklogId issueKey duration durationSeconds startedAt author { name } ticket { key } }
    }
  }
`);

const DEFAULT_CALENDAR: TrackerCalendar = { daysPerWeek: 5, hoursPerDay: 8 };
const TRACKER_TOKEN = SANDBOX_CREDENTIALS.trackerToken;
const IAM_TOKEN = 'iam-token-for-the-cloud-org';
const CLOUD_ORG = 'bpf3crucp1v2cloudorg';

/**
 * Tracker settings as `npm start` takes them with no Tracker credentials at all: the sandbox points
 * Tracker at its simulator and must keep the calendar, version and language from the environment.
 */
const trackerEnv = (extra: Record<string, string>) => extra;

/** Every response body and stack of this file, for the "no Tracker text, no token" check at the end. */
const { bodies, stacks, open, run, closeAll } = recordingStacks();
const closers: (() => Promise<void>)[] = [];

const tracker = (key: string) => ({ source: 'TRACKER' as const, key });

type IssueResult = Result<ResultOf<typeof TrIssue>>;
type Ticket = NonNullable<ResultOf<typeof TrIssue>['ticket']>;

/** The ticket of a TrIssue answer, narrowed to the TrackerIssue it must be. */
function issueOf(result: IssueResult): Extract<Ticket, { issueId: string }> {
  const ticket = result.data?.ticket;
  if (!ticket || !('issueId' in ticket)) throw new Error(`expected a TrackerIssue, got ${JSON.stringify(result).slice(0, 300)}`);
  return ticket;
}

/** The seed's worklogs of an issue in the order the gateway serves them: by start, ties by id. */
const byStart = (list: readonly TrackerSeedWorklog[]) =>
  [...list].sort((a, b) => a.start.getTime() - b.start.getTime() || a.id - b.id);

const numeric = new Intl.Collator('en', { numeric: true });

const seedWorklogById = (seed: TrackerSeed) => new Map(seed.allWorklogs.map((w) => [String(w.id), w]));

/** Requests to one issue's worklog list, in the order they arrived. */
const worklogRequests = (sim: TrackerSimulator, key: string) =>
  sim.requests.filter((r) => r.route === TRACKER_ROUTES.worklog && r.path.endsWith(`/issues/${key}/worklog`));

afterAll(async () => {
  await closeAll();
  await Promise.all(closers.map((close) => close()));
});

describe('the default stack (v3, OAuth + X-Org-ID, Accept-Language en, 1W = 5 D, 1D = 8 H)', () => {
  let stack: Stack;
  let sim: TrackerSimulator;
  beforeAll(async () => {
    stack = await open();
    sim = stack.sandbox.tracker;
  });
  beforeEach(() => {
    sim.faults.clear();
    sim.resetRequests();
  });

  describe('paging and totals', () => {
    it('SUP-7: all 123 worklogs through Link pages (2 calls, perPage=100), each once, in startedAt order', async () => {
      const result = await run(stack, TrIssue, { key: 'SUP-7' });
      expect(result.errors).toBeUndefined();
      const issue = issueOf(result);
      const seeded = sim.seed.worklogs.get('SUP-7')!;
      expect(seeded).toHaveLength(123);
      expect(issue.worklogs.totalCount).toBe(123);
      expect(issue.worklogs.pageInfo.hasNextPage).toBe(false);
      const ids = issue.worklogs.edges.map((e) => ('worklogId' in e.node ? e.node.worklogId : undefined));
      expect(ids).toEqual(byStart(seeded).map((w) => String(w.id)));
      expect(new Set(ids).size).toBe(123);
      const starts = issue.worklogs.edges.map((e) => Date.parse(e.node.startedAt));
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(issue.timeSpentSeconds).toBe(expectedIssueSeconds(sim.seed, 'SUP-7'));
      expect(issue.timeSpentSeconds).toBe(seeded.reduce((sum, w) => sum + expectedWorklogSeconds(w), 0));

      const pages = worklogRequests(sim, 'SUP-7');
      expect(pages).toHaveLength(2);
      expect(sim.count(TRACKER_ROUTES.worklog)).toBe(2);
      expect(pages.map((r) => r.query.get('perPage'))).toEqual(['100', '100']);
      expect(pages[0]!.query.get('id')).toBeNull();
      expect(pages[1]!.query.get('id')).toBe(String(seeded[99]!.id));
      // Details come from the batched search; the single-issue route is never used.
      expect(sim.count(TRACKER_ROUTES.searchIssues)).toBe(1);
      expect(sim.count(TRACKER_ROUTES.issue)).toBe(0);
    });

    it('PAY-12 (the showcase): 3 worklogs, 44100 s', async () => {
      const result = await run(stack, TrIssue, { key: 'PAY-12' });
      expect(result.errors).toBeUndefined();
      const issue = issueOf(result);
      expect(issue).toMatchObject({ source: 'TRACKER', key: 'PAY-12', title: TRACKER_SHOWCASE.summary, status: 'closed' });
      expect(issue.timeSpentSeconds).toBe(44_100);
      expect(issue.timeSpentSeconds).toBe(expectedIssueSeconds(sim.seed, 'PAY-12'));
      expect(issue.worklogs.totalCount).toBe(3);
      expect(issue.worklogs.edges.map((e) => e.node.durationSeconds)).toEqual(TRACKER_SHOWCASE.worklogs.map((w) => w.seconds));
      expect(sim.count(TRACKER_ROUTES.worklog)).toBe(1);
    });

    it('SUP-3: exactly 50 worklogs in one call; PAY-3: none → totalCount 0, timeSpentSeconds 0', async () => {
      const full = await run(stack, TrIssue, { key: 'SUP-3' });
      expect(full.errors).toBeUndefined();
      expect(full.data!.ticket!.worklogs.totalCount).toBe(50);
      expect(full.data!.ticket!.timeSpentSeconds).toBe(expectedIssueSeconds(sim.seed, 'SUP-3'));
      expect(worklogRequests(sim, 'SUP-3')).toHaveLength(1);

      const empty = await run(stack, TrIssue, { key: 'PAY-3' });
      expect(empty.errors).toBeUndefined();
      expect(empty.data!.ticket).toMatchObject({ key: 'PAY-3', timeSpentSeconds: 0, worklogs: { totalCount: 0, edges: [] } });
      expect(worklogRequests(sim, 'PAY-3')).toHaveLength(1);
    });
  });

  describe('the duration table', () => {
    it('every seeded worklog of every issue: duration as sent, durationSeconds on the 5 × 8 calendar; every form occurs', async () => {
      const keys = [...sim.seed.issues.keys()];
      expect(keys.length).toBeGreaterThanOrEqual(20);
      const result = await run(stack, TrDurations, { refs: keys.map(tracker) });
      expect(result.errors).toBeUndefined();
      const seedById = seedWorklogById(sim.seed);
      const seen = new Set<string>();
      let checked = 0;
      result.data!.tickets.forEach((ticket, i) => {
        expect(ticket!.key).toBe(keys[i]);
        expect(ticket!.worklogs.totalCount).toBe(sim.seed.worklogs.get(keys[i]!)!.length);
        for (const { node } of ticket!.worklogs.edges) {
          if (!('worklogId' in node)) throw new Error('a Tracker issue served a worklog that is not a TrackerWorklog');
          const seeded = seedById.get(node.worklogId)!;
          expect(seeded.issueKey).toBe(keys[i]);
          expect(node.duration).toBe(seeded.duration);
          expect(node.durationSeconds, `${seeded.issueKey} ${seeded.duration}`).toBe(expectedWorklogSeconds(seeded));
          seen.add(node.duration);
          checked += 1;
        }
        expect(ticket!.timeSpentSeconds).toBe(expectedIssueSeconds(sim.seed, keys[i]!));
      });
      expect(checked).toBe(sim.seed.allWorklogs.length);
      for (const form of TRACKER_DURATION_FORMS) expect(seen).toContain(form);
      // Spot checks that do not depend on the oracle: P1W2DT3H = 59 h, P6W = 30 days, PT300M = 5 h.
      const secondsOf = (duration: string) =>
        result
          .data!.tickets.flatMap((t) => t!.worklogs.edges.map((e) => e.node))
          .find((n) => 'duration' in n && n.duration === duration)!.durationSeconds;
      expect(secondsOf('P1W2DT3H')).toBe(212_400);
      expect(secondsOf('P6W')).toBe(30 * 8 * 3600);
      expect(secondsOf('PT300M')).toBe(18_000);
      expect(secondsOf('PT1.5H')).toBe(5_400);
      // One search for all issues, one worklog list per issue (SUP-7 has two pages).
      expect(sim.count(TRACKER_ROUTES.searchIssues)).toBe(1);
      expect(sim.count(TRACKER_ROUTES.worklog)).toBe(keys.length + 1);
    });
  });

  describe('instants, people, comments', () => {
    it('+0000 timestamps become the right instants (startedAt, createdAt, updatedAt), on worklogs and the issue', async () => {
      const result = await run(stack, TrIssue, { key: 'SUP-7' });
      const issue = issueOf(result);
      const seedById = seedWorklogById(sim.seed);
      for (const { node } of issue.worklogs.edges) {
        if (!('worklogId' in node)) throw new Error('not a TrackerWorklog');
        const seeded = seedById.get(node.worklogId)!;
        expect(new Date(node.startedAt).toISOString()).toBe(seeded.start.toISOString());
        expect(new Date(node.createdAt).toISOString()).toBe(seeded.createdAt.toISOString());
        expect(new Date(node.updatedAt!).toISOString()).toBe(seeded.updatedAt.toISOString());
        expect(node.startedAt).toMatch(/(Z|\+00:00)$/);
      }
      // The simulator really sent the colon-less form the gateway had to read.
      const wire = JSON.parse((await fetchWorklogPage(sim, 'PAY-12')).text) as { start: string; createdAt: string }[];
      expect(wire[0]!.start).toBe('2025-11-03T10:00:00.000+0000');

      const showcase = issueOf(await run(stack, TrIssue, { key: 'PAY-12' }));
      const seededIssue = sim.seed.issues.get('PAY-12')!;
      expect(new Date(showcase.createdAt!).toISOString()).toBe(seededIssue.createdAt.toISOString());
      expect(new Date(showcase.updatedAt!).toISOString()).toBe(seededIssue.updatedAt.toISOString());
      const nodes = showcase.worklogs.edges.map((e) => e.node);
      TRACKER_SHOWCASE.worklogs.forEach((expected, i) => {
        const node = nodes[i]!;
        if (!('worklogId' in node)) throw new Error('not a TrackerWorklog');
        expect(new Date(node.startedAt).toISOString()).toBe(new Date(expected.start.replace('+0000', 'Z')).toISOString());
        expect(new Date(node.createdAt).toISOString()).toBe(new Date(expected.createdAt.replace('+0000', 'Z')).toISOString());
      });
      expect(new Date(nodes[0]!.startedAt).toISOString()).toBe('2025-11-03T10:00:00.000Z');
    });

    it('author, updatedBy and the assignee in English by default; Accept-Language: en on every request', async () => {
      const issue = issueOf(await run(stack, TrIssue, { key: 'PAY-12' }));
      expect(issue.statusDisplay).toBe('Closed');
      expect(issue.assignee).toEqual({ source: 'TRACKER', id: 'i.solberg', name: 'Ingrid Solberg', kind: 'AGENT' });
      const nodes = issue.worklogs.edges.map((e) => e.node);
      expect(nodes.map((n) => n.author)).toEqual([
        { source: 'TRACKER', id: 'i.solberg', name: 'Ingrid Solberg', kind: 'AGENT' },
        { source: 'TRACKER', id: 'o.hansen', name: 'Ole Hansen', kind: 'AGENT' },
        { source: 'TRACKER', id: 'i.solberg', name: 'Ingrid Solberg', kind: 'AGENT' },
      ]);
      const corrected = nodes[2]!;
      if (!('worklogId' in corrected)) throw new Error('not a TrackerWorklog');
      // The third worklog was corrected by somebody else the next morning.
      expect(corrected.updatedBy).toEqual({ source: 'TRACKER', id: 'o.hansen', name: 'Ole Hansen', kind: 'AGENT' });
      expect(new Date(corrected.updatedAt!).toISOString()).toBe('2025-11-06T08:12:55.030Z');
      expect(nodes.map((n) => n.comment)).toEqual(TRACKER_SHOWCASE.worklogs.map((w) => w.comment));
      expect(sim.requests.length).toBeGreaterThan(0);
      for (const r of sim.requests) expect(r.headers['accept-language']).toBe('en');
    });

    it('an empty comment stays "", an absent comment is null', async () => {
      const empty = sim.seed.allWorklogs.find((w) => w.comment === '')!;
      const absent = sim.seed.allWorklogs.find((w) => w.comment === null)!;
      expect(empty).toBeDefined();
      expect(absent).toBeDefined();
      for (const [seeded, expected] of [
        [empty, ''],
        [absent, null],
      ] as const) {
        const issue = issueOf(await run(stack, TrIssue, { key: seeded.issueKey }));
        const node = issue.worklogs.edges.map((e) => e.node).find((n) => 'worklogId' in n && n.worklogId === String(seeded.id))!;
        expect(node.comment).toBe(expected);
      }
    });
  });

  describe('batching', () => {
    it('tickets(refs:) with 10 Tracker refs → 1 issue search with the keys upper-cased; null where unknown', async () => {
      const keys = ['PAY-1', 'pay-2', 'SUP-7', 'sup-4', 'PAY-999', 'SUP-12', 'PAY-12', 'pay-12', 'QQ-1', 'SUP-3'];
      const result = await run(stack, TrTickets, { refs: keys.map(tracker) });
      expect(result.errors).toBeUndefined();
      const tickets = result.data!.tickets;
      expect(tickets.map((t) => t?.key ?? null)).toEqual([
        'PAY-1',
        'PAY-2',
        'SUP-7',
        'SUP-4',
        null,
        null,
        'PAY-12',
        'PAY-12',
        null,
        'SUP-3',
      ]);
      expect(tickets[6]!.title).toBe(TRACKER_SHOWCASE.summary);
      expect(tickets[3]!.status).toBe('needInfo');

      expect(sim.count(TRACKER_ROUTES.searchIssues)).toBe(1);
      expect(sim.count()).toBe(1);
      const search = sim.requests[0]!;
      expect(search.path).toBe('/v3/issues/_search');
      const body = JSON.parse(search.body) as { keys: string[] };
      expect(Object.keys(body)).toEqual(['keys']);
      expect([...body.keys].sort()).toEqual(['PAY-1', 'PAY-12', 'PAY-2', 'PAY-999', 'QQ-1', 'SUP-12', 'SUP-3', 'SUP-4', 'SUP-7']);
    });

    it('tickets(refs:) with worklogs: one search, one worklog list per issue even when named twice', async () => {
      const refs = ['PAY-12', 'SUP-7', 'pay-12', 'SUP-7', 'SUP-3', 'sup-3'].map(tracker);
      const result = await run(stack, TrTicketsWorklogs, { refs });
      expect(result.errors).toBeUndefined();
      expect(
        result.data!.tickets.map((t) => [t!.key, t!.worklogs.totalCount, t!.timeline.totalCount, t!.timeSpentSeconds]),
      ).toEqual(
        ['PAY-12', 'SUP-7', 'PAY-12', 'SUP-7', 'SUP-3', 'SUP-3'].map((key) => {
          const n = sim.seed.worklogs.get(key)!.length;
          return [key, n, n, expectedIssueSeconds(sim.seed, key)];
        }),
      );
      expect(sim.count(TRACKER_ROUTES.searchIssues)).toBe(1);
      expect(worklogRequests(sim, 'PAY-12')).toHaveLength(1);
      expect(worklogRequests(sim, 'SUP-7')).toHaveLength(2); // first page + the one `next`
      expect(worklogRequests(sim, 'SUP-3')).toHaveLength(1);
      expect(sim.count(TRACKER_ROUTES.worklog)).toBe(4);
    });

    it('timeline(refs:): one worklog-list sequence per issue, each issue once, merged by startedAt', async () => {
      const refs = ['PAY-12', 'SUP-7', 'sup-7', 'SUP-3', 'PAY-3', 'PAY-12', 'PAY-999'].map(tracker);
      const result = await run(stack, TrTimeline, { refs });
      expect(result.errors).toBeUndefined();
      const timeline = result.data!.timeline;
      // Ties in startedAt fall by source, then by the local id `ISSUE:worklogId` (numeric-aware).
      const local = (w: TrackerSeedWorklog) => `${w.issueKey}:${w.id}`;
      const expected = ['PAY-12', 'SUP-7', 'SUP-3']
        .flatMap((key) => sim.seed.worklogs.get(key)!)
        .sort((a, b) => a.start.getTime() - b.start.getTime() || numeric.compare(local(a), local(b)));
      expect(new Set(expected.map((w) => w.start.getTime())).size).toBeLessThan(expected.length); // ties exist
      expect(timeline.totalCount).toBe(3 + 123 + 50);
      expect(timeline.edges.map((e) => ('worklogId' in e.node ? e.node.worklogId : null))).toEqual(
        expected.map((w) => String(w.id)),
      );
      expect(timeline.edges.every((e) => e.node.source === 'TRACKER')).toBe(true);

      expect(worklogRequests(sim, 'PAY-12')).toHaveLength(1);
      expect(worklogRequests(sim, 'SUP-7')).toHaveLength(2);
      expect(worklogRequests(sim, 'SUP-3')).toHaveLength(1);
      expect(worklogRequests(sim, 'PAY-3')).toHaveLength(1);
      // The unknown issue answered 404: it contributes nothing and no error.
      expect(worklogRequests(sim, 'PAY-999').map((r) => r.status)).toEqual([404]);
      expect(sim.count(TRACKER_ROUTES.worklog)).toBe(6);
      expect(sim.count(TRACKER_ROUTES.searchIssues)).toBe(0);
    });
  });

  describe('not found, bad keys, unknown values', () => {
    it('an issue Tracker does not have is null, without an error', async () => {
      const result = await run(stack, TrTitle, { key: 'PAY-999' });
      expect(result).toEqual({ data: { ticket: null } });
      expect(sim.count(TRACKER_ROUTES.searchIssues)).toBe(1);
      expect(sim.count()).toBe(1);
      const worklogs = await run(stack, TrIssue, { key: 'SUP-999' });
      expect(worklogs).toEqual({ data: { ticket: null } });
    });

    it.each(['PAY', '12-PAY', 'PAY-0', 'PAY-12x', ''])('key %j → BAD_USER_INPUT with no upstream call', async (key) => {
      const result = await run(stack, TrTitle, { key });
      const error = onlyError(result);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/key must be a Tracker issue key such as "PAY-12"/);
      // Refused before execution, like every invalid argument: no data at all.
      expect(result.data).toBeUndefined();
      expect(sim.count()).toBe(0);
    });

    it('a malformed key inside tickets(refs:) and timeline(refs:) → BAD_USER_INPUT naming it, no upstream call', async () => {
      const tickets = await run(stack, TrTickets, { refs: [tracker('PAY-12'), tracker('12-PAY')] });
      expect(onlyError(tickets).extensions?.code).toBe('BAD_USER_INPUT');
      expect(onlyError(tickets).message).toMatch(/refs\[1\]\.key must be a Tracker issue key/);
      const timeline = await run(stack, TrTimeline, { refs: [tracker('PAY-0'), tracker('PAY-12')] });
      expect(onlyError(timeline).extensions?.code).toBe('BAD_USER_INPUT');
      expect(onlyError(timeline).message).toMatch(/refs\[0\]\.key must be a Tracker issue key/);
      expect(sim.count()).toBe(0);
    });

    it("SUP-4's status needInfo passes through as status", async () => {
      const result = await run(stack, TrIssue, { key: 'SUP-4' });
      expect(result.errors).toBeUndefined();
      expect(result.data!.ticket).toMatchObject({ key: 'SUP-4', status: 'needInfo', statusDisplay: 'Need info' });
    });
  });

  describe('upstream errors → the README codes (UPSTREAM_RETRIES=2)', () => {
    const cases = [
      [401, 'UPSTREAM_UNAUTHORIZED', 1],
      [403, 'UPSTREAM_UNAUTHORIZED', 1],
      [404, 'UPSTREAM_BAD_RESPONSE', 1],
      [429, 'UPSTREAM_RATE_LIMITED', 3],
      [500, 'UPSTREAM_UNAVAILABLE', 3],
      [503, 'UPSTREAM_UNAVAILABLE', 3],
    ] as const;

    it.each(cases)('issue search answers %i → %s, status kept, %i call(s)', async (status, code, calls) => {
      sim.faults.failNext(TRACKER_ROUTES.searchIssues, { count: 10, status, ...(status === 429 ? { retryAfter: '0' } : {}) });
      const result = await run(stack, TrTitle, { key: 'PAY-12' });
      expect(result.data).toEqual({ ticket: null });
      const error = onlyError(result);
      expect(error.path).toEqual(['ticket']);
      expect(error.extensions).toEqual({ code, source: 'TRACKER', status });
      expect(sim.count(TRACKER_ROUTES.searchIssues)).toBe(calls);
      expect(sim.requests.every((r) => r.status === status)).toBe(true);
    });

    it.each(cases)(
      'worklog list answers %i → %s on that ref of timeline(refs:), the other ref still arrives',
      async (status, code) => {
        sim.faults.failNext(TRACKER_ROUTES.worklog, { count: 10, status, ...(status === 429 ? { retryAfter: '0' } : {}) });
        const failing = await run(stack, TrTimeline, { refs: [tracker('PAY-12')] });
        sim.faults.clear();
        if (status === 404) {
          // A 404 on the first page means "no such issue": nothing, and no error.
          expect(failing).toEqual({ data: { timeline: { totalCount: 0, edges: [] } } });
          return;
        }
        const error = onlyError(failing);
        expect(error.extensions).toMatchObject({ code, source: 'TRACKER', status, ref: { source: 'TRACKER', key: 'PAY-12' } });
        expect(failing.data!.timeline.totalCount).toBe(0);

        const fine = await run(stack, TrTimeline, { refs: [tracker('PAY-12'), tracker('SUP-3')] });
        expect(fine.errors).toBeUndefined();
        expect(fine.data!.timeline.totalCount).toBe(53);
      },
    );

    it('a failing worklog list takes only its own ticket down in tickets(refs:)', async () => {
      sim.faults.failNext(TRACKER_ROUTES.worklog, { count: 10, status: 403 });
      const result = await run(stack, TrTicketsWorklogs, { refs: [tracker('PAY-12')] });
      expect(result.errors!.length).toBeGreaterThanOrEqual(1);
      for (const error of result.errors!) {
        expect(error.extensions).toEqual({ code: 'UPSTREAM_UNAUTHORIZED', source: 'TRACKER', status: 403 });
        expect(error.path?.slice(0, 2)).toEqual(['tickets', 0]);
      }
      expect(result.data!.tickets).toEqual([null]);
      expect(sim.count(TRACKER_ROUTES.worklog)).toBe(1);
    });

    it('a 200 that is not JSON → UPSTREAM_BAD_RESPONSE with status 200', async () => {
      sim.faults.malformedNext(TRACKER_ROUTES.searchIssues, 1);
      const result = await run(stack, TrTitle, { key: 'PAY-12' });
      expect(onlyError(result).extensions).toEqual({ code: 'UPSTREAM_BAD_RESPONSE', source: 'TRACKER', status: 200 });
      expect(sim.count(TRACKER_ROUTES.searchIssues)).toBe(1);
    });
  });

  describe('node(id)', () => {
    it('refetches a TrackerIssue and a TrackerWorklog by their ids', async () => {
      const issue = issueOf(await run(stack, TrIssue, { key: 'PAY-12' }));
      const worklog = issue.worklogs.edges[2]!.node;
      if (!('worklogId' in worklog)) throw new Error('not a TrackerWorklog');
      sim.resetRequests();

      const issueNode = await run(stack, TrNode, { id: issue.id });
      expect(issueNode).toEqual({
        data: {
          node: { id: issue.id, key: 'PAY-12', title: TRACKER_SHOWCASE.summary, status: 'closed', timeSpentSeconds: 44_100 },
        },
      });
      expect(sim.count(TRACKER_ROUTES.searchIssues)).toBe(1);
      expect(sim.count(TRACKER_ROUTES.worklog)).toBe(1);
      sim.resetRequests();

      const worklogNode = await run(stack, TrNode, { id: worklog.id });
      expect(worklogNode).toEqual({
        data: {
          node: {
            id: worklog.id,
            worklogId: worklog.worklogId,
            issueKey: 'PAY-12',
            duration: 'P1DT2H',
            durationSeconds: 36_000,
            startedAt: worklog.startedAt,
            author: { name: 'Ingrid Solberg' },
            ticket: { key: 'PAY-12' },
          },
        },
      });
      expect(sim.count(TRACKER_ROUTES.worklog)).toBe(1);
      expect(worklogRequests(sim, 'PAY-12')).toHaveLength(1);
    });

    it('ids of Tracker things that are gone refetch as null', async () => {
      const issue = issueOf(await run(stack, TrIssue, { key: 'PAY-12' }));
      const worklog = issue.worklogs.edges[0]!.node;
      const goneIssue = Buffer.from('TrackerIssue:PAY-999', 'utf8').toString('base64url');
      const goneWorklog = Buffer.from(`TrackerWorklog:PAY-12:999999`, 'utf8').toString('base64url');
      expect(Buffer.from(issue.id, 'base64url').toString('utf8')).toBe('TrackerIssue:PAY-12');
      expect(Buffer.from(worklog.id, 'base64url').toString('utf8')).toMatch(/^TrackerWorklog:PAY-12:\d+$/);
      expect(await run(stack, TrNode, { id: goneIssue })).toEqual({ data: { node: null } });
      expect(await run(stack, TrNode, { id: goneWorklog })).toEqual({ data: { node: null } });
    });
  });
});

describe('a configured business calendar (TRACKER_WEEK_DAYS=6, TRACKER_DAY_HOURS=7)', () => {
  const calendar: TrackerCalendar = { daysPerWeek: 6, hoursPerDay: 7 };
  let stack: Stack;
  beforeAll(async () => {
    stack = await open({ env: trackerEnv({ TRACKER_WEEK_DAYS: '6', TRACKER_DAY_HOURS: '7' }) });
  });

  it('the sandbox keeps the configured calendar', () => {
    expect(stack.config.tracker).toMatchObject({ url: stack.sandbox.tracker.url, weekDays: 6, dayHours: 7 });
  });

  it('every duration and every total follows 1W = 6 D, 1D = 7 H', async () => {
    const sim = stack.sandbox.tracker;
    const keys = ['PAY-7', 'PAY-8', 'PAY-9', 'PAY-11', 'PAY-12', 'SUP-1', 'SUP-6', 'SUP-7'];
    const result = await run(stack, TrDurations, { refs: keys.map(tracker) });
    expect(result.errors).toBeUndefined();
    const seedById = seedWorklogById(sim.seed);
    const seen = new Set<string>();
    let differs = 0;
    for (const ticket of result.data!.tickets) {
      for (const { node } of ticket!.worklogs.edges) {
        if (!('worklogId' in node)) throw new Error('not a TrackerWorklog');
        const seeded = seedById.get(node.worklogId)!;
        expect(node.duration).toBe(seeded.duration);
        expect(node.durationSeconds, seeded.duration).toBe(expectedWorklogSeconds(seeded, calendar));
        if (expectedWorklogSeconds(seeded, calendar) !== expectedWorklogSeconds(seeded, DEFAULT_CALENDAR)) differs += 1;
        seen.add(node.duration);
      }
      expect(ticket!.timeSpentSeconds).toBe(expectedIssueSeconds(sim.seed, ticket!.key, calendar));
    }
    // These issues carry every form, and enough day/week forms that the calendar matters.
    for (const form of TRACKER_DURATION_FORMS) expect(seen).toContain(form);
    expect(differs).toBeGreaterThan(5);
    const secondsOf = (duration: string) =>
      result
        .data!.tickets.flatMap((t) => t!.worklogs.edges.map((e) => e.node))
        .find((n) => 'duration' in n && n.duration === duration)!.durationSeconds;
    expect(secondsOf('P1W')).toBe(6 * 7 * 3600);
    expect(secondsOf('P1W2DT3H')).toBe((6 * 7 + 2 * 7 + 3) * 3600);
    expect(secondsOf('PT1H30M')).toBe(5400);
    // PAY-12 under this calendar: 1.5 h + 45 min + (7 + 2) h.
    expect(result.data!.tickets.find((t) => t!.key === 'PAY-12')!.timeSpentSeconds).toBe(5_400 + 2_700 + 9 * 3_600);
  });
});

describe('Accept-Language: ru (TRACKER_ACCEPT_LANGUAGE=ru)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await open({ env: trackerEnv({ TRACKER_ACCEPT_LANGUAGE: 'ru' }) });
  });

  it('display names arrive in Russian, and every request said ru', async () => {
    const result = await run(stack, TrIssue, { key: 'PAY-12' });
    expect(result.errors).toBeUndefined();
    const issue = issueOf(result);
    expect(issue.statusDisplay).toBe('Закрыт');
    expect(issue.assignee?.name).toBe('Ингрид Сульберг');
    const nodes = issue.worklogs.edges.map((e) => e.node);
    expect(nodes.map((n) => n.author?.name)).toEqual(['Ингрид Сульберг', 'Уле Хансен', 'Ингрид Сульберг']);
    const corrected = nodes[2]!;
    if (!('worklogId' in corrected)) throw new Error('not a TrackerWorklog');
    expect(corrected.updatedBy?.name).toBe('Уле Хансен');
    // Ids and keys are not localized.
    expect(issue.status).toBe('closed');
    expect(nodes.map((n) => n.author?.id)).toEqual(['i.solberg', 'o.hansen', 'i.solberg']);
    const requests = stack.sandbox.tracker.requests;
    expect(requests.length).toBe(2);
    for (const r of requests) expect(r.headers['accept-language']).toBe('ru');
  });
});

describe('API versions (TRACKER_API_VERSION)', () => {
  it.each(['v2', 'v3'] as const)(
    '%s: every recorded path starts with the configured version, and the data is the same',
    async (version) => {
      const stack = await open({ env: trackerEnv({ TRACKER_API_VERSION: version }) });
      expect(stack.config.tracker?.apiVersion).toBe(version);
      const sim = stack.sandbox.tracker;
      const issue = await run(stack, TrIssue, { key: 'SUP-7' });
      expect(issue.errors).toBeUndefined();
      expect(issue.data!.ticket!.worklogs.totalCount).toBe(123);
      expect(issue.data!.ticket!.timeSpentSeconds).toBe(expectedIssueSeconds(sim.seed, 'SUP-7'));
      const timeline = await run(stack, TrTimeline, { refs: [tracker('PAY-12')] });
      expect(timeline.data!.timeline.totalCount).toBe(3);
      expect(sim.count(TRACKER_ROUTES.searchIssues)).toBe(1);
      expect(sim.count(TRACKER_ROUTES.worklog)).toBe(3);
      for (const r of sim.requests) {
        expect(r.path.startsWith(`/${version}/`)).toBe(true);
        expect(r.status).toBe(200);
      }
      // The `next` link the simulator wrote carries the version too, and it was followed as written.
      expect(worklogRequests(sim, 'SUP-7').map((r) => r.path)).toEqual([
        `/${version}/issues/SUP-7/worklog`,
        `/${version}/issues/SUP-7/worklog`,
      ]);
    },
  );
});

describe('organisation headers and auth schemes, against simulators of their own', () => {
  const combos = [
    { authScheme: 'OAuth', header: 'X-Org-ID', token: 'oauth-token-for-360', id: '7412345' },
    { authScheme: 'OAuth', header: 'X-Cloud-Org-ID', token: 'oauth-token-for-cloud', id: CLOUD_ORG },
    { authScheme: 'Bearer', header: 'X-Cloud-Org-ID', token: IAM_TOKEN, id: CLOUD_ORG },
    { authScheme: 'Bearer', header: 'X-Org-ID', token: 'iam-token-for-360', id: '7412346' },
  ] as const;

  async function simulator(options: Parameters<typeof createTrackerSimulator>[0]): Promise<TrackerSimulator> {
    const sim = await createTrackerSimulator(options);
    closers.push(() => sim.close());
    return sim;
  }

  const pointAt =
    (sim: TrackerSimulator, patch: Partial<TrackerConfig>) =>
    (c: Config): Config => ({ ...c, tracker: { ...c.tracker!, url: sim.url, ...patch } });

  it.each(combos)(
    '$authScheme + $header: data arrives; exactly one org header and the right scheme on every request',
    async (combo) => {
      const org = { header: combo.header, id: combo.id };
      const sim = await simulator({ authScheme: combo.authScheme, token: combo.token, org });
      const stack = await open({ configure: pointAt(sim, { authScheme: combo.authScheme, token: combo.token, org }) });
      const result = await run(stack, TrIssue, { key: 'SUP-7' });
      expect(result.errors).toBeUndefined();
      expect(result.data!.ticket!.worklogs.totalCount).toBe(123);
      expect(sim.count(TRACKER_ROUTES.searchIssues)).toBe(1);
      expect(sim.count(TRACKER_ROUTES.worklog)).toBe(2);
      const other = combo.header === 'X-Org-ID' ? 'x-cloud-org-id' : 'x-org-id';
      for (const r of sim.requests) {
        expect(r.status).toBe(200);
        expect(r.headers.authorization).toBe(`${combo.authScheme} ${combo.token}`);
        expect(r.headers[combo.header.toLowerCase()]).toBe(combo.id);
        expect(r.headers[other]).toBeUndefined();
      }
      // The sandbox's own Tracker simulator was not asked.
      expect(stack.sandbox.tracker.count()).toBe(0);
    },
  );

  describe('a gateway configured differently from what the Cloud/IAM simulator accepts', () => {
    let cloud: TrackerSimulator;
    const org = { header: 'X-Cloud-Org-ID', id: CLOUD_ORG } as const;
    beforeAll(async () => {
      cloud = await simulator({ authScheme: 'Bearer', token: IAM_TOKEN, org });
    });
    beforeEach(() => cloud.resetRequests());

    const mismatches: [name: string, status: number, patch: Partial<TrackerConfig>][] = [
      ['the OAuth scheme with the right token', 401, { authScheme: 'OAuth', token: IAM_TOKEN, org }],
      ['a wrong token', 401, { authScheme: 'Bearer', token: 'not-the-iam-token', org }],
      [
        'the X-Org-ID header with the right id',
        403,
        { authScheme: 'Bearer', token: IAM_TOKEN, org: { header: 'X-Org-ID', id: CLOUD_ORG } },
      ],
      [
        'another organisation id',
        403,
        { authScheme: 'Bearer', token: IAM_TOKEN, org: { header: 'X-Cloud-Org-ID', id: 'another-org' } },
      ],
    ];

    it.each(mismatches)('%s → UPSTREAM_UNAUTHORIZED %i, not retried', async (_name, status, patch) => {
      const stack = await open({ configure: pointAt(cloud, patch) });
      const result = await run(stack, TrTitle, { key: 'PAY-12' });
      expect(result.data).toEqual({ ticket: null });
      const error = onlyError(result);
      expect(error.path).toEqual(['ticket']);
      expect(error.extensions).toEqual({ code: 'UPSTREAM_UNAUTHORIZED', source: 'TRACKER', status });
      expect(cloud.count()).toBe(1);
      expect(cloud.requests[0]!.status).toBe(status);
      const headers = cloud.requests[0]!.headers;
      expect(headers.authorization).toBe(`${patch.authScheme} ${patch.token}`);
      expect([headers['x-org-id'], headers['x-cloud-org-id']].filter((h) => h !== undefined)).toHaveLength(1);
    });
  });
});

describe("a duration Tracker's calendar cannot express, from a Tracker-speaking server of this file", () => {
  let own: OwnTracker;
  let stack: Stack;
  beforeAll(async () => {
    own = await ownTracker();
    closers.push(() => own.close());
    stack = await open({ configure: (c) => ({ ...c, tracker: { ...c.tracker!, url: own.url } }) });
  });

  it.each([
    ['ODD-1', 'P1M', ['PT1H', 'P1M', 'PT30M']],
    ['ODD-2', 'PXYZ', ['PT2H', 'PXYZ']],
  ] as const)(
    "%s (%s) → UPSTREAM_BAD_RESPONSE on that worklog's durationSeconds and on timeSpentSeconds, never 0",
    async (key, bad, durations) => {
      own.requests.length = 0;
      const result = await run(stack, TrBadDuration, { key });

      // Without durationSeconds the worklogs read fine, duration exactly as sent.
      expect(result.data!.plain).toEqual({
        key,
        title: 'Odd durations',
        worklogs: {
          totalCount: durations.length,
          edges: durations.map((duration, i) => ({ node: { worklogId: String(i + 1), duration } })),
        },
      });
      // durationSeconds and timeSpentSeconds are nullable: the failure costs only that worklog's
      // durationSeconds and the sum — its siblings and the ticket answer. Never a 0 in their place.
      expect(result.data!.seconds!.worklogs.edges.map((e) => e.node.durationSeconds === null)).toEqual(
        durations.map((d) => d === bad),
      );
      expect(result.data!.total).toEqual({ timeSpentSeconds: null });
      expect(JSON.stringify(result.data)).not.toMatch(/"(durationSeconds|timeSpentSeconds)":0/);

      const errors = result.errors!;
      expect(errors).toHaveLength(2);
      const [onSeconds, onTotal] = [errors.find((e) => e.path?.[0] === 'seconds')!, errors.find((e) => e.path?.[0] === 'total')!];
      expect(onSeconds.path).toEqual(['seconds', 'worklogs', 'edges', 1, 'node', 'durationSeconds']);
      expect(onSeconds.message).toContain(`"${bad}"`);
      expect(onSeconds.message).toContain('worklog 2');
      expect(onTotal.path).toEqual(['total', 'timeSpentSeconds']);
      for (const error of errors)
        expect(error.extensions).toEqual({ code: 'UPSTREAM_BAD_RESPONSE', source: 'TRACKER', status: 200 });

      // One search and one worklog list served all three aliases.
      expect(own.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
        `GET /v3/issues/${key}/worklog`,
        'POST /v3/issues/_search',
      ]);
      expect(own.requests.every((r) => r.headers.authorization === `OAuth ${TRACKER_TOKEN}`)).toBe(true);
    },
  );
});

describe('no Tracker error text and no token anywhere (runs last, over every answer above)', () => {
  it('responses never carry errorMessages text, the error envelope or a token; logs never a token', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(40);
    for (const body of bodies) {
      expect(body).not.toContain('errorMessages');
      expect(body).not.toContain('statusCode');
      expect(body).not.toContain('Injected failure');
      expect(body).not.toContain('Not authorized');
      expect(body).not.toContain('No access to this organization');
      expect(body).not.toContain('Issue does not exist');
    }
    const logs = stacks.flatMap((s) => s.logs);
    expect(logs.length).toBeGreaterThan(0);
    for (const text of [...bodies, ...logs]) {
      expect(text).not.toContain(TRACKER_TOKEN);
      expect(text).not.toContain(IAM_TOKEN);
      expect(text).not.toContain('not-the-iam-token');
    }
  });
});

// ---------------------------------------------------------------------------------------------

/** One page of a simulator's worklog list as the gateway would get it, to look at the wire format. */
async function fetchWorklogPage(sim: TrackerSimulator, key: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${sim.url}/v3/issues/${key}/worklog`, {
    headers: { authorization: `OAuth ${TRACKER_TOKEN}`, 'x-org-id': SANDBOX_CREDENTIALS.trackerOrgId },
  });
  return { status: response.status, text: await response.text() };
}

interface OwnTracker {
  url: string;
  requests: { method: string; path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * A real HTTP server that speaks the two Tracker routes the gateway needs (issue search, an issue's
 * worklog list) for two issues whose second worklog the business calendar cannot convert: `ODD-1`
 * has `P1M` (a month: no fixed number of business days), `ODD-2` has `PXYZ` (not ISO 8601).
 */
async function ownTracker(): Promise<OwnTracker> {
  const requests: OwnTracker['requests'] = [];
  let origin = '';
  const user = (login: string, name: string) => ({ self: `${origin}/v3/users/${login}`, id: login, display: name });
  const durations: Record<string, string[]> = { 'ODD-1': ['PT1H', 'P1M', 'PT30M'], 'ODD-2': ['PT2H', 'PXYZ'] };
  const issue = (key: string) => ({
    self: `${origin}/v3/issues/${key}`,
    id: `0123456789abcdef0123456${key.slice(-1)}`,
    key,
    summary: 'Odd durations',
    status: { self: `${origin}/v3/statuses/1`, id: '1', key: 'open', display: 'Open' },
    createdAt: '2025-11-01T08:00:00.000+0000',
    updatedAt: '2025-11-02T08:00:00.000+0000',
  });
  const worklog = (key: string, id: number, duration: string) => ({
    self: `${origin}/v3/issues/${key}/worklog/${id}`,
    id,
    version: 1,
    issue: { self: `${origin}/v3/issues/${key}`, id: issue(key).id, key, display: 'Odd durations' },
    comment: `record ${id}`,
    createdBy: user('veikus', 'Artem Veikus'),
    createdAt: `2025-11-0${id}T12:00:00.000+0000`,
    updatedAt: `2025-11-0${id}T12:00:00.000+0000`,
    start: `2025-11-0${id}T09:00:00.000+0000`,
    duration,
  });
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://own.invalid').pathname;
      requests.push({ method: req.method ?? '', path, headers: req.headers });
      if (req.method === 'POST' && path === '/v3/issues/_search') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { keys?: string[] };
        return sendJson(res, 200, (body.keys ?? []).filter((key) => key in durations).map(issue));
      }
      const list = /^\/v3\/issues\/([A-Z]+-\d+)\/worklog$/.exec(path);
      if (req.method === 'GET' && list && list[1]! in durations) {
        return sendJson(
          res,
          200,
          durations[list[1]!]!.map((duration, i) => worklog(list[1]!, i + 1, duration)),
        );
      }
      sendJson(res, 404, { errors: {}, errorMessages: ['Issue does not exist.'], statusCode: 404 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
