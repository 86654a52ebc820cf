import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { CRM_CUSTOMERS, type CrmCustomer } from './crm-data.js';

/**
 * The example CRM subgraph, written the way another team would write theirs (`@apollo/subgraph`
 * over graphql-yoga, not Pothos), and Relay-style like the ticketlog gateway: its own `Node`,
 * `Query.node` and `PageInfo @shareable`. Its SDL is crm.graphql (what Rover composes).
 */

/** The CRM's subgraph SDL, as Rover reads it from crm.graphql. */
export const crmTypeDefs = readFileSync(new URL('./crm.graphql', import.meta.url), 'utf8');

/** Most customers one page holds. */
export const MAX_CUSTOMERS_PAGE = 100;

type TicketField = 'cases' | 'trackerIssues' | 'socialboardsTickets';
const TYPENAME: Record<TicketField, string> = {
  cases: 'EnneoTicket',
  trackerIssues: 'TrackerIssue',
  socialboardsTickets: 'SocialboardsTicket',
};

/** A reference the query planner completes from the ticketlog subgraph: only the key. */
const refs = (customer: CrmCustomer, field: TicketField) => customer[field].map((key) => ({ __typename: TYPENAME[field], key }));
const ownerOf = (field: TicketField) => (ticket: { key: string }) =>
  CRM_CUSTOMERS.find((c) => c[field].includes(ticket.key)) ?? null;
const ticketResolvers = (field: TicketField) => ({
  __resolveReference: (ref: { key: string }) => ({ key: ref.key }),
  crmCustomer: ownerOf(field),
});
const customerById = (id: string) => CRM_CUSTOMERS.find((c) => c.id === id) ?? null;

const encodeCursor = (index: number) => Buffer.from(`customers:${index}`, 'utf8').toString('base64url');
function decodeCursor(cursor: string): number {
  const match = /^customers:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new GraphQLError('after is not a cursor of customers', { extensions: { code: 'BAD_USER_INPUT' } });
  return Number(match[1]);
}

/** One Relay page of customers (sorted by name), offset cursors. */
function customersPage(first: number, after: string | null | undefined) {
  if (first < 0 || first > MAX_CUSTOMERS_PAGE) {
    throw new GraphQLError(`first must be between 0 and ${MAX_CUSTOMERS_PAGE} (got ${first})`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const sorted = [...CRM_CUSTOMERS].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const start = after ? decodeCursor(after) + 1 : 0;
  const edges = sorted.slice(start, start + first).map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return {
    edges,
    totalCount: sorted.length,
    pageInfo: {
      hasNextPage: start + first < sorted.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The CRM's executable subgraph schema (with `_service` and `_entities`). */
export const crmSchema = buildSubgraphSchema({
  typeDefs: parse(crmTypeDefs),
  resolvers: {
    Query: {
      node: (_: unknown, { id }: { id: string }) => customerById(id),
      customers: (_: unknown, { first, after }: { first: number; after?: string | null }) => customersPage(first, after),
      customer: (_: unknown, { id }: { id: string }) => customerById(id),
    },
    // The CRM's only Node type.
    Node: { __resolveType: () => 'Customer' },
    CustomerTicket: { __resolveType: (ref: { __typename: string }) => ref.__typename },
    Customer: {
      __resolveReference: (ref: { id: string }) => customerById(ref.id),
      cases: (c: CrmCustomer) => refs(c, 'cases'),
      trackerIssues: (c: CrmCustomer) => refs(c, 'trackerIssues'),
      socialboardsTickets: (c: CrmCustomer) => refs(c, 'socialboardsTickets'),
      tickets: (c: CrmCustomer) => [...refs(c, 'cases'), ...refs(c, 'trackerIssues'), ...refs(c, 'socialboardsTickets')],
    },
    EnneoTicket: ticketResolvers('cases'),
    TrackerIssue: ticketResolvers('trackerIssues'),
    SocialboardsTicket: ticketResolvers('socialboardsTickets'),
  } as never,
});

export interface CrmSubgraph {
  /** GraphQL endpoint, e.g. http://127.0.0.1:4001/graphql */
  url: string;
  /** Every request body the CRM received (a router's `_entities` calls among them). */
  requests: { query: string; variables?: Record<string, unknown> }[];
  close(): Promise<void>;
}

export interface CrmSubgraphOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
}

/** Serves the CRM subgraph (graphql-yoga over node:http) on loopback. */
export async function startCrmSubgraph(options: CrmSubgraphOptions = {}): Promise<CrmSubgraph> {
  const requests: CrmSubgraph['requests'] = [];
  const yoga = createYoga({
    schema: crmSchema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: false,
    plugins: [
      {
        onParams: ({ params }) =>
          void requests.push({ query: params.query ?? '', variables: params.variables as Record<string, unknown> }),
      },
    ],
  });
  const server = createServer(yoga);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  return {
    url: `http://${host}:${(server.address() as AddressInfo).port}/graphql`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
