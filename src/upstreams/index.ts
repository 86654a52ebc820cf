import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createEnneoClient, type EnneoClient } from './enneo/client.js';
import { createHttpTransport } from './http.js';

/** The upstream clients of one process, built once at start-up and shared by every request. */
export interface Upstreams {
  /** Absent when the source has no credentials configured. */
  enneo: EnneoClient | undefined;
  /** Closes every connection pool. */
  close(): Promise<void>;
}

export function createUpstreams(config: Config, logger: Logger): Upstreams {
  const transport = createHttpTransport(config.http, logger);
  const enneo = config.enneo;
  return {
    enneo: enneo
      ? createEnneoClient(
          transport.client({
            source: 'ENNEO',
            baseUrl: enneo.url,
            auth: { headers: () => ({ authorization: `Bearer ${enneo.token}` }) },
          }),
          { timeZone: enneo.timeZone },
        )
      : undefined,
    close: () => transport.close(),
  };
}

/** Every credential in the configuration, for log redaction. */
export function secretsOf(config: Config): string[] {
  const secrets: (string | undefined)[] = [config.enneo?.token, config.tracker?.token];
  const sb = config.socialboards?.auth;
  if (sb?.kind === 'token') secrets.push(sb.token);
  if (sb?.kind === 'refresh') secrets.push(sb.refreshToken, sb.clientId);
  return secrets.filter((s): s is string => Boolean(s));
}
