import { buildSchema, type GraphQLResolveInfo, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsPath } from '../../src/schema/selection.js';

/**
 * `selectsPath` decides whether a resolver loads ahead what a deeper field will read (the report
 * loads its page's tickets first): it must see the field through aliases and fragments, and must
 * not see it where `@skip`/`@include` leave it out, or a query would pay for calls it never reads.
 */
const schema = buildSchema(`
  type Query { page: Page }
  type Page { edges: [Edge!]! }
  type Edge { node: Row! cursor: String }
  type Row { id: Int ticket: Ticket }
  type Ticket { title: String }
`);

async function seen(query: string, variableValues?: Record<string, unknown>): Promise<boolean> {
  let answer: boolean | undefined;
  const result = await graphql({
    schema,
    source: query,
    variableValues,
    rootValue: {
      page: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        answer = selectsPath(info, ['edges', 'node', 'ticket']);
        return { edges: [] };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return answer!;
}

describe('selectsPath', () => {
  it('finds the field level by level, under aliases, inline and named fragments', async () => {
    expect(await seen('{ page { edges { node { ticket { title } } } } }')).toBe(true);
    expect(await seen('{ page { e: edges { n: node { t: ticket { title } } } } }')).toBe(true);
    expect(await seen('{ page { edges { ... on Edge { node { ... R } } } } } fragment R on Row { ticket { title } }')).toBe(true);
    expect(await seen('{ page { ... P } } fragment P on Page { edges { node { ticket { title } } } }')).toBe(true);
  });

  it('does not find it when the query does not select it', async () => {
    expect(await seen('{ page { edges { node { id } } } }')).toBe(false);
    expect(await seen('{ page { edges { cursor } } }')).toBe(false);
  });

  it('leaves out what @skip and @include leave out, on the field or on a fragment, with variables', async () => {
    const q = 'query($on: Boolean!) { page { edges { node { id ticket @include(if: $on) { title } } } } }';
    expect(await seen(q, { on: false })).toBe(false);
    expect(await seen(q, { on: true })).toBe(true);
    expect(await seen('{ page { edges @skip(if: true) { node { ticket { title } } } } }')).toBe(false);
    expect(await seen('{ page { edges { node { ... on Row @include(if: false) { ticket { title } } id } } } }')).toBe(false);
    expect(await seen('{ page { edges { node { ...R @skip(if: true) id } } } } fragment R on Row { ticket { title } }')).toBe(
      false,
    );
    // Selected twice, once skipped: graphql-js still resolves it, so it counts.
    expect(await seen('{ page { edges { node { ticket @skip(if: true) { title } ticket { title } } } } }')).toBe(true);
  });
});
