import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Logger } from '../logger.js';
import type { HttpObserver } from '../transport/http.js';
import type { Metrics } from './metrics.js';
import { currentScope } from './request-scope.js';
import type { Tracing } from './tracing.js';

/**
 * Watches every upstream attempt for the three signals: a client span (child of the request's
 * span, its `traceparent` sent along), the upstream metrics, the request's per-source call tally,
 * and one log line per failed attempt with `source`, `route`, `status`, `code`, `attempt` — at a
 * level that says whether someone must act: a retried or client-caused failure (401/403/404/429,
 * other 4xx) is `warn`, a renewal of credentials `debug`, a source that is down for good `error`.
 */
export function createUpstreamObserver(deps: { logger: Logger; metrics: Metrics; tracing: Tracing }): HttpObserver {
  const { metrics, tracing } = deps;
  return {
    attempt({ source, route, method, attempt }) {
      const scope = currentScope();
      if (scope) scope.upstreamCalls[source] = (scope.upstreamCalls[source] ?? 0) + 1;
      const span = tracing.tracer.startSpan(
        `${source} ${route}`,
        {
          kind: SpanKind.CLIENT,
          attributes: {
            'http.request.method': method,
            'url.template': route,
            'ticketlog.source': source,
            'ticketlog.attempt': attempt,
          },
        },
        context.active(),
      );
      const endTimer = metrics.upstreamDuration.startTimer({ source, route });
      const logger = scope?.logger ?? deps.logger;
      return {
        headers: tracing.inject(trace.setSpan(context.active(), span)),
        end(status, error) {
          const seconds = endTimer();
          logger.debug('upstream call', { source, route, status, attempt, durationMs: Math.round(seconds * 1000) });
          metrics.upstreamRequests.inc({ source, route, status: String(status) });
          if (status > 0) span.setAttribute('http.response.status_code', status);
          if (error !== undefined || status >= 400) {
            span.setStatus({ code: SpanStatusCode.ERROR, message: error === undefined ? `HTTP ${status}` : 'no answer' });
          }
          span.end();
        },
      };
    },

    failure({ source, route, attempt, error, cause, retrying }) {
      const logger = currentScope()?.logger ?? deps.logger;
      const renewal = retrying && error.status === 401;
      if (retrying && !renewal) metrics.upstreamRetries.inc({ source, route });
      if (!retrying) metrics.upstreamErrors.inc({ source, code: error.code });
      const fields = { source, route, status: error.status, code: error.code, attempt, ...(cause ? { cause } : {}), retrying };
      const downForGood = !retrying && (error.status === 0 || error.status >= 500) && error.code !== 'UPSTREAM_BAD_RESPONSE';
      const level = renewal ? 'debug' : downForGood ? 'error' : 'warn';
      logger[level](error.message, fields);
    },
  };
}
