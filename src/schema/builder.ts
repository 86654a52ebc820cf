import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import { DateTimeResolver, JSONObjectResolver, JSONResolver } from 'graphql-scalars';
import type { Context } from '../context.js';
import { CalendarDateScalar } from './calendar-date.js';
import { assertNodeType, decodeGlobalId, encodeGlobalId } from './global-id.js';
import { badUserInput } from './user-input.js';

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
      resolve: (_root, { id }, _ctx, info, resolveNode) => {
        assertNodeType(info.schema, id.typename);
        return resolveNode(id);
      },
    },
    nodesQueryOptions: {
      description: `Refetches several objects by global id, in the order given (at most ${MAX_NODE_IDS}).`,
      resolve: (_root, { ids }, _ctx, info, resolveNodes) => {
        if (ids.length > MAX_NODE_IDS) throw badUserInput(`ids may hold at most ${MAX_NODE_IDS} ids (got ${ids.length}); split the request`);
        for (const id of ids) assertNodeType(info.schema, id.typename);
        return resolveNodes(ids);
      },
    },
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);
builder.addScalarType('JSON', JSONResolver);
builder.addScalarType('Date', CalendarDateScalar);

builder.queryType({});
