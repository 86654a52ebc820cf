import { ENNEO_SANDBOX_CREDENTIALS } from '../../src/sources/enneo/sim/sandbox.js';
import { SOCIALBOARDS_SANDBOX_CREDENTIALS } from '../../src/sources/socialboards/sim/sandbox.js';
import { TRACKER_SANDBOX_CREDENTIALS } from '../../src/sources/tracker/sim/sandbox.js';

/** Every credential the sandbox's simulators accept (each declared by its source's `sim/sandbox.ts`). */
export const SANDBOX_CREDENTIALS = {
  ...ENNEO_SANDBOX_CREDENTIALS,
  ...SOCIALBOARDS_SANDBOX_CREDENTIALS,
  ...TRACKER_SANDBOX_CREDENTIALS,
} as const;
