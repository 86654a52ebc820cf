import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/support/sequencer.js';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS and ESM builds without an exports map: Node loads the CJS build for
    // Pothos and yoga while vite would pick the ESM build for our sources — two "graphql"
    // instances. Pin vite to the build Node uses, as tsx does at run time.
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // @apollo/gateway otherwise sends usage metrics to Apollo and probes cloud metadata addresses
    // (169.254.169.254): tests make loopback traffic only.
    env: { APOLLO_TELEMETRY_DISABLED: 'true' },
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests start real servers on port 0; files run in parallel, tests in a file in order.
    pool: 'forks',
    // Most files spend their time waiting on sockets, spawned gateways or the browser, so more
    // files run at once than there are cores (vitest's default is one fewer: a single file at a
    // time on a 2-core machine).
    maxWorkers: Math.max(availableParallelism(), 4),
    // A worker keeps the modules it has loaded (graphql, the Pothos schema, yoga) for its next
    // file instead of loading them again per file: no test changes global state or mocks a module.
    isolate: false,
    // Files that start processes or a browser first when vitest has no timings of a previous run.
    sequence: { sequencer: SlowFirstSequencer },
  },
});
