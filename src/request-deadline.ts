import type { Plugin } from 'graphql-yoga';
import type { Context } from './context.js';
import { runWithDeadline } from './upstreams/deadline.js';

/**
 * Binds the request's budget (`ctx.deadline`, `REQUEST_TIMEOUT_MS`) for its execution, so every
 * upstream call a resolver or loader makes draws on it. Must come after any plugin that replaces
 * the execute function, since it wraps whichever one is in place.
 */
export function useRequestDeadline(): Plugin<Context> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => runWithDeadline((args.contextValue as Context).deadline, () => executeFn(args)));
    },
  };
}
