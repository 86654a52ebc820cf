import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';

/**
 * A second Apollo Federation 2 subgraph for the supergraph test, written the way another team
 * would write theirs (`@apollo/subgraph`, not Pothos): a CRM that knows customers and which
 * tickets are theirs. It stores ticket *keys* only; everything else about a ticket comes from the
 * ticketlog gateway through `_entities`. In return it adds `crmCustomer` to the three ticket types.
 */

// A plain string, not a `graphql`/`gql` tag: this is not an operation against the ticketlog schema.
export const crmTypeDefs = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type Query {
    customers: [Customer!]!
    customer(id: ID!): Customer
  }

  "A customer as the CRM knows them; the cases live in enneo, Yandex Tracker and Socialboards."
  type Customer @key(fields: "id") {
    id: ID!
    name: String!
    email: String!
    cases: [EnneoTicket!]!
    trackerIssues: [TrackerIssue!]!
    socialboardsTickets: [SocialboardsTicket!]!
  }

  type EnneoTicket @key(fields: "key") { key: String! crmCustomer: Customer }
  type TrackerIssue @key(fields: "key") { key: String! crmCustomer: Customer }
  type SocialboardsTicket @key(fields: "key") { key: String! crmCustomer: Customer }
`;

export interface CrmCustomer {
  id: string;
  name: string;
  email: string;
  /** enneo ticket ids, Tracker issue keys and Socialboards ticket ids, as strings (ticket `key`s). */
  cases: string[];
  trackerIssues: string[];
  socialboardsTickets: string[];
}

/** Kari Nordmann is the sandbox's cross-source showcase (enneo 8842, Tracker PAY-12, Socialboards 5501). */
export const CRM_CUSTOMERS: readonly CrmCustomer[] = [
  { id: 'cust-510042', name: 'Kari Nordmann', email: 'kari.nordmann@example.no', cases: ['8842'], trackerIssues: ['PAY-12'], socialboardsTickets: ['5501'] },
  { id: 'cust-520311', name: 'Lars Berg', email: 'lars.berg@example.no', cases: ['8821', '8803'], trackerIssues: ['PAY-10'], socialboardsTickets: [] },
];

type TicketField = 'cases' | 'trackerIssues' | 'socialboardsTickets';
const ownerOf = (field: TicketField) => (ticket: { key: string }) =>
  CRM_CUSTOMERS.find((c) => c[field].includes(ticket.key)) ?? null;
/** A reference the query planner completes from the ticketlog subgraph: only the key. */
const refs = (keys: string[]) => keys.map((key) => ({ key }));
const ticketResolvers = (field: TicketField) => ({
  __resolveReference: (ref: { key: string }) => ({ key: ref.key }),
  crmCustomer: ownerOf(field),
});

const schema = buildSubgraphSchema({
  typeDefs: parse(crmTypeDefs),
  resolvers: {
    Query: {
      customers: () => CRM_CUSTOMERS,
      customer: (_: unknown, { id }: { id: string }) => CRM_CUSTOMERS.find((c) => c.id === id) ?? null,
    },
    Customer: {
      __resolveReference: (ref: { id: string }) => CRM_CUSTOMERS.find((c) => c.id === ref.id) ?? null,
      cases: (c: CrmCustomer) => refs(c.cases),
      trackerIssues: (c: CrmCustomer) => refs(c.trackerIssues),
      socialboardsTickets: (c: CrmCustomer) => refs(c.socialboardsTickets),
    },
    EnneoTicket: ticketResolvers('cases'),
    TrackerIssue: ticketResolvers('trackerIssues'),
    SocialboardsTicket: ticketResolvers('socialboardsTickets'),
  },
});

export interface CrmSubgraph {
  /** GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql */
  url: string;
  close(): Promise<void>;
}

/** Serves the CRM subgraph on a free loopback port (graphql-yoga over node:http). */
export async function startCrmSubgraph(): Promise<CrmSubgraph> {
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, logging: false });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
