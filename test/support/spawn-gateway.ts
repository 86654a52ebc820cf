import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The gateway process as `npm start` runs it: `node --import tsx src/index.ts` in the project root, PORT=0, and
 * no environment but PATH, HOME and the variables a test passes — so a developer's shell cannot
 * switch a source on. With no source configured the process serves the built-in sandbox.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// `npm start` is `node --import tsx src/index.ts`: one process, which receives signals itself (tsx's
// CLI would be a second process relaying them, and under load its exit code can be the signal's).
const START: [string, ...string[]] = [process.execPath, '--import', 'tsx', 'src/index.ts'];
// Pretty mode prints the URL on a line of its own; JSON mode has it in the ready line's `url`.
const PRINTED_URL = /GraphiQL: (http:\/\/\S+\/graphql)\n|"url":"(http:\/\/[^"]+\/graphql)"/;

export interface SpawnedGateway {
  child: ChildProcess;
  /** GraphQL endpoint as the process printed it, e.g. http://localhost:41234/graphql */
  url: string;
  /** Everything the process wrote to stdout so far. */
  stdout: () => string;
  /** Everything the process wrote to stderr so far (start-up errors; log lines go to stdout). */
  stderr: () => string;
  /** Resolves with the exit code once the process has exited (null when a signal ended it). */
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL if it is still running after `graceMs` (default 10 s). Never rejects. */
  stop: (graceMs?: number) => Promise<void>;
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

// A gateway whose test timed out before it printed its URL has no handle in the test; this makes
// sure no gateway outlives the test worker that started it.
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) if (isRunning(child)) child.kill('SIGKILL');
});

/**
 * Starts the gateway process with only the given variables (PORT defaults to 0) and resolves once
 * it has printed its GraphiQL URL. Rejects with its stderr if it exits first; the caller's hook
 * timeout bounds the wait.
 */
export interface SpawnOptions {
  /** Program and arguments. Default: this node running tsx's CLI on `src/index.ts`. */
  command?: [string, ...string[]];
  /** Working directory. Default: the project root. */
  cwd?: string;
}

export async function spawnGateway(vars: Record<string, string> = {}, options: SpawnOptions = {}): Promise<SpawnedGateway> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', ...vars };
  const [program, ...args] = options.command ?? START;
  const child = spawn(program, args, { cwd: options.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  live.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      live.delete(child);
      resolve(code);
    }),
  );

  const stop = async (graceMs = 10_000) => {
    if (!isRunning(child)) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => isRunning(child) && child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };

  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = PRINTED_URL.exec(stdout);
      if (match) resolve((match[1] ?? match[2])!);
    });
    child.once('error', reject);
    void exited.then((code) => reject(new Error(`gateway exited with ${code} before listening:\n${stderr}`)));
  });
  return { child, url, stdout: () => stdout, stderr: () => stderr, exited, stop };
}

/**
 * Runs the gateway process with only the given variables (PORT defaults to 0) until it exits on
 * its own — for start-ups that must refuse; killed after `timeoutMs` (default 20 s) otherwise.
 */
export async function runUntilExit(
  vars: Record<string, string>,
  timeoutMs = 20_000,
): Promise<{ code: number | null; stdout: string; stderr: string; lines: string[] }> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', ...vars };
  const [program, ...args] = START;
  const child = spawn(program, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  clearTimeout(killer);
  return { code, stdout, stderr, lines: stderr.split('\n').filter((line) => line.trim() !== '') };
}
