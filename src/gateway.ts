import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { type Context, createContextFactory } from './context.js';
import { useFederatedTracing } from './federated-tracing.js';
import { DEFAULT_OPERATION, EXAMPLE_TABS } from './graphiql-examples.js';
import { type Logger, silentLogger } from './logger.js';
import { createMaskError } from './mask-error.js';
import { operationLimitPlugins } from './operation-limits.js';
import type { OperationLimits } from './config.js';
import { schema } from './schema/index.js';
import { useArgumentPrecheck } from './schema/argument-precheck.js';
import { usePartialErrors } from './schema/partial-errors.js';
import type { Upstreams } from './upstreams/index.js';

export interface GatewayDeps {
  upstreams: Upstreams;
  /** Default: silent. */
  logger?: Logger;
  /** Size limits on one operation. Default: `DEFAULT_OPERATION_LIMITS`. */
  limits?: OperationLimits;
}

export type Gateway = YogaServerInstance<Record<string, unknown>, Context>;

/** Builds the yoga instance (GraphQL + GraphiQL at /graphql, liveness at /healthz). Never listens. */
export function createGateway(deps: GatewayDeps): Gateway {
  const logger = deps.logger ?? silentLogger;
  const createContext = createContextFactory(deps.upstreams);
  const maskError = createMaskError(logger);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    context: ({ request }) => createContext(request),
    maskedErrors: { maskError },
    plugins: [...operationLimitPlugins(deps.limits), useArgumentPrecheck(), usePartialErrors(maskError), useFederatedTracing()],
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
