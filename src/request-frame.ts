import { AsyncLocalStorage } from 'node:async_hooks';
import type { Context as TraceContext } from '@opentelemetry/api';
import type { RequestScope } from './observability/request-scope.js';
import type { Deadline } from './transport/deadline.js';

/**
 * Everything a request carries through the async steps it causes, in ONE `AsyncLocalStorage`:
 * its scope (id, logger, tallies: `observability/request-scope.ts`), its time budget
 * (`transport/deadline.ts`) and its OpenTelemetry context (`observability/tracing.ts`).
 *
 * Why one: on Node 20 every enabled store is copied onto every promise the process creates (a
 * W3 report request makes tens of thousands), so three stores cost three properties per promise
 * and three copies in the promise hook; one store holding the three costs one. Each slot keeps its
 * own accessor module; only the storage is shared.
 */
export interface RequestFrame {
  scope?: RequestScope;
  deadline?: Deadline;
  trace?: TraceContext;
}

const storage = new AsyncLocalStorage<RequestFrame>();

/** The frame of the code running now; undefined outside any request (start-up, timers of the process). */
export function currentFrame(): RequestFrame | undefined {
  return storage.getStore();
}

/** Runs `fn` in the current frame with `slots` replaced (the current frame itself is never changed). */
export function runInFrame<T>(slots: RequestFrame, fn: () => T): T {
  return storage.run({ ...storage.getStore(), ...slots }, fn);
}
