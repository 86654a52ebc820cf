import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { type DefinitionNode, type DirectiveNode, Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENNEO_ROUTES } from '../../src/sandbox/enneo.js';
import { TRACKER_ROUTES } from '../../src/sandbox/tracker.js';
import { expectedIssueSeconds } from '../../src/sandbox/tracker-seed.js';
import { TRACKER_PAGING } from '../../src/upstreams/tracker/wire.js';
import { type Stack, startStack } from '../support/stack.js';
import { CRM_CUSTOMERS, type CrmSubgraph, crmTypeDefs, startCrmSubgraph } from './crm-subgraph.js';

/**
 * Issue 6 item 2: the ticketlog gateway as one subgraph of a real supergraph. The gateway and a
 * CRM subgraph (./crm-subgraph.ts) run on real ports; the ticketlog SDL is read from the running
 * gateway (`_service { sdl }`), composed with the CRM's by @apollo/composition, and served by
 * @apollo/gateway inside @apollo/server. Queries cross the subgraphs both ways, and the
 * simulators' request logs show the entity fetches are batched.
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
interface SubgraphCall {
  subgraph: string;
  query: string;
  representations: { __typename: string; [key: string]: unknown }[];
}

const HEADER_COMMENT = /^(#[^\n]*\n)+\n/;
const nameOf = (node: { name?: { value: string } }) => node.name?.value ?? '';
const byName = <T extends { name?: { value: string } }>(a: T, b: T) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0);

/** An SDL with its type definitions in name order, printed by graphql-js: comparable text. */
function normaliseSdl(sdl: string): string {
  const document = parse(sdl);
  const rank = (d: DefinitionNode) => (d.kind === Kind.SCHEMA_DEFINITION || d.kind === Kind.SCHEMA_EXTENSION ? 0 : 1);
  const definitions = [...document.definitions].sort((a, b) => rank(a) - rank(b) || byName(a as never, b as never));
  return print({ ...document, definitions });
}

/** The supergraph's `@join__field(graph: …)` / `@join__type(graph: …)` graph names. */
const graphsOf = (directives: readonly DirectiveNode[] | undefined, name: string) =>
  (directives ?? [])
    .filter((d) => d.name.value === name)
    .map((d) => d.arguments?.find((a) => a.name.value === 'graph')?.value)
    .map((v) => (v?.kind === Kind.ENUM ? v.value : '?'));

describe('supergraph: ticketlog + a CRM subgraph behind @apollo/gateway, on real ports', () => {
  let stack: Stack;
  let crm: CrmSubgraph;
  let apollo: ApolloServer | undefined;
  let gatewayUrl: string;
  let serviceSdl: string;
  let supergraphSdl: string;
  const calls: SubgraphCall[] = [];
  const sims = () => [stack.sandbox.enneo, stack.sandbox.socialboards, stack.sandbox.tracker] as const;
  const enneoSeed = () => stack.sandbox.enneo.seed;

  /** POSTs an operation to the Apollo gateway. */
  async function viaSupergraph<D>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<D>> {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as GraphQLResponse<D>;
  }

  /** POSTs an operation straight to the ticketlog gateway, as a supergraph router would. */
  async function viaTicketlog<D>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<D>> {
    const { status, text } = await stack.post({ query, variables });
    expect(status).toBe(200);
    return JSON.parse(text) as GraphQLResponse<D>;
  }

  const callsTo = (subgraph: string) => calls.filter((c) => c.subgraph === subgraph);

  beforeAll(async () => {
    [stack, crm] = await Promise.all([startStack(), startCrmSubgraph()]);

    // What a router's `rover subgraph introspect` reads: the SDL the running subgraph serves.
    const sdl = await viaTicketlog<{ _service: { sdl: string } }>('{ _service { sdl } }');
    serviceSdl = sdl.data?._service.sdl ?? '';

    const composed = composeServices([
      { name: 'ticketlog', url: stack.url, typeDefs: parse(serviceSdl) },
      { name: 'crm', url: crm.url, typeDefs: parse(crmTypeDefs) },
    ]);
    if (composed.errors) throw new Error(`composition failed:\n${composed.errors.map((e) => e.message).join('\n')}`);
    console.log(`supergraph composed: ${composed.hints.length} composition hint(s)${composed.hints.map((h) => `\n  ${h.definition.code}: ${h.message}`).join('')}`);
    supergraphSdl = composed.supergraphSdl;

    const gateway = new ApolloGateway({
      supergraphSdl,
      logger: { debug: () => {}, info: () => {}, warn: console.warn, error: console.error },
      // The gateway's own extension point for subgraph requests: it records each one (the request
      // still goes over HTTP to the real subgraph), so a test can see how the plan fetched.
      buildService: ({ name, url }) =>
        new RemoteGraphQLDataSource({
          url,
          willSendRequest({ request }) {
            const representations = (request.variables?.representations ?? []) as SubgraphCall['representations'];
            calls.push({ subgraph: name, query: request.query ?? '', representations });
          },
        }),
    });
    apollo = new ApolloServer({ gateway });
    ({ url: gatewayUrl } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' } }));
  });

  afterAll(async () => {
    // ApolloServer.stop() also stops the gateway it runs (ApolloGateway.stop()).
    await apollo?.stop();
    await Promise.all([crm?.close(), stack?.close()]);
  });

  beforeEach(() => {
    calls.length = 0;
    for (const sim of sims()) sim.resetRequests();
  });

  it('serves the committed schema.graphql as `_service { sdl }`', () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toMatch(HEADER_COMMENT);
    expect(serviceSdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.6"');
    expect(normaliseSdl(serviceSdl)).toBe(normaliseSdl(committed.replace(HEADER_COMMENT, '')));
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
      expect(fieldGraphs(name, 'key').sort(), `${name}.key`).toEqual(['CRM', 'TICKETLOG']);
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
    const result = await viaSupergraph<{
      customers: {
        name: string;
        cases: { key: string; title: string; timeSpentSeconds: number; worklogs: { totalCount: number } }[];
        trackerIssues: { key: string; title: string; timeSpentSeconds: number }[];
      }[];
    }>(`
      query CustomersAndTheirTickets {
        customers {
          name
          cases { key title timeSpentSeconds worklogs { totalCount } }
          trackerIssues { key title timeSpentSeconds }
        }
      }
    `);
    expect(result.errors).toBeUndefined();
    const trackerSeed = stack.sandbox.tracker.seed;
    const expected = CRM_CUSTOMERS.map((customer) => ({
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
    // The showcase, spelled out: 4 enneo worklogs of 3 + 7 + 4 + 5 minutes; PAY-12's 1 h 30 + 45 min + …
    expect(result.data?.customers[0]?.cases[0]).toMatchObject({ title: 'Double charge on invoice 2025-10', timeSpentSeconds: 1140, worklogs: { totalCount: 4 } });
    expect(result.data?.customers[0]?.trackerIssues[0]?.title).toBe('Refund double charge for Kari Nordmann (invoice 2025-10)');

    const enneoKeys = CRM_CUSTOMERS.flatMap((c) => c.cases);
    const trackerKeys = CRM_CUSTOMERS.flatMap((c) => c.trackerIssues);
    console.log(calls.map((c) => `${c.subgraph}: ${c.representations.map((r) => `${r.__typename}:${String(r.key)}`).join(', ')}`).join('\n'));
    // One request to the CRM, then the ticketlog entity fetches: every case of every customer in
    // one `_entities` request (and every Tracker issue in one), not one request per customer.
    expect(calls[0]?.subgraph).toBe('crm');
    const entityCalls = callsTo('ticketlog');
    const carrying = (typename: string) => entityCalls.filter((c) => c.representations.some((r) => r.__typename === typename));
    expect(carrying('EnneoTicket')).toHaveLength(1);
    expect(carrying('EnneoTicket')[0]?.representations.map((r) => r.key).sort()).toEqual([...enneoKeys].sort());
    expect(carrying('TrackerIssue')).toHaveLength(1);
    expect(carrying('TrackerIssue')[0]?.representations.map((r) => r.key).sort()).toEqual([...trackerKeys].sort());
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
});
