import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { ENNEO_ROUTES } from '../../src/sandbox/enneo.js';
import type { EnneoSeed } from '../../src/sandbox/enneo-seed.js';
import type { RecordedRequest } from '../../src/sandbox/sim-server.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * Per-request DataLoader behaviour, proven with the enneo simulator's request log: one upstream
 * call per distinct resource however often a query names it; profiles, assessments and scorecards
 * fetched only when a selected field needs them; independent calls in flight together (overlapping
 * startedAt/endedAt under an injected delay); and no cache shared between two GraphQL requests.
 */

const TicketId = graphql(`
  query LoadersTicketId($key: String!) {
    ticket(source: ENNEO, key: $key) { id }
  }
`);

const SameTicketManyWays = graphql(`
  query SameTicketManyWays($id: ID!) {
    a: ticket(source: ENNEO, key: "8842") { title worklogs { totalCount } }
    b: ticket(source: ENNEO, key: "8842") { status timeSpentSeconds timeline(first: 2) { totalCount } }
    tickets(refs: [{ source: ENNEO, key: "8842" }, { source: ENNEO, key: "8842" }]) { key worklogs { totalCount } }
    node(id: $id) {
      id
      ... on EnneoTicket { subject: title assessments { assessmentId } }
    }
  }
`);

const AuthorIds = graphql(`
  query AuthorIds($refs: [TicketRef!]!) {
    tickets(refs: $refs) {
      key
      worklogs(first: 100) { edges { node { author { source id kind } actor { id kind } } } }
    }
  }
`);

const AuthorNames = graphql(`
  query AuthorNames($refs: [TicketRef!]!) {
    tickets(refs: $refs) {
      key
      worklogs(first: 100) { edges { node { author { id name email } actor { name } } } }
    }
  }
`);

const AssessmentRefs = graphql(`
  query AssessmentRefs($refs: [TicketRef!]!) {
    tickets(refs: $refs) {
      ... on EnneoTicket {
        assessments { assessmentId scorecardId }
        worklogs(first: 100) { edges { node { ... on EnneoWorklog { worklogId assessments { assessmentId scorecardId } } } } }
      }
    }
  }
`);

const AssessmentStates = graphql(`
  query AssessmentStates($refs: [TicketRef!]!) {
    tickets(refs: $refs) {
      ... on EnneoTicket {
        assessments { assessmentId state }
        worklogs(first: 100) { edges { node { ... on EnneoWorklog { assessments { assessmentId state scorePercentage } } } } }
      }
    }
  }
`);

const AssessmentScorecards = graphql(`
  query AssessmentScorecards($refs: [TicketRef!]!) {
    tickets(refs: $refs) {
      ... on EnneoTicket {
        assessments { assessmentId scorecardId scorecard { scorecardId name } }
      }
    }
  }
`);

const TicketAndWorklogs = graphql(`
  query TicketAndWorklogs {
    ticket(source: ENNEO, key: "8842") { title worklogs { totalCount } }
  }
`);

const TicketTitles = graphql(`
  query TicketTitles($refs: [TicketRef!]!) {
    tickets(refs: $refs) { key title }
  }
`);

const enneoRef = (id: number) => ({ source: 'ENNEO' as const, key: String(id) });

describe('enneo loaders', () => {
  let stack: Stack;
  let seed: EnneoSeed;
  const calls = (route: string) => stack.sandbox.enneo.requests.filter((r) => r.route === route);
  const count = (route?: string) => stack.sandbox.enneo.count(route);
  const paths = (route: string) =>
    calls(route)
      .map((r) => r.path)
      .sort();

  beforeAll(async () => {
    stack = await startStack();
    seed = stack.sandbox.enneo.seed;
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.sandbox.enneo.resetRequests());
  afterEach(() => stack.sandbox.enneo.faults.clear());

  /** Tickets with the most assessments (restricted one excluded), so dedup has something to collapse. */
  const assessedTickets = () =>
    [...seed.worklogs.entries()]
      .filter(([id]) => id !== seed.restrictedTicketId)
      .map(([id, list]) => ({ id, assessments: list.flatMap((w) => w.assessments) }))
      .sort((a, b) => b.assessments.length - a.assessments.length || a.id - b.id)
      .slice(0, 6);

  describe('de-duplication within one request', () => {
    it('asks enneo once for a ticket and once for its worklogs, however many times the query names it', async () => {
      const { data } = await stack.execute(TicketId, { key: '8842' });
      const id = data!.ticket!.id;
      stack.sandbox.enneo.resetRequests();

      const result = await stack.execute(SameTicketManyWays, { id });
      expect(result.errors).toBeUndefined();
      const d = result.data!;
      const worklogCount = seed.worklogs.get(8842)!.length;
      expect(d.a).toEqual({ title: seed.tickets.get(8842)!.subject, worklogs: { totalCount: worklogCount } });
      expect(d.b).toMatchObject({ status: seed.tickets.get(8842)!.status, timeline: { totalCount: worklogCount } });
      expect(d.tickets).toEqual([
        { key: '8842', worklogs: { totalCount: worklogCount } },
        { key: '8842', worklogs: { totalCount: worklogCount } },
      ]);
      expect(d.node).toMatchObject({ id, subject: seed.tickets.get(8842)!.subject });

      expect(paths(ENNEO_ROUTES.ticket)).toEqual(['/api/mind/ticket/8842']);
      expect(paths(ENNEO_ROUTES.worklogs)).toEqual(['/api/mind/ticket/8842/worklog']);
      expect(count(ENNEO_ROUTES.assessment)).toBe(0);
      expect(count()).toBe(2);
    });

    it('resolves authors without a profile call while only id and kind are selected', async () => {
      const refs = [8842, 8850, 8877, 8810, 8811].map(enneoRef);
      const result = await stack.execute(AuthorIds, { refs });
      expect(result.errors).toBeUndefined();
      const authors = result.data!.tickets.flatMap((t) => t!.worklogs.edges.map((e) => e.node.author!));
      expect(authors.length).toBeGreaterThan(10);
      expect(authors.every((a) => a.source === 'ENNEO' && /^\d+$/.test(a.id) && (a.kind === 'AGENT' || a.kind === 'BOT'))).toBe(
        true,
      );
      expect(count(ENNEO_ROUTES.profile)).toBe(0);
    });

    it('fetches each distinct profile once when names are selected', async () => {
      const ticketIds = [8842, 8850, 8877, 8810, 8811];
      const users = [...new Set(ticketIds.flatMap((id) => seed.worklogs.get(id)!.map((w) => w.userId)))].sort((a, b) => a - b);
      expect(users.length).toBeGreaterThan(2);

      const result = await stack.execute(AuthorNames, { refs: ticketIds.map(enneoRef) });
      expect(result.errors).toBeUndefined();
      const nodes = result.data!.tickets.flatMap((t) => t!.worklogs.edges.map((e) => e.node));
      expect(nodes.length).toBeGreaterThan(users.length);
      for (const node of nodes) {
        const profile = seed.profiles.get(Number(node.author!.id))!;
        expect(node.author).toEqual({
          id: String(profile.id),
          name: `${profile.firstName} ${profile.lastName}`,
          email: profile.email,
        });
        expect(node.actor!.name).toBe(node.author!.name);
      }
      expect(paths(ENNEO_ROUTES.profile)).toEqual(users.map((id) => `/api/mind/profile/${id}`).sort());
    });

    it('serves assessment and scorecard ids from the worklog without assessment or scorecard calls', async () => {
      const tickets = assessedTickets();
      const result = await stack.execute(AssessmentRefs, { refs: tickets.map((t) => enneoRef(t.id)) });
      expect(result.errors).toBeUndefined();
      result.data!.tickets.forEach((ticket, i) => {
        const expected = tickets[i]!.assessments.map((a) => ({ assessmentId: a.id, scorecardId: a.scorecardId }));
        expect(ticket!.assessments).toEqual(expected);
        expect(ticket!.worklogs.edges.flatMap((e) => e.node.assessments)).toEqual(expected);
      });
      expect(count(ENNEO_ROUTES.assessment)).toBe(0);
      expect(count(ENNEO_ROUTES.scorecard)).toBe(0);
    });

    it('fetches each distinct assessment once when its state is selected, even when named twice', async () => {
      const tickets = assessedTickets();
      const distinct = [...new Set(tickets.flatMap((t) => t.assessments.map((a) => a.id)))];
      expect(distinct.length).toBeGreaterThan(6);

      const result = await stack.execute(AssessmentStates, { refs: tickets.map((t) => enneoRef(t.id)) });
      expect(result.errors).toBeUndefined();
      const onTickets = result.data!.tickets.flatMap((t) => t!.assessments);
      const onWorklogs = result.data!.tickets.flatMap((t) => t!.worklogs.edges.flatMap((e) => e.node.assessments));
      expect(onTickets).toHaveLength(distinct.length);
      expect(onWorklogs.map((a) => a.assessmentId)).toEqual(onTickets.map((a) => a.assessmentId));
      for (const a of onTickets) expect(a.state).toBe(seed.assessments.get(a.assessmentId)!.state);
      for (const a of onWorklogs) expect(a.scorePercentage).toBe(seed.assessments.get(a.assessmentId)!.totals.percentage);

      expect(paths(ENNEO_ROUTES.assessment)).toEqual(distinct.map((id) => `/api/mind/quality/assessment/${id}`).sort());
      expect(count(ENNEO_ROUTES.scorecard)).toBe(0);
    });

    it('fetches each distinct scorecard once, and no assessment, when only the scorecard is selected', async () => {
      const tickets = assessedTickets();
      const scorecards = [...new Set(tickets.flatMap((t) => t.assessments.map((a) => a.scorecardId)))].sort((a, b) => a - b);
      const assessments = tickets.flatMap((t) => t.assessments);
      expect(assessments.length).toBeGreaterThan(scorecards.length);

      const result = await stack.execute(AssessmentScorecards, { refs: tickets.map((t) => enneoRef(t.id)) });
      expect(result.errors).toBeUndefined();
      const got = result.data!.tickets.flatMap((t) => t!.assessments);
      expect(got).toHaveLength(assessments.length);
      for (const a of got)
        expect(a.scorecard).toEqual({ scorecardId: a.scorecardId, name: seed.scorecards.get(a.scorecardId)!.name });

      expect(paths(ENNEO_ROUTES.scorecard)).toEqual(scorecards.map((id) => `/api/mind/quality/scorecard/${id}`).sort());
      expect(count(ENNEO_ROUTES.assessment)).toBe(0);
    });
  });

  describe('concurrency', () => {
    const overlap = (a: RecordedRequest, b: RecordedRequest) => a.startedAt < b.endedAt! && b.startedAt < a.endedAt!;

    it("has a ticket's details and its worklogs in flight at the same time", async () => {
      stack.sandbox.enneo.faults.delay(ENNEO_ROUTES.ticket, 200);
      stack.sandbox.enneo.faults.delay(ENNEO_ROUTES.worklogs, 200);
      const result = await stack.execute(TicketAndWorklogs);
      expect(result.errors).toBeUndefined();
      expect(result.data!.ticket).toEqual({
        title: seed.tickets.get(8842)!.subject,
        worklogs: { totalCount: seed.worklogs.get(8842)!.length },
      });

      const [ticket] = calls(ENNEO_ROUTES.ticket);
      const [worklogs] = calls(ENNEO_ROUTES.worklogs);
      expect(calls(ENNEO_ROUTES.ticket)).toHaveLength(1);
      expect(calls(ENNEO_ROUTES.worklogs)).toHaveLength(1);
      expect(ticket!.endedAt).toBeDefined();
      expect(worklogs!.endedAt).toBeDefined();
      // Each was held 200 ms by the simulator; sequential calls could not overlap at all.
      expect(overlap(ticket!, worklogs!)).toBe(true);
    });

    it('has all ten tickets of a tickets(refs) call in flight together, and no worklog call when none is selected', async () => {
      stack.sandbox.enneo.faults.delay(ENNEO_ROUTES.ticket, 200);
      const ids = [8801, 8802, 8803, 8804, 8805, 8806, 8807, 8808, 8809, 8810];
      const result = await stack.execute(TicketTitles, { refs: ids.map(enneoRef) });
      expect(result.errors).toBeUndefined();
      expect(result.data!.tickets).toEqual(ids.map((id) => ({ key: String(id), title: seed.tickets.get(id)!.subject })));

      const requests = calls(ENNEO_ROUTES.ticket);
      expect(requests.map((r) => r.path).sort()).toEqual(ids.map((id) => `/api/mind/ticket/${id}`).sort());
      expect(requests.every((r) => r.endedAt !== undefined)).toBe(true);
      const lastStart = Math.max(...requests.map((r) => r.startedAt));
      const firstEnd = Math.min(...requests.map((r) => r.endedAt!));
      expect(lastStart).toBeLessThan(firstEnd);
      expect(count(ENNEO_ROUTES.worklogs)).toBe(0);
    });
  });

  describe('scope', () => {
    it('does not share a loader cache between two GraphQL requests', async () => {
      const { data } = await stack.execute(TicketId, { key: '8842' });
      const id = data!.ticket!.id;
      stack.sandbox.enneo.resetRequests();

      await stack.execute(SameTicketManyWays, { id });
      expect(count(ENNEO_ROUTES.ticket)).toBe(1);
      expect(count(ENNEO_ROUTES.worklogs)).toBe(1);

      await stack.execute(SameTicketManyWays, { id });
      expect(count(ENNEO_ROUTES.ticket)).toBe(2);
      expect(count(ENNEO_ROUTES.worklogs)).toBe(2);

      const refs = [enneoRef(8842), enneoRef(8850)];
      await stack.execute(AuthorNames, { refs });
      const first = count(ENNEO_ROUTES.profile);
      expect(first).toBeGreaterThan(0);
      await stack.execute(AuthorNames, { refs });
      expect(count(ENNEO_ROUTES.profile)).toBe(2 * first);
    });
  });
});
