import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * `npm test`: the typecheck (`tsc --noEmit` over src, test and scripts) and the Biome check (lint
 * and formatting, biome.json; `npm run format` fixes the formatting) as their own steps, then
 * vitest. Arguments go to vitest (`npm test -- test/unit`). All always run, so one run reports
 * type errors, lint findings and failing tests together; the typecheck and the Biome check count
 * as one test each in the last line, `N passed, M failed`, which vitest's summary reporter prints
 * (test/support/summary-reporter.ts).
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSC = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
const BIOME = fileURLToPath(new URL('../node_modules/@biomejs/biome/bin/biome', import.meta.url));
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

// `biome check` without `--write`: reports lint findings and unformatted files, changes nothing.
const biome = spawnSync(process.execPath, [BIOME, 'check', '--colors=off', '.'], { cwd: ROOT, stdio: 'inherit' });
const lint = biome.status === 0 ? 'passed' : 'failed';
if (lint === 'failed')
  console.error(
    `lint/format check failed (biome check${biome.error ? `: ${biome.error.message}` : ''}; npm run format fixes formatting)`,
  );

const vitest = spawnSync(process.execPath, [VITEST, 'run', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, TICKETLOG_TYPECHECK: typecheck, TICKETLOG_LINT: lint },
});
process.exit(typecheck === 'passed' && lint === 'passed' && vitest.status === 0 ? 0 : 1);
