import { useApolloInlineTrace } from '@graphql-yoga/plugin-apollo-inline-trace';
import { defaultFieldResolver, type GraphQLFieldResolver, GraphQLError, isObjectType } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { createMaskError } from './mask-error.js';
import { silentLogger } from './logger.js';

/** The header a Federation router sends when it wants the subgraph's timing. */
export const FTV1_HEADER = 'apollo-federation-include-trace';

/**
 * Apollo Federation inline traces: when a router (Apollo Router, @apollo/gateway, Hive Gateway
 * with usage reporting) sends `apollo-federation-include-trace: ftv1`, the answer carries
 * `extensions.ftv1`, a base64 protobuf trace of every resolver's timing and errors, which the
 * router folds into its own trace (GraphOS, Hive). Without the header nothing is traced or added.
 *
 * Errors inside a trace pass the same masking as errors in the answer, so a trace never holds
 * what the response would not (an unexpected error's message, for one).
 */
export function useFederatedTracing(): Plugin {
  // Silent: the masking of the answer itself already logs unexpected errors once.
  const maskError = createMaskError(silentLogger);
  const traced = new WeakSet<Request>();
  const inlineTrace = useApolloInlineTrace({
    ignoreRequest: (request) => {
      const ignore = request.headers.get(FTV1_HEADER) !== 'ftv1';
      if (!ignore) traced.add(request);
      return ignore;
    },
    rewriteError: (error) => {
      const masked = maskError(error, 'Unexpected error.', false);
      return masked instanceof GraphQLError ? masked : new GraphQLError(masked.message);
    },
  }) as Plugin;
  // The plugin times resolvers through @envelop/on-resolve, which wraps every field's resolver
  // for every request; the wrapper is swapped for one that only goes through it when traced.
  return resolveHooksOnlyWhenTraced(inlineTrace, traced);
}

/** The plugin, with every schema-wrapping plugin it adds (at any depth) limited to traced requests. */
function resolveHooksOnlyWhenTraced(plugin: Plugin, traced: WeakSet<Request>): Plugin {
  const init = plugin.onPluginInit;
  const nested: Plugin = init
    ? {
        ...plugin,
        onPluginInit: (payload) =>
          init({ ...payload, addPlugin: (added) => payload.addPlugin(resolveHooksOnlyWhenTraced(added as Plugin, traced)) }),
      }
    : plugin;
  return nested.onSchemaChange ? onlyWhenTraced(nested, traced) : nested;
}

type FieldResolver = GraphQLFieldResolver<unknown, { request?: Request }>;

/**
 * An on-resolve plugin whose resolver wrappers run only for traced requests. Untraced, a field
 * calls its own resolver (or graphql-js's default, as the wrapper would): no hook object, no
 * closures, no promise helpers per field — the same values, errors and promises as through the
 * wrapper, which hands a resolver's result or synchronous throw back unchanged when its hook
 * returns nothing (it does for every untraced request).
 */
function onlyWhenTraced(plugin: Plugin, traced: WeakSet<Request>): Plugin {
  const done = new WeakSet<object>();
  return {
    ...plugin,
    onSchemaChange: (payload) => {
      const own = new Map<object, FieldResolver | undefined>();
      for (const type of Object.values(payload.schema.getTypeMap())) {
        if (!isObjectType(type)) continue;
        for (const field of Object.values(type.getFields())) {
          if (!done.has(field)) own.set(field, field.resolve as FieldResolver | undefined);
        }
      }
      plugin.onSchemaChange?.(payload);
      for (const [field, resolve] of own) {
        const f = field as { resolve?: FieldResolver };
        const wrapped = f.resolve;
        if (wrapped === undefined || wrapped === resolve) continue;
        const plain: FieldResolver = resolve ?? (defaultFieldResolver as FieldResolver);
        f.resolve = (root, args, context, info) =>
          context.request !== undefined && traced.has(context.request)
            ? wrapped(root, args, context, info)
            : plain(root, args, context, info);
        done.add(field);
      }
    },
  };
}
