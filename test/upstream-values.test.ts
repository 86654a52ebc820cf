import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { ENNEO_ROUTES } from '../src/sandbox/enneo.js';
import { TRACKER_ROUTES } from '../src/sandbox/tracker.js';
import { recordingStacks } from './support/recording.js';
import type { Stack } from './support/stack.js';

/**
 * Values a source sends that the gateway cannot represent or read — a duration beyond GraphQL's
 * 32-bit Int (3e9 s, Tracker `P99999W`), a sum of durations that overflows, a Tracker duration
 * the business calendar cannot convert (`P1M`) — cost only the field that carries them: null
 * there with `UPSTREAM_BAD_RESPONSE` naming the source, and every sibling, the ticket, the
 * timeline and unrelated root fields still answer. The simulators' `rewrite` knob plants them.
 */

const TrackerIssueWorklogs = graphql(`
  query ValuesTrackerIssue {
    ticket(source: TRACKER, key: "PAY-12") {
      key
      title
      timeSpentSeconds
      worklogs { edges { node { ... on TrackerWorklog { worklogId duration durationSeconds summary } } } }
    }
  }
`);

const CaseTimeline = graphql(`
  query ValuesCaseTimeline {
    timeline(refs: [{ source: TRACKER, key: "PAY-12" }, { source: ENNEO, key: "8842" }]) {
      totalCount
      edges { node { source summary ... on Worklog { durationSeconds } } }
    }
    other: ticket(source: SOCIALBOARDS, key: "5501") { title }
  }
`);

const EnneoTicketWorklogs = graphql(`
  query ValuesEnneoTicket {
    ticket(source: ENNEO, key: "8842") {
      key
      title
      timeSpentSeconds
      worklogs { edges { node { ... on EnneoWorklog { worklogId durationSeconds durationAfterWorkSeconds } } } }
    }
  }
`);

const ReportColumns = graphql(`
  query ValuesReportColumns {
    worklogReport(filter: { from: "2025-09-01", to: "2025-11-30", ticketIds: [8842] }, first: 50) {
      edges { node { userWorklogId ticketId tags allTags rawData } }
    }
  }
`);

const { open, run, closeAll } = recordingStacks();
afterAll(closeAll);

type Wire = Record<string, unknown>;

describe('values a source sends that cannot be represented or read', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await open();
  });
  beforeEach(() => {
    stack.sandbox.tracker.faults.clear();
    stack.sandbox.enneo.faults.clear();
  });

  /** Tracker answers PAY-12's first worklog with `P1M` and its second with `P99999W`. */
  const oddTrackerDurations = () =>
    stack.sandbox.tracker.faults.rewrite(TRACKER_ROUTES.worklog, (json) => {
      const list = json as Wire[];
      list[0]!.duration = 'P1M';
      list[1]!.duration = 'P99999W';
      return list;
    });

  it("Tracker P1M and P99999W: only those worklogs' durationSeconds and the sum are null, labelled", async () => {
    oddTrackerDurations();
    const result = await run(stack, TrackerIssueWorklogs);
    const ticket = result.data!.ticket!;
    expect(ticket.title).toEqual(expect.any(String));
    expect(ticket.timeSpentSeconds).toBeNull();
    const nodes = ticket.worklogs.edges.map(
      (e) => e.node as { worklogId: string; duration: string; durationSeconds: number | null; summary: string },
    );
    const odd = nodes.filter((n) => n.duration === 'P1M' || n.duration === 'P99999W');
    expect(odd).toHaveLength(2);
    for (const node of odd) {
      expect(node.durationSeconds).toBeNull();
      expect(node.summary).toMatch(/ logged /); // the entry itself still reads
    }
    const fine = nodes.filter((n) => !odd.includes(n));
    expect(fine.length).toBeGreaterThan(0);
    for (const node of fine) expect(node.durationSeconds).toEqual(expect.any(Number));

    const errors = result.errors!;
    expect(errors.every((e) => e.extensions?.code === 'UPSTREAM_BAD_RESPONSE' && e.extensions.source === 'TRACKER')).toBe(true);
    const paths = errors.map((e) => e.path!.join('.')).sort();
    const at = (worklogId: string) =>
      `ticket.worklogs.edges.${nodes.findIndex((n) => n.worklogId === worklogId)}.node.durationSeconds`;
    expect(paths).toEqual([at(odd[0]!.worklogId), at(odd[1]!.worklogId), 'ticket.timeSpentSeconds'].sort());
    expect(errors.find((e) => e.path!.join('.') === at(nodes.find((n) => n.duration === 'P99999W')!.worklogId))!.message).toMatch(
      /does not fit a GraphQL Int/,
    );
  });

  it('in a merged timeline, an unreadable duration costs only that field: the timeline and other root fields answer', async () => {
    oddTrackerDurations();
    const result = await run(stack, CaseTimeline);
    expect(result.data).not.toBeNull();
    expect(result.data!.other?.title).toEqual(expect.any(String));
    const edges = result.data!.timeline.edges;
    expect(edges.length).toBe(result.data!.timeline.totalCount);
    expect(edges.some((e) => e.node.source === 'ENNEO')).toBe(true);
    const tracker = edges
      .filter((e) => e.node.source === 'TRACKER')
      .map((e) => (e.node as { durationSeconds: number | null }).durationSeconds);
    expect(tracker.filter((d) => d === null)).toHaveLength(2);
    expect(tracker.filter((d) => d !== null).length).toBeGreaterThan(0);
    expect(result.errors!.map((e) => e.extensions)).toEqual([
      { code: 'UPSTREAM_BAD_RESPONSE', source: 'TRACKER', status: 200 },
      { code: 'UPSTREAM_BAD_RESPONSE', source: 'TRACKER', status: 200 },
    ]);
    for (const error of result.errors!) expect(error.path!.at(-1)).toBe('durationSeconds');
  });

  it('an enneo duration of 3e9 s: that durationSeconds and the sum are UPSTREAM_BAD_RESPONSE (ENNEO), the rest answers', async () => {
    stack.sandbox.enneo.faults.rewrite(ENNEO_ROUTES.worklogs, (json) => {
      const first = (json as Wire[])[0]!;
      (first.time as Wire).duration = 3e9;
      return json;
    });
    const result = await run(stack, EnneoTicketWorklogs);
    const ticket = result.data!.ticket!;
    expect(ticket.title).toEqual(expect.any(String));
    expect(ticket.timeSpentSeconds).toBeNull();
    const nodes = ticket.worklogs.edges.map(
      (e) => e.node as { durationSeconds: number | null; durationAfterWorkSeconds: number | null },
    );
    expect(nodes.filter((n) => n.durationSeconds === null)).toHaveLength(1);
    expect(nodes.every((n) => n.durationAfterWorkSeconds !== null)).toBe(true);
    expect(result.errors!.map((e) => [e.path!.at(-1), e.extensions]).sort()).toEqual([
      ['durationSeconds', { code: 'UPSTREAM_BAD_RESPONSE', source: 'ENNEO', status: 200 }],
      ['timeSpentSeconds', { code: 'UPSTREAM_BAD_RESPONSE', source: 'ENNEO', status: 200 }],
    ]);
    expect(JSON.stringify(result.errors)).not.toMatch(/INTERNAL_SERVER_ERROR|Unexpected error/);
  });

  it('an enneo duration that is not whole seconds (12.5) costs only that durationSeconds and the sum', async () => {
    stack.sandbox.enneo.faults.rewrite(ENNEO_ROUTES.worklogs, (json) => {
      ((json as Wire[])[1]!.time as Wire).duration = 12.5;
      return json;
    });
    const result = await run(stack, EnneoTicketWorklogs);
    const ticket = result.data!.ticket!;
    expect(ticket.title).toEqual(expect.any(String));
    expect(ticket.timeSpentSeconds).toBeNull();
    const seconds = ticket.worklogs.edges.map((e) => (e.node as { durationSeconds: number | null }).durationSeconds);
    expect(seconds.filter((d) => d === null)).toHaveLength(1);
    expect(seconds.filter((d) => d !== null).length).toBe(seconds.length - 1);
    expect(
      result.errors!.map((e) => [e.path!.at(-1), e.extensions, /not a whole number of seconds/.test(e.message)]).sort(),
    ).toEqual([
      ['durationSeconds', { code: 'UPSTREAM_BAD_RESPONSE', source: 'ENNEO', status: 200 }, true],
      ['timeSpentSeconds', { code: 'UPSTREAM_BAD_RESPONSE', source: 'ENNEO', status: 200 }, true],
    ]);
  });

  it('a sum that overflows Int while every duration fits: only timeSpentSeconds fails', async () => {
    stack.sandbox.enneo.faults.rewrite(ENNEO_ROUTES.worklogs, (json) => {
      for (const entry of json as Wire[]) (entry.time as Wire).duration = 2_000_000_000;
      return json;
    });
    const result = await run(stack, EnneoTicketWorklogs);
    const ticket = result.data!.ticket!;
    expect(ticket.worklogs.edges.length).toBeGreaterThan(1);
    for (const edge of ticket.worklogs.edges)
      expect((edge.node as { durationSeconds: number }).durationSeconds).toBe(2_000_000_000);
    expect(ticket.timeSpentSeconds).toBeNull();
    expect(result.errors!.map((e) => [e.path, e.extensions])).toEqual([
      [['ticket', 'timeSpentSeconds'], { code: 'UPSTREAM_BAD_RESPONSE', source: 'ENNEO', status: 200 }],
    ]);
  });

  it('report rows type allTags as a list and rawData as JSON; a rawData that is not JSON costs only that field', async () => {
    const fine = await run(stack, ReportColumns);
    expect(fine.errors).toBeUndefined();
    const rows = fine.data!.worklogReport!.edges.map((e) => e.node);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect(row.allTags).toEqual(expect.arrayContaining(row.tags));
      expect(row.rawData).toMatchObject({ id: 8842 });
    }

    stack.sandbox.enneo.faults.rewrite(ENNEO_ROUTES.export, (json) => {
      (json as Wire[])[0]!.rawData = '{"id": 8842, "subject": "cut off';
      return json;
    });
    const result = await run(stack, ReportColumns);
    const [first, ...rest] = result.data!.worklogReport!.edges.map((e) => e.node);
    expect(first!.rawData).toBeNull();
    expect(first!.allTags.length).toBeGreaterThan(0);
    expect(rest.every((row) => (row.rawData as { id: number }).id === 8842)).toBe(true);
    expect(result.errors!.map((e) => [e.path, e.extensions])).toEqual([
      [['worklogReport', 'edges', 0, 'node', 'rawData'], { code: 'UPSTREAM_BAD_RESPONSE', source: 'ENNEO', status: 200 }],
    ]);
  });
});
