import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { Source, TicketRef, TimelineEntryKind, TimelineOrder, TlTimelineQuery } from '../gql/graphql.js';
import { DEFAULT_OPERATION } from '../../src/graphiql-examples.js';
import { ENNEO_ROUTES } from '../../src/sources/enneo/sim/simulator.js';
import { SANDBOX_CREDENTIALS } from '../support/sandbox-credentials.js';
import { SOCIALBOARDS_ROUTES } from '../../src/sources/socialboards/sim/simulator.js';
import { SOCIALBOARDS_SHOWCASE } from '../../src/sources/socialboards/sim/seed.js';
import { TRACKER_ROUTES } from '../../src/sources/tracker/sim/simulator.js';
import { TRACKER_SHOWCASE } from '../../src/sources/tracker/sim/seed.js';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { type TimelineKey, timelineConnection } from '../../src/schema/timeline-page.js';
import { type Result, type Stack, startStack } from '../support/stack.js';

/**
 * Query.timeline over all three sources, over real HTTP against the simulators: the
 * showcase case (enneo 8842, Socialboards 5501, Tracker PAY-12) merged by instant across time
 * zones, both orders, ties, cursor paging with no gaps or repeats, GraphiQL's default operation,
 * missing/duplicate/malformed refs, failing sources as labelled partial errors, the narrowing
 * arguments, and tickets/nodes/node across all sources.
 */

const TlTimeline = graphql(`
  query TlTimeline(
    $refs: [TicketRef!]!
    $first: Int
    $after: String
    $last: Int
    $before: String
    $order: TimelineOrder
    $since: DateTime
    $until: DateTime
    $sources: [Source!]
    $kinds: [TimelineEntryKind!]
  ) {
    timeline(
      refs: $refs
      first: $first
      after: $after
      last: $last
      before: $before
      order: $order
      since: $since
      until: $until
      sources: $sources
      kinds: $kinds
    ) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          __typename
          id
          source
          occurredAt
          summary
          ... on EnneoWorklog { enneoWorklogId: worklogId }
          ... on LogEvent { actionType time }
          ... on TrackerWorklog { trackerWorklogId: worklogId issueKey }
        }
      }
    }
  }
`);

const TlNodeIds = graphql(`
  query TlNodeIds($refs: [TicketRef!]!) {
    timeline(refs: $refs, first: 50) {
      edges {
        node {
          __typename
          id
          ticket { __typename id }
          ... on EnneoWorklog { assessments { __typename id scorecard { __typename id } } }
        }
      }
    }
  }
`);

const TlNode = graphql(`
  query TlNode($id: ID!) {
    node(id: $id) { __typename id }
  }
`);

const TlNodes = graphql(`
  query TlNodes($ids: [ID!]!) {
    nodes(ids: $ids) { __typename id }
  }
`);

const TlTickets = graphql(`
  query TlTickets($refs: [TicketRef!]!) {
    tickets(refs: $refs) { __typename id source key title }
  }
`);

type Timeline = TlTimelineQuery['timeline'];
type Variables = {
  refs: TicketRef[];
  first?: number;
  after?: string | null;
  last?: number;
  before?: string | null;
  order?: TimelineOrder;
  since?: string;
  until?: string;
  sources?: Source[];
  kinds?: TimelineEntryKind[];
};

const ref = (source: Source, key: string): TicketRef => ({ source, key });
const SHOWCASE_REFS = [ref('ENNEO', '8842'), ref('SOCIALBOARDS', '5501'), ref('TRACKER', 'PAY-12')];

/** What the seeds say one entry is: its source, GraphQL type and UTC instant (ms, as the gateway sends it). */
interface ExpectedEntry {
  source: Source;
  typename: string;
  occurredAt: string;
}

/** `…hh:mm:ss.fffffffZ` → the millisecond instant (the gateway keeps milliseconds, cutting the rest). */
const utcMillis = (utc: string) => new Date(`${utc.slice(0, 23)}Z`).toISOString();
/** Tracker's `…sss+0000` → ISO with Z. */
const trackerInstant = (time: string) => new Date(time.replace(/\+0000$/, 'Z')).toISOString();

/** Identity of an entry in the showcase (no two share an instant there). */
const label = (e: { source: string; occurredAt: string }) => `${e.source}@${e.occurredAt}`;

/** How many runs of the same source a list has: 3 would mean "grouped by source". */
const sourceRuns = (entries: { source: string }[]) =>
  entries.filter((e, i) => i === 0 || entries[i - 1]!.source !== e.source).length;

describe('Query.timeline across enneo, Socialboards and Tracker', () => {
  let stack: Stack;
  /** The showcase case, oldest first, computed from the three seeds. */
  let showcase: ExpectedEntry[];

  const sims = () => [stack.sandbox.enneo, stack.sandbox.socialboards, stack.sandbox.tracker] as const;
  const totalCalls = () => sims().reduce((sum, sim) => sum + sim.count(), 0);
  /** How often the gateway tries a retryable request (first try plus retries). */
  const attempts = () => stack.config.http.retries + 1;
  /** The showcase labels without the entries of some sources. */
  const without = (...sources: Source[]) => showcase.filter((e) => !sources.includes(e.source)).map(label);

  const run = (variables: Variables): Promise<Result<TlTimelineQuery>> => stack.execute(TlTimeline, variables);
  const read = async (variables: Variables): Promise<Timeline> => {
    const result = await run(variables);
    expect(result.errors).toBeUndefined();
    return result.data!.timeline;
  };

  beforeAll(async () => {
    stack = await startStack();
    const enneo = stack.sandbox.enneo.seed;
    showcase = [
      ...enneo.worklogs.get(enneo.showcaseTicketId)!.map((w) => ({
        source: 'ENNEO' as const,
        typename: 'EnneoWorklog',
        occurredAt: w.segments[0]!.from.toISOString(),
      })),
      ...SOCIALBOARDS_SHOWCASE.entries.map((e) => ({
        source: 'SOCIALBOARDS' as const,
        typename: 'LogEvent',
        occurredAt: utcMillis(e.utc),
      })),
      ...TRACKER_SHOWCASE.worklogs.map((w) => ({
        source: 'TRACKER' as const,
        typename: 'TrackerWorklog',
        occurredAt: trackerInstant(w.start),
      })),
    ].sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    for (const sim of sims()) sim.resetRequests();
  });
  afterEach(() => {
    for (const sim of sims()) sim.faults.clear();
  });

  describe('the showcase case', () => {
    it('merges exactly 4 + 7 + 3 entries by instant across time zones, the sources interleaved', async () => {
      expect(showcase.map((e) => e.source).sort()).toEqual([
        ...Array<Source>(4).fill('ENNEO'),
        ...Array<Source>(7).fill('SOCIALBOARDS'),
        ...Array<Source>(3).fill('TRACKER'),
      ]);
      // The wire strings really are in different zones: Socialboards −08:00 … +05:30, Tracker +0000.
      expect(new Set(SOCIALBOARDS_SHOWCASE.entries.map((e) => e.time.slice(-6))).size).toBe(SOCIALBOARDS_SHOWCASE.entries.length);
      expect(TRACKER_SHOWCASE.worklogs.every((w) => w.start.endsWith('+0000'))).toBe(true);

      const timeline = await read({ refs: SHOWCASE_REFS });
      expect(timeline.totalCount).toBe(14);
      expect(timeline.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      const entries = timeline.edges.map((e) => e.node);
      expect(entries.map((e) => ({ source: e.source, typename: e.__typename, occurredAt: e.occurredAt }))).toEqual(showcase);
      // Socialboards entries keep their own log order, mapped to UTC; the first one fell on the previous local day.
      expect(
        entries.filter((e) => e.__typename === 'LogEvent').map((e) => (e.__typename === 'LogEvent' ? e.time : null)),
      ).toEqual(SOCIALBOARDS_SHOWCASE.entries.map((e) => e.time));
      expect(sourceRuns(entries)).toBeGreaterThan(6);
      expect(new Set(entries.map((e) => e.id)).size).toBe(14);
      expect(entries.every((e) => e.summary.length > 0)).toBe(true);
      // One worklog call per enneo and Tracker ticket, one log page for Socialboards; no ticket details.
      expect(stack.sandbox.enneo.count()).toBe(1);
      expect(stack.sandbox.enneo.count(ENNEO_ROUTES.worklogs)).toBe(1);
      expect(stack.sandbox.socialboards.count(SOCIALBOARDS_ROUTES.log)).toBe(1);
      expect(stack.sandbox.socialboards.count(SOCIALBOARDS_ROUTES.list)).toBe(0);
      expect(stack.sandbox.tracker.count()).toBe(1);
      expect(stack.sandbox.tracker.count(TRACKER_ROUTES.worklog)).toBe(1);
    });

    it('answers NEWEST_FIRST as the exact reverse', async () => {
      const oldest = await read({ refs: SHOWCASE_REFS });
      const newest = await read({ refs: SHOWCASE_REFS, order: 'NEWEST_FIRST' });
      expect(newest.totalCount).toBe(14);
      expect(newest.edges.map((e) => e.node)).toEqual([...oldest.edges.map((e) => e.node)].reverse());
      expect(newest.edges.map((e) => label(e.node))).toEqual([...showcase].reverse().map(label));
    });

    it('does not depend on the order of refs', async () => {
      const forward = await read({ refs: SHOWCASE_REFS });
      const backward = await read({ refs: [...SHOWCASE_REFS].reverse() });
      expect(backward.edges).toEqual(forward.edges);
    });

    it('runs GraphiQL’s default operation to one list in which all three sources interleave', async () => {
      const { status, text } = await stack.post({ query: DEFAULT_OPERATION });
      expect(status).toBe(200);
      const body = JSON.parse(text) as {
        data?: { timeline: { totalCount: number; edges: { node: { source: Source; occurredAt: string; summary: string } }[] } };
        errors?: unknown[];
      };
      expect(body.errors).toBeUndefined();
      const entries = body.data!.timeline.edges.map((e) => e.node);
      expect(body.data!.timeline.totalCount).toBe(14);
      expect(entries.map(label)).toEqual(showcase.map(label));
      expect(new Set(entries.map((e) => e.source))).toEqual(new Set(['ENNEO', 'SOCIALBOARDS', 'TRACKER']));
      expect(sourceRuns(entries)).toBeGreaterThan(3);
    });
  });

  describe('ties at the same millisecond', () => {
    it('orders entries at one instant by source, then issue key and worklog id, in both orders', async () => {
      // A real tie in the Tracker seed: worklogs of two issues (and two of one issue) started at the same millisecond.
      const tracker = stack.sandbox.tracker.seed;
      const byInstant = new Map<number, { issueKey: string; id: number }[]>();
      for (const w of tracker.allWorklogs) byInstant.set(w.start.getTime(), [...(byInstant.get(w.start.getTime()) ?? []), w]);
      const found = [...byInstant].find(
        ([, list]) =>
          list.length >= 3 &&
          new Set(list.map((w) => w.issueKey)).size >= 2 &&
          new Set(list.map((w) => w.issueKey)).size < list.length,
      );
      expect(found).toBeDefined();
      const [instant, tied] = found!;
      const keys = [...new Set(tied.map((w) => w.issueKey))];
      const expected = [...tied]
        .sort((a, b) => a.issueKey.localeCompare(b.issueKey, 'en', { numeric: true }) || a.id - b.id)
        .map((w) => `${w.issueKey}:${w.id}`);

      const window = { since: new Date(instant).toISOString(), until: new Date(instant + 1).toISOString() };
      for (const refs of [keys.map((k) => ref('TRACKER', k)), [...keys].reverse().map((k) => ref('TRACKER', k))]) {
        const oldest = await read({ refs, ...window });
        const ids = oldest.edges.map((e) =>
          e.node.__typename === 'TrackerWorklog' ? `${e.node.issueKey}:${e.node.trackerWorklogId}` : '',
        );
        expect(ids).toEqual(expected);
        const newest = await read({ refs, ...window, order: 'NEWEST_FIRST' });
        expect(newest.edges.map((e) => e.node.id)).toEqual([...oldest.edges.map((e) => e.node.id)].reverse());
      }
    });

    // The seeds hold no cross-source tie, so the rule for those is proven on timeline-page itself.
    it('sorts a cross-source tie ENNEO, SOCIALBOARDS, TRACKER, local ids numerically, and pages each entry once', () => {
      const at = new Date('2025-11-03T10:00:00.000Z');
      const key = (source: TimelineKey['source'], id: string): TimelineKey => ({ occurredAt: at, source, id });
      const keys = [
        key('TRACKER', 'PAY-12:1010'),
        key('SOCIALBOARDS', '5501:0a1b2c3d4e5f6071'),
        key('TRACKER', 'PAY-12:999'),
        key('ENNEO', '8842:20001'),
        key('TRACKER', 'PAY-2:5'),
        // Equal under numeric collation ("01" = "1"), still two different entries.
        key('SOCIALBOARDS', '5501:01'),
        key('SOCIALBOARDS', '5501:1'),
      ];
      const ids = (order: 'OLDEST_FIRST' | 'NEWEST_FIRST', args = {}) =>
        timelineConnection(keys, (k) => k, { first: 50, ...args }, order).edges.map((e) => `${e.node.source} ${e.node.id}`);
      const oldest = ids('OLDEST_FIRST');
      expect(oldest.slice(0, 1)).toEqual(['ENNEO 8842:20001']);
      expect(oldest.slice(1, 4).map((s) => s.split(' ')[0])).toEqual(['SOCIALBOARDS', 'SOCIALBOARDS', 'SOCIALBOARDS']);
      expect(oldest.slice(4)).toEqual(['TRACKER PAY-2:5', 'TRACKER PAY-12:999', 'TRACKER PAY-12:1010']);
      expect(ids('NEWEST_FIRST')).toEqual([...oldest].reverse());
      // Shuffled input, same answer: the order is a function of the keys alone.
      expect(
        timelineConnection([...keys].reverse(), (k) => k, { first: 50 }, 'OLDEST_FIRST').edges.map(
          (e) => `${e.node.source} ${e.node.id}`,
        ),
      ).toEqual(oldest);

      for (const order of ['OLDEST_FIRST', 'NEWEST_FIRST'] as const) {
        const seen: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < keys.length + 2; i++) {
          const page: ReturnType<typeof timelineConnection<TimelineKey>> = timelineConnection(
            keys,
            (k) => k,
            { first: 1, after },
            order,
          );
          seen.push(...page.edges.map((e) => `${e.node.source} ${e.node.id}`));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(seen).toEqual(ids(order));
      }
    });
  });

  describe('paging', () => {
    for (const order of ['OLDEST_FIRST', 'NEWEST_FIRST'] as const) {
      const expectedLabels = () => (order === 'OLDEST_FIRST' ? showcase : [...showcase].reverse()).map(label);

      it(`pages ${order} with first: 3 and after through the whole timeline, each entry exactly once`, async () => {
        const seen: string[] = [];
        let after: string | null = null;
        for (let page = 0; page < 10; page++) {
          const timeline: Timeline = await read({ refs: SHOWCASE_REFS, first: 3, after, order });
          expect(timeline.totalCount).toBe(14);
          expect(timeline.edges.length).toBe(Math.min(3, 14 - seen.length));
          expect(timeline.pageInfo.hasPreviousPage).toBe(seen.length > 0);
          seen.push(...timeline.edges.map((e) => label(e.node)));
          expect(timeline.pageInfo.hasNextPage).toBe(seen.length < 14);
          expect(timeline.pageInfo.endCursor).toBe(timeline.edges.at(-1)!.cursor);
          if (!timeline.pageInfo.hasNextPage) break;
          after = timeline.pageInfo.endCursor;
        }
        expect(seen).toEqual(expectedLabels());
      });

      it(`pages ${order} backwards with last: 3 and before, each entry exactly once`, async () => {
        const seen: string[] = [];
        let before: string | null = null;
        for (let page = 0; page < 10; page++) {
          const timeline: Timeline = await read({ refs: SHOWCASE_REFS, last: 3, before, order });
          expect(timeline.totalCount).toBe(14);
          expect(timeline.edges.length).toBe(Math.min(3, 14 - seen.length));
          expect(timeline.pageInfo.hasNextPage).toBe(seen.length > 0);
          seen.unshift(...timeline.edges.map((e) => label(e.node)));
          expect(timeline.pageInfo.hasPreviousPage).toBe(seen.length < 14);
          expect(timeline.pageInfo.startCursor).toBe(timeline.edges[0]!.cursor);
          if (!timeline.pageInfo.hasPreviousPage) break;
          before = timeline.pageInfo.startCursor;
        }
        expect(seen).toEqual(expectedLabels());
      });
    }

    it('hands out the same cursors on every request, so a cursor from one request continues another', async () => {
      const first = await read({ refs: SHOWCASE_REFS });
      const second = await read({ refs: SHOWCASE_REFS });
      expect(second.edges.map((e) => e.cursor)).toEqual(first.edges.map((e) => e.cursor));
      expect(new Set(first.edges.map((e) => e.cursor)).size).toBe(14);

      const cursor = first.edges[4]!.cursor;
      const continued = await read({ refs: SHOWCASE_REFS, first: 3, after: cursor });
      expect(continued.edges).toEqual(second.edges.slice(5, 8));
      const between = await read({ refs: SHOWCASE_REFS, after: first.edges[1]!.cursor, before: first.edges[5]!.cursor });
      expect(between.edges).toEqual(second.edges.slice(2, 5));
    });

    it('refuses a malformed cursor and a page over 500 as BAD_USER_INPUT', async () => {
      for (const variables of [
        { after: 'not-a-cursor' },
        { first: 501 },
        { before: Buffer.from('worklogs:3').toString('base64url') },
      ]) {
        const result = await run({ refs: SHOWCASE_REFS, ...variables });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('refs', () => {
    it('lets refs that do not exist contribute nothing, without an error', async () => {
      const missing = [ref('ENNEO', '99999'), ref('SOCIALBOARDS', '9999'), ref('TRACKER', 'NOPE-1')];
      const timeline = await read({ refs: [...missing, ...SHOWCASE_REFS] });
      expect(timeline.totalCount).toBe(14);
      expect(timeline.edges.map((e) => label(e.node))).toEqual(showcase.map(label));
      // Each missing ticket was really asked for (and answered 404).
      const notFound = (sim: { requests: readonly { path: string; status?: number }[] }, part: string) =>
        sim.requests.filter((r) => r.path.includes(part)).map((r) => r.status);
      expect(notFound(stack.sandbox.enneo, '/ticket/99999/')).toEqual([404]);
      expect(notFound(stack.sandbox.socialboards, '/tickets/9999/')).toEqual([404]);
      expect(notFound(stack.sandbox.tracker, '/issues/NOPE-1/')).toEqual([404]);
    });

    it('answers an empty connection when no ref exists', async () => {
      const result = await run({ refs: [ref('ENNEO', '99999'), ref('TRACKER', 'NOPE-1')] });
      expect(result).toEqual({
        data: {
          timeline: {
            totalCount: 0,
            pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
            edges: [],
          },
        },
      });
    });

    it('counts the same ticket named twice once (Tracker keys in any case)', async () => {
      const refs = [...SHOWCASE_REFS, ref('ENNEO', '8842'), ref('TRACKER', 'pay-12'), ref('SOCIALBOARDS', '5501')];
      const timeline = await read({ refs });
      expect(timeline.totalCount).toBe(14);
      expect(timeline.edges.map((e) => label(e.node))).toEqual(showcase.map(label));
      expect(stack.sandbox.enneo.count(ENNEO_ROUTES.worklogs)).toBe(1);
      expect(stack.sandbox.socialboards.count(SOCIALBOARDS_ROUTES.log)).toBe(1);
      expect(stack.sandbox.tracker.count(TRACKER_ROUTES.worklog)).toBe(1);
    });

    it('refuses a malformed key as BAD_USER_INPUT naming refs[i].key, before any upstream call', async () => {
      const bad: [TicketRef, number][] = [
        [ref('TRACKER', 'PAY_12'), 3],
        [ref('ENNEO', 'abc'), 0],
        [ref('ENNEO', '0842'), 1],
        [ref('SOCIALBOARDS', '3000000000'), 2],
        [ref('SOCIALBOARDS', 'PAY-12'), 3],
        [ref('TRACKER', '8842'), 1],
      ];
      for (const [wrong, index] of bad) {
        const refs = [...SHOWCASE_REFS];
        refs.splice(index, 0, wrong);
        const result = await run({ refs });
        expect(result.data ?? null).toBeNull();
        expect(result.errors).toHaveLength(1);
        expect(result.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors![0]!.message).toContain(`refs[${index}].key`);
        expect(result.errors![0]!.message).toContain(wrong.source);
      }
      expect(totalCalls()).toBe(0);
    });

    it('takes at most 100 refs', async () => {
      const hundred = Array.from({ length: 100 }, () => ref('ENNEO', '8842'));
      expect((await read({ refs: hundred })).totalCount).toBe(4);
      for (const sim of sims()) sim.resetRequests();

      const result = await run({ refs: [...hundred, ref('ENNEO', '8842')] });
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('100');
      expect(totalCalls()).toBe(0);
    });
  });

  describe('failing sources', () => {
    const bySource = (errors: NonNullable<Result<unknown>['errors']>) =>
      [...errors].sort((a, b) => String(a.extensions?.source).localeCompare(String(b.extensions?.source)));

    it('keeps the other sources’ entries when Tracker fails (HTTP 500 on every attempt), with one labelled error', async () => {
      stack.sandbox.tracker.faults.failNext(TRACKER_ROUTES.worklog, { count: attempts(), status: 500 });
      const result = await run({ refs: SHOWCASE_REFS });
      const timeline = result.data!.timeline;
      expect(timeline.totalCount).toBe(11);
      expect(timeline.edges.map((e) => label(e.node))).toEqual(without('TRACKER'));
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]).toMatchObject({
        path: ['timeline'],
        extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'TRACKER', status: 500, ref: { source: 'TRACKER', key: 'PAY-12' } },
      });
      expect(stack.sandbox.tracker.count(TRACKER_ROUTES.worklog)).toBe(attempts());
    });

    it('labels a 401 from Tracker as UPSTREAM_UNAUTHORIZED on the ref, and never shows a token', async () => {
      stack.sandbox.tracker.faults.failNext(TRACKER_ROUTES.worklog, { count: 1, status: 401 });
      const result = await run({ refs: [ref('ENNEO', '8842'), ref('TRACKER', 'pay-12')] });
      expect(result.data!.timeline.totalCount).toBe(4);
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]).toMatchObject({
        path: ['timeline'],
        extensions: { code: 'UPSTREAM_UNAUTHORIZED', source: 'TRACKER', status: 401, ref: { source: 'TRACKER', key: 'PAY-12' } },
      });
      const text = JSON.stringify(result);
      for (const secret of Object.values(SANDBOX_CREDENTIALS)) expect(text).not.toContain(secret);
    });

    it('gives one error per failing ref when two sources fail', async () => {
      stack.sandbox.enneo.faults.failNext(ENNEO_ROUTES.worklogs, { count: 1, status: 401 });
      stack.sandbox.tracker.faults.failNext(TRACKER_ROUTES.worklog, { count: attempts(), status: 503 });
      const result = await run({ refs: SHOWCASE_REFS });
      expect(result.data!.timeline.edges.map((e) => label(e.node))).toEqual(without('ENNEO', 'TRACKER'));
      expect(result.data!.timeline.totalCount).toBe(7);
      expect(bySource(result.errors!)).toMatchObject([
        {
          path: ['timeline'],
          extensions: { code: 'UPSTREAM_UNAUTHORIZED', source: 'ENNEO', status: 401, ref: { source: 'ENNEO', key: '8842' } },
        },
        {
          path: ['timeline'],
          extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'TRACKER', status: 503, ref: { source: 'TRACKER', key: 'PAY-12' } },
        },
      ]);
      expect(result.errors).toHaveLength(2);
    });

    it('answers an empty connection plus one error per ref when every source fails, not data: null', async () => {
      stack.sandbox.enneo.faults.failNext(ENNEO_ROUTES.worklogs, { count: 1, status: 401 });
      stack.sandbox.socialboards.faults.failNext(SOCIALBOARDS_ROUTES.log, { count: 1, status: 403 });
      stack.sandbox.tracker.faults.failNext(TRACKER_ROUTES.worklog, { count: attempts(), status: 500 });
      const result = await run({ refs: SHOWCASE_REFS });
      expect(result.data).toEqual({
        timeline: {
          totalCount: 0,
          pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
          edges: [],
        },
      });
      expect(result.errors).toHaveLength(3);
      expect(bySource(result.errors!)).toMatchObject([
        {
          path: ['timeline'],
          extensions: { code: 'UPSTREAM_UNAUTHORIZED', source: 'ENNEO', status: 401, ref: { source: 'ENNEO', key: '8842' } },
        },
        {
          path: ['timeline'],
          extensions: {
            code: 'UPSTREAM_UNAUTHORIZED',
            source: 'SOCIALBOARDS',
            status: 403,
            ref: { source: 'SOCIALBOARDS', key: '5501' },
          },
        },
        {
          path: ['timeline'],
          extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'TRACKER', status: 500, ref: { source: 'TRACKER', key: 'PAY-12' } },
        },
      ]);
    });
  });

  describe('narrowing', () => {
    it('keeps since (inclusive) to until (exclusive)', async () => {
      const since = showcase[4]!.occurredAt;
      const until = showcase[12]!.occurredAt;
      const timeline = await read({ refs: SHOWCASE_REFS, since, until });
      expect(timeline.edges.map((e) => label(e.node))).toEqual(showcase.slice(4, 12).map(label));
      expect(timeline.totalCount).toBe(8);
      // Any zone on input, the same instants.
      const shifted = await read({
        refs: SHOWCASE_REFS,
        since: since.replace(/Z$/, '+00:00'),
        until: until.replace(/Z$/, '+00:00'),
      });
      expect(shifted.edges).toEqual(timeline.edges);
      expect((await read({ refs: SHOWCASE_REFS, since })).totalCount).toBe(10);
      expect((await read({ refs: SHOWCASE_REFS, until })).totalCount).toBe(12);
    });

    it('pages within the window, and the window in NEWEST_FIRST too', async () => {
      const since = showcase[2]!.occurredAt;
      const until = showcase[11]!.occurredAt;
      const page = await read({ refs: SHOWCASE_REFS, since, until, order: 'NEWEST_FIRST', first: 4 });
      expect(page.totalCount).toBe(9);
      expect(page.edges.map((e) => label(e.node))).toEqual(showcase.slice(2, 11).reverse().slice(0, 4).map(label));
      expect(page.pageInfo.hasNextPage).toBe(true);
    });

    it('refuses since at or after until as BAD_USER_INPUT, before any upstream call', async () => {
      for (const [since, until] of [
        ['2025-11-04T00:00:00Z', '2025-11-04T00:00:00Z'],
        ['2025-11-05T00:00:00Z', '2025-11-04T00:00:00Z'],
        ['2025-11-04T02:00:00+02:00', '2025-11-04T00:00:00Z'],
      ] as const) {
        const result = await run({ refs: SHOWCASE_REFS, since, until });
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message).toMatch(/since.*until/);
      }
      expect(totalCalls()).toBe(0);
    });

    it('keeps only the given sources, and asks no other source', async () => {
      const timeline = await read({ refs: SHOWCASE_REFS, sources: ['TRACKER', 'SOCIALBOARDS'] });
      expect(timeline.edges.map((e) => label(e.node))).toEqual(without('ENNEO'));
      expect(timeline.totalCount).toBe(10);
      expect(stack.sandbox.enneo.count()).toBe(0);

      const enneoOnly = await read({ refs: SHOWCASE_REFS, sources: ['ENNEO'] });
      expect(enneoOnly.edges.map((e) => label(e.node))).toEqual(without('SOCIALBOARDS', 'TRACKER'));
    });

    it('keeps only worklogs or only log events, and asks only the sources that have them', async () => {
      const worklogs = await read({ refs: SHOWCASE_REFS, kinds: ['WORKLOG'] });
      expect(worklogs.edges.map((e) => label(e.node))).toEqual(without('SOCIALBOARDS'));
      expect(worklogs.edges.every((e) => e.node.__typename !== 'LogEvent')).toBe(true);
      expect(stack.sandbox.socialboards.count()).toBe(0);

      for (const sim of sims()) sim.resetRequests();
      const events = await read({ refs: SHOWCASE_REFS, kinds: ['LOG_EVENT'] });
      expect(events.edges.map((e) => label(e.node))).toEqual(without('ENNEO', 'TRACKER'));
      expect(events.totalCount).toBe(7);
      expect(stack.sandbox.enneo.count() + stack.sandbox.tracker.count()).toBe(0);

      const both = await read({ refs: SHOWCASE_REFS, kinds: ['LOG_EVENT', 'WORKLOG'] });
      expect(both.totalCount).toBe(14);
    });

    it('does not report a failing source whose entries were not asked for', async () => {
      stack.sandbox.tracker.faults.failNext(TRACKER_ROUTES.worklog, { count: attempts(), status: 500 });
      const result = await run({ refs: SHOWCASE_REFS, kinds: ['LOG_EVENT'] });
      expect(result.errors).toBeUndefined();
      expect(result.data!.timeline.totalCount).toBe(7);
    });
  });

  describe('tickets and nodes across the three sources', () => {
    it('answers tickets(refs) in request order with null where a ticket does not exist', async () => {
      const refs = [
        ref('TRACKER', 'PAY-12'),
        ref('ENNEO', '99999'),
        ref('SOCIALBOARDS', '5501'),
        ref('TRACKER', 'NOPE-1'),
        ref('ENNEO', '8842'),
        ref('SOCIALBOARDS', '9999'),
        ref('TRACKER', 'pay-12'),
      ];
      const result = await stack.execute(TlTickets, { refs });
      expect(result.errors).toBeUndefined();
      const enneoTitle = stack.sandbox.enneo.seed.tickets.get(8842)!.subject;
      expect(
        result.data!.tickets.map((t) => t && { typename: t.__typename, source: t.source, key: t.key, title: t.title }),
      ).toEqual([
        { typename: 'TrackerIssue', source: 'TRACKER', key: 'PAY-12', title: TRACKER_SHOWCASE.summary },
        null,
        { typename: 'SocialboardsTicket', source: 'SOCIALBOARDS', key: '5501', title: SOCIALBOARDS_SHOWCASE.title },
        null,
        { typename: 'EnneoTicket', source: 'ENNEO', key: '8842', title: enneoTitle },
        null,
        { typename: 'TrackerIssue', source: 'TRACKER', key: 'PAY-12', title: TRACKER_SHOWCASE.summary },
      ]);
      expect(result.data!.tickets[0]!.id).toBe(result.data!.tickets[6]!.id);
    });

    /** One id of every Node type of the three sources, taken from the showcase timeline. */
    async function nodeIds(): Promise<Map<string, string>> {
      const result = await stack.execute(TlNodeIds, { refs: SHOWCASE_REFS });
      expect(result.errors).toBeUndefined();
      const ids = new Map<string, string>();
      const add = (typename: string, id: string) => {
        if (!ids.has(typename)) ids.set(typename, id);
      };
      for (const { node } of result.data!.timeline.edges) {
        add(node.__typename, node.id);
        add(node.ticket.__typename, node.ticket.id);
        if (node.__typename === 'EnneoWorklog') {
          for (const a of node.assessments) {
            add(a.__typename, a.id);
            if (a.scorecard) add(a.scorecard.__typename, a.scorecard.id);
          }
        }
      }
      return ids;
    }

    const NODE_TYPES = [
      'EnneoTicket',
      'EnneoWorklog',
      'Assessment',
      'Scorecard',
      'SocialboardsTicket',
      'LogEvent',
      'TrackerIssue',
      'TrackerWorklog',
    ];

    it('refetches every Node type of all three sources with node(id), each to its own id', async () => {
      const ids = await nodeIds();
      expect([...ids.keys()].sort()).toEqual([...NODE_TYPES].sort());
      for (const [typename, id] of ids) {
        const result = await stack.execute(TlNode, { id });
        expect(result.errors).toBeUndefined();
        expect(result.data!.node).toEqual({ __typename: typename, id });
      }
    });

    it('refetches them all with one nodes(ids) call, in the order given, null where nothing exists', async () => {
      const ids = await nodeIds();
      const order = [...NODE_TYPES].reverse();
      const missing = [
        encodeGlobalId('EnneoTicket', 99999),
        encodeGlobalId('TrackerIssue', 'NOPE-1'),
        encodeGlobalId('SocialboardsTicket', 9999),
      ];
      const asked = [...order.map((t) => ids.get(t)!)];
      asked.splice(2, 0, missing[0]!);
      asked.splice(5, 0, missing[1]!);
      asked.push(missing[2]!, ids.get('LogEvent')!);
      const result = await stack.execute(TlNodes, { ids: asked });
      expect(result.errors).toBeUndefined();
      const typeOf = new Map([...ids].map(([t, id]) => [id, t]));
      expect(result.data!.nodes).toEqual(asked.map((id) => (typeOf.has(id) ? { __typename: typeOf.get(id)!, id } : null)));
    });
  });
});
