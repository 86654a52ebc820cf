import type { Source } from '../sources/source.js';
import type { Config } from '../config.js';
import { SOURCES } from '../sources/index.js';
import type { HttpClient } from './http.js';

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
  config: Config,
  reachOnly: ReadonlySet<Source> = new Set(),
): Partial<Record<Source, Probe>> {
  const probes: Partial<Record<Source, Probe>> = {};
  for (const module of SOURCES) {
    const http = clients[module.source];
    if (!http) continue;
    const req = module.probeRequest(config);
    const anonymous = reachOnly.has(module.source);
    probes[module.source] = async () => {
      await http.request({ ...req, idempotent: false, anonymous, passStatuses: anonymous ? ANY_CLIENT_ERROR : ACCEPTED });
    };
  }
  return probes;
}
