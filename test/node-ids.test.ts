import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { ENNEO_ROUTES } from '../src/sandbox/enneo.js';
import { TRACKER_ROUTES } from '../src/sandbox/tracker.js';
import { type Stack, startStack } from './support/stack.js';

/**
 * `node(id)` / `nodes(ids)` refetch every id the gateway issues, for every Node type, whatever the
 * source's own id looks like. Property-based (fast-check, fixed seed so a failure reproduces):
 * the Tracker simulator's worklogs are given generated String ids (Tracker documents them as
 * String: colons, spaces, non-Latin letters, digits-only all allowed) and enneo's worklogs
 * generated numeric ids up to 2^53; each id the gateway hands out must load the same object.
 */

const SEED = 20251103;

const TrackerWorklogIds = graphql(`
  query NodeIdsTrackerWorklogs {
    ticket(source: TRACKER, key: "PAY-12") { worklogs { edges { node { id ... on TrackerWorklog { worklogId } } } } }
  }
`);

const EnneoWorklogIds = graphql(`
  query NodeIdsEnneoWorklogs {
    ticket(source: ENNEO, key: "8842") { worklogs { edges { node { id ... on EnneoWorklog { durationSeconds } } } } }
  }
`);

const Refetch = graphql(`
  query NodeIdsRefetch($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on TrackerWorklog { worklogId }
      ... on EnneoWorklog { durationSeconds }
    }
  }
`);

const EveryNodeType = graphql(`
  query NodeIdsEveryType {
    enneo: ticket(source: ENNEO, key: "8842") {
      id
      worklogs(first: 50) { edges { node { id ... on EnneoWorklog { assessments { id scorecard { id } } } } } }
    }
    socialboards: ticket(source: SOCIALBOARDS, key: "5520") { id logEvents(first: 500) { edges { node { id } } } }
    tracker: ticket(source: TRACKER, key: "PAY-12") { id worklogs { edges { node { id } } } }
    assessment(id: 901) { id scorecard { id } }
  }
`);

const RefetchIds = graphql(`
  query NodeIdsRefetchIds($ids: [ID!]!) {
    nodes(ids: $ids) { __typename id }
  }
`);

describe('node(id) round-trips every id the gateway issues', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.sandbox.tracker.faults.clear();
    stack.sandbox.enneo.faults.clear();
  });

  it('every Node type, on the seeded data (tickets, worklogs, log events with duplicates, assessments, scorecards)', async () => {
    const { data, errors } = await stack.execute(EveryNodeType);
    expect(errors).toBeUndefined();
    const enneoWorklogs = data!.enneo!.worklogs.edges.map(
      (e) => e.node as { id: string; assessments: { id: string; scorecard: { id: string } | null }[] },
    );
    const ids = [
      data!.enneo!.id,
      ...enneoWorklogs.map((w) => w.id),
      ...enneoWorklogs.flatMap((w) => w.assessments.flatMap((a) => [a.id, a.scorecard?.id ?? []].flat())),
      data!.socialboards!.id,
      ...data!.socialboards!.logEvents.edges.map((e) => e.node.id),
      data!.tracker!.id,
      ...data!.tracker!.worklogs.edges.map((e) => e.node.id),
      data!.assessment!.id,
      data!.assessment!.scorecard!.id,
    ];
    const unique = [...new Set(ids)];
    const types = new Set<string>();
    // nodes(ids) takes at most 100 ids a call.
    for (let i = 0; i < unique.length; i += 100) {
      const chunk = unique.slice(i, i + 100);
      const refetched = await stack.execute(RefetchIds, { ids: chunk });
      expect(refetched.errors).toBeUndefined();
      expect(refetched.data!.nodes.map((n) => n?.id)).toEqual(chunk);
      for (const node of refetched.data!.nodes) types.add(node!.__typename);
    }
    expect([...types].sort()).toEqual(
      [
        'Assessment',
        'EnneoTicket',
        'EnneoWorklog',
        'LogEvent',
        'Scorecard',
        'SocialboardsTicket',
        'TrackerIssue',
        'TrackerWorklog',
      ].sort(),
    );
  });

  it('Tracker worklogs with generated String ids', async () => {
    const { data } = await stack.execute(TrackerWorklogIds);
    const count = data!.ticket!.worklogs.edges.length;
    const idArb = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(idArb, { minLength: count, maxLength: count }), async (sourceIds) => {
        stack.sandbox.tracker.faults.rewrite(TRACKER_ROUTES.worklog, (json) =>
          (json as Record<string, unknown>[]).map((w, i) => ({ ...w, id: sourceIds[i] })),
        );
        const listed = await stack.execute(TrackerWorklogIds);
        expect(listed.errors).toBeUndefined();
        const nodes = listed.data!.ticket!.worklogs.edges.map((e) => e.node as { id: string; worklogId: string });
        expect(nodes.map((n) => n.worklogId).sort()).toEqual([...sourceIds].sort());
        const refetched = await stack.execute(Refetch, { ids: nodes.map((n) => n.id) });
        expect(refetched.errors).toBeUndefined();
        expect(refetched.data!.nodes).toEqual(nodes.map((n) => ({ __typename: 'TrackerWorklog', ...n })));
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('enneo worklogs with generated numeric ids up to 2^53', async () => {
    const { data } = await stack.execute(EnneoWorklogIds);
    const count = data!.ticket!.worklogs.edges.length;
    const idArb = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.maxSafeNat());
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(idArb, { minLength: count, maxLength: count }), async (sourceIds) => {
        stack.sandbox.enneo.faults.rewrite(ENNEO_ROUTES.worklogs, (json) =>
          (json as { id?: unknown; worklog: Record<string, unknown> }[]).map((w, i) => ({
            ...w,
            id: sourceIds[i],
            worklog: { ...w.worklog, worklogId: sourceIds[i] },
          })),
        );
        const listed = await stack.execute(EnneoWorklogIds);
        expect(listed.errors).toBeUndefined();
        const nodes = listed.data!.ticket!.worklogs.edges.map((e) => e.node as { id: string; durationSeconds: number | null });
        expect(nodes).toHaveLength(count);
        const refetched = await stack.execute(Refetch, { ids: nodes.map((n) => n.id) });
        expect(refetched.errors).toBeUndefined();
        expect(refetched.data!.nodes).toEqual(nodes.map((n) => ({ __typename: 'EnneoWorklog', ...n })));
      }),
      { seed: SEED, numRuns: 25 },
    );
  });
});
