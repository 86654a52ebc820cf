import { resolveNodes } from '@pothos/plugin-relay';
import { checkArgs } from './argument-precheck.js';
import { builder } from './builder.js';
import { checkGlobalId } from './global-id.js';
import { checkNodeIds, MAX_NODE_IDS, refetchNode, refetchNodes } from './refetch.js';

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
    extensions: checkArgs((args, schema) => checkGlobalId(schema, args.id as string)),
    resolve: (_root, { id }, ctx, info) =>
      refetchNode(ctx, info, id, async (one) => (await (await resolveNodes(builder, ctx, info, [one]))[0]) ?? null),
  }),
  ticketlogNodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: `Refetches several of this gateway's objects by global id, in the order given (at most ${MAX_NODE_IDS}). The same as \`nodes(ids)\`, under a name that stays unique in a supergraph.`,
    args: { ids: t.arg.globalIDList({ required: true }) },
    extensions: checkArgs((args, schema) => checkNodeIds(schema, args.ids as string[])),
    resolve: (_root, { ids }, ctx, info) =>
      refetchNodes(ctx, info, ids, (allowed) => resolveNodes(builder, ctx, info, allowed)) as never,
  }),
}));
