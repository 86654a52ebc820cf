import type { SandboxPart, SharedSandboxOptions } from '../../../sandbox/options.js';
import { createTrackerSimulator, type TrackerSimulator } from './simulator.js';

/** What the sandbox may ask of the Tracker simulator. */
export interface TrackerSandboxOptions {
  /** Tracker's item cap on `_search` (10,000 upstream); tests lower it. */
  trackerSearchItemLimit?: number;
  /** Synthetic Tracker worklogs beyond the seed, searchable only (load benchmarks). Default 0. */
  trackerExtraWorklogs?: number;
}

/** The credentials the Tracker simulator accepts; they guard nothing but the contract. */
export const TRACKER_SANDBOX_CREDENTIALS = { trackerToken: 'sandbox-tracker-token', trackerOrgId: 'sandbox-org' } as const;

/** The Tracker simulator as the sandbox starts it. */
export async function startSandboxPart(
  options: TrackerSandboxOptions & SharedSandboxOptions,
): Promise<SandboxPart<TrackerSimulator>> {
  const c = TRACKER_SANDBOX_CREDENTIALS;
  const simulator = await createTrackerSimulator({
    token: c.trackerToken,
    authScheme: 'OAuth',
    org: { header: 'X-Org-ID', id: c.trackerOrgId },
    searchItemLimit: options.trackerSearchItemLimit,
    extraWorklogs: options.trackerExtraWorklogs,
  });
  return {
    simulator,
    configure: (config) => ({
      ...config,
      tracker: {
        url: simulator.url,
        token: c.trackerToken,
        authScheme: 'OAuth',
        org: { header: 'X-Org-ID', id: c.trackerOrgId },
        ...config.trackerSettings,
      },
    }),
  };
}
