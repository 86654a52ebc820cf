import { SANDBOX_CREDENTIALS, type SandboxOptions, type SandboxPart } from '../../../sandbox/options.js';
import { createTrackerSimulator, type TrackerSimulator } from './simulator.js';

/** The Tracker simulator as the sandbox starts it. */
export async function startSandboxPart(options: SandboxOptions): Promise<SandboxPart<TrackerSimulator>> {
  const c = SANDBOX_CREDENTIALS;
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
