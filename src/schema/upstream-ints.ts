import { SOURCES } from '../sources/index.js';
import { defaultFieldResolver, type GraphQLSchema, getNamedType, GraphQLInt, isObjectType } from 'graphql';
import { UpstreamError } from '../transport/errors.js';
import type { Source } from '../sources/source.js';

/**
 * GraphQL's `Int` is 32-bit. A source may send more (a duration of 3e9 s, Tracker's `P99999W`, an
 * enneo id past 2^31), and a sum of many durations may overflow; graphql-js would then throw a
 * plain error that yoga masks as INTERNAL_SERVER_ERROR. This wraps every `Int` field of a type
 * backed by a source so that such a value is an `UPSTREAM_BAD_RESPONSE` naming the source, on
 * the narrowest field that carries it (the rest of the object still answers).
 */

const INT_MAX = 2_147_483_647;
const INT_MIN = -2_147_483_648;

/**
 * Types whose model has no `source` of its own (parts of an enneo worklog, assessment, scorecard
 * or report row; a Socialboards category). Every other type with `Int` fields carries `source`.
 */
export const TYPE_SOURCE: Record<string, Source> = Object.fromEntries(
  SOURCES.flatMap((m) => m.typesWithoutSource.map((type) => [type, m.source])),
);

/** Types whose `Int` fields count what the gateway itself holds (list lengths), never a source value. */
const GATEWAY_TYPES = /^(?:Query|_Service|PageInfo|\w+Connection|\w+Edge)$/;

const SOURCE_NAMES = new Set<string>(SOURCES.map((m) => m.source));

function sourceOf(typename: string, parent: unknown): Source | undefined {
  const own = (parent as { source?: unknown } | null)?.source;
  return typeof own === 'string' && SOURCE_NAMES.has(own) ? (own as Source) : TYPE_SOURCE[typename];
}

const fits = (value: unknown) => typeof value !== 'number' || (Number.isInteger(value) && value >= INT_MIN && value <= INT_MAX);

/** The object types whose `Int` fields are guarded (exported for the test that none is missed). */
export function guardedIntFields(schema: GraphQLSchema): string[] {
  const fields: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || GATEWAY_TYPES.test(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type) === GraphQLInt) fields.push(`${type.name}.${field.name}`);
    }
  }
  return fields;
}

export function guardUpstreamInts(schema: GraphQLSchema): GraphQLSchema {
  for (const coordinate of guardedIntFields(schema)) {
    const [typename, fieldName] = coordinate.split('.') as [string, string];
    const type = schema.getType(typename);
    if (!isObjectType(type)) continue;
    const field = type.getFields()[fieldName]!;
    const resolve = field.resolve ?? defaultFieldResolver;
    const check = (parent: unknown) => (value: unknown) => {
      const values = Array.isArray(value) ? value : [value];
      const bad = values.find((v) => !fits(v));
      if (bad === undefined) return value;
      const source = sourceOf(typename, parent);
      const detail = `${String(bad)} does not fit a GraphQL Int (32-bit)`;
      if (!source) throw new Error(detail); // a gateway bug: masked and logged
      throw UpstreamError.badResponse(source, coordinate, detail);
    };
    field.resolve = (parent, args, ctx, info) => {
      const value: unknown = resolve(parent, args, ctx, info);
      return value instanceof Promise ? value.then(check(parent)) : check(parent)(value);
    };
  }
  return schema;
}
