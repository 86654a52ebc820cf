import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { OperationLimits } from './config.js';

/** Most directives in one operation (no field here needs any). */
const MAX_DIRECTIVES = 50;

/** Defaults of `GRAPHQL_MAX_DEPTH`, `GRAPHQL_MAX_ALIASES`, `GRAPHQL_MAX_TOKENS`. */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = { maxDepth: 20, maxAliases: 30, maxTokens: 10_000 };

/**
 * Every field of this gateway may cost upstream calls, so an operation's size is bounded before
 * it runs: a document too long to parse cheaply, nesting deeper than any real question, or
 * aliases that multiply one expensive field are refused with a validation error (HTTP 400)
 * instead of fanned out to the sources. Introspection (GraphiQL's schema query) is exempt from
 * the depth limit.
 */
export function operationLimitPlugins(limits: OperationLimits = DEFAULT_OPERATION_LIMITS): Plugin[] {
  // The depth, alias and directive checks run as validation rules and report a refusal as an
  // ordinary validation error (HTTP 400, GRAPHQL_VALIDATION_FAILED) like any other invalid
  // operation — armor's own error carries neither, and calls itself a syntax error.
  const refuse = {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(
          new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
          }),
        ),
    ],
  };
  const rules = [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...refuse }),
    maxAliasesRule({ n: limits.maxAliases, ...refuse }),
    maxDirectivesRule({ n: MAX_DIRECTIVES, ...refuse }),
  ];
  return [
    maxTokensPlugin({ n: limits.maxTokens }) as Plugin,
    { onValidate: ({ addValidationRule }) => rules.forEach((rule) => addValidationRule(rule)) },
  ];
}
