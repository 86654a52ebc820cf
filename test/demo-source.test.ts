import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Adding a source touches its folder, the registry and the `Source` enum only: a test build
 * registers test/demo-source (module, GraphQL types, simulator) and the shared `tickets`,
 * `timeline` and `node` serve it beside the three real sources, with no other edit.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

let demoBuild: ChildProcess | undefined;
let url: string;

// One process of the test build serves every query of this file.
beforeAll(async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/demo-source/run.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  demoBuild = child;
  let output = '';
  url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = /^(\{"url":.*\})$/m.exec(output)?.[1];
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the test build exited with ${code} before serving:\n${output}`)));
  });
}, 60_000);

afterAll(async () => {
  if (!demoBuild || demoBuild.exitCode !== null) return;
  const exited = new Promise((resolve) => demoBuild!.once('exit', resolve));
  demoBuild.stdin!.end();
  await exited;
});

async function runDemoBuild(queries: { query: string; variables?: unknown }[]): Promise<{ data?: any; errors?: unknown[] }[]> {
  const answers = [];
  for (const body of queries) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify(body),
    });
    answers.push((await response.json()) as { data?: any; errors?: unknown[] });
  }
  return answers;
}

describe('a fourth source registered in a test build', () => {
  it('appears in Source, tickets, timeline and node, beside the real sources', async () => {
    const [enumValues, tickets, timeline] = await runDemoBuild([
      { query: '{ __type(name: "Source") { enumValues { name } } }' },
      {
        query: `{ tickets(refs: [{ source: DEMO, key: "d-1" }, { source: TRACKER, key: "PAY-12" }, { source: DEMO, key: "D-9" }]) {
          __typename id source key title status timeline { edges { node { __typename summary } } } } }`,
      },
      {
        query: `{ timeline(refs: [{ source: DEMO, key: "D-1" }, { source: ENNEO, key: "8821" }], order: NEWEST_FIRST) {
          edges { node { __typename id source summary occurredAt ticket { key } } } } }`,
      },
    ]);
    expect(enumValues!.data.__type.enumValues.map((v: { name: string }) => v.name)).toEqual([
      'DEMO',
      'ENNEO',
      'SOCIALBOARDS',
      'TRACKER',
    ]);

    expect(tickets!.errors).toBeUndefined();
    const [demo, tracker, missing] = tickets!.data.tickets;
    expect(demo).toMatchObject({ __typename: 'DemoTicket', source: 'DEMO', key: 'D-1', title: 'Demo ticket', status: 'open' });
    expect(demo.timeline.edges.map((e: { node: { summary: string } }) => e.node.summary)).toEqual(['first', 'second']);
    expect(tracker).toMatchObject({ __typename: 'TrackerIssue', source: 'TRACKER', key: 'PAY-12' });
    expect(missing).toBeNull();

    expect(timeline!.errors).toBeUndefined();
    const nodes = timeline!.data.timeline.edges.map((e: { node: { __typename: string; source: string } }) => e.node);
    const demoNodes = nodes.filter((n: { source: string }) => n.source === 'DEMO');
    expect(demoNodes.map((n: { summary: string }) => n.summary)).toEqual(['second', 'first']);
    expect(demoNodes.every((n: { ticket: { key: string } }) => n.ticket.key === 'D-1')).toBe(true);
    expect(nodes.some((n: { __typename: string }) => n.__typename === 'EnneoWorklog')).toBe(true);
    const times = nodes.map((n: { occurredAt: string }) => Date.parse(n.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // node(id) refetches the demo's ticket and entries by the ids the gateway issued.
    const [refetched] = await runDemoBuild([
      {
        query:
          'query ($t: ID!, $e: ID!) { t: node(id: $t) { __typename id ... on Ticket { key } } e: node(id: $e) { __typename id ... on TimelineEntry { summary } } }',
        variables: { t: demo.id, e: demoNodes[0].id },
      },
    ]);
    expect(refetched!.errors).toBeUndefined();
    expect(refetched!.data).toEqual({
      t: { __typename: 'DemoTicket', id: demo.id, key: 'D-1' },
      e: { __typename: 'DemoEvent', id: demoNodes[0].id, summary: 'second' },
    });
  });
});
