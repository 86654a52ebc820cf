import { type Context, type ContextManager, ROOT_CONTEXT } from '@opentelemetry/api';
import { currentFrame, runInFrame } from '../request-frame.js';

/**
 * OpenTelemetry's active context kept in the request's frame (`request-frame.ts`) instead of an
 * `AsyncLocalStorage` of its own (`@opentelemetry/context-async-hooks` adds one): the same
 * propagation through promises and callbacks, one async store fewer on every promise.
 * `bind` binds functions; an event emitter is returned as it is (nothing here binds one).
 */
export class FrameContextManager implements ContextManager {
  active(): Context {
    return currentFrame()?.trace ?? ROOT_CONTEXT;
  }

  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    context: Context,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F> {
    return runInFrame({ trace: context }, () => fn.call(thisArg, ...args));
  }

  bind<T>(context: Context, target: T): T {
    if (typeof target !== 'function') return target;
    const manager = this;
    const fn = target as unknown as (...args: unknown[]) => unknown;
    return function (this: unknown, ...args: unknown[]) {
      return manager.with(context, () => fn.apply(this, args));
    } as unknown as T;
  }

  enable(): this {
    return this;
  }

  disable(): this {
    return this;
  }
}
