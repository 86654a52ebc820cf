import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * `npm test`: the typecheck (`tsc --noEmit` over src, test and scripts) as its own step, then
 * vitest. Arguments go to vitest (`npm test -- test/unit`). Both always run, so one run reports
 * type errors and failing tests together; the typecheck counts as one test in the last line,
 * `N passed, M failed`, which vitest's summary reporter prints (test/support/summary-reporter.ts).
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSC = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
const VITEST = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

// Incremental: a run after a small change re-checks only what it affects. The build info lives in
// node_modules/.cache, so a fresh checkout (and `npm ci`) starts from nothing.
const tsc = spawnSync(
  process.execPath,
  [TSC, '--noEmit', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/tsc/tsbuildinfo', '-p', ROOT],
  { cwd: ROOT, stdio: 'inherit' },
);
const typecheck = tsc.status === 0 ? 'passed' : 'failed';
if (typecheck === 'failed') console.error(`typecheck failed (tsc --noEmit${tsc.error ? `: ${tsc.error.message}` : ''})`);

const vitest = spawnSync(process.execPath, [VITEST, 'run', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, TICKETLOG_TYPECHECK: typecheck },
});
process.exit(typecheck === 'passed' && vitest.status === 0 ? 0 : 1);
