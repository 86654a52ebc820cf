import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './support/stack.js';

/**
 * Operations too large to run cheaply are refused before they reach any source: too deep, too
 * many aliases, too many tokens. Ordinary operations (and GraphiQL's introspection) still run.
 */

const upstreamCalls = (stack: Stack) =>
  stack.sandbox.enneo.count() + stack.sandbox.socialboards.count() + stack.sandbox.tracker.count();

describe('operation limits', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { GRAPHQL_MAX_DEPTH: '8', GRAPHQL_MAX_ALIASES: '3', GRAPHQL_MAX_TOKENS: '400' } });
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.sandbox.enneo.resetRequests();
    stack.sandbox.socialboards.resetRequests();
    stack.sandbox.tracker.resetRequests();
  });

  const refused = async (query: string, message: RegExp) => {
    const { status, text } = await stack.post({ query });
    expect(status).toBe(400);
    const body = JSON.parse(text) as { data?: unknown; errors: { message: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors.map((e) => e.message).join('\n')).toMatch(message);
    expect(upstreamCalls(stack)).toBe(0);
  };

  it('refuses nesting deeper than GRAPHQL_MAX_DEPTH', async () => {
    // ticket → worklogs → edges → node → ticket → worklogs → edges → node → ticket → key: depth 10
    await refused(
      '{ ticket(source: ENNEO, key: "8821") { worklogs { edges { node { ticket { worklogs { edges { node { ticket { key } } } } } } } } } }',
      /depth/i,
    );
  });

  it('refuses more aliases than GRAPHQL_MAX_ALIASES', async () => {
    const aliases = [1, 2, 3, 4].map((i) => `t${i}: ticket(source: ENNEO, key: "88${20 + i}") { key }`).join(' ');
    await refused(`{ ${aliases} }`, /alias/i);
  });

  it('refuses a document longer than GRAPHQL_MAX_TOKENS', async () => {
    const refs = Array.from({ length: 60 }, (_, i) => `{ source: ENNEO, key: "${8801 + i}" }`).join(' ');
    await refused(`{ tickets(refs: [${refs}]) { key } }`, /token/i);
  });

  it('runs an ordinary operation and introspection within the limits', async () => {
    const { status, text } = await stack.post({ query: '{ a: ticket(source: ENNEO, key: "8821") { key title } }' });
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ data: { a: { key: '8821' } } });
    const introspection = await stack.post({
      query: '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }',
    });
    expect(introspection.status).toBe(200);
  });
});

describe('nesting deeper than the parser can take (2000 levels, under the default token limit)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  const deep = (open: string, close: string) =>
    `{ ticket(source: ENNEO, key: ${open.repeat(2000)}"1"${close.repeat(2000)}) { key } }`;
  it.each([
    ['selection sets', `${'{ a '.repeat(2000)}${'}'.repeat(2000)}`],
    ['list values', deep('[', ']')],
    ['object values', deep('{ a: ', '}')],
  ])('%s: HTTP 400 before parsing, never a 500', async (_what, query) => {
    const { status, text } = await stack.post({ query });
    expect(status).toBe(400);
    const body = JSON.parse(text) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: 'Syntax Error: the document nests brackets deeper than 200 levels.',
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      },
    ]);
    expect(upstreamCalls(stack)).toBe(0);
  });

  it('nesting within the limit still gets the ordinary validation error', async () => {
    const { status, text } = await stack.post({
      query: `{ ticket(source: ENNEO, key: ${'['.repeat(150)}"1"${']'.repeat(150)}) { key } }`,
    });
    expect(status).toBe(400);
    expect((JSON.parse(text) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});
