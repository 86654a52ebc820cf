import { execute } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Runs operations with graphql-js's own `execute`. The GraphQL spec orders a response's keys as
 * the selection set orders its fields (§7.1 "Serialized Map Ordering"); the executor yoga ships
 * (@graphql-tools/executor, pinned at 2.0.1) writes each key when its field finishes, so a slow
 * first field came last.
 * graphql-js 16 collects every field's promise in selection order and builds the object from
 * them. Nothing here uses what the other executor adds (@defer/@stream, abort on disconnect).
 */
export function useSpecExecutor(): Plugin {
  return {
    onExecute({ setExecuteFn }) {
      setExecuteFn(execute);
    },
  };
}
