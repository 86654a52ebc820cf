import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order files start in. vitest runs the files that took longest last time first, so the
 * slowest do not end up alone at the end; on a fresh checkout it has no such record and starts the
 * largest files first — which puts the files that start processes (the gateway, npm, the example
 * supergraph) or a browser near the end, where each one's start-up waits would stretch the run.
 * Without a record for every file, those files go first here (largest first among them, then the
 * rest by size); with one, vitest's own order stands.
 */
const STARTS_PROCESSES = /from 'node:child_process'|spawn-gateway\.js'|chromium\.js'/;

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const recorded = files.every((file) =>
      this.ctx.cache.getFileTestResults(`${file.project.name}:${relative(this.ctx.config.root, file.moduleId)}`),
    );
    const sorted = await super.sort(files);
    if (recorded) return sorted;
    const startsProcesses = new Map(files.map((file) => [file, STARTS_PROCESSES.test(readFileSync(file.moduleId, 'utf8'))]));
    // A stable sort: within each group the base order (largest first) stays.
    return sorted.sort((a, b) => Number(startsProcesses.get(b)) - Number(startsProcesses.get(a)));
  }
}
