import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createEnneoClient, type EnneoClient } from './enneo/client.js';
import { type Source, UpstreamError } from './errors.js';
import { type Authenticator, createHttpTransport, type HttpClient, type HttpObserver, type HttpTransport } from './http.js';
import { createProbes, type Probe } from './probes.js';
import { createSocialboardsAuth, type SocialboardsAuthHooks } from './socialboards/auth.js';
import { createSocialboardsClient, type SocialboardsClient } from './socialboards/client.js';
import { createTrackerClient, type TrackerClient, trackerClientOptions, trackerHttpOptions } from './tracker/client.js';

/** One client per configured source; each is absent when its source is not configured. */
export interface SourceClients {
  enneo: EnneoClient | undefined;
  socialboards: SocialboardsClient | undefined;
  tracker: TrackerClient | undefined;
}

/** Credentials one request brings for the sources (never kept beyond that request). */
export interface RequestCredentials {
  /** `UPSTREAM_CREDENTIALS=forward`: the tokens of the `X-*-Token` headers, by source. */
  forwarded?: Partial<Record<Source, string>>;
  /** The caller's enneo profile id, sent as `X-Enneo-On-Behalf-Of` so enneo applies that person's permissions. */
  enneoOnBehalfOf?: string;
}

/** The headers that carry a caller's own token for each source (`UPSTREAM_CREDENTIALS=forward`). */
export const FORWARD_HEADER: Record<Source, string> = {
  ENNEO: 'X-Enneo-Token',
  SOCIALBOARDS: 'X-Socialboards-Token',
  TRACKER: 'X-Tracker-Token',
};

/** The upstream clients of one process, built once at start-up and shared by every request. */
export interface Upstreams extends SourceClients {
  /**
   * The clients one request uses: the shared ones, or — when the request brings credentials of
   * its own (forwarded tokens, an enneo profile to act as) — clients bound to those, over the same
   * connection pools.
   */
  forRequest(credentials: RequestCredentials): SourceClients;
  /** A cheap read per configured source, for `/readyz`. */
  probes: Partial<Record<Source, Probe>>;
  /** Pool queue depth and activity, for metrics. */
  poolStats: HttpTransport['stats'];
  /** Closes every connection pool. */
  close(): Promise<void>;
}

export interface UpstreamsHooks {
  /** Watches every upstream attempt (logs, metrics, traces). */
  observer?: HttpObserver;
  /** Socialboards token renewals (metrics). */
  socialboardsAuth?: SocialboardsAuthHooks;
  /** Times retries and token renewal. Default: the real clock. */
  clock?: Clock;
}

/** What a token may look like in a header: no scheme, no whitespace, no control characters. */
const TOKEN = /^[\x21-\x7e]+$/;

/**
 * A token as `Authorization: <scheme> <token>`. A forwarded one that is missing or malformed fails
 * each call with UPSTREAM_UNAUTHORIZED naming its header (configured tokens were checked at start-up).
 */
function tokenAuth(source: Source, token: string | undefined, scheme: string): Authenticator {
  const header = FORWARD_HEADER[source];
  if (token === undefined) return { headers: () => Promise.reject(UpstreamError.credentialsMissing(source, header, 'missing')) };
  if (!TOKEN.test(token)) return { headers: () => Promise.reject(UpstreamError.credentialsMissing(source, header, 'malformed')) };
  const authorization = `${scheme} ${token}`;
  return { headers: () => ({ authorization }) };
}

export function createUpstreams(config: Config, logger: Logger, hooks: UpstreamsHooks = {}): Upstreams {
  const transport = createHttpTransport(config.http, logger, hooks.observer, hooks.clock);
  const forward = config.security.upstreamCredentials === 'forward';
  // The configured credentials: every request's in service mode, readiness probes' in forward mode.
  const sharedHttp = buildHttp(config, transport, logger, {}, hooks);
  const shared = clientsOf(config, sharedHttp, logger);
  // Forwarding, a source without a configured token can only be probed for reachability.
  const reachOnly = new Set<Source>(
    forward
      ? ([
          config.enneo && !config.enneo.token && 'ENNEO',
          config.socialboards?.auth.kind === 'forwarded' && 'SOCIALBOARDS',
          config.tracker && !config.tracker.token && 'TRACKER',
        ].filter(Boolean) as Source[])
      : [],
  );
  return {
    ...shared,
    forRequest: ({ forwarded, enneoOnBehalfOf }) =>
      !forward && enneoOnBehalfOf === undefined
        ? shared
        : clientsOf(
            config,
            buildHttp(config, transport, logger, { forwarded: forward ? (forwarded ?? {}) : undefined, enneoOnBehalfOf }, hooks),
            logger,
          ),
    probes: createProbes(sharedHttp, config.trackerSettings.apiVersion, reachOnly),
    poolStats: () => transport.stats(),
    close: () => transport.close(),
  };
}

/** The HTTP clients of the configured sources, with the configured or the request's credentials. */
function buildHttp(
  config: Config,
  transport: HttpTransport,
  logger: Logger,
  credentials: RequestCredentials,
  hooks: UpstreamsHooks,
): Partial<Record<Source, HttpClient>> {
  const { enneo, socialboards, tracker } = config;
  const { forwarded, enneoOnBehalfOf } = credentials;
  const http: Partial<Record<Source, HttpClient>> = {};
  if (enneo) {
    http.ENNEO = transport.client({
      source: 'ENNEO',
      baseUrl: enneo.url,
      auth: tokenAuth('ENNEO', forwarded ? forwarded.ENNEO : enneo.token, 'Bearer'),
      headers: enneoOnBehalfOf === undefined ? undefined : { 'x-enneo-on-behalf-of': enneoOnBehalfOf },
    });
  }
  if (socialboards) {
    http.SOCIALBOARDS = transport.client({
      source: 'SOCIALBOARDS',
      baseUrl: socialboards.url,
      auth: forwarded
        ? tokenAuth('SOCIALBOARDS', forwarded.SOCIALBOARDS, 'Bearer')
        : // The token endpoint shares the origin (and so the pool) but sends no access token.
          createSocialboardsAuth(
            socialboards,
            transport.client({ source: 'SOCIALBOARDS', baseUrl: socialboards.url }),
            logger,
            hooks.socialboardsAuth,
            hooks.clock,
          ),
    });
  }
  if (tracker) {
    http.TRACKER = transport.client({
      ...trackerHttpOptions(tracker),
      auth: tokenAuth('TRACKER', forwarded ? forwarded.TRACKER : tracker.token, tracker.authScheme),
    });
  }
  return http;
}

function clientsOf(config: Config, http: Partial<Record<Source, HttpClient>>, logger: Logger): SourceClients {
  const { enneo, tracker } = config;
  return {
    enneo: enneo && http.ENNEO ? createEnneoClient(http.ENNEO, { timeZone: enneo.timeZone }) : undefined,
    socialboards: http.SOCIALBOARDS ? createSocialboardsClient(http.SOCIALBOARDS) : undefined,
    tracker: tracker && http.TRACKER ? createTrackerClient(http.TRACKER, trackerClientOptions(tracker, logger)) : undefined,
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
