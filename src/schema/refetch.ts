import { brandWithType } from '@pothos/core';
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { assertNodeType, checkGlobalId } from './global-id.js';
import { requireNodeType } from './scopes.js';
import { badUserInput } from './user-input.js';

/**
 * Refetch by global id — shared by `node`/`nodes` and their supergraph names
 * `ticketlogNode`/`ticketlogNodes`: the argument checks run before execution, a forbidden id is
 * FORBIDDEN at its own position with no upstream call, and every object comes back branded.
 */

/** Most ids one `nodes` call takes. */
export const MAX_NODE_IDS = 100;

interface DecodedId {
  typename: string;
  id: string;
}

/**
 * The relay plugin brands a node with its type only when it resolves it itself; a node served
 * twice in one request (the loader's cache) comes back unbranded the second time, and the
 * `Node` interface then fails with "Abstract type Node must resolve to an Object type". Branding
 * the settled object here closes that gap; branding twice with the same type is harmless.
 */
export function brandNode<T>(node: T, typename: string): T {
  // A type name is what the plugin itself brands with (the typed signature asks for a type ref).
  if (node !== null && typeof node === 'object') brandWithType(node, typename as never);
  return node;
}

/** The pre-execution check of `ids` (count and each id's form). */
export function checkNodeIds(schema: GraphQLSchema, ids: readonly string[]): void {
  if (ids.length > MAX_NODE_IDS)
    throw badUserInput(`ids may hold at most ${MAX_NODE_IDS} ids (got ${ids.length}); split the request`);
  for (const id of ids) checkGlobalId(schema, id);
}

/** One object; FORBIDDEN when the caller may not read its source. */
export async function refetchNode<T>(
  ctx: Context,
  info: GraphQLResolveInfo,
  id: DecodedId,
  load: (id: DecodedId) => T | Promise<T>,
): Promise<T> {
  assertNodeType(info.schema, id.typename);
  requireNodeType(ctx, id.typename);
  return brandNode(await load(id), id.typename);
}

/** Several objects in the order asked; loads only the ids the caller may read. */
export async function refetchNodes<T>(
  ctx: Context,
  info: GraphQLResolveInfo,
  ids: readonly DecodedId[],
  load: (ids: DecodedId[]) => Promise<readonly (T | Promise<T>)[]>,
): Promise<(T | Error)[]> {
  if (ids.length > MAX_NODE_IDS)
    throw badUserInput(`ids may hold at most ${MAX_NODE_IDS} ids (got ${ids.length}); split the request`);
  for (const id of ids) assertNodeType(info.schema, id.typename);
  const refusals = ids.map((id) => {
    try {
      requireNodeType(ctx, id.typename);
      return undefined;
    } catch (error) {
      return error as Error;
    }
  });
  const allowed = await load(ids.filter((_, i) => !refusals[i]));
  let next = 0;
  // An Error item is that position's error; the others resolve.
  return Promise.all(ids.map(async (id, i) => refusals[i] ?? brandNode(await allowed[next++]!, id.typename)));
}
