import type { Context as OtelContext } from '@opentelemetry/api';
import type { Logger } from '../logger.js';
import { currentFrame, runInFrame } from '../request-frame.js';
import type { Source } from '../sources/source.js';

/**
 * What one HTTP request carries through every async step it causes, without threading it through
 * each call: its id, its logger (which stamps that id on every line), and the tallies the request
 * log line reports. Set by `plugins/request-scope.ts`; read by the upstream observer, which runs
 * deep in the transport where no GraphQL context reaches.
 */
export interface RequestScope {
  requestId: string;
  logger: Logger;
  /** `performance.now()` when the request arrived. */
  startedAt: number;
  operationName?: string;
  /** Upstream attempts per source. */
  upstreamCalls: Partial<Record<Source, number>>;
  /** `extensions.code` of every error in the response. */
  errorCodes: string[];
}

/** The scope of the request being served, if any (none at start-up or in a readiness probe). */
export function currentScope(): RequestScope | undefined {
  return currentFrame()?.scope;
}

/** Runs `fn` in `scope`, with `trace` as its OpenTelemetry context when given (one async store for both: `request-frame.ts`). */
export function runInScope<T>(scope: RequestScope, fn: () => T, trace?: OtelContext): T {
  return runInFrame(trace === undefined ? { scope } : { scope, trace }, fn);
}

/** `x-request-id` as sent when it is a plausible id (README, "Running in production"), else undefined. */
export function acceptedRequestId(value: string | null | undefined): string | undefined {
  return value && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : undefined;
}

/**
 * A logger that writes through the current request's logger when there is one, so lines from
 * code that only holds the process logger (clients, token renewal, masking) carry the request id.
 */
export function requestAwareLogger(base: Logger): Logger {
  const target = () => currentScope()?.logger ?? base;
  return {
    debug: (message, fields) => target().debug(message, fields),
    info: (message, fields) => target().info(message, fields),
    warn: (message, fields) => target().warn(message, fields),
    error: (message, fields) => target().error(message, fields),
    child: (bindings) => requestAwareLogger(base.child(bindings)),
  };
}
