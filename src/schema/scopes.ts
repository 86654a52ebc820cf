import { GraphQLError } from 'graphql';
import type { Scope } from '../auth/scopes.js';
import { SOURCE_SCOPE, SOURCES } from '../sources/index.js';
import type { Context } from '../context.js';
import type { Source } from '../sources/source.js';

/**
 * What a caller's scopes allow, for the places where one field serves several sources (a list of
 * refs, a merged timeline, `node`, `_entities`) and so cannot declare one scope in the schema.
 * Fields with a fixed scope declare it with `authScopes` (@pothos/plugin-scope-auth); both give
 * the same FORBIDDEN error.
 */

/** The field needs `scope`: null with this error; the rest of the answer arrives. */
export function forbidden(scope: Scope | undefined, source?: Source): GraphQLError {
  const what = source ? `${source} data` : scope === 'pii:read' ? 'personal data' : 'this field';
  const message =
    scope === undefined
      ? `Forbidden: the caller's credentials do not allow reading ${what}`
      : `Forbidden: reading ${what} needs the scope "${scope}", which the caller's credentials do not grant`;
  return new GraphQLError(message, {
    extensions: { code: 'FORBIDDEN', ...(scope ? { scope } : {}), ...(source ? { source } : {}) },
  });
}

export function mayRead(ctx: Context, source: Source): boolean {
  return ctx.caller.scopes.has(SOURCE_SCOPE[source]);
}

/** Throws FORBIDDEN unless the caller may read the source. */
export function requireSource(ctx: Context, source: Source): void {
  if (!mayRead(ctx, source)) throw forbidden(SOURCE_SCOPE[source], source);
}

/** The source behind each Node type, for `node(id)` and `_entities`. */
export const NODE_TYPE_SOURCE: Readonly<Record<string, Source>> = Object.fromEntries(
  SOURCES.flatMap((m) => m.nodeTypes.map((type) => [type, m.source])),
);

/** Throws FORBIDDEN unless the caller may read objects of this Node type. */
export function requireNodeType(ctx: Context, typename: string): void {
  const source = NODE_TYPE_SOURCE[typename];
  if (source) requireSource(ctx, source);
}
