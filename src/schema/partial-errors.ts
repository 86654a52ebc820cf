import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';

/**
 * A field that still answers while part of what it backs failed — the merged timeline without
 * one source's entries — records the failure in `ctx.partialErrors`. This adds those errors to
 * the response's `errors` (through the same masking as every other error), next to the data.
 */
export function usePartialErrors(mask: (error: unknown, message: string) => Error): Plugin<Context> {
  return {
    onExecute: () => ({
      onExecuteDone({ args, result, setResult }) {
        const reported = (args.contextValue as Context).partialErrors;
        if (reported.length === 0 || Symbol.asyncIterator in result) return;
        const masked = reported.map((error) => mask(error, 'Unexpected error.'));
        setResult({ ...result, errors: [...(result.errors ?? []), ...(masked as never[])] });
      },
    }),
  };
}
