import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin, { type AuthFailure, AuthScopeFailureType } from '@pothos/plugin-scope-auth';
import { DateTimeResolver, JSONObjectResolver, JSONResolver, SafeIntResolver } from 'graphql-scalars';
import { allScopes, type Scope } from '../auth/scopes.js';
import type { Context } from '../context.js';
import { CalendarDateScalar } from './calendar-date.js';
import { checkArgs } from './argument-precheck.js';
import { checkGlobalId, decodeGlobalId, encodeGlobalId } from './global-id.js';
import { checkNodeIds, MAX_NODE_IDS, refetchNode, refetchNodes } from './refetch.js';
import { forbidden } from './scopes.js';

/** Every scope, taken when the schema is built (after a test build registered its source). */
const scopes = allScopes();

/**
 * Plugins, scalars and root types. No domain type lives here: each has its own file, and
 * `schema/index.ts` assembles them.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  /** Each scope of `auth/scopes.ts`: whether the caller holds it. */
  AuthScopes: Record<Scope, boolean>;
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
    /** Integer beyond GraphQL's 32 bits (sums of seconds: 2^31 s is 68 years), exact up to 2^53 − 1. */
    SafeInt: { Input: number; Output: number };
  };
}>({
  // Relay before scope-auth, so node ids reach the scope checks decoded (plugin docs, "Plugin order").
  plugins: [DirectivePlugin, RelayPlugin, ScopeAuthPlugin, FederationPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) =>
      Object.fromEntries(scopes.map((scope) => [scope, ctx.caller.scopes.has(scope)])) as Record<Scope, boolean>,
    // FORBIDDEN with the scope that was missing, in the same shape as the checks of `scopes.ts`.
    unauthorizedError: (_parent, _ctx, _info, result) => forbidden(missingScope(result.failure)),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // Every Relay-style subgraph defines this same PageInfo; @shareable lets a supergraph compose
    // it from all of them. Its four fields are the Relay spec's, identical everywhere.
    pageInfoTypeOptions: { shareable: true },
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    nodeQueryOptions: {
      description: 'Refetches any object by its global id; null when its source no longer has it.',
      extensions: checkArgs((args, schema) => checkGlobalId(schema, args.id as string)),
      resolve: (_root, { id }, ctx, info, resolveNode) => refetchNode(ctx, info, id, resolveNode),
    },
    nodesQueryOptions: {
      description: `Refetches several objects by global id, in the order given (at most ${MAX_NODE_IDS}).`,
      extensions: checkArgs((args, schema) => checkNodeIds(schema, args.ids as string[])),
      resolve: (_root, args, ctx, info, resolveNodes) =>
        refetchNodes(ctx, info, args.ids, (allowed) => {
          // The relay plugin's `resolveNodes` loads `args.ids` whatever it is passed.
          args.ids = allowed;
          return resolveNodes(allowed);
        }) as never,
    },
  },
});

/** The first scope an `authScopes` check found missing. */
function missingScope(failure: AuthFailure): Scope | undefined {
  if (failure.kind === AuthScopeFailureType.AuthScope) return failure.scope as Scope;
  if (failure.kind === AuthScopeFailureType.AnyAuthScopes || failure.kind === AuthScopeFailureType.AllAuthScopes) {
    for (const child of failure.failures) {
      const scope = missingScope(child);
      if (scope) return scope;
    }
  }
  return undefined;
}

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('JSONObject', JSONObjectResolver);
builder.addScalarType('JSON', JSONResolver);
builder.addScalarType('SafeInt', SafeIntResolver);
builder.addScalarType('Date', CalendarDateScalar);

builder.queryType({});
