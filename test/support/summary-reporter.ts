import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line `N passed, M failed`, which CI's counter reads (it does not
 * understand vitest's own summary). Skipped or todo tests would count as neither, so there are none.
 * Under `npm test` (scripts/test.ts) the typecheck and the Biome check, which run beside vitest,
 * count as one more test each: there this reporter writes its counts as JSON to
 * `TICKETLOG_SUMMARY_FILE`, and scripts/test.ts prints the last line once the typecheck is done.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
      }
      // A file that failed to load has no tests to count; count it as a failure.
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed += 1;
    }
    failed += unhandledErrors.length;
    const summaryFile = process.env.TICKETLOG_SUMMARY_FILE;
    if (summaryFile) {
      writeFileSync(summaryFile, JSON.stringify({ passed, failed }));
      return;
    }
    // After vitest's own summary, so this is the last line of the run.
    setImmediate(() => process.stdout.write(`\n${passed} passed, ${failed} failed\n`));
  }
}
