import type { Plugin } from 'graphql-yoga';
import type { ClientAuthenticator } from '../auth/client-auth.js';
import type { Caller } from '../auth/scopes.js';
import { AuthRefusal } from '../auth/refusal.js';
import type { RequestIdentity } from '../context.js';
import type { LiveSecrets } from '../logger.js';
import type { Source } from '../sources/source.js';
import { FORWARD_HEADER, type RequestCredentials } from '../transport/index.js';

/**
 * Client authentication before anything else of a request runs: no parsing, no validation, no
 * resolver and no upstream call happen for a caller that is refused. A refusal is HTTP 401 with
 * `WWW-Authenticate: Bearer` and one `UNAUTHENTICATED` error saying what was wrong. Liveness,
 * readiness and metrics stay open; CORS preflights and the GraphiQL page are answered by earlier
 * plugins (they carry no data).
 *
 * The credentials a request carries (its own token or key, tokens it forwards for the sources)
 * join the logger's redaction until its response is sent.
 */

export interface ClientAuthPluginOptions {
  authenticate: ClientAuthenticator;
  liveSecrets?: LiveSecrets;
  /** `UPSTREAM_CREDENTIALS=forward`: read the `X-*-Token` headers. */
  forwardCredentials: boolean;
  /** Paths that need no credentials. */
  openPaths: readonly string[];
}

/** Credential-bearing request headers, for redaction. */
const SECRET_HEADERS = ['authorization', 'x-api-key', ...Object.values(FORWARD_HEADER).map((h) => h.toLowerCase())];

export interface ClientAuthPlugin {
  plugin: Plugin;
  /** What the plugin learned about a request; undefined for one it did not authenticate. */
  identityOf(request: Request): RequestIdentity | undefined;
}

export function useClientAuth(options: ClientAuthPluginOptions): ClientAuthPlugin {
  const identities = new WeakMap<Request, RequestIdentity>();
  const releases = new WeakMap<Request, () => void>();
  const open = new Set(options.openPaths);

  return {
    identityOf: (request) => identities.get(request),
    plugin: {
      onRequest({ request, url, endResponse, fetchAPI }) {
        if (open.has(url.pathname)) return;
        if (options.liveSecrets) {
          const values = SECRET_HEADERS.map((h) => request.headers.get(h)).filter((v): v is string => v !== null);
          // The value itself and, for `Bearer x`, the bare token.
          const bare = values.map((v) => v.replace(/^\S+\s+/, ''));
          releases.set(request, options.liveSecrets.add([...values, ...bare]));
        }
        const accept = (caller: Caller) => {
          identities.set(request, {
            caller,
            credentials: credentialsOf(request.headers, caller.enneoProfileId, options.forwardCredentials),
          });
        };
        const refuse = (error: unknown) => {
          if (!(error instanceof AuthRefusal)) throw error;
          endResponse(refusal(error, fetchAPI.Response));
        };
        // Synchronous when authentication is off (the caller itself comes back): no promise, and
        // yoga runs the request's next hooks in the same turn.
        try {
          const answer = options.authenticate(request.headers);
          if (answer instanceof Promise) return answer.then(accept).catch(refuse);
          accept(answer);
        } catch (error) {
          refuse(error);
        }
      },
      onResponse({ request }) {
        releases.get(request)?.();
        releases.delete(request);
      },
    },
  };
}

function credentialsOf(headers: Headers, enneoProfileId: string | undefined, forward: boolean): RequestCredentials {
  const credentials: RequestCredentials = { onBehalfOf: enneoProfileId };
  if (forward) {
    const forwarded: Partial<Record<Source, string>> = {};
    for (const [source, header] of Object.entries(FORWARD_HEADER) as [Source, string][]) {
      const value = headers.get(header)?.trim();
      if (value) forwarded[source] = value;
    }
    credentials.forwarded = forwarded;
  }
  return credentials;
}

/** RFC 6750 §3: the challenge, with the reason as `error_description` (quoted-string safe, ASCII). */
function challenge(error: AuthRefusal): string {
  if (!error.bearerError) return 'Bearer realm="ticketlog-gateway"';
  const description = error.message.replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, "'");
  return `Bearer realm="ticketlog-gateway", error="${error.bearerError}", error_description="${description}"`;
}

function refusal(error: AuthRefusal, Response: typeof globalThis.Response): Response {
  const body = { errors: [{ message: `Unauthenticated: ${error.message}`, extensions: { code: 'UNAUTHENTICATED' } }] };
  return new Response(JSON.stringify(body), {
    status: 401,
    headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': challenge(error) },
  });
}
