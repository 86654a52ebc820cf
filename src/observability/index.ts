import type { OperationsConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { UpstreamsHooks } from '../transport/index.js';
import { createMetrics, type Metrics } from './metrics.js';
import { createTracing, type Tracing } from './tracing.js';
import { createUpstreamObserver } from './upstream-observer.js';

/** Metrics and tracing of one gateway, and the hooks that feed them from the upstream layer. */
export interface Observability {
  metrics: Metrics;
  tracing: Tracing;
  /** Pass to `createUpstreams`. */
  upstreamHooks: UpstreamsHooks;
  /** Exports the spans still buffered. */
  close(): Promise<void>;
}

export function createObservability(
  ops: Pick<OperationsConfig, 'otlpEndpoint' | 'serviceName'>,
  logger: Logger,
  options: { processMetrics?: boolean } = {},
): Observability {
  const metrics = createMetrics({ processMetrics: options.processMetrics ?? true });
  const tracing = createTracing({ endpoint: ops.otlpEndpoint, serviceName: ops.serviceName });
  return {
    metrics,
    tracing,
    upstreamHooks: {
      observer: createUpstreamObserver({ logger, metrics, tracing }),
      onTokenRenewal: (source, outcome) => metrics.tokenRenewals.inc({ source, outcome }),
    },
    close: () => tracing.shutdown(),
  };
}
