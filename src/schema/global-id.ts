import { type GraphQLSchema, isObjectType } from 'graphql';
import { badUserInput } from './user-input.js';

/**
 * Relay global ids: base64url of `Typename:localId`. Opaque to clients; the local id may hold
 * several parts (an enneo worklog is `ticketId:worklogId`, because enneo only serves worklogs
 * per ticket). A malformed id is a BAD_USER_INPUT, never an internal error.
 */
export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${String(id)}`, 'utf8').toString('base64url');
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const text = /^[A-Za-z0-9_-]+={0,2}$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const colon = text.indexOf(':');
  const typename = text.slice(0, colon);
  if (colon <= 0 || !/^[A-Z][A-Za-z]+$/.test(typename) || colon === text.length - 1) {
    throw badUserInput(`"${globalId.slice(0, 100)}" is not an id this gateway issued; use the id field of a Node`);
  }
  return { typename, id: text.slice(colon + 1) };
}

/**
 * Each Node type's parser of the local part of its ids (throws BAD_USER_INPUT); the same parser
 * its `node(id)` loader uses. Registered by the type's file, so `checkGlobalId` can refuse a
 * malformed id before execution, like every other invalid argument.
 */
const localIdParsers = new Map<string, (localId: string) => unknown>();

export function registerLocalId<T>(typename: string, parse: (localId: string) => T): (localId: string) => T {
  localIdParsers.set(typename, parse);
  return parse;
}

/** Everything knowable about an id without asking a source: its form, its type, its local part. */
export function checkGlobalId(schema: GraphQLSchema, globalId: string): void {
  const { typename, id } = decodeGlobalId(globalId);
  assertNodeType(schema, typename);
  localIdParsers.get(typename)?.(id);
}

/** Rejects a well-formed id whose type is not a Node type of this schema. */
export function assertNodeType(schema: GraphQLSchema, typename: string): void {
  const type = schema.getType(typename);
  if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) {
    throw badUserInput(`An id names type "${typename.slice(0, 60)}", which is not a Node type of this gateway`);
  }
}
