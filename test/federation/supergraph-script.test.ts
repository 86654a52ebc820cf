import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { composeSupergraph } from '../../examples/supergraph/routers.js';

/**
 * Issue 11 item 3: `npm run supergraph` is one command that composes and starts the ticketlog
 * gateway (sandbox), the example CRM subgraph and both routers, prints their URLs and a
 * cross-subgraph answer from each router. Run here as `npm run supergraph -- --free-ports`, so the
 * OS picks the ports (the README's fixed 4000/4001/4100/4200 may be taken on a shared machine).
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const children = new Set<ChildProcess>();

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

// The script's own command without npm in between, where a test needs the process's exit code
// after a signal (npm re-raises the signal and hides it).
const TSX_CLI = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

function runScript(via: 'npm' | 'tsx' | 'apollo-gateway', ...args: string[]): Run {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  const [command, argv] =
    via === 'npm'
      ? ['npm', ['run', '--silent', 'supergraph', '--', '--free-ports', ...args]]
      : via === 'tsx'
        ? [process.execPath, [TSX_CLI, 'examples/supergraph/start.ts', '--free-ports', ...args]]
        : [process.execPath, [TSX_CLI, 'examples/supergraph/apollo-gateway.ts', ...args]];
  const child = spawn(command, argv as string[], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
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

afterEach(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
});

describe('npm run supergraph', () => {
  it('is the script the README names', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.supergraph).toBe('tsx examples/supergraph/start.ts');
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain('npm run supergraph');
  });

  it('starts everything, prints the URLs and one cross-subgraph answer from each router', { timeout: 90_000 }, async () => {
    const run = runScript('npm', '--once');
    expect(await run.exited).toBe(0);
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
  });

  it('keeps serving until stopped, then exits cleanly on SIGTERM', { timeout: 90_000 }, async () => {
    const run = runScript('tsx');
    const [, url] = await waitFor(run, /Hive Gateway supergraph:\s+(\S+)\n[\s\S]*Ctrl-C stops everything/);
    const response = await fetch(url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ customers(first: 1) { edges { node { name cases { title } } } } }' }),
    });
    expect(await response.json()).toEqual({ data: { customers: { edges: [{ node: { name: 'Anne Dahl', cases: [] } }] } } });
    run.child.kill('SIGTERM');
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
    const run = runScript('apollo-gateway', '--port', '0');
    const [, url] = await waitFor(run, /supergraph at (http:\/\/\S+)/);
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
