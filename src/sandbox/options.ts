import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { SimServer } from './sim-server.js';

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

/** One source's simulator, started for the sandbox, and how to point a configuration at it. */
export interface SandboxPart<Simulator extends SimServer = SimServer> {
  simulator: Simulator;
  /** The configuration with this source pointed at its simulator. */
  configure(config: Config): Config;
}
