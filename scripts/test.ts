import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm test`: the typecheck (`tsc --noEmit` over src, test and scripts) and the Biome check (lint
 * and formatting, biome.json; `npm run format` fixes the formatting) as their own steps, and
 * vitest. Arguments go to vitest (`npm test -- test/unit`). All always run, so one run reports
 * type errors, lint findings and failing tests together; the typecheck and the Biome check count
 * as one test each in the last line, `N passed, M failed`.
 *
 * The typecheck runs beside vitest rather than before it: it is one single-threaded process of
 * 10–15 s on a clean checkout, and vitest's files spend part of their time waiting on sockets,
 * spawned processes and the browser, so the second core does it meanwhile. Its output is held
 * back and printed after vitest's, so the two do not interleave. vitest's summary reporter
 * (test/support/summary-reporter.ts) hands its counts to this script through
 * `TICKETLOG_SUMMARY_FILE`, and this script prints the last line once both have finished.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSC = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
const BIOME = fileURLToPath(new URL('../node_modules/@biomejs/biome/bin/biome', import.meta.url));
const VITEST = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

interface Finished {
  status: number | null;
  error?: Error;
  output: string;
}

/** Runs a command; `quiet` collects its output for later instead of printing it. */
function run(args: string[], options: { quiet: boolean; env?: NodeJS.ProcessEnv }): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: options.env ?? process.env,
      stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => resolve({ status: null, error, output }));
    child.once('close', (status) => resolve({ status, output }));
  });
}

// Incremental: a run after a small change re-checks only what it affects. The build info lives in
// node_modules/.cache, so a fresh checkout (and `npm ci`) starts from nothing.
const typechecking = run(
  [TSC, '--noEmit', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/tsc/tsbuildinfo', '-p', ROOT],
  { quiet: true },
);

// `biome check` without `--write`: reports lint findings and unformatted files, changes nothing.
// Under a second, so it simply runs first.
const biome = spawnSync(process.execPath, [BIOME, 'check', '--colors=off', '.'], { cwd: ROOT, stdio: 'inherit' });
const lint: 'passed' | 'failed' = biome.status === 0 ? 'passed' : 'failed';
if (lint === 'failed')
  console.error(
    `lint/format check failed (biome check${biome.error ? `: ${biome.error.message}` : ''}; npm run format fixes formatting)`,
  );

const summaryDir = mkdtempSync(join(tmpdir(), 'ticketlog-test-'));
const summaryFile = join(summaryDir, 'summary.json');
const vitest = await run([VITEST, 'run', ...process.argv.slice(2)], {
  quiet: false,
  env: { ...process.env, TICKETLOG_SUMMARY_FILE: summaryFile },
});

const tsc = await typechecking;
if (tsc.output.trim() !== '') process.stdout.write(`\n${tsc.output}`);
const typecheck: 'passed' | 'failed' = tsc.status === 0 ? 'passed' : 'failed';
if (typecheck === 'failed') console.error(`typecheck failed (tsc --noEmit${tsc.error ? `: ${tsc.error.message}` : ''})`);

// No counts: vitest ended before its reporter ran (a broken config, a crash: one failure), or
// `--reporter` arguments replaced the summary reporter (then only the exit status is known).
let counts = { passed: 0, failed: vitest.status === 0 ? 0 : 1 };
try {
  counts = JSON.parse(readFileSync(summaryFile, 'utf8')) as typeof counts;
} catch {
  console.error(`vitest ended (status ${vitest.status}) without its summary reporter's counts`);
}
rmSync(summaryDir, { recursive: true, force: true });
for (const step of [typecheck, lint]) counts[step] += 1;
process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed\n`);
process.exit(counts.failed === 0 && vitest.status === 0 ? 0 : 1);
