import {
  type Context,
  context as contextApi,
  INVALID_SPAN_CONTEXT,
  type Span,
  type SpanOptions,
  TraceFlags,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import { isTracingSuppressed } from '@opentelemetry/core';
import { RandomIdGenerator } from '@opentelemetry/sdk-trace-base';

/**
 * The tracer used when no exporter is configured: its spans carry ids and nothing else
 * (`trace.wrapSpanContext`), so a `traceparent` still goes upstream and an incoming one is still
 * continued, but no attributes, events, timings or end are recorded for spans nobody would read.
 * The SDK's tracer built a recording span (attributes sanitised, span metrics, start and end time)
 * for every request and every upstream call even without an exporter.
 *
 * The ids and flags are the ones the SDK's tracer gives with its default sampler (parent-based,
 * always on at the root): a child keeps its parent's trace id, trace state and sampled flag and
 * gets a new span id; a root gets a new trace id and is sampled; suppressed tracing gets the
 * invalid context (nothing is propagated).
 */
export class PropagatingTracer implements Tracer {
  private readonly ids = new RandomIdGenerator();

  startSpan(_name: string, options: SpanOptions = {}, ctx: Context = contextApi.active()): Span {
    if (isTracingSuppressed(ctx)) return trace.wrapSpanContext(INVALID_SPAN_CONTEXT);
    const parent = options.root ? undefined : trace.getSpanContext(ctx);
    const spanId = this.ids.generateSpanId();
    if (parent && trace.isSpanContextValid(parent)) {
      return trace.wrapSpanContext({
        traceId: parent.traceId,
        spanId,
        traceFlags: parent.traceFlags & TraceFlags.SAMPLED,
        traceState: parent.traceState,
      });
    }
    return trace.wrapSpanContext({ traceId: this.ids.generateTraceId(), spanId, traceFlags: TraceFlags.SAMPLED });
  }

  startActiveSpan<F extends (span: Span) => unknown>(name: string, fn: F): ReturnType<F>;
  startActiveSpan<F extends (span: Span) => unknown>(name: string, options: SpanOptions, fn: F): ReturnType<F>;
  startActiveSpan<F extends (span: Span) => unknown>(name: string, options: SpanOptions, ctx: Context, fn: F): ReturnType<F>;
  startActiveSpan<F extends (span: Span) => unknown>(
    name: string,
    ...rest: [F] | [SpanOptions, F] | [SpanOptions, Context, F]
  ): ReturnType<F> {
    const fn = rest[rest.length - 1] as F;
    const options = rest.length > 1 ? (rest[0] as SpanOptions) : undefined;
    const parentContext = rest.length > 2 ? (rest[1] as Context) : contextApi.active();
    const span = this.startSpan(name, options, parentContext);
    return contextApi.with(trace.setSpan(parentContext, span), () => fn(span)) as ReturnType<F>;
  }
}
