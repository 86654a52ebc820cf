import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { ENNEO_ROUTES } from '../src/sources/enneo/sim/simulator.js';
import { TRACKER_ROUTES } from '../src/sources/tracker/sim/simulator.js';
import { type Stack, startStack } from './support/stack.js';

/**
 * Response keys follow the selection set (GraphQL spec §7.1), not the order fields finish: the
 * first field here is made the slowest by delaying its source, the last the fastest.
 */

const Reversed = graphql(`
  query OrderReversed {
    slow: ticket(source: TRACKER, key: "PAY-12") { key title source }
    medium: ticket(source: ENNEO, key: "8842") { title key source }
    fast: ticket(source: SOCIALBOARDS, key: "5501") { source title key }
  }
`);

describe('response key order', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    stack.sandbox.tracker.faults.delay(TRACKER_ROUTES.searchIssues, 400);
    stack.sandbox.enneo.faults.delay(ENNEO_ROUTES.ticket, 200);
  });
  afterAll(() => stack.close());

  it('follows the selection set even when the fields resolve in reverse order', async () => {
    const { text } = await stack.post({ query: print(Reversed) });
    const body = JSON.parse(text) as { data: Record<string, Record<string, unknown>> };
    expect(Object.keys(body.data)).toEqual(['slow', 'medium', 'fast']);
    expect(Object.keys(body.data.slow!)).toEqual(['key', 'title', 'source']);
    expect(Object.keys(body.data.medium!)).toEqual(['title', 'key', 'source']);
    expect(Object.keys(body.data.fast!)).toEqual(['source', 'title', 'key']);
    // The simulators really did answer in reverse order.
    const trackerEnd = stack.sandbox.tracker.requests.find((r) => r.route === TRACKER_ROUTES.searchIssues)!.endedAt!;
    const enneoEnd = stack.sandbox.enneo.requests.find((r) => r.route === ENNEO_ROUTES.ticket)!.endedAt!;
    expect(trackerEnd).toBeGreaterThan(enneoEnd);
  });
});
