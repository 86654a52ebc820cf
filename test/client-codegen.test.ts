import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import clientConfig from '../examples/client-codegen/codegen.js';
import { CaseTimelineDocument, describeTimeline } from '../examples/client-codegen/src/case-timeline.js';
import type { CaseTimelineQuery } from '../examples/client-codegen/src/gql/graphql.js';
import { type Stack, startStack } from './support/stack.js';

/**
 * Issue 11 item 5: the GraphQL Code Generator config the README gives a frontend
 * (examples/client-codegen/codegen.ts) generates, from schema.graphql and from the running
 * gateway alike; what it generated is committed and typechecked (the typecheck test covers
 * examples/), and the typed operation runs against the gateway.
 */

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
/** One file GraphQL Code Generator produced (`generate` is typed loosely). */
interface Output {
  filename: string;
  content: string;
}

/** The generated type of one operation's result, as text. */
const operationType = (content: string, name: string) => new RegExp(`export type ${name} = [^\\n]*\\n`).exec(content)?.[0];

describe('client codegen for a frontend', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('generates from schema.graphql exactly what examples/client-codegen/src/gql holds (run `npm run codegen` when this fails)', async () => {
    const outputs: Output[] = await generate({ ...clientConfig, silent: true, verbose: false }, false);
    expect(outputs.map((o) => o.filename.replace(/.*examples\//, 'examples/')).sort()).toEqual(
      ['fragment-masking.ts', 'gql.ts', 'graphql.ts', 'index.ts'].map((f) => `examples/client-codegen/src/gql/${f}`),
    );
    for (const output of outputs)
      expect(read(output.filename.replace(/.*examples\//, 'examples/')), output.filename).toBe(output.content);
    const types = outputs.find((o) => o.filename.endsWith('graphql.ts'))!.content;
    // The scalars mapped as the README says.
    expect(types).toContain('DateTime: { input: string; output: string; }');
    expect(types).toContain('Date: { input: string; output: string; }');
    expect(types).toContain('JSON: { input: unknown; output: unknown; }');
    expect(types).toContain('JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }');
    expect(types).not.toMatch(/: any\b/);
  });

  it('generates the same operation types from the running gateway (`schema: http://…/graphql`)', async () => {
    const outputs: Output[] = await generate({ ...clientConfig, schema: stack.url, silent: true, verbose: false }, false);
    const live = outputs.find((o) => o.filename.endsWith('graphql.ts'))!.content;
    const committed = read('examples/client-codegen/src/gql/graphql.ts');
    expect(operationType(live, 'CaseTimelineQuery')).toBeDefined();
    expect(operationType(live, 'CaseTimelineQuery')).toBe(operationType(committed, 'CaseTimelineQuery'));
  });

  it('the typed operation runs against the gateway and its result fits the generated types', async () => {
    const { status, text } = await stack.post({
      query: print(CaseTimelineDocument),
      variables: {
        refs: [
          { source: 'ENNEO', key: '8842' },
          { source: 'TRACKER', key: 'PAY-12' },
        ],
        first: 20,
      },
    });
    expect(status).toBe(200);
    const { data, errors } = JSON.parse(text) as { data: CaseTimelineQuery; errors?: unknown[] };
    expect(errors).toBeUndefined();
    const lines = describeTimeline(data);
    expect(lines).toHaveLength(data.timeline.totalCount ?? -1);
    expect(lines[0]).toMatch(/^2025-11-03T08:15:00\.000Z ENNEO Read: Opened ticket/);
    expect(lines[0]).toMatch(/\(2025-11-03, \d+ raw fields\)$/);
  });

  it('the README shows this config, verbatim', () => {
    const config = read('examples/client-codegen/codegen.ts');
    const body = config.slice(config.indexOf('const config'), config.indexOf('export default'));
    expect(body.length).toBeGreaterThan(200);
    expect(read('README.md')).toContain(body.trim());
  });
});
