import { SANDBOX_CREDENTIALS, type SandboxOptions, type SandboxPart } from '../../../sandbox/options.js';
import { createEnneoSimulator, type EnneoSimulator } from './simulator.js';

/** The enneo simulator as the sandbox starts it. */
export async function startSandboxPart(options: SandboxOptions): Promise<SandboxPart<EnneoSimulator>> {
  const token = SANDBOX_CREDENTIALS.enneoToken;
  const timeZone = options.enneoTimeZone ?? 'Europe/Berlin';
  const simulator = await createEnneoSimulator({
    token,
    timeZone,
    extraExportRows: options.enneoExtraExportRows,
    exportSeedRows: options.enneoExportSeedRows,
  });
  return { simulator, configure: (config) => ({ ...config, enneo: { url: simulator.url, token, timeZone } }) };
}
