import { resolveNodes } from '@pothos/plugin-relay';
import { brandNode, builder, MAX_NODE_IDS } from './builder.js';
import { assertNodeType } from './global-id.js';
import { badUserInput } from './user-input.js';

/**
 * `ticketlogNode(id)` / `ticketlogNodes(ids)`: the refetch-by-id entry points a supergraph client
 * uses for this gateway's objects. In a supergraph `Query.node` cannot come from two subgraphs
 * (each one's `node` returns its own types: SHAREABLE_HAS_MISMATCHED_RUNTIME_TYPES), so the
 * subgraph SDL leaves `node`/`nodes` out (see subgraph-sdl.ts) and offers these instead, under a
 * name no other subgraph will define. Direct clients may use either; both resolve alike.
 */

builder.queryFields((t) => ({
  ticketlogNode: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description:
      "Refetches one of this gateway's objects by its global id; null when its source no longer has it. The same as `node(id)`, under a name that stays unique in a supergraph.",
    args: { id: t.arg.globalID({ required: true }) },
    resolve: async (_root, { id }, ctx, info) => {
      assertNodeType(info.schema, id.typename);
      const [node] = await resolveNodes(builder, ctx, info, [id]);
      return brandNode((await node) ?? null, id.typename);
    },
  }),
  ticketlogNodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: `Refetches several of this gateway's objects by global id, in the order given (at most ${MAX_NODE_IDS}). The same as \`nodes(ids)\`, under a name that stays unique in a supergraph.`,
    args: { ids: t.arg.globalIDList({ required: true }) },
    resolve: async (_root, { ids }, ctx, info) => {
      if (ids.length > MAX_NODE_IDS) throw badUserInput(`ids may hold at most ${MAX_NODE_IDS} ids (got ${ids.length}); split the request`);
      for (const id of ids) assertNodeType(info.schema, id.typename);
      const nodes = await resolveNodes(builder, ctx, info, ids);
      return Promise.all(nodes.map(async (node, i) => brandNode(await node, ids[i]!.typename)));
    },
  }),
}));
