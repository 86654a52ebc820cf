import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { SANDBOX_CREDENTIALS } from '../test/support/sandbox-credentials.js';

/**
 * The processes of `npm run bench`: the simulators (steered over stdin), the gateway as production
 * starts it (`node dist/index.js`) and the hand-written baseline (compiled to plain JS, so neither
 * contender pays for tsx), with CPU and RSS read from /proc (Linux).
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSC = `${ROOT}node_modules/typescript/bin/tsc`;
const BASELINE_OUT = `${ROOT}node_modules/.cache/bench-baseline`;

export interface Urls {
  enneo: string;
  tracker: string;
  socialboards: string;
}

export interface Sims {
  urls: Urls;
  /** Sends one control line (`delay <ms>`, `reset`, `counts`); resolves with the request counts. */
  command(line: string): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export async function startSims(args: string[] = []): Promise<Sims> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./bench-sandbox.ts', import.meta.url)), ...args],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error('the simulators process ended');
    return JSON.parse(value as string) as unknown;
  };
  const urls = (await next()) as Urls;
  let queue = Promise.resolve<unknown>(undefined);
  return {
    urls,
    command(line) {
      const answer = queue.then(() => {
        child.stdin!.write(`${line}\n`);
        return next() as Promise<Record<string, number>>;
      });
      queue = answer.catch(() => undefined);
      return answer;
    },
    async close() {
      child.stdin!.end();
      await once(child, 'exit');
    },
  };
}

/** The variables that point a gateway (or the baseline) at the simulators. */
export function upstreamEnv(urls: Urls): Record<string, string> {
  const c = SANDBOX_CREDENTIALS;
  return {
    ENNEO_URL: urls.enneo,
    ENNEO_TOKEN: c.enneoToken,
    ENNEO_TIMEZONE: 'Europe/Berlin',
    SOCIALBOARDS_URL: urls.socialboards,
    SOCIALBOARDS_CLIENT_ID: c.socialboardsClientId,
    SOCIALBOARDS_REFRESH_TOKEN: c.socialboardsRefreshToken,
    TRACKER_URL: urls.tracker,
    TRACKER_TOKEN: c.trackerToken,
    TRACKER_ORG_ID: c.trackerOrgId,
    // Enough connections for W3's 100 ticket reads at once, so round trips show the calls' dependencies, not the pool.
    UPSTREAM_CONNECTIONS: '128',
    UPSTREAM_HEADERS_TIMEOUT_MS: '60000',
  };
}

export interface Contender {
  name: string;
  pid: number;
  /** POSTs the workload's request; resolves with status and body text. */
  post(path: string, body: string): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

function contender(name: string, child: ChildProcess, origin: string): Contender {
  const pool = new Pool(origin, { connections: 64 }); // the benchmark's clients: 50 at a time
  return {
    name,
    pid: child.pid!,
    async post(path, body) {
      const r = await pool.request({
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
      });
      return { status: r.statusCode, text: await r.body.text() };
    },
    async close() {
      await pool.close();
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    },
  };
}

/** `npm run build`, so the gateway runs as the image runs it. */
export function buildDist(): void {
  execFileSync(process.execPath, [TSC, '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}

/** `node dist/index.js` on a free loopback port, against the simulators; resolves once /healthz answers. */
export async function startGateway(urls: Urls, extraEnv: Record<string, string> = {}): Promise<Contender> {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    SANDBOX: '0',
    // As the image runs it (Dockerfile: NODE_ENV=production), behind a proxy that authenticates;
    // graphql-js, too, drops its development-only checks (a realm check on every failed instanceof).
    NODE_ENV: 'production',
    AUTH: 'none',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: String(port),
    ...upstreamEnv(urls),
    ...extraEnv,
  };
  // BENCH_NODE_OPTIONS (e.g. `--cpu-prof`) is passed to the gateway's node only, for profiling it.
  const nodeArgs = (process.env.BENCH_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, 'dist/index.js'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const gateway = contender('gateway', child, `http://127.0.0.1:${port}`);
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`the gateway exited with ${child.exitCode}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) return gateway;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the gateway did not answer /healthz within 30 s');
}

/** scripts/bench-baseline.ts compiled to plain JS and started; resolves once it printed its port. */
export async function startBaseline(urls: Urls, extraEnv: Record<string, string> = {}): Promise<Contender> {
  mkdirSync(BASELINE_OUT, { recursive: true });
  writeFileSync(`${BASELINE_OUT}/package.json`, '{"type":"module"}\n');
  execFileSync(
    process.execPath,
    [
      TSC,
      'scripts/bench-baseline.ts',
      '--outDir',
      BASELINE_OUT,
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--types',
      'node',
      '--skipLibCheck',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const env = { PATH: process.env.PATH ?? '', ...upstreamEnv(urls), ...extraEnv };
  const child = spawn(process.execPath, [`${BASELINE_OUT}/bench-baseline.js`], {
    cwd: ROOT,
    env,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  const { port } = JSON.parse(line) as { port: number };
  const baseline = contender('baseline', child, `http://127.0.0.1:${port}`);
  return {
    ...baseline,
    async close() {
      child.stdin!.end();
      await baseline.close();
    },
  };
}

const TICK_MS = 1000 / 100; // USER_HZ is 100 on Linux

/** CPU time the process has used so far, in ms (user + system). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** Resident set size now, in MiB. */
export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match![1]) / 1024;
}

/** Samples a process's RSS every 20 ms until stopped; returns the peak in MiB. */
export function rssPeak(pid: number): () => number {
  let peak = rssMiB(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, rssMiB(pid));
  };
}
