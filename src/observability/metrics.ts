import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The gateway's own Prometheus metrics (names are contract, README, "Running in production"), in a registry
 * of its own so that two gateways in one process (tests) never share counters. Yoga's per-operation
 * metrics are registered into the same registry by `usePrometheus` in `gateway.ts`.
 */
export interface Metrics {
  registry: Registry;
  upstreamRequests: Counter<'source' | 'route' | 'status'>;
  upstreamDuration: Histogram<'source' | 'route'>;
  upstreamErrors: Counter<'source' | 'code'>;
  upstreamRetries: Counter<'source' | 'route'>;
  tokenRenewals: Counter<'source' | 'outcome'>;
  /** Reads pool statistics at scrape time. */
  watchPools(stats: () => { origin: string; queued: number; running: number }[]): void;
}

export interface MetricsOptions {
  /** Node process metrics (memory, event loop lag, GC). Default true. */
  processMetrics?: boolean;
}

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  let pools: () => { origin: string; queued: number; running: number }[] = () => [];
  const registers = [registry];
  const metrics: Metrics = {
    registry,
    upstreamRequests: new Counter({
      name: 'ticketlog_upstream_requests_total',
      help: 'Upstream HTTP attempts by source, route template and status (0: no answer).',
      labelNames: ['source', 'route', 'status'],
      registers,
    }),
    upstreamDuration: new Histogram({
      name: 'ticketlog_upstream_request_duration_seconds',
      help: 'Duration of upstream HTTP attempts, body included.',
      labelNames: ['source', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    upstreamErrors: new Counter({
      name: 'ticketlog_upstream_errors_total',
      help: 'Upstream calls that failed for good (after retries), by source and error code.',
      labelNames: ['source', 'code'],
      registers,
    }),
    upstreamRetries: new Counter({
      name: 'ticketlog_upstream_retries_total',
      help: 'Upstream attempts that failed and were retried.',
      labelNames: ['source', 'route'],
      registers,
    }),
    tokenRenewals: new Counter({
      name: 'ticketlog_token_renewals_total',
      help: 'Access-token fetches with a refresh token, by outcome (ok, refused, failed).',
      labelNames: ['source', 'outcome'],
      registers,
    }),
    watchPools: (stats) => {
      pools = stats;
    },
  };
  new Gauge({
    name: 'ticketlog_upstream_pool_queued',
    help: 'Upstream requests waiting for a pooled connection, per origin.',
    labelNames: ['origin'],
    registers,
    collect() {
      this.reset();
      for (const pool of pools()) this.set({ origin: pool.origin }, pool.queued);
    },
  });
  new Gauge({
    name: 'ticketlog_upstream_pool_running',
    help: 'Upstream requests being processed on pooled connections, per origin.',
    labelNames: ['origin'],
    registers,
    collect() {
      this.reset();
      for (const pool of pools()) this.set({ origin: pool.origin }, pool.running);
    },
  });
  return metrics;
}
