import type { MaybePromise, ObjectRef } from '@pothos/core';
import { type GraphQLSchema, isUnionType } from 'graphql';
import type { Context } from '../context.js';
import { isRecord } from '../transport/field-readers.js';
import type { Source } from '../sources/source.js';
import { builder } from './builder.js';
import { decodeGlobalId } from './global-id.js';
import { requireNodeType, requireSource } from './scopes.js';
import { checkTicketKey, loadTicket, type TicketModel } from './ticket-source.js';
import { badUserInput } from './user-input.js';

/**
 * Apollo Federation entities. Tickets are keyed by `key` (what other services store: "8821",
 * "PAY-12"); every other Node type by its global `id`, loaded the same way `node(id)` loads it.
 */

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;
type EntityRef<T> = ObjectRef<BuilderTypes, T>;

/**
 * A representation's key field. Routers always send it as a string, but `_entities` is an open
 * door (`_Any`): a missing or non-string key is the caller's mistake, not an internal error.
 */
function keyField(representation: object, field: string, typename: string): string {
  const value: unknown = (representation as Record<string, unknown>)[field];
  if (typeof value !== 'string') throw badUserInput(`A ${typename} representation needs "${field}" as a string`);
  return value;
}

// The resolvers are `async` on purpose: @apollo/subgraph calls them inside one `map` over all
// representations, so a synchronous throw (a malformed key) would fail the whole `_entities`
// field — every entity of the router's batch null. A rejected promise fails only its own
// position (`_entities.<i>`), and the rest of the batch still resolves.

/** Makes a ticket type an entity keyed by `key`. */
export function ticketEntity<T extends TicketModel>(ref: EntityRef<T>, source: T['source']): void {
  builder.asEntity(ref, {
    key: builder.selection<{ key: string }>('key'),
    resolveReference: async (representation, ctx) => {
      const key = keyField(representation, 'key', ref.name);
      const checked = checkTicketKey({ source: source as Source, key });
      requireSource(ctx, checked.source);
      return loadTicket(ctx, checked) as Promise<T | null>;
    },
  });
}

/** Makes a Node type an entity keyed by its global `id`; `load` is the type's `node(id)` loader. */
export function nodeEntity<T>(ref: EntityRef<T>, load: (localId: string, ctx: Context) => MaybePromise<T | null>): void {
  builder.asEntity(ref, {
    key: builder.selection<{ id: string }>('id'),
    resolveReference: async (representation, ctx) => {
      const id = keyField(representation, 'id', ref.name);
      const { typename, id: localId } = decodeGlobalId(id);
      if (typename !== ref.name) throw badUserInput(`"${id.slice(0, 100)}" is not the id of a ${ref.name}`);
      requireNodeType(ctx, typename);
      return load(localId, ctx);
    },
  });
}

/**
 * Makes `_entities` answer a representation it cannot route (no `__typename`, or one that is not
 * an entity of this subgraph) with BAD_USER_INPUT at that position, instead of @apollo/subgraph's
 * plain Error that fails the whole batch as an internal error.
 */
export function guardEntities(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const entityUnion = schema.getType('_Entity');
  if (!field?.resolve || !isUnionType(entityUnion)) return schema;
  const entityTypes = new Set(entityUnion.getTypes().map((type) => type.name));
  const resolveEntities = field.resolve;
  field.resolve = (source, args, ctx, info) => {
    const representations = args.representations as unknown[];
    const routable = representations.map((r) => isRecord(r) && typeof r.__typename === 'string' && entityTypes.has(r.__typename));
    const resolved = resolveEntities(
      source,
      { representations: representations.filter((_, i) => routable[i]) },
      ctx,
      info,
    ) as unknown[];
    let next = 0;
    return representations.map((_, i) =>
      routable[i]
        ? resolved[next++]
        : Promise.reject(badUserInput(`representations[${i}] needs a __typename naming an entity type of this subgraph`)),
    );
  };
  return schema;
}
