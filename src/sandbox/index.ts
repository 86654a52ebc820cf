import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { createEnneoSimulator, type EnneoSimulator } from './enneo.js';
import { createSocialboardsSimulator, type SocialboardsSimulator } from './socialboards.js';
import { createTrackerSimulator, type TrackerSimulator } from './tracker.js';

/**
 * The built-in simulators, started together on loopback so the gateway runs without any account.
 * `configure` points a configuration at them; everything else in the gateway stays as in
 * production (same clients, same pools, same error handling, Socialboards' token refresh too).
 */
export interface Sandbox {
  enneo: EnneoSimulator;
  socialboards: SocialboardsSimulator;
  tracker: TrackerSimulator;
  /** The configuration with every source pointed at its simulator. */
  configure(config: Config): Config;
  close(): Promise<void>;
}

export interface SandboxOptions {
  /** Zone of the simulated enneo instance (and so of ENNEO_TIMEZONE). Default Europe/Berlin. */
  enneoTimeZone?: string;
  /** Lifetime of Socialboards access tokens from `/token`, in seconds. Default 3600. */
  socialboardsTokenLifetimeSeconds?: number;
  /** Socialboards rotates its refresh token on every `/token` answer. Default false. */
  socialboardsRotateRefreshTokens?: boolean;
  /** Tells the Socialboards simulator when a token has expired. Default: the real clock. */
  clock?: Pick<Clock, 'now'>;
  /** Tracker's item cap on `_search` (10,000 upstream); tests lower it. */
  trackerSearchItemLimit?: number;
  /** Synthetic enneo export rows beyond the seed (load benchmarks). Default 0. */
  enneoExtraExportRows?: number;
  /** The enneo export also serves the seed's rows (false: only the extra ones). Default true. */
  enneoExportSeedRows?: boolean;
  /** Synthetic Tracker worklogs beyond the seed, searchable only (load benchmarks). Default 0. */
  trackerExtraWorklogs?: number;
}

/** Credentials the simulators accept; they guard nothing but the contract. */
export const SANDBOX_CREDENTIALS = {
  enneoToken: 'sandbox-enneo-token',
  socialboardsClientId: 'sandbox-client',
  socialboardsRefreshToken: 'sandbox-refresh-token',
  trackerToken: 'sandbox-tracker-token',
  trackerOrgId: 'sandbox-org',
} as const;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const c = SANDBOX_CREDENTIALS;
  const timeZone = options.enneoTimeZone ?? 'Europe/Berlin';
  const [enneo, socialboards, tracker] = await Promise.all([
    createEnneoSimulator({
      token: c.enneoToken,
      timeZone,
      extraExportRows: options.enneoExtraExportRows,
      exportSeedRows: options.enneoExportSeedRows,
    }),
    createSocialboardsSimulator({
      clientId: c.socialboardsClientId,
      refreshToken: c.socialboardsRefreshToken,
      tokenLifetimeSeconds: options.socialboardsTokenLifetimeSeconds,
      rotateRefreshTokens: options.socialboardsRotateRefreshTokens,
      clock: options.clock,
    }),
    createTrackerSimulator({
      token: c.trackerToken,
      authScheme: 'OAuth',
      org: { header: 'X-Org-ID', id: c.trackerOrgId },
      searchItemLimit: options.trackerSearchItemLimit,
      extraWorklogs: options.trackerExtraWorklogs,
    }),
  ]);
  return {
    enneo,
    socialboards,
    tracker,
    configure: (config) => ({
      ...config,
      enneo: { url: enneo.url, token: c.enneoToken, timeZone },
      socialboards: {
        url: socialboards.url,
        auth: { kind: 'refresh', clientId: c.socialboardsClientId, refreshToken: c.socialboardsRefreshToken },
      },
      tracker: {
        url: tracker.url,
        token: c.trackerToken,
        authScheme: 'OAuth',
        org: { header: 'X-Org-ID', id: c.trackerOrgId },
        ...config.trackerSettings,
      },
    }),
    close: async () => {
      await Promise.all([enneo.close(), socialboards.close(), tracker.close()]);
    },
  };
}
