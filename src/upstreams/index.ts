import { type Clock, systemClock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createEnneoClient, type EnneoClient } from './enneo/client.js';
import { createHttpTransport } from './http.js';
import { createSocialboardsAuth } from './socialboards/auth.js';
import { createSocialboardsClient, type SocialboardsClient } from './socialboards/client.js';
import { createTrackerClient, type TrackerClient, trackerClientOptions, trackerHttpOptions } from './tracker/client.js';

/** The upstream clients of one process, built once at start-up and shared by every request. */
export interface Upstreams {
  /** Each is absent when its source has no credentials configured. */
  enneo: EnneoClient | undefined;
  socialboards: SocialboardsClient | undefined;
  tracker: TrackerClient | undefined;
  /** Closes every connection pool. */
  close(): Promise<void>;
}

/** `clock` times retries and token renewal. Default: the real clock. */
export function createUpstreams(config: Config, logger: Logger, clock: Clock = systemClock): Upstreams {
  const transport = createHttpTransport(config.http, logger, clock);
  const { enneo, socialboards, tracker } = config;
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
    socialboards: socialboards
      ? createSocialboardsClient(
          transport.client({
            source: 'SOCIALBOARDS',
            baseUrl: socialboards.url,
            // The token endpoint shares the origin (and so the pool) but sends no access token.
            auth: createSocialboardsAuth(
              socialboards,
              transport.client({ source: 'SOCIALBOARDS', baseUrl: socialboards.url }),
              logger,
              clock,
            ),
          }),
        )
      : undefined,
    tracker: tracker
      ? createTrackerClient(transport.client(trackerHttpOptions(tracker)), trackerClientOptions(tracker, logger))
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
