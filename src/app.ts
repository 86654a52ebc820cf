import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { createGateway, type Gateway } from './gateway.js';
import type { LiveSecrets, Logger } from './logger.js';
import { createObservability, type Observability } from './observability/index.js';
import { requestAwareLogger } from './observability/request-scope.js';
import { createReadiness, type Readiness, type ReadinessOptions } from './readiness.js';
import { createUpstreams, type Upstreams } from './transport/index.js';

/**
 * The gateway's parts wired from a configuration — upstream clients with their observer, metrics
 * and tracing, readiness, the yoga instance — the one wiring both `index.ts` (which listens) and
 * the test stack use, so tests exercise what production runs.
 */
export interface App {
  gateway: Gateway;
  upstreams: Upstreams;
  observability: Observability;
  readiness: Readiness;
}

export interface AppOptions {
  logger: Logger;
  /** Per-request secrets the logger redacts (the same instance the logger was given). */
  liveSecrets: LiveSecrets;
  /** Node's process metrics in `/metrics`. Default true. */
  processMetrics?: boolean;
  /** Serve `/metrics` on the gateway's own port. Default true. */
  metricsEndpoint?: boolean;
  /** Times retries and token renewal. Default: the real clock. */
  clock?: Clock;
  /** Readiness probe caching and timeout. Default: as in production. */
  readiness?: ReadinessOptions;
  /** JWKS cache tuning (tests shorten the 30 s cool-down). */
  jwks?: { cooldownMs?: number; fetchTimeoutMs?: number };
}

export function createApp(config: Config, options: AppOptions): App {
  const { logger, liveSecrets } = options;
  const observability = createObservability(config.ops, logger, { processMetrics: options.processMetrics });
  const upstreams = createUpstreams(config, requestAwareLogger(logger), { ...observability.upstreamHooks, clock: options.clock });
  observability.metrics.watchPools(upstreams.poolStats);
  const readiness = createReadiness(upstreams.probes, options.readiness);
  const gateway = createGateway({
    upstreams,
    logger,
    liveSecrets,
    limits: config.limits,
    requestTimeoutMs: config.requestTimeoutMs,
    security: config.security,
    jwks: options.jwks,
    people: config.people,
    metrics: observability.metrics,
    metricsEndpoint: options.metricsEndpoint,
    tracing: observability.tracing,
    readiness,
  });
  return { gateway, upstreams, observability, readiness };
}
