import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import type { Logger } from './logger.js';
import { currentScope } from './observability/request-scope.js';
import { isUpstreamError } from './transport/errors.js';

/**
 * Upstream failures become labelled errors on the fields they back: the message we wrote plus
 * `extensions: { code, source, status }`. BAD_USER_INPUT and other deliberate GraphQL errors pass
 * through; anything unexpected is masked by yoga (and logged here with its stack).
 */
export function createMaskError(logger: Logger) {
  return (error: unknown, message: string, isDev?: boolean): Error => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (isUpstreamError(original)) {
      const located = error instanceof GraphQLError ? error : undefined;
      return new GraphQLError(original.message, {
        nodes: located?.nodes,
        source: located?.source,
        positions: located?.positions,
        path: located?.path,
        // Extra extensions the error was located with (a timeline's `ref`) stay; the label wins.
        extensions: { ...located?.extensions, code: original.code, source: original.source, status: original.status },
      });
    }
    const masked = yogaMaskError(error, message, isDev);
    if (masked !== error) {
      (currentScope()?.logger ?? logger).error(`unexpected error: ${(original as Error | undefined)?.stack ?? String(original)}`);
    }
    return masked;
  };
}
