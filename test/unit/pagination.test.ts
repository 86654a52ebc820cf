import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  type Connection,
  connectionFromArray,
  connectionFromSlice,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  MAX_PAGE_SIZE,
  offsetWindow,
  pageSizes,
} from '../../src/schema/pagination.js';
import { type TimelineKey, timelineConnection } from '../../src/schema/timeline-page.js';

/**
 * Relay paging with plain lists: the default page of 50, the 500 (and report 1,000) limits,
 * opaque scoped cursors, every first/last/after/before window over offsets and over timeline
 * keys in both orders, and BAD_USER_INPUT for sizes out of range and cursors this field did not issue.
 */

function expectBadUserInput(run: () => unknown, message: RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(GraphQLError);
  expect((thrown as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  expect((thrown as GraphQLError).message).toMatch(message);
}

const letters = 'abcdefghij'.split('');
const nodes = <T>(c: { edges: { node: T }[] }) => c.edges.map((e) => e.node);

describe('pageSizes', () => {
  it('defaults first to 50 when neither first nor last is given', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(50);
    expect(pageSizes({})).toEqual({ first: 50, last: null });
    expect(pageSizes({ first: null, last: null })).toEqual({ first: 50, last: null });
  });

  it('keeps what was given, with no default first when last is given', () => {
    expect(pageSizes({ first: 3 })).toEqual({ first: 3, last: null });
    expect(pageSizes({ last: 4 })).toEqual({ first: null, last: 4 });
    expect(pageSizes({ first: 0 })).toEqual({ first: 0, last: null });
    expect(pageSizes({ first: 500 })).toEqual({ first: 500, last: null });
    expect(pageSizes({ first: 1000 }, 1000)).toEqual({ first: 1000, last: null });
  });

  it('refuses sizes over the maximum or negative, naming the argument and the limit', () => {
    expect(MAX_PAGE_SIZE).toBe(500);
    expectBadUserInput(() => pageSizes({ first: 501 }), /first must be between 0 and 500 \(got 501\)/);
    expectBadUserInput(() => pageSizes({ last: 501 }), /last must be between 0 and 500/);
    expectBadUserInput(() => pageSizes({ first: -1 }), /first must be between 0 and 500 \(got -1\)/);
    expectBadUserInput(() => pageSizes({ first: 1001 }, 1000), /between 0 and 1000/);
  });
});

describe('cursors', () => {
  it('are opaque base64url strings that round-trip within their scope', () => {
    const cursor = encodeCursor('worklogs', 12);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('12');
    expect(decodeCursor('worklogs', cursor, 'after')).toBe('12');
  });

  it('refuses a cursor of another scope, a non-base64url string, or plain text, naming the argument', () => {
    const report = encodeCursor('report', 3);
    expectBadUserInput(() => decodeCursor('worklogs', report, 'after'), /^after is not a cursor of this field/);
    expectBadUserInput(() => decodeCursor('worklogs', 'not a cursor!', 'before'), /^before is not a cursor of this field/);
    expectBadUserInput(() => decodeCursor('worklogs', '', 'after'), /after is not a cursor/);
    expectBadUserInput(
      () => decodeCursor('worklogs', Buffer.from('worklogsX:1').toString('base64url'), 'after'),
      /after is not a cursor/,
    );
  });
});

describe('offsetWindow', () => {
  const w = (args: Parameters<typeof offsetWindow>[1], total = 10) => offsetWindow('s', args, MAX_PAGE_SIZE, total);
  const at = (n: number) => encodeCursor('s', n);

  it('cuts first, after, last and before windows (Relay algorithm over offsets)', () => {
    expect(w({})).toEqual({ start: 0, end: 10 });
    expect(w({ first: 3 })).toEqual({ start: 0, end: 3 });
    expect(w({ first: 3, after: at(2) })).toEqual({ start: 3, end: 6 });
    expect(w({ first: 3, after: at(8) })).toEqual({ start: 9, end: 10 });
    expect(w({ first: 3, after: at(9) })).toEqual({ start: 10, end: 10 });
    expect(w({ last: 3 })).toEqual({ start: 7, end: 10 });
    expect(w({ last: 3, before: at(7) })).toEqual({ start: 4, end: 7 });
    expect(w({ last: 3, before: at(1) })).toEqual({ start: 0, end: 1 });
    expect(w({ after: at(2), before: at(6) })).toEqual({ start: 3, end: 6 });
    expect(w({ first: 2, after: at(2), before: at(6) })).toEqual({ start: 3, end: 5 });
    expect(w({ last: 2, after: at(2), before: at(6) })).toEqual({ start: 4, end: 6 });
    expect(w({ first: 0 })).toEqual({ start: 0, end: 0 });
    // A before cursor at or before after's position leaves an empty window, not a negative one.
    expect(w({ after: at(6), before: at(3) })).toEqual({ start: 7, end: 7 });
  });

  it('works without a known total (the report)', () => {
    expect(offsetWindow('report', { first: 1000, after: encodeCursor('report', 999) }, 1000)).toEqual({ start: 1000, end: 2000 });
    expect(offsetWindow('report', {}, 1000)).toEqual({ start: 0, end: 50 });
  });

  it('refuses cursors whose payload is not an offset', () => {
    expectBadUserInput(() => w({ after: encodeCursor('s', 'x') }), /after is not a cursor/);
    expectBadUserInput(() => w({ before: encodeCursor('s', '-1') }), /before is not a cursor/);
    expectBadUserInput(() => w({ after: encodeCursor('s', '1e3') }), /after is not a cursor/);
    expectBadUserInput(() => w({ after: encodeCursor('s', '1234567890') }), /after is not a cursor/);
    expectBadUserInput(() => w({ after: encodeCursor('other', 1) }), /after is not a cursor/);
  });
});

describe('connectionFromArray', () => {
  it('returns the default page with totalCount and page info', () => {
    const many = Array.from({ length: 120 }, (_, i) => i);
    const page = connectionFromArray('n', many, {});
    expect(nodes(page)).toEqual(many.slice(0, 50));
    expect(page.totalCount).toBe(120);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page.pageInfo.startCursor).toBe(page.edges[0]!.cursor);
    expect(page.pageInfo.endCursor).toBe(page.edges[49]!.cursor);
  });

  it('pages forward with first/after through every item exactly once', () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Connection<string> = connectionFromArray('n', letters, { first: 3, after });
      seen.push(...nodes(page));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(letters);
  });

  it('pages backward with last/before through every item exactly once', () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Connection<string> = connectionFromArray('n', letters, { last: 3, before });
      seen.unshift(...nodes(page));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(seen).toEqual(letters);
  });

  it('answers an empty list and an empty page with null cursors', () => {
    expect(connectionFromArray('n', [], {})).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      totalCount: 0,
    });
    expect(connectionFromArray('n', letters, { first: 0 }).pageInfo).toMatchObject({
      startCursor: null,
      endCursor: null,
      hasNextPage: true,
    });
  });

  it('refuses an over-limit page and a cursor of another field', () => {
    expectBadUserInput(() => connectionFromArray('n', letters, { first: 501 }), /first must be between 0 and 500/);
    const foreign = connectionFromArray('other', letters, { first: 1 }).pageInfo.endCursor!;
    expectBadUserInput(() => connectionFromArray('n', letters, { after: foreign }), /after is not a cursor/);
  });
});

describe('connectionFromSlice', () => {
  it('numbers cursors from the slice offset and passes the flags through', () => {
    const page = connectionFromSlice('report', ['x', 'y'], 1000, { hasNextPage: false });
    expect(page.edges.map((e) => decodeCursor('report', e.cursor, 'after'))).toEqual(['1000', '1001']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect('totalCount' in page).toBe(false);
    expect(connectionFromSlice('report', ['x'], 0, { hasNextPage: true, totalCount: 7 })).toMatchObject({
      totalCount: 7,
      pageInfo: { hasPreviousPage: false },
    });
  });
});

describe('timelineConnection', () => {
  interface Entry {
    id: string;
    source: TimelineKey['source'];
    at: string;
  }
  const keyOf = (e: Entry): TimelineKey => ({ occurredAt: new Date(e.at), source: e.source, id: e.id });
  // Deliberately unsorted, with ties on occurredAt broken by source, then by id in numeric order.
  const entries: Entry[] = [
    { id: '8842:10', source: 'ENNEO', at: '2025-11-03T10:00:00Z' },
    { id: '1', source: 'TRACKER', at: '2025-11-03T09:00:00Z' },
    { id: '8842:9', source: 'ENNEO', at: '2025-11-03T10:00:00Z' },
    { id: 'x', source: 'SOCIALBOARDS', at: '2025-11-03T10:00:00Z' },
    { id: '8842:1', source: 'ENNEO', at: '2025-11-01T08:00:00Z' },
    { id: '2', source: 'TRACKER', at: '2025-11-04T12:00:00Z' },
    { id: '8842:2', source: 'ENNEO', at: '2025-11-02T08:00:00Z' },
  ];
  const oldestFirst = ['8842:1', '8842:2', '1', '8842:9', '8842:10', 'x', '2'];
  const ids = (c: { edges: { node: Entry }[] }) => nodes(c).map((e) => e.id);

  it('sorts by occurredAt, then source, then id in numeric order; NEWEST_FIRST is the exact reverse', () => {
    const oldest = timelineConnection(entries, keyOf, {}, 'OLDEST_FIRST');
    expect(ids(oldest)).toEqual(oldestFirst);
    expect(oldest.totalCount).toBe(7);
    expect(ids(timelineConnection(entries, keyOf, {}, 'NEWEST_FIRST'))).toEqual([...oldestFirst].reverse());
    // The input is not reordered in place.
    expect(entries[0]!.id).toBe('8842:10');
  });

  for (const order of ['OLDEST_FIRST', 'NEWEST_FIRST'] as const) {
    const expected = order === 'OLDEST_FIRST' ? oldestFirst : [...oldestFirst].reverse();

    it(`pages ${order} forward with first: 3 and backward with last: 3, each entry exactly once`, () => {
      const forward: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: Connection<Entry> = timelineConnection(entries, keyOf, { first: 3, after }, order);
        forward.push(...ids(page));
        expect(page.totalCount).toBe(7);
        expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
        pages += 1;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      } while (pages < 10);
      expect(forward).toEqual(expected);
      expect(pages).toBe(3);

      const backward: string[] = [];
      let before: string | null = null;
      pages = 0;
      do {
        const page: Connection<Entry> = timelineConnection(entries, keyOf, { last: 3, before }, order);
        backward.unshift(...ids(page));
        pages += 1;
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      } while (pages < 10);
      expect(backward).toEqual(expected);
      expect(pages).toBe(3);
    });

    it(`${order}: after and before together cut the entries strictly between them`, () => {
      const all = timelineConnection(entries, keyOf, {}, order);
      const between = timelineConnection(entries, keyOf, { after: all.edges[1]!.cursor, before: all.edges[5]!.cursor }, order);
      expect(ids(between)).toEqual(expected.slice(2, 5));
      expect(between.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    });
  }

  it('keeps a page boundary in place when an entry is added before it (key cursors, not offsets)', () => {
    const first = timelineConnection(entries, keyOf, { first: 3 }, 'OLDEST_FIRST');
    const grown = [...entries, { id: '8842:0', source: 'ENNEO' as const, at: '2025-10-01T00:00:00Z' }];
    const next = timelineConnection(grown, keyOf, { first: 3, after: first.pageInfo.endCursor }, 'OLDEST_FIRST');
    expect(ids(next)).toEqual(oldestFirst.slice(3, 6));
    expect(next.totalCount).toBe(8);
  });

  it('defaults to 50 and refuses sizes over 500', () => {
    const many = Array.from(
      { length: 60 },
      (_, i): Entry => ({ id: String(i), source: 'ENNEO', at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString() }),
    );
    const page = timelineConnection(many, keyOf, {}, 'OLDEST_FIRST');
    expect(page.edges).toHaveLength(50);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expectBadUserInput(() => timelineConnection(many, keyOf, { first: 501 }, 'OLDEST_FIRST'), /first must be between 0 and 500/);
  });

  it('refuses offset cursors, other scopes, and malformed timeline payloads', () => {
    expectBadUserInput(
      () => timelineConnection(entries, keyOf, { after: encodeCursor('worklogs', 2) }, 'OLDEST_FIRST'),
      /after is not a cursor/,
    );
    expectBadUserInput(
      () => timelineConnection(entries, keyOf, { before: encodeCursor('timeline', 'not json') }, 'OLDEST_FIRST'),
      /before is not a cursor/,
    );
    expectBadUserInput(
      () => timelineConnection(entries, keyOf, { after: encodeCursor('timeline', '["x","ENNEO","1"]') }, 'OLDEST_FIRST'),
      /after is not a cursor/,
    );
    expectBadUserInput(
      () => timelineConnection(entries, keyOf, { after: encodeCursor('timeline', '[1,"ENNEO",1]') }, 'OLDEST_FIRST'),
      /after is not a cursor/,
    );
    expectBadUserInput(() => timelineConnection(entries, keyOf, { after: 'a b c' }, 'OLDEST_FIRST'), /after is not a cursor/);
  });
});
