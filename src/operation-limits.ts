import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, Lexer, Source, TokenKind, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { OperationLimits } from './config.js';

/** Most directives in one operation (no field here needs any). */
const MAX_DIRECTIVES = 50;

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
    maxAliasesRule({ n: limits.maxAliases, ...refuse }),
    maxDirectivesRule({ n: MAX_DIRECTIVES, ...refuse }),
  ];
  return [
    maxTokensPlugin({ n: limits.maxTokens }) as Plugin,
    nestingLimitPlugin(limits.maxTokens),
    { onValidate: ({ addValidationRule }) => rules.forEach((rule) => addValidationRule(rule)) },
  ];
}
