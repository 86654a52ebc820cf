import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { SANDBOX_CREDENTIALS } from '../support/sandbox-credentials.js';
import { spawnGateway, type SpawnedGateway } from '../support/spawn-gateway.js';

/**
 * What the Dockerfile does, without a container engine: compile with `tsconfig.build.json`, put
 * the output beside package.json and package-lock.json in an empty directory, `npm ci
 * --omit=dev` there (so a runtime import of a dev dependency fails here), start `node
 * dist/index.js` with NODE_ENV=production, query it, run the image's HEALTHCHECK command
 * against it, and stop it with SIGTERM.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

let dir: string;
let sandbox: Sandbox;
let gateway: SpawnedGateway | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ticketlog-image-'));
  sandbox = await startSandbox();
  for (const file of ['package.json', 'package-lock.json']) cpSync(join(ROOT, file), join(dir, file));
  await Promise.all([
    // The build stage: `npm run build` is `tsc -p tsconfig.build.json`; here into the temp directory.
    // With `--noCheck`: `npm test`'s typecheck step already checks src with the same compiler
    // options (tsconfig.build.json only sets where and how to emit), and the emitted files do not
    // depend on it (isolatedModules) — checking again would cost ~10 s of CPU for nothing new.
    run(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--noCheck', '--outDir', join(dir, 'dist')],
      { cwd: ROOT },
    ),
    // The runtime stage, at the same time (it does not need the build).
    run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      timeout: 150_000,
    }),
  ]);
}, 240_000);

afterAll(async () => {
  await gateway?.stop(2_000);
  await sandbox?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the image, as the Dockerfile builds and runs it', () => {
  it('the Dockerfile is multi-stage, installs production dependencies only, runs as non-root `node dist/index.js`', () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    expect(dockerfile).toMatch(/^RUN npm ci --omit=dev /m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/index\.js"\]$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
    const pkg = JSON.parse(readFileSync(join(dir, 'node_modules/.package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    expect(Object.keys(pkg.packages).some((p) => p.endsWith('node_modules/vitest') || p.endsWith('node_modules/tsx'))).toBe(
      false,
    );
  });

  it('serves queries, readiness and metrics, passes its HEALTHCHECK, and stops on SIGTERM with exit 0', async () => {
    gateway = await spawnGateway(
      {
        NODE_ENV: 'production',
        AUTH: 'none',
        SANDBOX: '0',
        HOST: '127.0.0.1',
        ENNEO_URL: sandbox.enneo.url,
        ENNEO_TOKEN: SANDBOX_CREDENTIALS.enneoToken,
        TRACKER_URL: sandbox.tracker.url,
        TRACKER_TOKEN: SANDBOX_CREDENTIALS.trackerToken,
        TRACKER_ORG_ID: SANDBOX_CREDENTIALS.trackerOrgId,
      },
      { command: [process.execPath, 'dist/index.js'], cwd: dir },
    );
    // Production logs are JSON lines.
    for (const line of gateway.stdout().trim().split('\n')) expect(JSON.parse(line)).toHaveProperty('level');

    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ a: ticket(source: ENNEO, key: "8842") { title } b: ticket(source: TRACKER, key: "PAY-12") { key } }',
      }),
    });
    expect(await response.json()).toEqual({ data: { a: { title: 'Double charge on invoice 2025-10' }, b: { key: 'PAY-12' } } });
    expect((await fetch(new URL('/readyz', gateway.url))).status).toBe(200);
    expect(await (await fetch(new URL('/metrics', gateway.url))).text()).toContain('ticketlog_upstream_requests_total');

    // The HEALTHCHECK command, as the container engine would run it.
    const healthcheck = /^ {2}CMD (\[.*\])$/m.exec(dockerfile.slice(dockerfile.indexOf('HEALTHCHECK')));
    const [program, ...args] = JSON.parse(healthcheck![1]!) as string[];
    expect(program).toBe('node');
    const port = new URL(gateway.url).port;
    await expect(run(process.execPath, args, { env: { PORT: port } })).resolves.toBeDefined();

    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toBe(0);
  }, 60_000);
});
