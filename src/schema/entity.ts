import type { MaybePromise, ObjectRef } from '@pothos/core';
import type { Context } from '../context.js';
import type { Source } from '../upstreams/errors.js';
import { builder } from './builder.js';
import { decodeGlobalId } from './global-id.js';
import { checkTicketKey, loadTicket, type TicketModel } from './ticket-source.js';
import { badUserInput } from './user-input.js';

/**
 * Apollo Federation entities. Tickets are keyed by `key` (what other services store: "8821",
 * "PAY-12"); every other Node type by its global `id`, loaded the same way `node(id)` loads it.
 */

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;
type EntityRef<T> = ObjectRef<BuilderTypes, T>;

/** Makes a ticket type an entity keyed by `key`. */
export function ticketEntity<T extends TicketModel>(ref: EntityRef<T>, source: T['source']): void {
  builder.asEntity(ref, {
    key: builder.selection<{ key: string }>('key'),
    resolveReference: ({ key }, ctx) => loadTicket(ctx, checkTicketKey({ source: source as Source, key })) as Promise<T | null>,
  });
}

/** Makes a Node type an entity keyed by its global `id`; `load` is the type's `node(id)` loader. */
export function nodeEntity<T>(ref: EntityRef<T>, load: (localId: string, ctx: Context) => MaybePromise<T | null>): void {
  builder.asEntity(ref, {
    key: builder.selection<{ id: string }>('id'),
    resolveReference: ({ id }, ctx) => {
      const { typename, id: localId } = decodeGlobalId(id);
      if (typename !== ref.name) throw badUserInput(`"${id.slice(0, 100)}" is not the id of a ${ref.name}`);
      return load(localId, ctx);
    },
  });
}
