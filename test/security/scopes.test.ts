import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashApiKey } from '../../src/auth/api-keys.js';
import type { Scope } from '../../src/auth/scopes.js';
import { graphql } from '../gql/index.js';
import { type Result, type Stack, startStack } from '../support/stack.js';

/**
 * Scopes per source, for reports and for personal data. A forbidden field is null with
 * FORBIDDEN and `extensions.scope`, the rest of the answer arrives, and the simulators prove that
 * no upstream call was made for what was refused.
 */

const KEYS: Record<string, Scope[]> = {
  tracker: ['tracker:read'],
  enneo: ['enneo:read'],
  enneoReports: ['enneo:read', 'reports:read'],
  enneoTracker: ['enneo:read', 'tracker:read'],
  noPii: ['enneo:read', 'socialboards:read', 'tracker:read', 'reports:read'],
  all: ['enneo:read', 'socialboards:read', 'tracker:read', 'reports:read', 'pii:read'],
};
const keyOf = (name: keyof typeof KEYS) => ({ 'x-api-key': `tlk_test_${name}_key_7d1e` });

const OneTicket = graphql(`
  query ScopeOneTicket {
    ticket(source: ENNEO, key: "8842") { key title }
  }
`);

const CaseTickets = graphql(`
  query ScopeCaseTickets {
    tickets(refs: [{ source: ENNEO, key: "8842" }, { source: SOCIALBOARDS, key: "5501" }, { source: TRACKER, key: "PAY-12" }]) { key }
  }
`);

const Report = graphql(`
  query ScopeReport {
    worklogReport(filter: { from: "2025-11-01", to: "2025-11-07" }, first: 5) { edges { node { userWorklogId } } }
  }
`);

const PersonalData = graphql(`
  query ScopePersonalData {
    ticket(source: ENNEO, key: "8842") {
      key
      ... on EnneoTicket { raw }
      worklogs(first: 1) { edges { node { author { id email } } } }
    }
  }
`);

const CaseTimeline = graphql(`
  query ScopeCaseTimeline {
    timeline(refs: [{ source: ENNEO, key: "8842" }, { source: SOCIALBOARDS, key: "5501" }, { source: TRACKER, key: "PAY-12" }]) {
      totalCount
      edges { node { source } }
    }
  }
`);

const LogEventId = graphql(`
  query ScopeLogEventId {
    ticket(source: SOCIALBOARDS, key: "5501") { logEvents(first: 1) { edges { node { id } } } }
  }
`);

const Nodes = graphql(`
  query ScopeNodes($ids: [ID!]!) {
    nodes(ids: $ids) { id }
    ticketlogNodes(ids: $ids) { id }
  }
`);

let stack: Stack;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ticketlog-scopes-'));
  const file = join(dir, 'api-keys.json');
  writeFileSync(
    file,
    JSON.stringify(
      Object.entries(KEYS).map(([name, scopes]) => ({ name, sha256: hashApiKey(keyOf(name)['x-api-key']), scopes })),
    ),
  );
  stack = await startStack({ env: { AUTH_API_KEYS_FILE: file } });
});
afterAll(() => stack?.close());
beforeEach(() => {
  stack.sandbox.enneo.resetRequests();
  stack.sandbox.socialboards.resetRequests();
  stack.sandbox.tracker.resetRequests();
});

const forbiddenErrors = (errors: Result<unknown>['errors']) => (errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN');

describe('source scopes', () => {
  it('a ticket of a source the caller may not read: null, FORBIDDEN with the scope, no call', async () => {
    const result = await stack.execute(OneTicket, {}, keyOf('tracker'));
    expect(result.data).toEqual({ ticket: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['ticket'], extensions: { code: 'FORBIDDEN', scope: 'enneo:read' } });
    expect(result.errors![0]!.message).toMatch(/needs the scope "enneo:read"/);
    expect(stack.sandbox.enneo.count()).toBe(0);

    const allowed = await stack.execute(OneTicket, {}, keyOf('enneo'));
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.ticket?.key).toBe('8842');
  });

  it('tickets: each forbidden ref is null at its own position; the allowed one arrives', async () => {
    const result = await stack.execute(CaseTickets, {}, keyOf('tracker'));
    expect(result.data?.tickets).toEqual([null, null, { key: 'PAY-12' }]);
    expect(result.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.scope, e.extensions?.source])).toEqual([
      [['tickets', 0], 'FORBIDDEN', 'enneo:read', 'ENNEO'],
      [['tickets', 1], 'FORBIDDEN', 'socialboards:read', 'SOCIALBOARDS'],
    ]);
    expect(stack.sandbox.enneo.count()).toBe(0);
    expect(stack.sandbox.socialboards.count()).toBe(0);
    expect(stack.sandbox.tracker.count()).toBeGreaterThan(0);
  });

  it('a merged timeline leaves a forbidden source out, with one error for that source', async () => {
    const everything = await stack.execute(CaseTimeline, {}, keyOf('all'));
    const bySource = (sources: string[]) => everything.data!.timeline.edges.filter((e) => sources.includes(e.node.source)).length;
    stack.sandbox.socialboards.resetRequests();

    const result = await stack.execute(CaseTimeline, {}, keyOf('enneoTracker'));
    expect(result.data!.timeline.totalCount).toBe(bySource(['ENNEO', 'TRACKER']));
    expect(result.data!.timeline.edges.map((e) => e.node.source)).not.toContain('SOCIALBOARDS');
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({
      path: ['timeline'],
      extensions: { code: 'FORBIDDEN', scope: 'socialboards:read', source: 'SOCIALBOARDS' },
    });
    expect(stack.sandbox.socialboards.count()).toBe(0);
  });

  it('nodes: a forbidden id is FORBIDDEN at its position, the others resolve', async () => {
    const logEvent = await stack.execute(LogEventId, {}, keyOf('all'));
    const logEventId = logEvent.data!.ticket!.logEvents.edges[0]!.node.id;
    const ticketId = (
      await stack.execute(graphql(`query ScopeTicketId { ticket(source: ENNEO, key: "8842") { id } }`), {}, keyOf('all'))
    ).data!.ticket!.id;
    stack.sandbox.socialboards.resetRequests();

    const result = await stack.execute(Nodes, { ids: [ticketId, logEventId] }, keyOf('enneo'));
    expect(result.data?.nodes).toEqual([{ id: ticketId }, null]);
    expect(result.data?.ticketlogNodes).toEqual([{ id: ticketId }, null]);
    // Errors arrive in the order fields finish; which comes first is not part of the contract.
    expect(result.errors?.map((e) => [e.path, e.extensions?.scope])).toHaveLength(2);
    expect(result.errors?.map((e) => [e.path, e.extensions?.scope])).toEqual(
      expect.arrayContaining([
        [['nodes', 1], 'socialboards:read'],
        [['ticketlogNodes', 1], 'socialboards:read'],
      ]),
    );
    expect(stack.sandbox.socialboards.requests.map((r) => r.route)).toEqual([]);
  });

  it('_entities (a federation router with an API key): FORBIDDEN at the representation it may not read', async () => {
    const { text } = await stack.post(
      {
        query:
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on TrackerIssue { key } ... on EnneoTicket { key } } }',
        variables: {
          r: [
            { __typename: 'EnneoTicket', key: '8842' },
            { __typename: 'TrackerIssue', key: 'PAY-12' },
          ],
        },
      },
      keyOf('tracker'),
    );
    const result = JSON.parse(text) as {
      data: { _entities: unknown[] };
      errors: { path: unknown[]; extensions: { code: string } }[];
    };
    expect(result.data._entities).toEqual([null, { key: 'PAY-12' }]);
    expect(result.errors.map((e) => [e.path, e.extensions.code])).toEqual([[['_entities', 0], 'FORBIDDEN']]);
    expect(stack.sandbox.enneo.count()).toBe(0);
  });
});

describe('reports:read', () => {
  it('worklogReport needs reports:read besides enneo:read; refused, it asks enneo nothing', async () => {
    const refused = await stack.execute(Report, {}, keyOf('enneo'));
    expect(refused.data).toEqual({ worklogReport: null });
    expect(refused.errors).toMatchObject([{ path: ['worklogReport'], extensions: { code: 'FORBIDDEN', scope: 'reports:read' } }]);
    expect(stack.sandbox.enneo.count()).toBe(0);

    const allowed = await stack.execute(Report, {}, keyOf('enneoReports'));
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.worklogReport?.edges).toHaveLength(5);
  });
});

describe('pii:read', () => {
  it('raw payloads and e-mails are null without it, while the rest arrives; no profile is fetched for a refused e-mail', async () => {
    const result = await stack.execute(PersonalData, {}, keyOf('noPii'));
    const ticket = result.data!.ticket!;
    expect(ticket.key).toBe('8842');
    expect('raw' in ticket && ticket.raw).toBeNull();
    const author = ticket.worklogs.edges[0]!.node.author!;
    expect(author.id).toEqual(expect.any(String));
    expect(author.email).toBeNull();
    expect(forbiddenErrors(result.errors).map((e) => [e.path?.at(-1), e.extensions?.scope])).toEqual([
      ['raw', 'pii:read'],
      ['email', 'pii:read'],
    ]);
    expect(stack.sandbox.enneo.count('GET /profile/{id}')).toBe(0);

    const allowed = await stack.execute(PersonalData, {}, keyOf('all'));
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.ticket!.worklogs.edges[0]!.node.author!.email).toMatch(/@/);
  });
});
