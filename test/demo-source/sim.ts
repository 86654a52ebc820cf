import type { SandboxPart, SharedSandboxOptions } from '../../src/sandbox/options.js';
import { createSimServer } from '../../src/sandbox/sim-server.js';

/** The demo source's simulator: a real, empty simulator server (its data live in memory). */
export async function startSandboxPart(_options: SharedSandboxOptions): Promise<SandboxPart> {
  const simulator = await createSimServer({ name: 'demo', routes: [], errorBody: (status, message) => ({ status, message }) });
  return { simulator, configure: (config) => config };
}
