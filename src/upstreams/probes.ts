import type { Source } from './errors.js';
import type { HttpClient, HttpRequest } from './http.js';

/**
 * One cheap authenticated read per source for `/readyz` (README, "Running in production"): any answer
 * below 500 other than 401/403 shows the source is up and takes our credentials — a 404 for a
 * ticket that does not exist is as good as a 200. Sent once, never retried.
 */
export type Probe = () => Promise<void>;

/** Every status a probe accepts, handed back by the transport instead of thrown. */
const ACCEPTED = Array.from({ length: 100 }, (_, i) => 400 + i).filter((s) => s !== 401 && s !== 403);
/** Every 4xx: a source forwarding callers' tokens, with none of its own, can only show it answers. */
const ANY_CLIENT_ERROR = Array.from({ length: 100 }, (_, i) => 400 + i);

/**
 * `reachOnly` sources (`UPSTREAM_CREDENTIALS=forward` without a configured token) are asked
 * without credentials, and a 401/403 counts as up.
 */
export function createProbes(
  clients: Partial<Record<Source, HttpClient>>,
  trackerApiVersion: string,
  reachOnly: ReadonlySet<Source> = new Set(),
): Partial<Record<Source, Probe>> {
  const probes: Partial<Record<Source, Probe>> = {};
  const probe = (http: HttpClient, req: Omit<HttpRequest, 'idempotent' | 'passStatuses'>): Probe => {
    const anonymous = reachOnly.has(http.source);
    return async () => {
      await http.request({ ...req, idempotent: false, anonymous, passStatuses: anonymous ? ANY_CLIENT_ERROR : ACCEPTED });
    };
  };
  if (clients.ENNEO) {
    // `viewing=false` always: without it enneo records the gateway as working on the ticket.
    probes.ENNEO = probe(clients.ENNEO, {
      method: 'GET',
      path: '/ticket/1',
      route: 'GET /ticket/{id}',
      query: new URLSearchParams({ viewing: 'false' }),
    });
  }
  if (clients.SOCIALBOARDS) {
    probes.SOCIALBOARDS = probe(clients.SOCIALBOARDS, {
      method: 'POST',
      path: '/tickets/list',
      route: 'POST /tickets/list',
      json: { ticketIds: [1], take: 1, skip: 0 },
    });
  }
  if (clients.TRACKER) {
    probes.TRACKER = probe(clients.TRACKER, {
      method: 'GET',
      path: `/${trackerApiVersion}/issues/READYZ-1`,
      route: `GET /${trackerApiVersion}/issues/{key}`,
    });
  }
  return probes;
}
