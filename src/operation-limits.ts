import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { type ASTVisitor, GraphQLError, Kind, Lexer, Source, TokenKind, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { OperationLimits } from './config.js';

/** Most directives in one operation (no field here needs any). */
const MAX_DIRECTIVES = 50;
/** Most directives on one field, fragment or operation: `@include`, `@skip` and `@defer` at most make sense together. */
const MAX_DIRECTIVES_PER_LOCATION = 4;

/** Most times one response key may be selected directly in one selection set. */
const MAX_DUPLICATE_SELECTIONS = 10;

/**
 * The same field selected hundreds of times (`{ __typename __typename … }`, graphql-cop's "field
 * duplication") costs graphql-js's overlap check quadratic time and answers nothing new; no
 * query needs one key more than a few times in one selection set.
 */
function maxDuplicateSelectionsRule(context: ValidationContext): ASTVisitor {
  return {
    SelectionSet(node) {
      const counts = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const key = selection.alias?.value ?? selection.name.value;
        const count = (counts.get(key) ?? 0) + 1;
        counts.set(key, count);
        if (count === MAX_DUPLICATE_SELECTIONS + 1) {
          context.reportError(
            new GraphQLError(`"${key}" is selected more than ${MAX_DUPLICATE_SELECTIONS} times in one selection set`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            }),
          );
        }
      }
    },
  };
}

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

/**
 * Deepest nesting of `{`, `[` and `(` a document may have. graphql-js parses (and validates)
 * recursively, so 2000 levels — well under the token limit — overflow the stack; the depth rule
 * only runs after parsing. Far above what GRAPHQL_MAX_DEPTH lets through anyway.
 */
export const MAX_NESTING = 200;

const OPENING = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * Refuses a document nested deeper than `MAX_NESTING` before the recursive parser sees it, by
 * counting brackets on graphql-js's own lexer (iterative, so it cannot overflow). Stops after
 * `maxTokens` tokens: the token limit then refuses the document itself.
 */
function nestingLimitPlugin(maxTokens: number): Plugin {
  const check = (source: string | Source) => {
    const lexer = new Lexer(typeof source === 'string' ? new Source(source) : source);
    let depth = 0;
    for (let n = 0, token = lexer.advance(); token.kind !== TokenKind.EOF && n <= maxTokens; n += 1, token = lexer.advance()) {
      if (OPENING.has(token.kind)) depth += 1;
      else if (CLOSING.has(token.kind)) depth -= 1;
      if (depth > MAX_NESTING) {
        throw new GraphQLError(`Syntax Error: the document nests brackets deeper than ${MAX_NESTING} levels.`, {
          extensions: { http: { status: 400 } },
        });
      }
    }
  };
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        check(source);
        return parseFn(source, options);
      });
    },
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
    // armor lets `__typename` be aliased freely; a hundred aliases of it are as much an overload as any.
    maxAliasesRule({ n: limits.maxAliases, allowList: [], ...refuse }),
    maxDirectivesRule({ n: MAX_DIRECTIVES, ...refuse }),
    maxDirectivesPerLocationRule,
    maxDuplicateSelectionsRule,
  ];
  return [
    maxTokensPlugin({ n: limits.maxTokens }) as Plugin,
    nestingLimitPlugin(limits.maxTokens),
    { onValidate: ({ addValidationRule }) => rules.forEach((rule) => addValidationRule(rule)) },
  ];
}
