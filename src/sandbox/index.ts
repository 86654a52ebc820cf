import type { Config } from '../config.js';
import { createEnneoSimulator, type EnneoSimulator } from './enneo.js';

/**
 * The built-in simulators, started together on loopback so the gateway runs without any account.
 * `configure` points a configuration at them; everything else in the gateway stays as in
 * production (same clients, same pools, same error handling).
 */
export interface Sandbox {
  enneo: EnneoSimulator;
  /** The configuration with every source pointed at its simulator. */
  configure(config: Config): Config;
  close(): Promise<void>;
}

export interface SandboxOptions {
  /** Zone of the simulated enneo instance (and so of ENNEO_TIMEZONE). Default Europe/Berlin. */
  enneoTimeZone?: string;
}

const ENNEO_TOKEN = 'sandbox-enneo-token';

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const timeZone = options.enneoTimeZone ?? 'Europe/Berlin';
  const enneo = await createEnneoSimulator({ token: ENNEO_TOKEN, timeZone });
  return {
    enneo,
    configure: (config) => ({
      ...config,
      enneo: { url: enneo.url, token: ENNEO_TOKEN, timeZone },
    }),
    close: async () => {
      await enneo.close();
    },
  };
}
