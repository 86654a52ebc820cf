import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../src/schema/global-id.js';
import { type Stack, startStack } from './support/stack.js';

/**
 * One behaviour for every invalid argument, wherever it sits: refused before execution with
 * HTTP 400, no `data`, exactly one `BAD_USER_INPUT` error located at the argument's field (no
 * `path`: nothing ran), and no upstream call. Keys, ref lists, ids, page sizes, cursors, filters
 * and periods alike, at the root or nested under a field that would have needed a source first.
 */

const upstreamCalls = (stack: Stack) =>
  stack.sandbox.enneo.count() + stack.sandbox.socialboards.count() + stack.sandbox.tracker.count();

const CASES: [what: string, query: string, message: RegExp][] = [
  ['a malformed key', '{ ticket(source: ENNEO, key: "88x") { key } }', /key must be a numeric enneo ticket id/],
  [
    'a malformed key next to a valid field',
    '{ ok: ticket(source: TRACKER, key: "PAY-12") { key } bad: ticket(source: TRACKER, key: "PAY") { key } }',
    /Tracker issue key/,
  ],
  [
    'a malformed key in tickets(refs:)',
    '{ tickets(refs: [{ source: ENNEO, key: "8821" }, { source: SOCIALBOARDS, key: "0" }]) { key } }',
    /refs\[1\]\.key/,
  ],
  [
    'too many refs',
    `{ tickets(refs: [${Array.from({ length: 101 }, (_, i) => `{ source: ENNEO, key: "${8800 + i}" }`).join(' ')}]) { key } }`,
    /at most 100/,
  ],
  [
    'a malformed key in timeline(refs:)',
    '{ timeline(refs: [{ source: TRACKER, key: "12-PAY" }]) { totalCount } }',
    /refs\[0\]\.key/,
  ],
  [
    'an empty timeline period',
    '{ timeline(refs: [{ source: ENNEO, key: "8842" }], since: "2025-11-05T00:00:00Z", until: "2025-11-04T00:00:00Z") { totalCount } }',
    /since .* must be before until/,
  ],
  [
    'a page size over the limit, nested',
    '{ ticket(source: ENNEO, key: "8821") { worklogs(first: 501) { totalCount } } }',
    /first must be between 0 and 500/,
  ],
  [
    'a foreign cursor, nested',
    '{ ticket(source: ENNEO, key: "8821") { timeline(after: "bm90LWEtY3Vyc29y") { totalCount } } }',
    /after is not a cursor of this field/,
  ],
  [
    'empty action types, nested',
    '{ ticket(source: SOCIALBOARDS, key: "5501") { logEvents(types: []) { totalCount } } }',
    /types is empty/,
  ],
  [
    'a report filter the wrong way round',
    '{ worklogReport(filter: { from: "2025-11-30", to: "2025-09-01" }) { edges { cursor } } }',
    /filter\.from .* is after filter\.to/,
  ],
  ['a non-positive assessment id', '{ assessment(id: 0) { assessmentId } }', /positive assessment id/],
  ['an id that is not one', '{ node(id: "not an id!") { id } }', /not an id this gateway issued/],
  ['an id of a type that is not a Node', `{ node(id: "${encodeGlobalId('Actor', 'x')}") { id } }`, /not a Node type/],
  [
    'an id whose local part its type cannot hold',
    `{ node(id: "${encodeGlobalId('EnneoWorklog', 'abc')}") { id } }`,
    /not an EnneoWorklog id/,
  ],
  [
    'a ticket id with a malformed key',
    `{ nodes(ids: ["${encodeGlobalId('TrackerIssue', 'PAY-12')}", "${encodeGlobalId('TrackerIssue', 'PAY')}"]) { id } }`,
    /Tracker issue key/,
  ],
  [
    'too many ids',
    `{ nodes(ids: [${Array.from({ length: 101 }, (_, i) => `"${encodeGlobalId('EnneoTicket', String(8800 + i))}"`).join(',')}]) { id } }`,
    /at most 100 ids/,
  ],
];

describe('an invalid argument anywhere', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { GRAPHQL_MAX_TOKENS: '100000', GRAPHQL_MAX_ALIASES: '200' } });
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.sandbox.enneo.resetRequests();
    stack.sandbox.socialboards.resetRequests();
    stack.sandbox.tracker.resetRequests();
  });

  it.each(CASES)('%s → HTTP 400, no data, one located BAD_USER_INPUT, no upstream call', async (_what, query, message) => {
    const { status, text } = await stack.post({ query });
    const body = JSON.parse(text) as {
      data?: unknown;
      errors: { message: string; locations?: unknown[]; path?: unknown; extensions: Record<string, unknown> }[];
    };
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors;
    expect(error!.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(error!.message).toMatch(message);
    expect(error!.locations).toHaveLength(1);
    expect(error!.path).toBeUndefined();
    expect(upstreamCalls(stack)).toBe(0);
  });

  it('checks each request by its own variables, also when the same query text ran before with valid ones', async () => {
    const query = 'query Page($n: Int) { ticket(source: ENNEO, key: "8821") { worklogs(first: $n) { totalCount } } }';
    const ok = await stack.post({ query, variables: { n: 5 } });
    expect(ok.status).toBe(200);
    const refused = await stack.post({ query, variables: { n: 501 } });
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text).errors[0].message).toMatch(/first must be between 0 and 500/);
    const again = await stack.post({ query, variables: { n: 5 } });
    expect(again.status).toBe(200);
  });

  it('the same arguments, valid, run', async () => {
    const { status, text } = await stack.post({
      query: `{ node(id: "${encodeGlobalId('TrackerIssue', 'PAY-12')}") { id } assessment(id: 901) { assessmentId } }`,
    });
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      data: { node: { id: encodeGlobalId('TrackerIssue', 'PAY-12') }, assessment: { assessmentId: 901 } },
    });
  });
});
