import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Removes graphql-js's "Did you mean …?" hints, which spell out field, argument, type and enum
 * names to a caller who cannot introspect. Written here because graphql-armor's
 * block-field-suggestions only matches `Did you mean "x"?` and misses the enum form
 * (`Did you mean the enum value "X"?`) that variable coercion produces during execution.
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function strip(errors: readonly (GraphQLError | Error)[]): void {
  // GraphQLError.message is an ordinary property; the error keeps its locations and extensions.
  for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
}

export function useHideSuggestions(): Plugin {
  return {
    onValidate:
      () =>
      ({ result }) =>
        strip(result),
    onExecute: () => ({
      onExecuteDone({ result }) {
        if (!(Symbol.asyncIterator in result) && result.errors) strip(result.errors);
      },
    }),
  };
}
