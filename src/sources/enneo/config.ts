/** enneo's part of the configuration (`ENNEO_*`), read through the shared `Reader`. */
import type { Reader } from '../../config-reader.js';

export interface EnneoConfig {
  /** Instance base including `/api/mind`. */
  url: string;
  /** Absent only with `UPSTREAM_CREDENTIALS=forward`, where each request brings its own. */
  token: string | undefined;
  /** IANA zone the export's zone-less timestamps are read in. Default `UTC`. */
  timeZone: string;
}

/** `ENNEO_URL`, `ENNEO_TOKEN` (or `ENNEO_TOKEN_FILE`), `ENNEO_TIMEZONE`; undefined when enneo is not configured. */
export function readEnneoConfig(r: Reader, forward: boolean): EnneoConfig | undefined {
  const url = r.url('ENNEO_URL');
  const token = r.secret('ENNEO_TOKEN');
  const timeZone = r.timeZone('ENNEO_TIMEZONE', 'UTC');
  if (url === undefined && token === undefined) return undefined;
  // Forwarding callers' tokens, the URL alone enables enneo; a configured token only serves probes.
  if (!forward && token === undefined && !r.isSet('ENNEO_TOKEN')) {
    r.problem('ENNEO_TOKEN is required when ENNEO_URL is set (an enneo API key, sent as Bearer token)');
  }
  if (url === undefined && r.string('ENNEO_URL') === undefined) {
    r.problem('ENNEO_URL is required when ENNEO_TOKEN is set (the instance base, e.g. https://demo.enneo.ai/api/mind)');
  }
  return url && (token || forward) ? { url, token, timeZone } : undefined;
}
