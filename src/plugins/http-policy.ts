import type { Plugin } from 'graphql-yoga';

/**
 * Production answers GraphQL only as `POST` with an `application/json` body: a browser cannot send
 * that cross-origin without a CORS preflight, so no "simple request" (a GET query, a form or
 * text/plain POST) can run an operation on a visitor's behalf. Everything else on the GraphQL
 * endpoint is 405 (wrong method) or 415 (wrong body type). The GraphiQL page (`GRAPHIQL=1`) is
 * served by an earlier plugin and is not affected.
 */
export function useJsonPostOnly(graphqlEndpoint: string): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== graphqlEndpoint || request.method === 'OPTIONS') return;
      const refuse = (status: number, message: string, headers: Record<string, string> = {}) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }), {
            status,
            headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
          }),
        );
      if (request.method !== 'POST') {
        refuse(405, `GraphQL requests must be POST with an application/json body (got ${request.method})`, { allow: 'POST' });
        return;
      }
      const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json') {
        refuse(415, `GraphQL requests must have Content-Type: application/json (got ${type ?? 'none'})`, {
          accept: 'application/json',
        });
      }
    },
  };
}
