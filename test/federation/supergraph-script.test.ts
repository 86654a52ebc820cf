import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph } from '../../examples/supergraph/routers.js';

/**
 * `npm run supergraph` is one command that composes and starts the ticketlog
 * gateway (sandbox), the example CRM subgraph and both routers, prints their URLs and a
 * cross-subgraph answer from each router, and serves until stopped. Run here as `npm run
 * supergraph -- --free-ports`, so the OS picks the ports (the README's fixed 4000/4001/4100/4200
 * may be taken on a shared machine). Both processes this file runs start together, before the
 * first test: each is mostly waiting for its own start-up.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const children = new Set<ChildProcess>();

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function runScript(via: 'npm' | 'apollo-gateway', ...args: string[]): Run {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  const [command, argv] =
    via === 'npm'
      ? ['npm', ['run', '--silent', 'supergraph', '--', '--free-ports', ...args]]
      : [process.execPath, ['--import', 'tsx', 'examples/supergraph/apollo-gateway.ts', ...args]];
  const child = spawn(command, argv as string[], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** The pid of the node process running examples/supergraph/start.ts below `ancestor` (npm, sh), if any. */
function scriptProcess(ancestor: number): number | undefined {
  const table = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m) => m !== null)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args: args! }));
  const below = new Set([ancestor]);
  // A process tree of npm → sh → node: a few rounds reach every descendant.
  for (let round = 0; round < 5; round++) for (const p of table) if (below.has(p.ppid)) below.add(p.pid);
  return table.find(
    (p) =>
      below.has(p.pid) &&
      p.pid !== ancestor &&
      p.args.includes('examples/supergraph/start.ts') &&
      /\bnode\b/.test(p.args.split(' ')[0]!),
  )?.pid;
}

/** Resolves once the output matches, or rejects when the process ends first. */
async function waitFor(run: Run, pattern: RegExp): Promise<RegExpExecArray> {
  for (let i = 0; i < 600; i++) {
    const match = pattern.exec(run.output());
    if (match) return match;
    if (run.child.exitCode !== null)
      throw new Error(`exited with ${run.child.exitCode} before printing ${pattern}:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${pattern} within 60 s:\n${run.output()}`);
}

let supergraph: Run;
let apolloExample: Run;
beforeAll(() => {
  supergraph = runScript('npm');
  apolloExample = runScript('apollo-gateway', '--port', '0');
});

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
});

describe('npm run supergraph', () => {
  it('is the script the README names', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.supergraph).toBe('node --import tsx examples/supergraph/start.ts');
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain('npm run supergraph');
  });

  it('starts everything, prints the URLs and one cross-subgraph answer from each router, keeps serving until stopped, then exits cleanly on SIGTERM', {
    timeout: 90_000,
  }, async () => {
    const run = supergraph;
    await waitFor(run, /Ctrl-C stops everything/);
    const output = run.output();
    for (const label of ['ticketlog gateway (sandbox)', 'CRM subgraph', 'Hive Gateway supergraph', 'Apollo Gateway supergraph']) {
      expect(output).toMatch(new RegExp(`${label.replace(/[()]/g, '\\$&')}:\\s+http://127\\.0\\.0\\.1:\\d+/graphql`));
    }
    const answers = [...output.matchAll(/^(hive|apollo) router answers KariNordmannsCase:\n(.*)$/gm)].map((m) => [
      m[1],
      JSON.parse(m[2]!),
    ]);
    expect(answers.map(([kind]) => kind)).toEqual(['hive', 'apollo']);
    const expected = {
      data: {
        customer: {
          name: 'Kari Nordmann',
          tickets: [
            { __typename: 'EnneoTicket', source: 'ENNEO', title: 'Double charge on invoice 2025-10', timeSpentSeconds: 1140 },
            {
              __typename: 'TrackerIssue',
              source: 'TRACKER',
              title: 'Refund double charge for Kari Nordmann (invoice 2025-10)',
              timeSpentSeconds: 44_100,
            },
            {
              __typename: 'SocialboardsTicket',
              source: 'SOCIALBOARDS',
              title: 'Double charge on invoice 2025-10',
              timeSpentSeconds: 0,
            },
          ],
        },
        ticket: {
          title: 'Refund double charge for Kari Nordmann (invoice 2025-10)',
          crmCustomer: { name: 'Kari Nordmann', email: 'kari.nordmann@example.no' },
        },
      },
    };
    for (const [, answer] of answers) expect(answer).toEqual(expected);

    // Still serving after printing: a query through the Hive router, then SIGTERM stops everything.
    const [, url] = /Hive Gateway supergraph:\s+(\S+)\n/.exec(output)!;
    const response = await fetch(url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ customers(first: 1) { edges { node { name cases { title } } } } }' }),
    });
    expect(await response.json()).toEqual({ data: { customers: { edges: [{ node: { name: 'Anne Dahl', cases: [] } }] } } });
    // SIGTERM to the script's node process itself: npm runs it through `sh -c`, which would die of
    // a signal sent to npm and hide the script's exit code; npm exits with the script's code.
    const script = scriptProcess(run.child.pid!);
    expect(script, 'the node process running start.ts').toBeDefined();
    process.kill(script!, 'SIGTERM');
    expect(await run.exited).toBe(0);
  });
});

describe('the README supergraph section, as written', () => {
  const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

  it('shows examples/supergraph/apollo-gateway.ts verbatim, and that file composes the committed SDL files and serves', {
    timeout: 60_000,
  }, async () => {
    const source = read('examples/supergraph/apollo-gateway.ts');
    expect(read('README.md')).toContain(`\`\`\`ts\n${source}\`\`\``);
    const [, url] = await waitFor(apolloExample, /supergraph at (http:\/\/\S+)/);
    const response = await fetch(url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('supergraph.yaml names SDL files that compose with both libraries, at the ports npm run supergraph uses', () => {
    const yaml = read('examples/supergraph/supergraph.yaml');
    const subgraphs = [...yaml.matchAll(/^ {2}(\w+):\n {4}routing_url: (\S+)\n {4}schema:\n {6}file: (\S+)/gm)].map(
      ([, name, url, file]) => ({
        name: name!,
        url: url!,
        sdl: read(`examples/supergraph/${file!.replace(/^\.\//, '')}`),
      }),
    );
    expect(subgraphs.map((s) => [s.name, s.url])).toEqual([
      ['ticketlog', 'http://localhost:4000/graphql'],
      ['crm', 'http://localhost:4001/graphql'],
    ]);
    for (const composer of ['apollo', 'guild'] as const) expect(composeSupergraph(subgraphs, composer)).toContain('join__Graph');
    const start = read('examples/supergraph/start.ts');
    for (const port of [4000, 4001]) expect(start).toContain(`port(${port})`);
  });
});
