import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { createClientAuthenticator } from './auth/client-auth.js';
import { loadConfig, type OperationLimits, type SecurityConfig } from './config.js';
import { type Context, createContextFactory } from './context.js';
import { useFederatedTracing } from './federated-tracing.js';
import { DEFAULT_OPERATION, EXAMPLE_TABS } from './graphiql-examples.js';
import { type LiveSecrets, type Logger, silentLogger } from './logger.js';
import { createMaskError } from './mask-error.js';
import { createMetrics, type Metrics } from './observability/metrics.js';
import { requestAwareLogger } from './observability/request-scope.js';
import { createTracing, type Tracing } from './observability/tracing.js';
import { operationLimitPlugins } from './operation-limits.js';
import { useClientAuth } from './plugins/client-auth.js';
import { useCorsPolicy } from './plugins/cors.js';
import { useHideSuggestions } from './plugins/hide-suggestions.js';
import { useJsonPostOnly } from './plugins/http-policy.js';
import type { PeopleFileEntry } from './people/people-file.js';
import { createPeopleIndex } from './people/people-session.js';
import { createGraphiQLPage } from './plugins/graphiql-page.js';
import { useReadiness } from './plugins/readiness.js';
import { useRequestScope } from './plugins/request-scope.js';
import { createReadiness, type Readiness } from './readiness.js';
import { useRequestDeadline } from './request-deadline.js';
import { useSpecExecutor } from './spec-executor.js';
import { schema } from './schema/index.js';
import { useArgumentPrecheck } from './schema/argument-precheck.js';
import { usePartialErrors } from './schema/partial-errors.js';
import { useTimeReportCsv } from './reports/time-report-csv.js';
import type { Upstreams } from './transport/index.js';

export interface GatewayDeps {
  upstreams: Upstreams;
  /** Default: silent. */
  logger?: Logger;
  /** Per-request secrets the logger redacts; the gateway adds each request's credentials to it. */
  liveSecrets?: LiveSecrets;
  /** Size limits on one operation. Default: `DEFAULT_OPERATION_LIMITS`. */
  limits?: OperationLimits;
  /** Mode, client authentication, CORS, GraphiQL, introspection. Default: development's defaults, without client authentication. */
  security?: SecurityConfig;
  /** JWKS cache tuning (tests shorten the 30 s cool-down between fetches). */
  jwks?: { cooldownMs?: number; fetchTimeoutMs?: number };
  /** People linked by hand (`PEOPLE_FILE`), authoritative over e-mail linking. Default: none. */
  people?: readonly PeopleFileEntry[];
  /** Registry the gateway's and yoga's metrics go to. Default: a new one (process metrics off). */
  metrics?: Metrics;
  /** Serve `/metrics` on the gateway's own port. Default true (false when `METRICS_PORT` moves it). */
  metricsEndpoint?: boolean;
  /** Default: spans made (for `traceparent` upstream) but not exported. */
  tracing?: Tracing;
  /** What `/readyz` answers. Default: probes `upstreams.probes`, cached 10 s. */
  readiness?: Readiness;
  /** One GraphQL request's whole time budget, in ms (`REQUEST_TIMEOUT_MS`). Default 30000. */
  requestTimeoutMs?: number;
}

const GRAPHQL_ENDPOINT = '/graphql';
/** Paths anyone may reach: liveness, readiness. (`/metrics` here needs credentials like GraphQL; `METRICS_PORT` serves it unauthenticated on a port of its own.) */
const OPEN_PATHS = ['/healthz', '/readyz'];

export type Gateway = YogaServerInstance<Record<string, unknown>, Context>;

/** Builds the yoga instance (GraphQL + GraphiQL at /graphql, liveness at /healthz). Never listens. */
export function createGateway(deps: GatewayDeps): Gateway {
  const baseLogger = deps.logger ?? silentLogger;
  // Lines written while serving a request carry its id.
  const logger = requestAwareLogger(baseLogger);
  const security = deps.security ?? loadConfig({}).security;
  const production = security.mode === 'production';
  const createContext = createContextFactory(deps.upstreams, createPeopleIndex(deps.people), deps.requestTimeoutMs);
  const maskError = createMaskError(logger);
  const metrics = deps.metrics ?? createMetrics({ processMetrics: false });
  const tracing = deps.tracing ?? createTracing();
  const readiness = deps.readiness ?? createReadiness(deps.upstreams.probes);
  // Loaded on the first GraphiQL page view only (45 MiB of RSS; see graphiql-page.ts).
  const graphiqlPage = createGraphiQLPage(async (options) => {
    const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
    return renderGraphiQL(options as Parameters<typeof renderGraphiQL>[0]);
  });
  const clientAuth = useClientAuth({
    authenticate: createClientAuthenticator({
      required: security.auth.required,
      jwt: security.auth.jwt && { ...security.auth.jwt, ...deps.jwks },
      apiKeys: security.auth.apiKeys,
      enneoProfileClaim: security.auth.enneoProfileClaim,
    }),
    liveSecrets: deps.liveSecrets,
    forwardCredentials: security.upstreamCredentials === 'forward',
    openPaths: OPEN_PATHS,
  });
  // Plugins of different context types; yoga takes them as one list.
  // biome-ignore lint/suspicious/noExplicitAny: each plugin has its own context type
  const plugins: Plugin<any>[] = [
    // Operations (README, "Running in production"): request id, request log line and span — first, so refusals are logged too.
    useRequestScope({ logger: baseLogger, tracing }),
    useCorsPolicy(security.cors, production ? ['POST'] : ['GET', 'POST']),
    ...(production ? [useJsonPostOnly(GRAPHQL_ENDPOINT)] : []),
    clientAuth.plugin,
    // graphql-js's own execute, so response keys follow the selection set (GraphQL spec).
    useSpecExecutor(),
    // One time budget per request (REQUEST_TIMEOUT_MS) for every upstream call it makes.
    useRequestDeadline(),
    // Without introspection, "Did you mean …?" hints would spell the schema out field by field.
    ...(security.introspection ? [] : [useDisableIntrospection(), useHideSuggestions()]),
    ...operationLimitPlugins(deps.limits),
    useArgumentPrecheck(),
    usePartialErrors(maskError),
    // ftv1 inline traces for a federation router that asks for them, none otherwise.
    useFederatedTracing(),
    // GET /reports/time.csv runs the timeReport operation through this same instance.
    useTimeReportCsv(() => yoga),
    // /readyz (open) and /metrics (authenticated on this port).
    useReadiness(readiness),
    usePrometheus({
      registry: metrics.registry,
      endpoint: deps.metricsEndpoint === false ? false : '/metrics',
      metrics: {
        // Off: the schema deprecates no field, so this counter could never count, yet it walked
        // every operation's document with TypeInfo (1–2 % of a small request's CPU). Turn it back
        // on together with the first @deprecated.
        graphql_envelop_deprecated_field: false,
        graphql_envelop_request: true,
        graphql_envelop_request_duration: true,
        graphql_envelop_error_result: true,
        graphql_envelop_phase_execute: true,
        // Off (README, "/metrics"): a summary repeating graphql_envelop_request_duration, and the
        // phases that, with yoga's parse and validation caches, time a cache look-up. Each cost
        // every request a timing, a label object and an observation (a t-digest for the summary).
        graphql_envelop_request_time_summary: false,
        graphql_envelop_phase_parse: false,
        graphql_envelop_phase_validate: false,
        graphql_envelop_phase_context: false,
        graphql_yoga_http_duration: true,
      },
    }),
    ...(security.graphiql ? [graphiqlPage.plugin] : []),
  ];
  const yoga: Gateway = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    context: ({ request }) => {
      const identity = clientAuth.identityOf(request);
      // Fail closed: a request the auth plugin did not see never reaches a resolver.
      if (!identity) throw new Error('request reached execution without client authentication');
      return createContext(request, identity);
    },
    maskedErrors: { maskError },
    // Ours (`plugins/cors.ts`): yoga's cannot refuse an unlisted origin or send a literal `*`.
    cors: false,
    maxRequestBodySize: security.maxRequestBytes,
    plugins,
    // GraphiQL from the bundled assets of @graphql-yoga/render-graphiql: no CDN, works offline;
    // rendered once per process.
    renderGraphiQL: graphiqlPage.render,
    graphiql: security.graphiql
      ? { title: 'Ticketlog Gateway', defaultQuery: DEFAULT_OPERATION, defaultTabs: EXAMPLE_TABS }
      : false,
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(' ')),
      info: (...args) => logger.info(args.map(String).join(' ')),
      warn: (...args) => logger.warn(args.map(String).join(' ')),
      // Yoga logs every error its masking replaced, once per field: an upstream failure on 16
      // rows made 16 identical entries. The transport already logs each failed upstream attempt
      // and `maskError` logs each unexpected error with its stack, so error objects stop here.
      error: (...args) => {
        if (args.length === 1 && args[0] instanceof Error) return;
        logger.error(args.map(String).join(' '));
      },
    },
  });
  return yoga;
}
