import type { Config } from '../config.js';
import { SOURCES, type SandboxOptions, type SandboxSimulators } from '../sources/index.js';
import type { SandboxPart } from './options.js';
import type { SimServer } from './sim-server.js';

export type { SandboxOptions };

/**
 * The built-in simulators, one per registered source, started together on loopback so the gateway
 * runs without any account. `configure` points a configuration at them; everything else in the
 * gateway stays as in production (same clients, same pools, same error handling, Socialboards'
 * token refresh too). Each simulator is loaded only here, through its module's `sandbox()`.
 */
export interface Sandbox extends SandboxSimulators {
  /** Every simulator by its source's folder name, in registry order. */
  simulators: Record<string, SimServer>;
  /** The configuration with every source pointed at its simulator. */
  configure(config: Config): Config;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const parts: [string, SandboxPart][] = await Promise.all(
    SOURCES.map(async (m) => [m.name, await (await m.sandbox()).startSandboxPart(options)] as [string, SandboxPart]),
  );
  const simulators = Object.fromEntries(parts.map(([name, part]) => [name, part.simulator]));
  return {
    ...(simulators as unknown as SandboxSimulators),
    simulators,
    configure: (config) => parts.reduce((c, [, part]) => part.configure(c), config),
    close: async () => {
      await Promise.all(parts.map(([, part]) => part.simulator.close()));
    },
  };
}
