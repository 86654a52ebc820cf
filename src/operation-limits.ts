import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { type ASTVisitor, GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { OperationLimits } from './config.js';

/** Most directives in one operation (no field here needs any). */
const MAX_DIRECTIVES = 50;
/** Most directives on one field, fragment or operation: `@include`, `@skip` and `@defer` at most make sense together. */
const MAX_DIRECTIVES_PER_LOCATION = 4;

/**
 * graphql-armor counts directives per operation only; repeating one directive on one field
 * (`__typename @a @a @a …`, graphql-cop's "directive overloading") makes graphql-js report an
 * error per repetition before anything refuses it. This refuses the field once, up front.
 */
function maxDirectivesPerLocationRule(context: ValidationContext): ASTVisitor {
  const check = (node: { directives?: readonly unknown[]; loc?: unknown }, what: string) => {
    const count = node.directives?.length ?? 0;
    if (count > MAX_DIRECTIVES_PER_LOCATION) {
      context.reportError(
        new GraphQLError(`A ${what} carries ${count} directives; at most ${MAX_DIRECTIVES_PER_LOCATION} are allowed on one`, {
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
        }),
      );
    }
  };
  return {
    Field: (node) => check(node, 'field'),
    FragmentSpread: (node) => check(node, 'fragment spread'),
    InlineFragment: (node) => check(node, 'inline fragment'),
    OperationDefinition: (node) => check(node, 'operation'),
    FragmentDefinition: (node) => check(node, 'fragment'),
  };
}

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
    maxDirectivesPerLocationRule,
  ];
  return [
    maxTokensPlugin({ n: limits.maxTokens }) as Plugin,
    { onValidate: ({ addValidationRule }) => rules.forEach((rule) => addValidationRule(rule)) },
  ];
}
