import { context, type Context as OtelContext, type TextMapGetter, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { FrameContextManager } from './frame-context-manager.js';
import { PropagatingTracer } from './propagating-tracer.js';

/**
 * OpenTelemetry tracing: spans are always made (so a W3C `traceparent` goes upstream and an
 * incoming one is continued), and exported over OTLP/HTTP to `{endpoint}/v1/traces` only when
 * `OTEL_EXPORTER_OTLP_ENDPOINT` is set; without it they carry ids only (`propagating-tracer.ts`).
 * The provider is not registered globally: each gateway owns its tracer, so tests can run several with different receivers in one process.
 */
export interface Tracing {
  tracer: Tracer;
  /** Context carrying the trace of an incoming request's `traceparent` (root when absent/invalid). */
  extract(headers: Headers): OtelContext;
  /** `traceparent` (and `tracestate`) for an outgoing request in `ctx`. */
  inject(ctx: OtelContext): Record<string, string>;
  /** Exports what is buffered and stops. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** OTLP/HTTP base URL; spans go to `{endpoint}/v1/traces`. Default: not exported. */
  endpoint?: string;
  /** `service.name` resource attribute. Default `ticketlog-gateway`. */
  serviceName?: string;
}

const headerGetter: TextMapGetter<Headers> = {
  get: (headers, key) => headers.get(key) ?? undefined,
  keys: (headers) => [...headers.keys()],
};

let contextManagerSet = false;

export function createTracing(options: TracingOptions = {}): Tracing {
  // Async context is what carries the active span from the request into the transport; one
  // manager serves every tracer of the process. It keeps the context in the request's frame, the
  // async store the request scope and the deadline use too (`frame-context-manager.ts`).
  if (!contextManagerSet) {
    context.setGlobalContextManager(new FrameContextManager());
    contextManagerSet = true;
  }
  const propagator = new W3CTraceContextPropagator();
  // Without an exporter no span is ever read: spans carry ids only, for propagation.
  const provider = options.endpoint
    ? new BasicTracerProvider({
        resource: resourceFromAttributes({ 'service.name': options.serviceName ?? 'ticketlog-gateway' }),
        spanProcessors: [
          new BatchSpanProcessor(new OTLPTraceExporter({ url: `${options.endpoint}/v1/traces` }), { scheduledDelayMillis: 500 }),
        ],
      })
    : undefined;
  return {
    tracer: provider ? provider.getTracer('ticketlog-gateway') : new PropagatingTracer(),
    extract: (headers) => propagator.extract(context.active(), headers, headerGetter),
    inject: (ctx) => {
      const carrier: Record<string, string> = {};
      propagator.inject(ctx, carrier, { set: (c, key, value) => void (c[key] = value) });
      return carrier;
    },
    shutdown: async () => provider?.shutdown(),
  };
}
