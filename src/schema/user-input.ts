import { GraphQLError } from 'graphql';

/** An invalid argument: the message says what to fix. Passed through yoga's masking as is. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
