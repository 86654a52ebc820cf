import type { Plugin } from 'graphql-yoga';
import type { Readiness } from '../readiness.js';

/** Serves `/readyz`: 200 `{"ready":true,…}` or 503 `{"ready":false,…}` (see `readiness.ts`). Open to every caller. */
export function useReadiness(readiness: Readiness, path = '/readyz'): Plugin {
  return {
    async onRequest({ url, fetchAPI, endResponse }) {
      if (url.pathname !== path) return;
      const answer = await readiness.check();
      endResponse(
        new fetchAPI.Response(JSON.stringify(answer), {
          status: answer.ready ? 200 : 503,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
