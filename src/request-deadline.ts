import type { Plugin } from 'graphql-yoga';
import type { Context } from './context.js';
import { runWithDeadline } from './transport/deadline.js';

/** When each HTTP request arrived, so its budget counts from there, not from when it was parsed. */
const arrivals = new WeakMap<Request, number>();

/** When `request` reached the gateway (`performance.now()`); undefined for one it did not see arrive. */
export function arrivalOf(request: Request | undefined): number | undefined {
  return request ? arrivals.get(request) : undefined;
}

/**
 * Notes when each request arrives and binds the request's budget (`ctx.deadline`, `REQUEST_TIMEOUT_MS`) for its execution, so every
 * upstream call a resolver or loader makes draws on it. Must come after any plugin that replaces
 * the execute function, since it wraps whichever one is in place.
 */
export function useRequestDeadline(): Plugin<Context> {
  return {
    onRequest({ request }) {
      arrivals.set(request, performance.now());
    },
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => runWithDeadline((args.contextValue as Context).deadline, () => executeFn(args)));
    },
  };
}
