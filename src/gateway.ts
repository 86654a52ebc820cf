import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  type GraphQLSchema,
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { createYoga, maskError as yogaMaskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { type Context, createContextFactory } from './context.js';
import { DEFAULT_OPERATION, EXAMPLE_TABS } from './graphiql-examples.js';
import { type Logger, silentLogger } from './logger.js';
import { schema } from './schema/index.js';
import { decodeCursor, MAX_PAGE_SIZE, pageSizes } from './schema/pagination.js';
import { MAX_REPORT_PAGE } from './schema/worklog-report.js';
import { isUpstreamError } from './upstreams/errors.js';
import type { Upstreams } from './upstreams/index.js';

export interface GatewayDeps {
  upstreams: Upstreams;
  /** Default: silent. */
  logger?: Logger;
}

export type Gateway = YogaServerInstance<Record<string, unknown>, Context>;

/**
 * Upstream failures become labelled errors on the fields they back: the message we wrote plus
 * `extensions: { code, source, status }`. BAD_USER_INPUT and other deliberate GraphQL errors pass
 * through; anything unexpected is masked by yoga (and logged here with its stack).
 */
function createMaskError(logger: Logger) {
  return (error: unknown, message: string, isDev?: boolean): Error => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (isUpstreamError(original)) {
      const located = error instanceof GraphQLError ? error : undefined;
      return new GraphQLError(original.message, {
        nodes: located?.nodes,
        source: located?.source,
        positions: located?.positions,
        path: located?.path,
        extensions: { code: original.code, source: original.source, status: original.status },
      });
    }
    const masked = yogaMaskError(error, message, isDev);
    if (masked !== error) logger.error(`unexpected error: ${(original as Error | undefined)?.stack ?? String(original)}`);
    return masked;
  };
}

/**
 * Paging rules of the connection fields, by field name: the cursor scope each field issues and
 * its largest page. Must match the resolvers (`ticket.ts`, `timeline-page.ts`, `worklog-report.ts`),
 * which check the same rules again; a connection missing here is still checked, only later.
 */
const PAGING: Record<string, { scope: string; max: number }> = {
  worklogs: { scope: 'worklogs', max: MAX_PAGE_SIZE },
  timeline: { scope: 'timeline', max: MAX_PAGE_SIZE },
  worklogReport: { scope: 'report', max: MAX_REPORT_PAGE },
};

/**
 * Finds the first paging argument of the operation that its resolver would reject (page size out
 * of range, a cursor another field issued), wherever it sits in the query. Undefined when all are
 * fine, or when the variables are invalid (execution reports those itself).
 */
function pagingProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): GraphQLError | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  let problem: GraphQLError | undefined;
  const pending: (typeof operation | FragmentDefinitionNode)[] = [operation];
  const queued = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    FragmentSpread(node) {
      const fragment = fragments.get(node.name.value);
      if (fragment && !queued.has(node.name.value)) {
        queued.add(node.name.value);
        pending.push(fragment);
      }
    },
    Field(node: FieldNode) {
      const def = typeInfo.getFieldDef();
      const rule = def && PAGING[def.name];
      if (!def || !rule || problem) return;
      try {
        const args = getArgumentValues(def, node, coerced.coerced);
        pageSizes(args, rule.max);
        for (const name of ['after', 'before'] as const) {
          const cursor = args[name];
          if (typeof cursor === 'string') decodeCursor(rule.scope, cursor, name);
        }
      } catch (error) {
        if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
          problem = new GraphQLError(error.message, { nodes: node, extensions: { ...error.extensions, http: { status: 400 } } });
        }
      }
    },
  });
  while (pending.length > 0 && !problem) visit(pending.shift()!, visitor);
  return problem;
}

/**
 * A nested paging argument (`ticket { worklogs(first: 501) }`) is only read by its resolver, after
 * the parent has been loaded upstream. Checking every paging argument of the operation first means
 * an invalid request costs no upstream call at all.
 */
function usePagingPrecheck(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const problem = pagingProblem(args.schema, args.document, args.operationName, args.variableValues);
      if (problem) setResultAndStopExecution({ errors: [problem] });
    },
  };
}

/** Builds the yoga instance (GraphQL + GraphiQL at /graphql, liveness at /healthz). Never listens. */
export function createGateway(deps: GatewayDeps): Gateway {
  const logger = deps.logger ?? silentLogger;
  const createContext = createContextFactory(deps.upstreams);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    context: ({ request }) => createContext(request),
    maskedErrors: { maskError: createMaskError(logger) },
    plugins: [usePagingPrecheck()],
    // GraphiQL from the bundled assets of @graphql-yoga/render-graphiql: no CDN, works offline.
    renderGraphiQL,
    graphiql: {
      title: 'Ticketlog Gateway',
      defaultQuery: DEFAULT_OPERATION,
      defaultTabs: EXAMPLE_TABS,
    },
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      error: (...args) => logger.error(args.map(String).join(' ')),
    },
  });
}
