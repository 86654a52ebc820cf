import { readFileSync } from 'node:fs';
import { Trace } from '@apollo/usage-reporting-protobuf';
import { type DirectiveNode, Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CRM_CUSTOMERS } from '../../examples/supergraph/crm-data.js';
import { type CrmSubgraph, crmTypeDefs, startCrmSubgraph } from '../../examples/supergraph/crm-subgraph.js';
import { composeSupergraph, type Router, type SubgraphRequest, startApolloRouter } from '../../examples/supergraph/routers.js';
import { FTV1_HEADER } from '../../src/federated-tracing.js';
import { ENNEO_ROUTES } from '../../src/sandbox/enneo.js';
import { SOCIALBOARDS_SHOWCASE } from '../../src/sandbox/socialboards-seed.js';
import { TRACKER_ROUTES } from '../../src/sandbox/tracker.js';
import { expectedIssueSeconds, TRACKER_SHOWCASE } from '../../src/sandbox/tracker-seed.js';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { sortSdl } from '../../src/schema/print.js';
import { SUBGRAPH_HIDDEN_QUERY_FIELDS } from '../../src/schema/subgraph-sdl.js';
import { TRACKER_PAGING } from '../../src/upstreams/tracker/wire.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * Issues 6 and 11: the ticketlog gateway as one subgraph of a real supergraph, in detail through
 * @apollo/gateway (routers.test.ts runs the shared queries through both routers). The gateway and
 * the example CRM subgraph (examples/supergraph) run on real ports; the ticketlog SDL is read from
 * the running gateway (`_service { sdl }`), composed with the CRM's by @apollo/composition, and
 * served by @apollo/gateway inside @apollo/server. Queries cross the subgraphs both ways, the
 * simulators' request logs show the entity fetches are batched, and `ftv1` traces come back only
 * when asked for.
 *
 * Every operation here is a plain string, not a `graphql(...)` document: they run against the
 * composed supergraph (fields such as `customers` and `crmCustomer` are not in schema.graphql) or
 * use the federation-only root fields `_service` / `_entities`, which the printed subgraph SDL
 * leaves out — so GraphQL Code Generator, which types operations against schema.graphql, cannot
 * type them. (Plain strings also keep codegen from plucking them.)
 */

interface GraphQLResponse<D> {
  data?: D | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** One request the Apollo gateway sent to a subgraph. */
interface SubgraphCall extends SubgraphRequest {
  representations: { __typename: string; [key: string]: unknown }[];
}

const HEADER_COMMENT = /^(#[^\n]*\n)+\n/;

/** Every type with its directives and every field with its type, one line each, sorted: an order-free outline of an SDL. */
function outline(sdl: string): string[] {
  const lines: string[] = [];
  for (const definition of parse(sdl).definitions) {
    const name = 'name' in definition && definition.name ? definition.name.value : '';
    const directives = ('directives' in definition ? (definition.directives ?? []) : []).map((d) => print(d)).join(' ');
    lines.push(`${definition.kind} ${name} ${directives}`.trim());
    const fields = 'fields' in definition ? (definition.fields ?? []) : [];
    for (const field of fields) lines.push(`${name}.${field.name.value}: ${print(field.type)}`);
  }
  return lines.sort();
}

/** The supergraph's `@join__field(graph: …)` / `@join__type(graph: …)` graph names. */
const graphsOf = (directives: readonly DirectiveNode[] | undefined, name: string) =>
  (directives ?? [])
    .filter((d) => d.name.value === name)
    .map((d) => d.arguments?.find((a) => a.name.value === 'graph')?.value)
    .map((v) => (v?.kind === Kind.ENUM ? v.value : '?'));

/** The composed example of the README ("Use it in a supergraph"); its answer below is pasted there too. */
const README_EXAMPLE = `
  query KariNordmannsCase {
    customer(id: "cust-510042") {
      name
      cases { key title timeSpentSeconds worklogs { totalCount } }
      trackerIssues { key title timeSpentSeconds }
      socialboardsTickets { key title logEvents { totalCount } }
    }
    ticket(source: TRACKER, key: "PAY-12") {
      title
      ... on TrackerIssue { crmCustomer { name email } }
    }
  }
`;

/** The `_entities` selection the direct subgraph tests ask for. */
const ENTITIES = `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on EnneoWorklog { id worklogId durationSeconds ticket { key } }
      ... on TrackerWorklog { id duration durationSeconds ticket { key } }
      ... on EnneoTicket { key title }
      ... on TrackerIssue { key title }
    }
  }
`;

describe('supergraph: ticketlog + a CRM subgraph behind @apollo/gateway, on real ports', () => {
  let stack: Stack;
  let crm: CrmSubgraph;
  let router: Router | undefined;
  let tracingRouter: Router | undefined;
  let serviceSdl: string;
  let supergraphSdl: string;
  const calls: SubgraphCall[] = [];
  const sims = () => [stack.sandbox.enneo, stack.sandbox.socialboards, stack.sandbox.tracker] as const;
  const enneoSeed = () => stack.sandbox.enneo.seed;
  // The gateway's own extension point for subgraph requests records each one (the request still
  // goes over HTTP to the real subgraph), so a test can see how the plan fetched.
  const record = (request: SubgraphRequest) =>
    calls.push({ ...request, representations: (request.variables.representations ?? []) as SubgraphCall['representations'] });

  /** POSTs an operation to a supergraph router (default: the one that asks for no traces). */
  async function viaSupergraph<D>(
    query: string,
    variables?: Record<string, unknown>,
    through = router,
  ): Promise<GraphQLResponse<D>> {
    const response = await fetch(through!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as GraphQLResponse<D>;
  }

  /** POSTs an operation straight to the ticketlog gateway, as a supergraph router would. */
  async function viaTicketlog<D>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<D>> {
    const { status, text } = await stack.post({ query, variables }, headers);
    expect(status).toBe(200);
    return JSON.parse(text) as GraphQLResponse<D>;
  }

  const callsTo = (subgraph: string) => calls.filter((c) => c.subgraph === subgraph);

  beforeAll(async () => {
    [stack, crm] = await Promise.all([startStack(), startCrmSubgraph()]);

    // What a router's `rover subgraph introspect` reads: the SDL the running subgraph serves.
    const sdl = await viaTicketlog<{ _service: { sdl: string } }>('{ _service { sdl } }');
    serviceSdl = sdl.data?._service.sdl ?? '';

    supergraphSdl = composeSupergraph(
      [
        { name: 'ticketlog', url: stack.url, sdl: serviceSdl },
        { name: 'crm', url: crm.url, sdl: crmTypeDefs },
      ],
      'apollo',
    );
    [router, tracingRouter] = await Promise.all([
      startApolloRouter(supergraphSdl, { onSubgraphRequest: record }),
      startApolloRouter(supergraphSdl, { onSubgraphRequest: record, includeTraces: true }),
    ]);
  });

  afterAll(async () => {
    // ApolloServer.stop() also stops the gateway it runs (ApolloGateway.stop()).
    await Promise.all([router?.close(), tracingRouter?.close()]);
    await Promise.all([crm?.close(), stack?.close()]);
  });

  beforeEach(() => {
    calls.length = 0;
    for (const sim of sims()) sim.resetRequests();
  });

  it('serves the committed examples/supergraph/ticketlog.graphql as `_service { sdl }`: schema.graphql without node/nodes', () => {
    const committed = readFileSync(new URL('../../examples/supergraph/ticketlog.graphql', import.meta.url), 'utf8');
    expect(committed).toMatch(HEADER_COMMENT);
    const committedSdl = committed.replace(HEADER_COMMENT, '');
    // The same types, fields and keys, independent of any sorting…
    const served = outline(serviceSdl);
    expect(served).toEqual(outline(committedSdl));
    expect(served).toContain(
      'SchemaExtension  @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable"])',
    );
    expect(served).toContain('ObjectTypeDefinition PageInfo @shareable');
    for (const type of ['EnneoTicket', 'SocialboardsTicket', 'TrackerIssue'])
      expect(served).toContain(`ObjectTypeDefinition ${type} @key(fields: "key")`);
    for (const type of ['EnneoWorklog', 'TrackerWorklog', 'LogEvent', 'Assessment', 'Scorecard'])
      expect(served).toContain(`ObjectTypeDefinition ${type} @key(fields: "id")`);
    // …and byte for byte what the file holds once put in its order (the gateway serves the SDL in
    // declaration order; the committed file is sorted for reviewable diffs).
    expect(`${sortSdl(serviceSdl)}\n`).toBe(committedSdl);

    // schema.graphql (what direct clients see) is the same plus Query.node and Query.nodes.
    const whole = outline(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8').replace(HEADER_COMMENT, ''));
    const extra = whole.filter((line) => !served.includes(line));
    expect(extra).toEqual(['Query.node: Node', 'Query.nodes: [Node]!']);
    expect(SUBGRAPH_HIDDEN_QUERY_FIELDS).toEqual(['node', 'nodes']);
  });

  it('still answers node(id) and nodes(ids) to a direct client, like ticketlogNode(s)', async () => {
    // The same id in every field, twice in `nodes`: the relay plugin hands the later ones the
    // first load's pending promise, and each must still resolve to its type (builder.ts brandNode).
    const id = encodeGlobalId('TrackerIssue', 'PAY-12');
    const result = await viaTicketlog<unknown>(
      `query ($id: ID!) {
        node(id: $id) { id ... on TrackerIssue { key } }
        nodes(ids: [$id, $id]) { id }
        ticketlogNode(id: $id) { id ... on TrackerIssue { key } }
        ticketlogNodes(ids: [$id, $id]) { id }
        again: ticketlogNode(id: $id) { id }
      }`,
      { id },
    );
    expect(result).toEqual({
      data: {
        node: { id, key: 'PAY-12' },
        nodes: [{ id }, { id }],
        ticketlogNode: { id, key: 'PAY-12' },
        ticketlogNodes: [{ id }, { id }],
        again: { id },
      },
    });
    // A malformed id is refused before execution, like every invalid argument (HTTP 400).
    const bad = await stack.post({ query: '{ ticketlogNode(id: "garbage!") { id } }' });
    expect(bad.status).toBe(400);
    expect((JSON.parse(bad.text) as GraphQLResponse<unknown>).errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('adds an ftv1 trace only when the router asks for it (apollo-federation-include-trace: ftv1)', async () => {
    const query = '{ ticket(source: TRACKER, key: "PAY-12") { title } }';
    type Traced = GraphQLResponse<unknown> & { extensions?: { ftv1?: string } };
    const plain = (await viaTicketlog<unknown>(query)) as Traced;
    expect(plain.extensions?.ftv1).toBeUndefined();
    const other = (await viaTicketlog<unknown>(query, undefined, { [FTV1_HEADER]: 'yes' })) as Traced;
    expect(other.extensions?.ftv1).toBeUndefined();

    const traced = (await viaTicketlog<unknown>(query, undefined, { [FTV1_HEADER]: 'ftv1' })) as Traced;
    expect(traced.data).toEqual(plain.data);
    const trace = Trace.decode(Buffer.from(traced.extensions?.ftv1 ?? '', 'base64'));
    const ticket = trace.root?.child?.find((node) => node.responseName === 'ticket');
    expect(ticket?.type).toBe('Ticket');
    expect(ticket?.child?.map((node) => node.responseName)).toEqual(['title']);
    expect(Number(trace.durationNs)).toBeGreaterThan(0);

    // Through @apollo/gateway: a router with usage reporting on asks every subgraph; the trace
    // reaches the router, not the client.
    for (const [through, asked] of [
      [router, false],
      [tracingRouter, true],
    ] as const) {
      calls.length = 0;
      const result = (await viaSupergraph<unknown>(query, undefined, through)) as Traced;
      expect(result.data).toEqual(plain.data);
      expect(result.extensions?.ftv1).toBeUndefined();
      expect(callsTo('ticketlog')).toHaveLength(1);
      expect(typeof callsTo('ticketlog')[0]?.response?.extensions?.ftv1, asked ? 'router asked' : 'router did not ask').toBe(
        asked ? 'string' : 'undefined',
      );
    }
  });

  it('records a failing source in the trace with the same labelled error the answer carries, and no more', async () => {
    stack.sandbox.tracker.faults.failNext('*', { count: 1, status: 401 });
    try {
      const traced = (await viaTicketlog<{ ticket: unknown }>('{ ticket(source: TRACKER, key: "PAY-12") { title } }', undefined, {
        [FTV1_HEADER]: 'ftv1',
      })) as GraphQLResponse<{ ticket: unknown }> & { extensions?: { ftv1?: string } };
      expect(traced.data?.ticket).toBeNull();
      const [error] = traced.errors ?? [];
      expect(error?.extensions?.code).toBe('UPSTREAM_UNAUTHORIZED');
      const trace = Trace.decode(Buffer.from(traced.extensions?.ftv1 ?? '', 'base64'));
      const node = trace.root?.child?.find((n) => n.responseName === 'ticket');
      expect(node?.error?.map((e) => e.message)).toEqual([error?.message]);
      const recorded = JSON.parse(node?.error?.[0]?.json ?? '{}') as { extensions?: Record<string, unknown> };
      expect(recorded.extensions).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', source: 'TRACKER', status: 401 });
      expect(node?.error?.[0]?.json).not.toContain(stack.config.tracker?.token ?? 'no token configured');
    } finally {
      stack.sandbox.tracker.faults.clear();
    }
  });

  it('composes with the CRM subgraph: the ticket types get fields from both', () => {
    const supergraph = parse(supergraphSdl);
    const type = (name: string) => {
      const found = supergraph.definitions.find((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === name);
      if (found?.kind !== Kind.OBJECT_TYPE_DEFINITION) throw new Error(`no type ${name} in the supergraph`);
      return found;
    };
    const fieldGraphs = (typeName: string, field: string) =>
      graphsOf(type(typeName).fields?.find((f) => f.name.value === field)?.directives, 'join__field');

    for (const name of ['EnneoTicket', 'TrackerIssue', 'SocialboardsTicket']) {
      expect(graphsOf(type(name).directives, 'join__type').sort(), name).toEqual(['CRM', 'TICKETLOG']);
      expect(fieldGraphs(name, 'title'), `${name}.title`).toEqual(['TICKETLOG']);
      expect(fieldGraphs(name, 'crmCustomer'), `${name}.crmCustomer`).toEqual(['CRM']);
      // No @join__field on the key: a field every subgraph of the type resolves needs none.
      expect(fieldGraphs(name, 'key'), `${name}.key`).toEqual([]);
    }
    expect(graphsOf(type('Customer').directives, 'join__type')).toEqual(['CRM']);
    expect(graphsOf(type('EnneoWorklog').directives, 'join__type')).toEqual(['TICKETLOG']);
  });

  it('ticketlog → crm: a ticket the gateway finds gets its customer from the CRM', async () => {
    const result = await viaSupergraph<{
      ticket: { __typename: string; key: string; title: string; crmCustomer: { id: string; name: string; email: string } | null };
    }>(`
      query OneTicketWithCustomer {
        ticket(source: ENNEO, key: "8842") {
          __typename
          key
          title
          ... on EnneoTicket { crmCustomer { id name email } }
        }
      }
    `);
    expect(result.errors).toBeUndefined();
    expect(result.data?.ticket).toEqual({
      __typename: 'EnneoTicket',
      key: '8842',
      title: enneoSeed().tickets.get(8842)?.subject,
      crmCustomer: { id: 'cust-510042', name: 'Kari Nordmann', email: 'kari.nordmann@example.no' },
    });
    expect(calls.map((c) => c.subgraph)).toEqual(['ticketlog', 'crm']);
    expect(callsTo('crm')[0]?.representations).toEqual([{ __typename: 'EnneoTicket', key: '8842' }]);
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(1);
  });

  it('crm → ticketlog: every case of every customer is fetched in one batched `_entities` request', async () => {
    const response = await viaSupergraph<{
      customers: {
        edges: {
          node: {
            id: string;
            name: string;
            cases: { key: string; title: string; timeSpentSeconds: number; worklogs: { totalCount: number } }[];
            trackerIssues: { key: string; title: string; timeSpentSeconds: number }[];
          };
        }[];
      };
    }>(`
      query CustomersAndTheirTickets {
        customers(first: 100) {
          edges { node { id name cases { key title timeSpentSeconds worklogs { totalCount } } trackerIssues { key title timeSpentSeconds } } }
        }
      }
    `);
    // In the CRM's order (by id here), so that the expectation can follow CRM_CUSTOMERS.
    const result = {
      ...response,
      data: {
        customers: (response.data?.customers.edges.map((e) => e.node) ?? [])
          .sort((a, b) => a.id.localeCompare(b.id))
          .map(({ id: _id, ...rest }) => rest),
      },
    };
    expect(result.errors).toBeUndefined();
    const trackerSeed = stack.sandbox.tracker.seed;
    const expected = [...CRM_CUSTOMERS]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((customer) => ({
        name: customer.name,
        cases: customer.cases.map((key) => {
          const worklogs = enneoSeed().worklogs.get(Number(key)) ?? [];
          return {
            key,
            title: enneoSeed().tickets.get(Number(key))?.subject,
            timeSpentSeconds: worklogs.reduce((sum, w) => sum + w.duration, 0),
            worklogs: { totalCount: worklogs.length },
          };
        }),
        trackerIssues: customer.trackerIssues.map((key) => ({
          key,
          title: trackerSeed.issues.get(key)?.summary,
          timeSpentSeconds: expectedIssueSeconds(trackerSeed, key),
        })),
      }));
    expect(result.data?.customers).toEqual(expected);
    // The showcase, spelled out: 4 enneo worklogs of 3 + 7 + 4 + 5 minutes.
    expect(result.data?.customers[0]?.cases[0]).toMatchObject({
      title: 'Double charge on invoice 2025-10',
      timeSpentSeconds: 1140,
      worklogs: { totalCount: 4 },
    });
    expect(result.data?.customers[0]?.trackerIssues[0]?.title).toBe('Refund double charge for Kari Nordmann (invoice 2025-10)');

    const enneoKeys = CRM_CUSTOMERS.flatMap((c) => c.cases);
    const trackerKeys = CRM_CUSTOMERS.flatMap((c) => c.trackerIssues);
    // One request to the CRM, then the ticketlog entity fetches: every case of every customer in
    // one `_entities` request (and every Tracker issue in one), not one request per customer.
    expect(calls.map((c) => c.subgraph)).toEqual(['crm', 'ticketlog', 'ticketlog']);
    const entityCalls = callsTo('ticketlog');
    const carrying = (typename: string) => entityCalls.filter((c) => c.representations.some((r) => r.__typename === typename));
    expect(carrying('EnneoTicket')).toHaveLength(1);
    expect(
      carrying('EnneoTicket')[0]
        ?.representations.map((r) => r.key)
        .sort(),
    ).toEqual([...enneoKeys].sort());
    expect(carrying('TrackerIssue')).toHaveLength(1);
    expect(
      carrying('TrackerIssue')[0]
        ?.representations.map((r) => r.key)
        .sort(),
    ).toEqual([...trackerKeys].sort());
    expect(entityCalls.every((c) => c.query.includes('_entities('))).toBe(true);

    // …and inside that request the gateway's per-request loaders batch the upstream calls too:
    // one enneo ticket and one worklog call per case (title, timeSpentSeconds and worklogs share
    // them), and all Tracker issues in a single `_search` — which only holds when they arrived in
    // one GraphQL request.
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(enneoKeys.length);
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.worklogs)).toBe(enneoKeys.length);
    expect(stack.sandbox.tracker.count(TRACKER_ROUTES.searchIssues)).toBe(1);
    const trackerWorklogPages = trackerKeys.reduce(
      (sum, key) => sum + Math.max(1, Math.ceil((trackerSeed.worklogs.get(key)?.length ?? 0) / TRACKER_PAGING.maxPerPage)),
      0,
    );
    expect(stack.sandbox.tracker.count(TRACKER_ROUTES.worklog)).toBe(trackerWorklogPages);
    expect(stack.sandbox.socialboards.count()).toBe(0);
  });

  it("crm → ticketlog → crm: from a customer to its worklogs and back to the customer of each worklog's ticket", async () => {
    const customer = CRM_CUSTOMERS[1]!;
    const result = await viaSupergraph<{
      customer: {
        name: string;
        cases: {
          key: string;
          worklogs: {
            edges: { node: { worklogId: number; ticket: { key: string; crmCustomer: { id: string; name: string } | null } } }[];
          };
        }[];
      };
    }>(
      `
        query CustomerWorklogsAndBack($id: ID!) {
          customer(id: $id) {
            name
            cases {
              key
              worklogs(first: 2) {
                edges { node { ... on EnneoWorklog { worklogId } ticket { key ... on EnneoTicket { crmCustomer { id name } } } } }
              }
            }
          }
        }
      `,
      { id: customer.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.customer).toEqual({
      name: customer.name,
      cases: customer.cases.map((key) => ({
        key,
        worklogs: {
          edges: (enneoSeed().worklogs.get(Number(key)) ?? []).slice(0, 2).map((w) => ({
            node: { worklogId: w.worklogId, ticket: { key, crmCustomer: { id: customer.id, name: customer.name } } },
          })),
        },
      })),
    });
    expect(result.data?.customer.cases.every((c) => c.worklogs.edges.length === 2)).toBe(true);
    // CRM (the customer), ticketlog (its cases' worklogs and their tickets), CRM again (the
    // tickets' customers) — each hop one request; the last carries one reference per worklog
    // (@apollo/gateway does not de-duplicate them; the CRM answers each).
    expect(calls.map((c) => c.subgraph)).toEqual(['crm', 'ticketlog', 'crm']);
    expect(callsTo('ticketlog')[0]?.representations).toEqual(customer.cases.map((key) => ({ __typename: 'EnneoTicket', key })));
    expect(callsTo('crm')[1]?.representations.map((r) => r.key)).toEqual(customer.cases.flatMap((key) => [key, key]));
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.worklogs)).toBe(customer.cases.length);
  });

  it('answers the README example (customer → tickets in three sources, ticket → customer)', async () => {
    const result = await viaSupergraph<unknown>(README_EXAMPLE);
    expect(result).toEqual({
      data: {
        customer: {
          name: 'Kari Nordmann',
          cases: [
            { key: '8842', title: 'Double charge on invoice 2025-10', timeSpentSeconds: 1140, worklogs: { totalCount: 4 } },
          ],
          trackerIssues: [
            { key: 'PAY-12', title: 'Refund double charge for Kari Nordmann (invoice 2025-10)', timeSpentSeconds: 44100 },
          ],
          socialboardsTickets: [{ key: '5501', title: 'Double charge on invoice 2025-10', logEvents: { totalCount: 7 } }],
        },
        ticket: {
          title: 'Refund double charge for Kari Nordmann (invoice 2025-10)',
          crmCustomer: { name: 'Kari Nordmann', email: 'kari.nordmann@example.no' },
        },
      },
    });
    // The literal above is what the README shows; it is the sandbox showcase as the seeds define it.
    expect(TRACKER_SHOWCASE.totalSeconds).toBe(44_100);
    expect(SOCIALBOARDS_SHOWCASE.entries).toHaveLength(7);
    expect(
      enneoSeed()
        .worklogs.get(8842)
        ?.map((w) => w.duration),
    ).toEqual([180, 420, 240, 300]);
  });

  it('resolves Node entities by global `id` through `_entities`, straight against the ticketlog subgraph', async () => {
    // The ids a router would hold: read them through the supergraph.
    const ids = await viaSupergraph<{
      enneo: { worklogs: { edges: { node: { id: string } }[] } };
      tracker: { worklogs: { edges: { node: { id: string } }[] } };
    }>(`
      query WorklogIds {
        enneo: ticket(source: ENNEO, key: "8842") { worklogs(first: 1) { edges { node { id } } } }
        tracker: ticket(source: TRACKER, key: "PAY-12") { worklogs(first: 1) { edges { node { id } } } }
      }
    `);
    const enneoWorklogId = ids.data?.enneo.worklogs.edges[0]?.node.id ?? '';
    const trackerWorklogId = ids.data?.tracker.worklogs.edges[0]?.node.id ?? '';
    expect(enneoWorklogId).not.toBe('');
    expect(trackerWorklogId).not.toBe('');

    const result = await viaTicketlog<{ _entities: unknown[] }>(ENTITIES, {
      representations: [
        { __typename: 'EnneoWorklog', id: enneoWorklogId },
        { __typename: 'TrackerWorklog', id: trackerWorklogId },
        { __typename: 'TrackerIssue', key: 'pay-12' },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { __typename: 'EnneoWorklog', id: enneoWorklogId, worklogId: 20001, durationSeconds: 180, ticket: { key: '8842' } },
      {
        __typename: 'TrackerWorklog',
        id: trackerWorklogId,
        duration: 'PT1H30M',
        durationSeconds: 5400,
        ticket: { key: 'PAY-12' },
      },
      { __typename: 'TrackerIssue', key: 'PAY-12', title: 'Refund double charge for Kari Nordmann (invoice 2025-10)' },
    ]);
  });

  it('answers garbage representations with null or BAD_USER_INPUT at their own position; the rest of the batch resolves', async () => {
    const trackerWorklogId = encodeGlobalId('TrackerWorklog', 'PAY-12:1');
    const representations = [
      { __typename: 'EnneoTicket', key: '8842' }, // fine
      { __typename: 'EnneoTicket', key: '8999' }, // no such ticket → null, no error
      { __typename: 'EnneoTicket', key: 'PAY-12' }, // not an enneo key
      { __typename: 'EnneoTicket' }, // key missing
      { __typename: 'EnneoWorklog', id: 'garbage!' }, // not an id this gateway issued
      { __typename: 'EnneoWorklog', id: trackerWorklogId }, // the id of another type
      { __typename: 'EnneoWorklog', id: encodeGlobalId('EnneoWorklog', '8842:99999') }, // no such worklog → null, no error
      { __typename: 'TrackerWorklog', id: 42 }, // id not a string
    ];
    const result = await viaTicketlog<{ _entities: ({ __typename: string } | null)[] }>(ENTITIES, { representations });
    expect(result.data?._entities).toEqual([
      { __typename: 'EnneoTicket', key: '8842', title: 'Double charge on invoice 2025-10' },
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    const errorAt = new Map((result.errors ?? []).map((e) => [e.path?.join('.'), e.extensions?.code]));
    expect(errorAt).toEqual(new Map([2, 3, 4, 5, 7].map((i) => [`_entities.${i}`, 'BAD_USER_INPUT'])));
    expect(stack.sandbox.enneo.viewingViolations).toEqual([]);
  });

  it('answers an unroutable representation (unknown or missing __typename) with BAD_USER_INPUT at its position', async () => {
    const representations = [{ __typename: 'NoSuchType', id: 'x' }, { __typename: 'EnneoTicket', key: '8842' }, { key: '8842' }];
    const { status, text } = await stack.post({ query: ENTITIES, variables: { representations } });
    expect(status).toBe(200);
    const body = JSON.parse(text) as GraphQLResponse<{ _entities: unknown[] }>;
    // The routable one still resolves; each other one fails alone, as the caller's mistake.
    expect(body.data?._entities).toHaveLength(3);
    expect(body.data?._entities[1]).not.toBeNull();
    expect(body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['_entities', 0], 'BAD_USER_INPUT'],
      [['_entities', 2], 'BAD_USER_INPUT'],
    ]);
    // …and the gateway keeps serving.
    const again = await viaTicketlog<{ _entities: unknown[] }>(ENTITIES, {
      representations: [{ __typename: 'EnneoTicket', key: '8842' }],
    });
    expect(again.data?._entities).toHaveLength(1);
  });
});
