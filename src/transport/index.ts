import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { SOURCES, type SourceClients } from '../sources/index.js';
import type { Source } from '../sources/source.js';
import { createHttpTransport, type HttpClient, type HttpObserver, type HttpTransport } from './http.js';
import { createProbes, type Probe } from './probes.js';

export type { SourceClients };

/** Credentials one request brings for the sources (never kept beyond that request). */
export interface RequestCredentials {
  /** `UPSTREAM_CREDENTIALS=forward`: the tokens of the `X-*-Token` headers, by source. */
  forwarded?: Partial<Record<Source, string>>;
  /**
   * Who the caller is in the sources that act on a user's behalf (`AUTH_ENNEO_PROFILE_CLAIM`):
   * a source that can applies that person's permissions (enneo sends `X-Enneo-On-Behalf-Of`).
   */
  onBehalfOf?: string;
}

/** The headers that carry a caller's own token for each source (`UPSTREAM_CREDENTIALS=forward`). */
export const FORWARD_HEADER = Object.fromEntries(SOURCES.map((m) => [m.source, m.forwardHeader])) as Record<Source, string>;

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

export type TokenRenewalOutcome = 'ok' | 'refused' | 'failed';

export interface UpstreamsHooks {
  /** Watches every upstream attempt (logs, metrics, traces). */
  observer?: HttpObserver;
  /** A source renewed its access token (metrics): `ok`, `refused` (credentials rejected) or `failed`. */
  onTokenRenewal?(source: Source, outcome: TokenRenewalOutcome): void;
  /** Times retries and token renewal. Default: the real clock. */
  clock?: Clock;
}

export function createUpstreams(config: Config, logger: Logger, hooks: UpstreamsHooks = {}): Upstreams {
  const transport = createHttpTransport(config.http, logger, hooks.observer, hooks.clock);
  const forward = config.security.upstreamCredentials === 'forward';
  // The configured credentials: every request's in service mode, readiness probes' in forward mode.
  const sharedHttp = buildHttp(config, transport, logger, {}, hooks);
  const shared = clientsOf(config, sharedHttp, logger);
  // Forwarding, a source without a configured token can only be probed for reachability.
  const reachOnly = new Set<Source>(forward ? SOURCES.filter((m) => m.reachOnly(config)).map((m) => m.source) : []);
  return {
    ...shared,
    forRequest: ({ forwarded, onBehalfOf }) =>
      !forward && onBehalfOf === undefined
        ? shared
        : clientsOf(
            config,
            buildHttp(config, transport, logger, { forwarded: forward ? (forwarded ?? {}) : undefined, onBehalfOf }, hooks),
            logger,
          ),
    probes: createProbes(sharedHttp, config, reachOnly),
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
  const http: Partial<Record<Source, HttpClient>> = {};
  for (const module of SOURCES) {
    const client = module.createHttp({ config, transport, logger, credentials, hooks });
    if (client) http[module.source] = client;
  }
  return http;
}

function clientsOf(config: Config, http: Partial<Record<Source, HttpClient>>, logger: Logger): SourceClients {
  return Object.fromEntries(
    SOURCES.map((m) => {
      const client = http[m.source];
      return [m.name, client ? m.createClient(config, client, logger) : undefined];
    }),
  ) as unknown as SourceClients;
}

/** Every credential in the configuration, for log redaction. */
export function secretsOf(config: Config): string[] {
  return SOURCES.flatMap((m) => m.secrets(config)).filter((s): s is string => Boolean(s));
}
