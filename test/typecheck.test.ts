import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

/** `tsc --noEmit` over src, test and scripts: a schema change that breaks a typed test operation fails here. */
it('the whole project typechecks (tsc --noEmit)', async () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
  const result = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '-p', root], { cwd: root }).then(
    () => ({ code: 0, output: '' }),
    (error: { code?: number; stdout?: string }) => ({ code: error.code ?? 1, output: error.stdout ?? '' }),
  );
  expect(result.output).toBe('');
  expect(result.code).toBe(0);
}, 180_000);
