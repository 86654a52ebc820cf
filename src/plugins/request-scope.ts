import { randomUUID } from 'node:crypto';
import { type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';
import { acceptedRequestId, currentScope, type RequestScope, runInScope } from '../observability/request-scope.js';
import type { Tracing } from '../observability/tracing.js';

export interface RequestScopeOptions {
  logger: Logger;
  tracing: Tracing;
  /** Path whose requests get an `info` line; every other path (probes, metrics) logs at `debug`. Default `/graphql`. */
  graphqlEndpoint?: string;
}

/**
 * Opens the scope of each HTTP request: its id (`x-request-id` when acceptable, else a new UUID,
 * echoed as a response header), its span (continuing an incoming `traceparent`), and a logger
 * bound to the id. When the response is ready it writes the one request line: operation name,
 * HTTP status, duration, upstream calls per source, error codes.
 */
export function useRequestScope(options: RequestScopeOptions): Plugin {
  const { logger, tracing } = options;
  const endpoint = options.graphqlEndpoint ?? '/graphql';
  const spans = new WeakMap<Request, { scope: RequestScope; span: Span; path?: string }>();

  return {
    instrumentation: {
      request({ request }, wrapped) {
        const requestId = acceptedRequestId(request.headers.get('x-request-id')) ?? randomUUID();
        const parent = tracing.extract(request.headers);
        const span = tracing.tracer.startSpan(
          'graphql.request',
          { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'ticketlog.request_id': requestId } },
          parent,
        );
        const scope: RequestScope = {
          requestId,
          logger: logger.child({ requestId }),
          startedAt: performance.now(),
          upstreamCalls: {},
          errorCodes: [],
        };
        spans.set(request, { scope, span });
        // Scope and span context enter the request's one async store together (`request-frame.ts`).
        return runInScope(scope, wrapped, trace.setSpan(parent, span));
      },
    },

    onRequest({ request, url }) {
      // Yoga's parse of the request's URL, kept for the request line (no second parse at the end).
      const entry = spans.get(request);
      if (entry) entry.path = url.pathname;
    },

    onParams({ params }) {
      const scope = currentScope();
      if (scope && params.operationName) scope.operationName = params.operationName;
    },

    onExecute({ args }) {
      const scope = currentScope();
      if (scope && !scope.operationName) {
        const operation = getOperationAST(args.document, args.operationName);
        if (operation) scope.operationName = operation.name?.value ?? `anonymous ${operation.operation}`;
      }
      return {
        onExecuteDone({ result }) {
          if (!scope || Symbol.asyncIterator in result) return;
          for (const error of result.errors ?? []) {
            const code = error.extensions?.code ?? (error.originalError as { code?: unknown } | undefined)?.code;
            scope.errorCodes.push(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
          }
        },
      };
    },

    onResponse({ request, response }) {
      const entry = spans.get(request);
      if (!entry) return;
      spans.delete(request);
      const { scope, span } = entry;
      response.headers.set('x-request-id', scope.requestId);
      const durationMs = Math.round((performance.now() - scope.startedAt) * 10) / 10;
      const path = entry.path ?? new URL(request.url, 'http://localhost').pathname;
      const operation = scope.operationName;
      span.updateName(operation ? `graphql ${operation}` : `${request.method} ${path}`);
      span.setAttribute('http.response.status_code', response.status);
      if (operation) span.setAttribute('graphql.operation.name', operation);
      if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      const fields = {
        method: request.method,
        path,
        status: response.status,
        durationMs,
        ...(operation ? { operationName: operation } : {}),
        upstream: scope.upstreamCalls,
        ...(scope.errorCodes.length > 0 ? { errors: scope.errorCodes } : {}),
      };
      if (path === endpoint) scope.logger[response.status >= 500 ? 'error' : 'info']('request', fields);
      else scope.logger.debug('request', fields);
    },
  };
}
