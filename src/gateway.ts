import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError } from 'graphql';
import { createYoga, maskError as yogaMaskError, type YogaServerInstance } from 'graphql-yoga';
import { type Context, createContextFactory } from './context.js';
import { DEFAULT_OPERATION, EXAMPLE_TABS } from './graphiql-examples.js';
import { type Logger, silentLogger } from './logger.js';
import { schema } from './schema/index.js';
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
