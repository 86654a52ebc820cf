import SchemaBuilder, { brandWithType } from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import { DateTimeResolver, JSONObjectResolver, JSONResolver } from 'graphql-scalars';
import type { Context } from '../context.js';
import { CalendarDateScalar } from './calendar-date.js';
import { assertNodeType, decodeGlobalId, encodeGlobalId } from './global-id.js';
import { badUserInput } from './user-input.js';

/**
 * Marks a loaded object with its GraphQL type so that `Node` can resolve it. The relay plugin
 * brands what it loads, but an id asked for twice in one request (two `node` fields, or
 * `node(id)` beside `nodes([id])`) gets the first load's pending promise from the plugin's
 * per-request cache, which can settle before the first load brands the object: graphql-js then
 * fails with "Abstract type Node must resolve to an Object type". Branding the settled object
 * here closes that gap; branding twice with the same type is harmless.
 */
export function brandNode<T>(node: T, typename: string): T {
  // A type name is what the plugin itself brands with (the typed signature asks for a type ref).
  if (node !== null && typeof node === 'object') brandWithType(node, typename as never);
  return node;
}

/** Most ids one `nodes` call takes. */
export const MAX_NODE_IDS = 100;

/**
 * Plugins, scalars and root types. No domain type lives here: each has its own file, and
 * `schema/index.ts` assembles them.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    /** UTC instant; leaves the gateway as ISO 8601 with `Z`. */
    DateTime: { Input: Date; Output: Date };
    /** Calendar date `YYYY-MM-DD`, kept as a string so no time zone can shift it. */
    Date: { Input: string; Output: string };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [DirectivePlugin, RelayPlugin, FederationPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // Every Relay-style subgraph defines this same PageInfo; @shareable lets a supergraph compose
    // it from all of them (issue 11). Its four fields are the Relay spec's, identical everywhere.
    pageInfoTypeOptions: { shareable: true },
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    nodeQueryOptions: {
      description: 'Refetches any object by its global id; null when its source no longer has it.',
      resolve: async (_root, { id }, _ctx, info, resolveNode) => {
        assertNodeType(info.schema, id.typename);
        return brandNode(await resolveNode(id), id.typename);
      },
    },
    nodesQueryOptions: {
      description: `Refetches several objects by global id, in the order given (at most ${MAX_NODE_IDS}).`,
      resolve: async (_root, { ids }, _ctx, info, resolveNodes) => {
        if (ids.length > MAX_NODE_IDS) throw badUserInput(`ids may hold at most ${MAX_NODE_IDS} ids (got ${ids.length}); split the request`);
        for (const id of ids) assertNodeType(info.schema, id.typename);
        const nodes = await resolveNodes(ids);
        return Promise.all(nodes.map(async (node, i) => brandNode(await node, ids[i]!.typename)));
      },
    },
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);
builder.addScalarType('JSON', JSONResolver);
builder.addScalarType('Date', CalendarDateScalar);

builder.queryType({});
