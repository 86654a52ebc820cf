import type { Plugin } from 'graphql-yoga';
import type { CorsConfig } from '../config.js';
import { SOURCES } from '../sources/index.js';

/**
 * CORS by allowlist (`CORS_ORIGINS`). Written here rather than with yoga's built-in `cors`
 * option because that one cannot say what the contract needs: given `*` it echoes the caller's
 * origin *with* `Access-Control-Allow-Credentials: true`, and given a list of one origin it sends
 * that origin to every caller. Here an unlisted origin gets no `Access-Control-Allow-Origin` at
 * all (the browser then withholds the answer), a listed one gets itself with credentials, and
 * `any` gets a literal `*` without credentials.
 */

/** Request headers a browser client may send: these, each source's forwarded-token header, then the tracing ones. */
const ALLOWED_HEADERS = ['accept', 'authorization', 'content-type', 'x-api-key', 'x-request-id'];
const TRACING_HEADERS = ['traceparent', 'apollo-federation-include-trace'];
/** How long a browser may cache a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = 600;

export function useCorsPolicy(cors: CorsConfig, methods: readonly string[]): Plugin {
  const listed = cors.kind === 'list' ? new Set(cors.origins) : new Set<string>();
  // Built here, not at import, so a source registered later (a test build's) is included.
  const allowedHeaders = [...ALLOWED_HEADERS, ...SOURCES.map((m) => m.forwardHeader.toLowerCase()), ...TRACING_HEADERS].join(
    ', ',
  );

  function allowOrigin(request: Request): Record<string, string> {
    const origin = request.headers.get('origin');
    if (origin === null || cors.kind === 'none') return {};
    if (cors.kind === 'any') return { 'access-control-allow-origin': '*' };
    return listed.has(origin) ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' } : {};
  }

  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'OPTIONS') return;
      const allowed = allowOrigin(request);
      const headers: Record<string, string> = { 'content-length': '0', ...allowed };
      if (allowed['access-control-allow-origin']) {
        headers['access-control-allow-methods'] = methods.join(', ');
        headers['access-control-allow-headers'] = allowedHeaders;
        headers['access-control-max-age'] = String(PREFLIGHT_MAX_AGE);
      }
      if (cors.kind === 'list') headers.vary = 'Origin';
      endResponse(new fetchAPI.Response(null, { status: 204, headers }));
    },
    onResponse({ request, response }) {
      if (request.method === 'OPTIONS') return;
      for (const [name, value] of Object.entries(allowOrigin(request))) response.headers.set(name, value);
      if (cors.kind === 'list') response.headers.append('vary', 'Origin');
      if (response.headers.has('access-control-allow-origin'))
        response.headers.set('access-control-expose-headers', 'x-request-id');
    },
  };
}
