import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { SimServer } from './sim-server.js';

/**
 * What the sandbox asks of every simulator. Each source's own options (a simulated zone, extra
 * rows for benchmarks) are declared in its `sim/sandbox.ts`; `SandboxOptions` (`sources/index.ts`)
 * is all of them together.
 */
export interface SharedSandboxOptions {
  /** Tells simulators when a token has expired. Default: the real clock. */
  clock?: Pick<Clock, 'now'>;
}

/** One source's simulator, started for the sandbox, and how to point a configuration at it. */
export interface SandboxPart<Simulator extends SimServer = SimServer> {
  simulator: Simulator;
  /** The configuration with this source pointed at its simulator. */
  configure(config: Config): Config;
}
