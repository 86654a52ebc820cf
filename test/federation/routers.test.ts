import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CRM_CUSTOMERS } from '../../examples/supergraph/crm-data.js';
import { type CrmSubgraph, startCrmSubgraph } from '../../examples/supergraph/crm-subgraph.js';
import {
  type Composer,
  composeSupergraph,
  introspectSubgraph,
  type Router,
  type SubgraphRequest,
  type SubgraphService,
  startApolloRouter,
  startHiveRouter,
} from '../../examples/supergraph/routers.js';
import { ENNEO_ROUTES } from '../../src/sandbox/enneo.js';
import { SOCIALBOARDS_ROUTES } from '../../src/sandbox/socialboards.js';
import { TRACKER_ROUTES } from '../../src/sandbox/tracker.js';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * Issue 11 item 4: the ticketlog gateway beside the example CRM subgraph (Relay-style too: its
 * own `Node`, `Query.node` and `PageInfo @shareable`), composed by BOTH composition libraries and
 * served by BOTH Node routers — every combination — over real ports. The same cross-subgraph
 * operations run through each, and the answers, the requests each router sent to the subgraphs
 * and the simulators' request counters are checked.
 *
 * Operations are plain strings: they run against the supergraph (`customer`, `crmCustomer`, CRM's
 * `node`), which schema.graphql — what codegen types against — does not hold.
 */

interface GraphQLResponse<D> {
  data?: D | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

interface Setup {
  router: 'apollo' | 'hive';
  composer: Composer;
}

const SETUPS: Setup[] = [
  { router: 'apollo', composer: 'apollo' },
  { router: 'hive', composer: 'guild' },
  { router: 'apollo', composer: 'guild' },
  { router: 'hive', composer: 'apollo' },
];

let stack: Stack;
let crm: CrmSubgraph;
let services: SubgraphService[];
const supergraphs = new Map<Composer, string>();

beforeAll(async () => {
  [stack, crm] = await Promise.all([startStack(), startCrmSubgraph()]);
  // What `rover subgraph introspect` / a `subgraph_url` reads: the SDL each running subgraph serves.
  services = await Promise.all([introspectSubgraph('ticketlog', stack.url), introspectSubgraph('crm', crm.url)]);
  for (const composer of ['apollo', 'guild'] as const) supergraphs.set(composer, composeSupergraph(services, composer));
});

afterAll(async () => {
  await Promise.all([crm?.close(), stack?.close()]);
});

describe('composition beside a Relay-style subgraph', () => {
  it('the served subgraph SDL has PageInfo @shareable and neither node nor nodes; the CRM defines its own of all three', () => {
    const ticketlog = services[0]!.sdl;
    expect(ticketlog).toMatch(/type PageInfo\s+@shareable\s*\{/);
    expect(ticketlog).toMatch(/^\s+ticketlogNode\(id: ID!\): Node$/m);
    expect(ticketlog).not.toMatch(/^\s+nodes?\(/m);
    expect(services[1]!.sdl).toMatch(/^\s+node\(id: ID!\): Node$/m);
    expect(services[1]!.sdl).toMatch(/type PageInfo\s+@shareable\s*\{/);
  });

  it.each(['apollo', 'guild'] as const)(
    'composes with %s: Query.node from the CRM, ticketlogNode from ticketlog, PageInfo from both',
    (composer) => {
      const supergraph = supergraphs.get(composer)!;
      const fieldLine = (type: string, field: string) =>
        new RegExp(`type ${type}[^{]*\\{[^}]*?^\\s+${field}\\b[^\\n]*`, 'm').exec(supergraph)?.[0].split('\n').at(-1) ?? '';
      expect(fieldLine('Query', 'node')).toMatch(/@join__field\(graph: CRM\)/);
      expect(fieldLine('Query', 'ticketlogNode')).toMatch(/@join__field\(graph: TICKETLOG\)/);
      const pageInfo = /type PageInfo[^{]*\{/.exec(supergraph)?.[0] ?? '';
      expect(pageInfo).toContain('@join__type(graph: CRM)');
      expect(pageInfo).toContain('@join__type(graph: TICKETLOG)');
    },
  );

  it.each(['apollo', 'guild'] as const)(
    '%s refuses the whole schema (with Query.node) beside the CRM, as documented',
    async (composer) => {
      const whole = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
      expect(() => composeSupergraph([{ ...services[0]!, sdl: whole }, services[1]!], composer)).toThrow(/Query\.node/);
    },
  );
});

describe.each(SETUPS)('through $router router, $composer composition', ({ router: kind, composer }) => {
  let router: Router;
  const requests: SubgraphRequest[] = [];
  const to = (subgraph: string) => requests.filter((r) => r.subgraph === subgraph);

  async function query<D>(text: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<D>> {
    const response = await fetch(router.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text, variables }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as GraphQLResponse<D>;
  }

  beforeAll(async () => {
    const start = kind === 'apollo' ? startApolloRouter : startHiveRouter;
    router = await start(supergraphs.get(composer)!, { onSubgraphRequest: (request) => requests.push(request) });
  });
  afterAll(async () => {
    await router?.close();
  });
  beforeEach(() => {
    requests.length = 0;
    for (const sim of [stack.sandbox.enneo, stack.sandbox.socialboards, stack.sandbox.tracker]) sim.resetRequests();
  });

  it('ticketlog → crm: a ticket found by this gateway gets its customer from the CRM', async () => {
    const result = await query<{ ticket: unknown }>(`{
      ticket(source: TRACKER, key: "PAY-12") { title ... on TrackerIssue { crmCustomer { id name } } }
    }`);
    expect(result).toEqual({
      data: {
        ticket: {
          title: 'Refund double charge for Kari Nordmann (invoice 2025-10)',
          crmCustomer: { id: 'cust-510042', name: 'Kari Nordmann' },
        },
      },
    });
    expect(requests.map((r) => r.subgraph)).toEqual(['ticketlog', 'crm']);
  });

  it('crm → ticketlog: a customer from the CRM gets her tickets from three sources', async () => {
    const result = await query<{ customer: unknown }>(`{
      customer(id: "cust-510042") {
        name
        cases { title timeSpentSeconds }
        trackerIssues { title timeSpentSeconds }
        socialboardsTickets { title logEvents(first: 1) { totalCount } }
      }
    }`);
    expect(result).toEqual({
      data: {
        customer: {
          name: 'Kari Nordmann',
          cases: [{ title: 'Double charge on invoice 2025-10', timeSpentSeconds: 1140 }],
          trackerIssues: [{ title: 'Refund double charge for Kari Nordmann (invoice 2025-10)', timeSpentSeconds: 44_100 }],
          socialboardsTickets: [{ title: 'Double charge on invoice 2025-10', logEvents: { totalCount: 7 } }],
        },
      },
    });
    expect(to('crm')).toHaveLength(1);
  });

  it("answers the README's KariNordmannsCase", async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const operation = /```graphql\n(query KariNordmannsCase \{[\s\S]*?\n\})\n```/.exec(readme)?.[1];
    const answer = /```graphql\nquery KariNordmannsCase[\s\S]*?```\n```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(operation).toBeDefined();
    const result = await query<unknown>(operation!);
    expect(result).toEqual(JSON.parse(answer!));
  });

  it('pages a connection of each subgraph with its own PageInfo', async () => {
    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
      edges: { node: { name: string } }[];
    };
    const first = await query<{ customers: Page }>(
      `{ customers(first: 5) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { name } } } }`,
    );
    const names = [...CRM_CUSTOMERS].map((c) => c.name).sort((a, b) => a.localeCompare(b, 'nb'));
    expect(first.data?.customers.totalCount).toBe(CRM_CUSTOMERS.length);
    expect(first.data?.customers.edges.map((e) => e.node.name)).toEqual(names.slice(0, 5));
    expect(first.data?.customers.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await query<{ customers: Page }>(
      `query ($after: String) { customers(first: 5, after: $after) { pageInfo { hasNextPage hasPreviousPage } edges { node { name } } } }`,
      {
        after: first.data?.customers.pageInfo.endCursor,
      },
    );
    expect(second.data?.customers.edges.map((e) => e.node.name)).toEqual(names.slice(5, 10));
    expect(second.data?.customers.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });

    // A ticketlog connection under a CRM object: the second page of a case's worklogs.
    type Worklogs = {
      customer: {
        cases: {
          worklogs: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { worklogId: number } }[] };
        }[];
      };
    };
    const page = (after?: string) =>
      query<Worklogs>(
        `query ($after: String) { customer(id: "cust-510042") { cases { worklogs(first: 2, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { ... on EnneoWorklog { worklogId } } } } } } }`,
        { after },
      );
    const one = await page();
    const two = await page(one.data?.customer.cases[0]?.worklogs.pageInfo.endCursor);
    const ids = (stack.sandbox.enneo.seed.worklogs.get(8842) ?? []).map((w) => w.worklogId);
    expect(one.data?.customer.cases[0]?.worklogs.edges.map((e) => e.node.worklogId)).toEqual(ids.slice(0, 2));
    expect(two.data?.customer.cases[0]?.worklogs.edges.map((e) => e.node.worklogId)).toEqual(ids.slice(2, 4));
    expect(two.data?.customer.cases[0]?.worklogs.pageInfo.hasNextPage).toBe(false);
  });

  it("refetches by id: this gateway's objects with ticketlogNode(s), the CRM's with node — and crosses over from each", async () => {
    const ticketId = encodeGlobalId('EnneoTicket', '8842');
    const worklog = stack.sandbox.enneo.seed.worklogs.get(8842)![1]!;
    const worklogId = encodeGlobalId('EnneoWorklog', `8842:${worklog.worklogId}`);
    const result = await query<unknown>(
      `query ($ticket: ID!, $ids: [ID!]!) {
        ticketlogNode(id: $ticket) { id ... on EnneoTicket { title crmCustomer { name } } }
        ticketlogNodes(ids: $ids) { __typename ... on EnneoWorklog { worklogId durationSeconds } }
        node(id: "cust-520311") { id ... on Customer { name cases { key title } } }
      }`,
      { ticket: ticketId, ids: [worklogId, encodeGlobalId('EnneoWorklog', '8842:99999')] },
    );
    expect(result).toEqual({
      data: {
        ticketlogNode: { id: ticketId, title: 'Double charge on invoice 2025-10', crmCustomer: { name: 'Kari Nordmann' } },
        ticketlogNodes: [{ __typename: 'EnneoWorklog', worklogId: worklog.worklogId, durationSeconds: worklog.duration }, null],
        node: {
          id: 'cust-520311',
          name: 'Lars Berg',
          cases: ['8821', '8803'].map((key) => ({ key, title: stack.sandbox.enneo.seed.tickets.get(Number(key))?.subject })),
        },
      },
    });
  });

  it('sends one `_entities` batch of more than 50 references, which costs one call per batching source', async () => {
    const result = await query<{
      customers: { edges: { node: { tickets: { __typename: string; title: string | null }[] } }[] };
    }>(`{
      customers(first: 100) { edges { node { tickets { __typename ... on Ticket { title } } } } }
    }`);
    expect(result.errors).toBeUndefined();
    const tickets = result.data?.customers.edges.flatMap((e) => e.node.tickets) ?? [];
    const refs = CRM_CUSTOMERS.flatMap((c) => [...c.cases, ...c.trackerIssues, ...c.socialboardsTickets]);
    expect(tickets).toHaveLength(refs.length);
    expect(tickets.length).toBeGreaterThanOrEqual(50);
    expect(tickets.every((t) => typeof t.title === 'string' && t.title.length > 0)).toBe(true);

    // One request to the CRM, one to ticketlog carrying every reference.
    expect(requests.map((r) => r.subgraph)).toEqual(['crm', 'ticketlog']);
    const representations = Object.entries(to('ticketlog')[0]!.variables)
      .filter(([name]) => name.endsWith('representations'))
      .flatMap(([, value]) => value as { __typename: string }[]);
    expect(representations).toHaveLength(refs.length);
    // …and inside it the gateway's loaders batch: all Tracker issues in one `_search`, all
    // Socialboards tickets in one `/tickets/list` (≤ 50 ids); enneo has no batch read, so one
    // `GET /ticket/{id}` per distinct enneo ticket.
    expect(stack.sandbox.tracker.count(TRACKER_ROUTES.searchIssues)).toBe(1);
    expect(stack.sandbox.socialboards.count(SOCIALBOARDS_ROUTES.list)).toBe(1);
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(new Set(CRM_CUSTOMERS.flatMap((c) => c.cases)).size);
    expect(stack.sandbox.enneo.count()).toBe(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket));
  });
});
