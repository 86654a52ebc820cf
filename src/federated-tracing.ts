import { useApolloInlineTrace } from '@graphql-yoga/plugin-apollo-inline-trace';
import { GraphQLError } from 'graphql';
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
  return useApolloInlineTrace({
    ignoreRequest: (request) => request.headers.get(FTV1_HEADER) !== 'ftv1',
    rewriteError: (error) => {
      const masked = maskError(error, 'Unexpected error.', false);
      return masked instanceof GraphQLError ? masked : new GraphQLError(masked.message);
    },
  }) as Plugin;
}
