import type { SandboxPart, SharedSandboxOptions } from '../../../sandbox/options.js';
import { createEnneoSimulator, type EnneoSimulator } from './simulator.js';

/** What the sandbox may ask of the enneo simulator. */
export interface EnneoSandboxOptions {
  /** Zone of the simulated enneo instance (and so of ENNEO_TIMEZONE). Default Europe/Berlin. */
  enneoTimeZone?: string;
  /** Synthetic enneo export rows beyond the seed (load benchmarks). Default 0. */
  enneoExtraExportRows?: number;
  /** The enneo export also serves the seed's rows (false: only the extra ones). Default true. */
  enneoExportSeedRows?: boolean;
}

/** The credentials the enneo simulator accepts; they guard nothing but the contract. */
export const ENNEO_SANDBOX_CREDENTIALS = { enneoToken: 'sandbox-enneo-token' } as const;

/** The enneo simulator as the sandbox starts it. */
export async function startSandboxPart(
  options: EnneoSandboxOptions & SharedSandboxOptions,
): Promise<SandboxPart<EnneoSimulator>> {
  const token = ENNEO_SANDBOX_CREDENTIALS.enneoToken;
  const timeZone = options.enneoTimeZone ?? 'Europe/Berlin';
  const simulator = await createEnneoSimulator({
    token,
    timeZone,
    extraExportRows: options.enneoExtraExportRows,
    exportSeedRows: options.enneoExportSeedRows,
  });
  return { simulator, configure: (config) => ({ ...config, enneo: { url: simulator.url, token, timeZone } }) };
}
