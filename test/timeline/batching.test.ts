import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { TicketRef } from '../gql/graphql.js';
import { ENNEO_ROUTES } from '../../src/sandbox/enneo.js';
import type { RecordedRequest, SimServer } from '../../src/sandbox/sim-server.js';
import { SOCIALBOARDS_ROUTES } from '../../src/sandbox/socialboards.js';
import { TRACKER_ROUTES } from '../../src/sandbox/tracker.js';
import { SOCIALBOARDS_PAGE_LIMIT } from '../../src/upstreams/socialboards/client.js';
import { TRACKER_PAGING } from '../../src/upstreams/tracker/wire.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * Issue 5's batching promise, proven with the simulators' request logs: a timeline or tickets
 * query over 20 refs from all three sources costs exactly one upstream call per distinct resource
 * page (expected counts computed from the seeds and the sources' page sizes), the same ticket asked
 * for many times costs nothing extra, and calls to different sources and different tickets are in
 * flight together (overlapping startedAt/endedAt under an injected delay, not wall-clock time).
 */

const TlBatchTimeline = graphql(`
  query TlBatchTimeline($refs: [TicketRef!]!) {
    timeline(refs: $refs, first: 500) {
      totalCount
      edges { node { id source } }
    }
  }
`);

const TlBatchTimelineTickets = graphql(`
  query TlBatchTimelineTickets($refs: [TicketRef!]!) {
    timeline(refs: $refs, first: 500) {
      totalCount
      edges { node { id source ticket { source key title } } }
    }
  }
`);

const TlBatchTickets = graphql(`
  query TlBatchTickets($refs: [TicketRef!]!) {
    tickets(refs: $refs) { source key title }
  }
`);

const TlBatchWarmUp = graphql(`
  query TlBatchWarmUp {
    tickets(refs: [{ source: SOCIALBOARDS, key: "5501" }]) { key }
  }
`);

/** 7 enneo tickets, 7 Socialboards tickets (5520: a log of three pages), 6 Tracker issues (SUP-7: two worklog pages). */
const ENNEO_IDS = [8842, 8802, 8803, 8805, 8807, 8809, 8812];
const SOCIALBOARDS_IDS = [5501, 5520, 5502, 5503, 5509, 5533, 5505];
const TRACKER_KEYS = ['PAY-12', 'SUP-7', 'SUP-3', 'PAY-10', 'PAY-13', 'PAY-3'];
const REFS: TicketRef[] = [
  ...ENNEO_IDS.map((id) => ({ source: 'ENNEO' as const, key: String(id) })),
  ...SOCIALBOARDS_IDS.map((id) => ({ source: 'SOCIALBOARDS' as const, key: String(id) })),
  ...TRACKER_KEYS.map((key) => ({ source: 'TRACKER' as const, key })),
];

/** Socialboards log pages: `take=50` until a short page, so a log of n entries costs floor(n/50) + 1 calls. */
const socialboardsPages = (entries: number) => Math.floor(entries / SOCIALBOARDS_PAGE_LIMIT) + 1;
/** Tracker worklog pages: `perPage=100` (its maximum) while `Link: rel="next"` says more remain. */
const trackerPages = (worklogs: number) => Math.max(1, Math.ceil(worklogs / TRACKER_PAGING.maxPerPage));

/** Every request a simulator saw, counted by route. */
const byRoute = (sim: SimServer) => {
  const counts: Record<string, number> = {};
  for (const r of sim.requests) counts[r.route] = (counts[r.route] ?? 0) + 1;
  return counts;
};

/** All of these requests were in flight at one moment: the last one started before the first one ended. */
const allOverlap = (requests: readonly RecordedRequest[]) => {
  expect(requests.every((r) => r.endedAt !== undefined)).toBe(true);
  return Math.max(...requests.map((r) => r.startedAt)) < Math.min(...requests.map((r) => r.endedAt!));
};

describe('batching across sources: one call per distinct resource page, in flight together', () => {
  let stack: Stack;
  const sims = () => [stack.sandbox.enneo, stack.sandbox.socialboards, stack.sandbox.tracker] as const;

  // Expected from the seeds.
  let enneoEntries: Map<number, number>;
  let socialboardsEntries: Map<number, number>;
  let trackerEntries: Map<string, number>;
  let totalEntries: number;
  let titles: Map<string, string>;

  beforeAll(async () => {
    stack = await startStack();
    const { enneo, socialboards, tracker } = stack.sandbox;
    enneoEntries = new Map(ENNEO_IDS.map((id) => [id, enneo.seed.worklogs.get(id)!.length]));
    socialboardsEntries = new Map(SOCIALBOARDS_IDS.map((id) => [id, socialboards.seed.logs.get(id)!.length]));
    trackerEntries = new Map(TRACKER_KEYS.map((key) => [key, tracker.seed.worklogs.get(key)!.length]));
    totalEntries = [...enneoEntries.values(), ...socialboardsEntries.values(), ...trackerEntries.values()].reduce(
      (a, b) => a + b,
      0,
    );
    titles = new Map([
      ...ENNEO_IDS.map((id) => [`ENNEO:${id}`, enneo.seed.tickets.get(id)!.subject] as const),
      ...SOCIALBOARDS_IDS.map((id) => [`SOCIALBOARDS:${id}`, socialboards.seed.tickets.get(id)!.title] as const),
      ...TRACKER_KEYS.map((key) => [`TRACKER:${key}`, tracker.seed.issues.get(key)!.summary] as const),
    ]);
    // Socialboards access tokens come from POST /token once per process; fetch it now so the
    // measured requests are ticket API calls only.
    const warm = await stack.execute(TlBatchWarmUp);
    expect(warm.errors).toBeUndefined();
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    for (const sim of sims()) sim.resetRequests();
  });
  afterEach(() => {
    for (const sim of sims()) sim.faults.clear();
  });

  it('has fixtures that page: 5520 needs three log pages, SUP-7 two worklog pages, and every entry fits one timeline page', () => {
    expect(REFS).toHaveLength(20);
    expect(socialboardsPages(socialboardsEntries.get(5520)!)).toBe(3);
    expect(trackerPages(trackerEntries.get('SUP-7')!)).toBe(2);
    expect(totalEntries).toBeLessThanOrEqual(500);
  });

  /** The ticket-API calls a timeline over REFS must make: worklogs per enneo ticket, log pages, worklog pages. */
  const entryCalls = () => ({
    enneo: { [ENNEO_ROUTES.worklogs]: ENNEO_IDS.length },
    socialboards: {
      [SOCIALBOARDS_ROUTES.log]: [...socialboardsEntries.values()].reduce((sum, n) => sum + socialboardsPages(n), 0),
    },
    tracker: { [TRACKER_ROUTES.worklog]: [...trackerEntries.values()].reduce((sum, n) => sum + trackerPages(n), 0) },
  });

  const checkPerTicketCalls = () => {
    const { enneo, socialboards, tracker } = stack.sandbox;
    expect(
      enneo.requests
        .filter((r) => r.route === ENNEO_ROUTES.worklogs)
        .map((r) => r.path)
        .sort(),
    ).toEqual(ENNEO_IDS.map((id) => `/api/mind/ticket/${id}/worklog`).sort());
    for (const id of SOCIALBOARDS_IDS) {
      const pages = socialboards.requests.filter((r) => r.route === SOCIALBOARDS_ROUTES.log && r.path === `/tickets/${id}/log`);
      expect(pages.map((r) => r.query.get('skip'))).toEqual(
        Array.from({ length: socialboardsPages(socialboardsEntries.get(id)!) }, (_, i) => String(i * SOCIALBOARDS_PAGE_LIMIT)),
      );
    }
    for (const key of TRACKER_KEYS) {
      const pages = tracker.requests.filter(
        (r) => r.route === TRACKER_ROUTES.worklog && r.path.endsWith(`/issues/${key}/worklog`),
      );
      expect(pages).toHaveLength(trackerPages(trackerEntries.get(key)!));
    }
  };

  it('costs one call per distinct log/worklog page for a timeline over 20 refs, and no ticket call', async () => {
    const result = await stack.execute(TlBatchTimeline, { refs: REFS });
    expect(result.errors).toBeUndefined();
    expect(result.data!.timeline.totalCount).toBe(totalEntries);
    expect(result.data!.timeline.edges).toHaveLength(totalEntries);

    const expected = entryCalls();
    expect(byRoute(stack.sandbox.enneo)).toEqual(expected.enneo);
    expect(byRoute(stack.sandbox.socialboards)).toEqual(expected.socialboards);
    expect(byRoute(stack.sandbox.tracker)).toEqual(expected.tracker);
    checkPerTicketCalls();
  });

  it('adds one batched detail call per source (one per enneo ticket) when entries select ticket { title }', async () => {
    const result = await stack.execute(TlBatchTimelineTickets, { refs: REFS });
    expect(result.errors).toBeUndefined();
    const edges = result.data!.timeline.edges;
    expect(edges).toHaveLength(totalEntries);
    for (const { node } of edges) {
      expect(node.ticket.source).toBe(node.source);
      expect(node.ticket.title).toBe(titles.get(`${node.ticket.source}:${node.ticket.key}`));
    }

    // Tickets that have at least one entry are the ones whose details are needed.
    const enneoWithEntries = ENNEO_IDS.filter((id) => enneoEntries.get(id)! > 0);
    const socialboardsWithEntries = SOCIALBOARDS_IDS.filter((id) => socialboardsEntries.get(id)! > 0);
    const trackerWithEntries = TRACKER_KEYS.filter((key) => trackerEntries.get(key)! > 0);
    expect(enneoWithEntries).toHaveLength(7);

    const expected = entryCalls();
    expect(byRoute(stack.sandbox.enneo)).toEqual({ ...expected.enneo, [ENNEO_ROUTES.ticket]: enneoWithEntries.length });
    expect(byRoute(stack.sandbox.socialboards)).toEqual({ ...expected.socialboards, [SOCIALBOARDS_ROUTES.list]: 1 });
    expect(byRoute(stack.sandbox.tracker)).toEqual({ ...expected.tracker, [TRACKER_ROUTES.searchIssues]: 1 });

    const [list] = stack.sandbox.socialboards.requests.filter((r) => r.route === SOCIALBOARDS_ROUTES.list);
    expect([...(JSON.parse(list!.body) as { ticketIds: number[] }).ticketIds].sort()).toEqual(
      [...socialboardsWithEntries].sort(),
    );
    const [search] = stack.sandbox.tracker.requests.filter((r) => r.route === TRACKER_ROUTES.searchIssues);
    expect([...(JSON.parse(search!.body) as { keys: string[] }).keys].sort()).toEqual([...trackerWithEntries].sort());
    expect(stack.sandbox.enneo.viewingViolations).toEqual([]);
  });

  it('costs 7 enneo ticket calls, one Socialboards list call and one Tracker search for tickets(refs) over the same 20 refs', async () => {
    const result = await stack.execute(TlBatchTickets, { refs: REFS });
    expect(result.errors).toBeUndefined();
    expect(result.data!.tickets).toEqual(
      REFS.map((r) => ({ source: r.source, key: r.key, title: titles.get(`${r.source}:${r.key}`) })),
    );

    expect(byRoute(stack.sandbox.enneo)).toEqual({ [ENNEO_ROUTES.ticket]: ENNEO_IDS.length });
    expect(byRoute(stack.sandbox.socialboards)).toEqual({ [SOCIALBOARDS_ROUTES.list]: 1 });
    expect(byRoute(stack.sandbox.tracker)).toEqual({ [TRACKER_ROUTES.searchIssues]: 1 });
    const [list] = stack.sandbox.socialboards.requests;
    expect([...(JSON.parse(list!.body) as { ticketIds: number[] }).ticketIds].sort()).toEqual([...SOCIALBOARDS_IDS].sort());
    const [search] = stack.sandbox.tracker.requests;
    expect([...(JSON.parse(search!.body) as { keys: string[] }).keys].sort()).toEqual([...TRACKER_KEYS].sort());
  });

  it('adds no call for a ref named twice, nor for ticket { … } on many entries of one ticket', async () => {
    const twice: TicketRef[] = [
      ...REFS,
      { source: 'TRACKER', key: 'sup-7' },
      { source: 'SOCIALBOARDS', key: '5520' },
      { source: 'ENNEO', key: '8842' },
      ...REFS.slice(0, 5),
    ];
    const result = await stack.execute(TlBatchTimelineTickets, { refs: twice });
    expect(result.errors).toBeUndefined();
    expect(result.data!.timeline.totalCount).toBe(totalEntries);
    // SUP-7 and 5520 alone hold 246 entries that each select their ticket.
    const ofSup7 = result.data!.timeline.edges.filter((e) => e.node.ticket.key === 'SUP-7');
    expect(ofSup7).toHaveLength(trackerEntries.get('SUP-7')!);

    const expected = entryCalls();
    expect(byRoute(stack.sandbox.enneo)).toEqual({ ...expected.enneo, [ENNEO_ROUTES.ticket]: ENNEO_IDS.length });
    expect(byRoute(stack.sandbox.socialboards)).toEqual({ ...expected.socialboards, [SOCIALBOARDS_ROUTES.list]: 1 });
    expect(byRoute(stack.sandbox.tracker)).toEqual({ ...expected.tracker, [TRACKER_ROUTES.searchIssues]: 1 });
    checkPerTicketCalls();

    for (const sim of sims()) sim.resetRequests();
    const tickets = await stack.execute(TlBatchTickets, { refs: twice });
    expect(tickets.errors).toBeUndefined();
    expect(tickets.data!.tickets).toHaveLength(twice.length);
    expect(byRoute(stack.sandbox.enneo)).toEqual({ [ENNEO_ROUTES.ticket]: ENNEO_IDS.length });
    expect(byRoute(stack.sandbox.socialboards)).toEqual({ [SOCIALBOARDS_ROUTES.list]: 1 });
    expect(byRoute(stack.sandbox.tracker)).toEqual({ [TRACKER_ROUTES.searchIssues]: 1 });
  });

  describe('concurrency (each simulator holds every request ~200 ms)', () => {
    const DELAY_MS = 200;
    const first = (sim: SimServer) => [...sim.requests].sort((a, b) => a.startedAt - b.startedAt)[0]!;

    it('has the three sources and the tickets of each source in flight at the same time for a timeline', async () => {
      stack.sandbox.enneo.faults.delay(ENNEO_ROUTES.worklogs, DELAY_MS);
      stack.sandbox.socialboards.faults.delay(SOCIALBOARDS_ROUTES.log, DELAY_MS);
      stack.sandbox.tracker.faults.delay(TRACKER_ROUTES.worklog, DELAY_MS);
      const result = await stack.execute(TlBatchTimeline, { refs: REFS });
      expect(result.errors).toBeUndefined();
      expect(result.data!.timeline.totalCount).toBe(totalEntries);

      const { enneo, socialboards, tracker } = stack.sandbox;
      // The first request each simulator received: all three at once.
      expect(allOverlap([first(enneo), first(socialboards), first(tracker)])).toBe(true);
      // The 7 enneo worklog calls at once.
      const enneoCalls = enneo.requests.filter((r) => r.route === ENNEO_ROUTES.worklogs);
      expect(enneoCalls).toHaveLength(7);
      expect(allOverlap(enneoCalls)).toBe(true);
      // The first page of each Socialboards log, and of each Tracker worklog list, at once (later pages of one
      // list follow each other by nature: each needs the previous one's answer).
      const logFirstPages = socialboards.requests.filter(
        (r) => r.route === SOCIALBOARDS_ROUTES.log && r.query.get('skip') === '0',
      );
      expect(logFirstPages).toHaveLength(SOCIALBOARDS_IDS.length);
      expect(allOverlap(logFirstPages)).toBe(true);
      const worklogFirstPages = tracker.requests.filter((r) => r.route === TRACKER_ROUTES.worklog && !r.query.has('id'));
      expect(worklogFirstPages).toHaveLength(TRACKER_KEYS.length);
      expect(allOverlap(worklogFirstPages)).toBe(true);
      // And all 20 first calls together.
      expect(allOverlap([...enneoCalls, ...logFirstPages, ...worklogFirstPages])).toBe(true);
    });

    it('has every detail call of tickets(refs) in flight at the same time', async () => {
      stack.sandbox.enneo.faults.delay(ENNEO_ROUTES.ticket, DELAY_MS);
      stack.sandbox.socialboards.faults.delay(SOCIALBOARDS_ROUTES.list, DELAY_MS);
      stack.sandbox.tracker.faults.delay(TRACKER_ROUTES.searchIssues, DELAY_MS);
      const result = await stack.execute(TlBatchTickets, { refs: REFS });
      expect(result.errors).toBeUndefined();

      const all = sims().flatMap((sim) => [...sim.requests]);
      expect(all).toHaveLength(ENNEO_IDS.length + 2);
      expect(allOverlap(all)).toBe(true);
    });
  });
});
