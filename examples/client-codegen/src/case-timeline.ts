import { graphql } from './gql/index.js';
import type { CaseTimelineQuery } from './gql/graphql.js';

/**
 * What a frontend writes: an operation in `graphql(...)`, typed by GraphQL Code Generator from the
 * gateway's schema (../codegen.ts), sent with any client (here plain `fetch`).
 */
export const CaseTimelineDocument = graphql(`
  query CaseTimeline($refs: [TicketRef!]!, $first: Int) {
    timeline(refs: $refs, first: $first) {
      totalCount
      edges {
        node {
          __typename
          occurredAt
          source
          summary
          actor { name kind }
          ... on Worklog { durationSeconds }
          ... on EnneoWorklog { date raw }
        }
      }
    }
  }
`);

/** One line per entry: the typed result needs no casts (occurredAt is a string, raw an object). */
export function describeTimeline(data: CaseTimelineQuery): string[] {
  return data.timeline.edges.map(({ node }) => {
    const when = new Date(node.occurredAt).toISOString();
    const extra = node.__typename === 'EnneoWorklog' ? ` (${node.date}, ${Object.keys(node.raw ?? {}).length} raw fields)` : '';
    return `${when} ${node.source} ${node.summary}${extra}`;
  });
}
