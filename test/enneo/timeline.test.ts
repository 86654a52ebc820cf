import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { EnneoTimelineQuery, TimelineOrder } from '../gql/graphql.js';
import { ENNEO_ROUTES } from '../../src/sandbox/enneo.js';
import type { EnneoSeed, SeedWorklog } from '../../src/sandbox/enneo-seed.js';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { type Result, type Stack, startStack } from '../support/stack.js';

/**
 * `Ticket.timeline` of an enneo ticket over real HTTP: entries in time order, NEWEST_FIRST as the
 * exact reverse, paging with first/after and last/before in both orders that yields each entry
 * exactly once with the right totalCount, and `node`/`nodes` refetching the worklog, ticket,
 * assessment and scorecard ids the timeline hands out (order kept, null where nothing exists).
 */

const EnneoTimeline = graphql(`
  query EnneoTimeline($key: String!, $first: Int, $after: String, $last: Int, $before: String, $order: TimelineOrder) {
    ticket(source: ENNEO, key: $key) {
      id
      timeline(first: $first, after: $after, last: $last, before: $before, order: $order) {
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
            actor { id kind }
            ticket { key }
            ... on EnneoWorklog {
              worklogId
              startedAt
              durationSeconds
              assessments { id assessmentId scorecard { id scorecardId } }
            }
          }
        }
      }
    }
  }
`);

const RefetchNode = graphql(`
  query RefetchNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on EnneoWorklog { worklogId ticketId startedAt durationSeconds }
      ... on EnneoTicket { key title }
      ... on Assessment { assessmentId scorecardId state }
      ... on Scorecard { scorecardId name }
    }
  }
`);

const RefetchNodes = graphql(`
  query RefetchNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on EnneoWorklog { worklogId }
      ... on EnneoTicket { key }
      ... on Assessment { assessmentId }
      ... on Scorecard { scorecardId }
    }
  }
`);

type Timeline = NonNullable<EnneoTimelineQuery['ticket']>['timeline'];
type Entry = Timeline['edges'][number]['node'];
const worklogIdOf = (e: Entry) => (e.__typename === 'EnneoWorklog' ? e.worklogId : null);

describe('enneo Ticket.timeline', () => {
  let stack: Stack;
  let seed: EnneoSeed;
  /** The busiest unrestricted ticket that also has assessments. */
  let key: string;
  let worklogs: SeedWorklog[];

  beforeAll(async () => {
    stack = await startStack();
    seed = stack.sandbox.enneo.seed;
    const [id, list] = [...seed.worklogs.entries()]
      .filter(([id, list]) => id !== seed.restrictedTicketId && list.some((w) => w.assessments.length > 0))
      .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])[0]!;
    key = String(id);
    worklogs = [...list].sort(
      (a, b) => a.segments[0]!.from.getTime() - b.segments[0]!.from.getTime() || a.worklogId - b.worklogId,
    );
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.sandbox.enneo.resetRequests());

  const read = async (variables: {
    first?: number;
    after?: string | null;
    last?: number;
    before?: string | null;
    order?: TimelineOrder;
  }) => {
    const result: Result<EnneoTimelineQuery> = await stack.execute(EnneoTimeline, { key, ...variables });
    expect(result.errors).toBeUndefined();
    return result.data!.ticket!.timeline;
  };
  const oldestFirst = () => worklogs.map((w) => w.worklogId);

  it('lists every worklog in time order, each as a timeline entry of this ticket', async () => {
    expect(worklogs.length).toBeGreaterThanOrEqual(10);
    const timeline = await read({ first: 100 });
    expect(timeline.totalCount).toBe(worklogs.length);
    expect(timeline.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const entries = timeline.edges.map((e) => e.node);
    expect(entries.map(worklogIdOf)).toEqual(oldestFirst());
    entries.forEach((entry, i) => {
      const w = worklogs[i]!;
      expect(entry).toMatchObject({
        __typename: 'EnneoWorklog',
        source: 'ENNEO',
        occurredAt: w.segments[0]!.from.toISOString(),
        startedAt: w.segments[0]!.from.toISOString(),
        durationSeconds: w.duration,
        actor: { id: String(w.userId), kind: w.action === 'autoProcessAction' ? 'BOT' : 'AGENT' },
        ticket: { key },
      });
      expect(entry.summary.length).toBeGreaterThan(0);
    });
    const times = entries.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // One ticket call and one worklog call serve the whole timeline.
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.worklogs)).toBe(1);
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(1);
  });

  it('reverses exactly with NEWEST_FIRST', async () => {
    const timeline = await read({ first: 100, order: 'NEWEST_FIRST' });
    expect(timeline.totalCount).toBe(worklogs.length);
    expect(timeline.edges.map((e) => worklogIdOf(e.node))).toEqual([...oldestFirst()].reverse());
  });

  it('defaults to OLDEST_FIRST and a page of 50', async () => {
    const timeline = await read({});
    expect(timeline.edges.map((e) => worklogIdOf(e.node))).toEqual(oldestFirst().slice(0, 50));
  });

  for (const order of ['OLDEST_FIRST', 'NEWEST_FIRST'] as const) {
    const expectedOrder = () => (order === 'OLDEST_FIRST' ? oldestFirst() : [...oldestFirst()].reverse());

    it(`pages ${order} with first: 3 through the whole timeline, each entry exactly once`, async () => {
      const seen: (number | null)[] = [];
      let after: string | null = null;
      let pages = 0;
      for (; pages < 50; ) {
        const page: Timeline = await read({ first: 3, after, order });
        pages += 1;
        expect(page.totalCount).toBe(worklogs.length);
        expect(page.edges.length).toBeLessThanOrEqual(3);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
        seen.push(...page.edges.map((e) => worklogIdOf(e.node)));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(expectedOrder());
      expect(pages).toBe(Math.ceil(worklogs.length / 3));
    });

    it(`pages ${order} backwards with last: 3 and before, each entry exactly once`, async () => {
      const seen: (number | null)[] = [];
      let before: string | null = null;
      let pages = 0;
      for (; pages < 50; ) {
        const page: Timeline = await read({ last: 3, before, order });
        pages += 1;
        expect(page.totalCount).toBe(worklogs.length);
        expect(page.pageInfo.hasNextPage).toBe(before !== null);
        seen.unshift(...page.edges.map((e) => worklogIdOf(e.node)));
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(seen).toEqual(expectedOrder());
      expect(pages).toBe(Math.ceil(worklogs.length / 3));
    });
  }

  it('cuts the entries strictly between an after and a before cursor', async () => {
    const all = await read({ first: 100 });
    const between = await read({ after: all.edges[2]!.cursor, before: all.edges[7]!.cursor, first: 100 });
    expect(between.edges.map((e) => worklogIdOf(e.node))).toEqual(oldestFirst().slice(3, 7));
    const lastTwo = await read({ after: all.edges[2]!.cursor, before: all.edges[7]!.cursor, last: 2 });
    expect(lastTwo.edges.map((e) => worklogIdOf(e.node))).toEqual(oldestFirst().slice(5, 7));
  });

  it('refuses a cursor of another connection and a page over 500', async () => {
    const worklogCursor = Buffer.from('worklogs:2').toString('base64url');
    for (const variables of [{ after: worklogCursor }, { before: 'bm90LWEtY3Vyc29y' }, { first: 501 }]) {
      const result = await stack.execute(EnneoTimeline, { key, ...variables });
      expect(result.data?.ticket ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refetches a worklog, the ticket, an assessment and a scorecard by the ids it hands out', async () => {
    const result = await stack.execute(EnneoTimeline, { key, first: 100 });
    const ticketId = result.data!.ticket!.id;
    const entry = result
      .data!.ticket!.timeline.edges.map((e) => e.node)
      .find((n) => n.__typename === 'EnneoWorklog' && n.assessments.length > 0)!;
    if (entry.__typename !== 'EnneoWorklog') throw new Error('expected an EnneoWorklog');
    const assessment = entry.assessments[0]!;
    const worklog = seed.worklogById.get(entry.worklogId)!;
    stack.sandbox.enneo.resetRequests();

    const node = async (id: string) => {
      const r = await stack.execute(RefetchNode, { id });
      expect(r.errors).toBeUndefined();
      return r.data!.node;
    };
    expect(await node(entry.id)).toEqual({
      __typename: 'EnneoWorklog',
      id: entry.id,
      worklogId: worklog.worklogId,
      ticketId: Number(key),
      startedAt: worklog.segments[0]!.from.toISOString(),
      durationSeconds: worklog.duration,
    });
    expect(await node(ticketId)).toEqual({
      __typename: 'EnneoTicket',
      id: ticketId,
      key,
      title: seed.tickets.get(Number(key))!.subject,
    });
    expect(await node(assessment.id)).toEqual({
      __typename: 'Assessment',
      id: assessment.id,
      assessmentId: assessment.assessmentId,
      scorecardId: seed.assessments.get(assessment.assessmentId)!.scorecardId,
      state: seed.assessments.get(assessment.assessmentId)!.state,
    });
    expect(await node(assessment.scorecard!.id)).toEqual({
      __typename: 'Scorecard',
      id: assessment.scorecard!.id,
      scorecardId: assessment.scorecard!.scorecardId,
      name: seed.scorecards.get(assessment.scorecard!.scorecardId)!.name,
    });
    // Each refetch went to the one endpoint that serves that type.
    const enneo = stack.sandbox.enneo;
    expect(enneo.count(ENNEO_ROUTES.worklogs)).toBe(1);
    expect(enneo.count(ENNEO_ROUTES.ticket)).toBe(1);
    expect(enneo.count(ENNEO_ROUTES.assessment)).toBe(1);
    expect(enneo.count(ENNEO_ROUTES.scorecard)).toBe(1);
  });

  it('refetches several in the order given, with null where nothing exists', async () => {
    const result = await stack.execute(EnneoTimeline, { key, first: 100 });
    const ticketId = result.data!.ticket!.id;
    const entries = result.data!.ticket!.timeline.edges.map((e) => e.node);
    const withAssessment = entries.find((n) => n.__typename === 'EnneoWorklog' && n.assessments.length > 0)!;
    if (withAssessment.__typename !== 'EnneoWorklog') throw new Error('expected an EnneoWorklog');
    const assessment = withAssessment.assessments[0]!;
    const last = entries.at(-1)!;

    const missingTicket = encodeGlobalId('EnneoTicket', '8799');
    const missingWorklog = encodeGlobalId('EnneoWorklog', `${key}:99999`);
    const missingAssessment = encodeGlobalId('Assessment', '999999');
    const ids = [assessment.scorecard!.id, missingTicket, last.id, ticketId, missingWorklog, assessment.id, missingAssessment];

    const r = await stack.execute(RefetchNodes, { ids });
    expect(r.errors).toBeUndefined();
    expect(r.data!.nodes).toEqual([
      { __typename: 'Scorecard', id: ids[0], scorecardId: assessment.scorecard!.scorecardId },
      null,
      { __typename: 'EnneoWorklog', id: last.id, worklogId: worklogIdOf(last) },
      { __typename: 'EnneoTicket', id: ticketId, key },
      null,
      { __typename: 'Assessment', id: assessment.id, assessmentId: assessment.assessmentId },
      null,
    ]);
  });
});
