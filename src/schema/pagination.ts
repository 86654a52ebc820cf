import { badUserInput } from './user-input.js';

/**
 * Relay paging rules shared by every connection: `first` defaults to 50 and may not exceed the
 * field's maximum (500, or 1,000 for the report); over the limit, negative, or a cursor this field
 * did not issue is a BAD_USER_INPUT whose message says what to send instead.
 */

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/**
 * Every connection field by name: the scope its cursors carry and its largest page. Resolvers and
 * the pre-execution check (`paging-precheck.ts`) read the same table.
 */
export const PAGING = {
  worklogs: { scope: 'worklogs', max: MAX_PAGE_SIZE },
  logEvents: { scope: 'logEvents', max: MAX_PAGE_SIZE },
  timeline: { scope: 'timeline', max: MAX_PAGE_SIZE },
  /** enneo's own per-call limit on the export. */
  worklogReport: { scope: 'report', max: 1000 },
} as const;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount?: number;
}

/** Checks `first`/`last` and returns them with the default applied. */
export function pageSizes(args: PageArgs, max = MAX_PAGE_SIZE): { first: number | null; last: number | null } {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > max)) {
      throw badUserInput(
        `${name} must be between 0 and ${max} (got ${value}); page through larger results with after/before cursors`,
      );
    }
  }
  const first = args.first ?? null;
  const last = args.last ?? null;
  return { first: first === null && last === null ? DEFAULT_PAGE_SIZE : first, last };
}

/** Opaque cursor: base64url of `scope:value`; the scope stops a cursor from one field being used on another. */
export function encodeCursor(scope: string, value: string | number): string {
  return Buffer.from(`${scope}:${value}`, 'utf8').toString('base64url');
}

/** Reads a cursor of the given scope; anything else is BAD_USER_INPUT naming the argument. */
export function decodeCursor(scope: string, cursor: string, argument: string): string {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith(`${scope}:`)) {
    throw badUserInput(`${argument} is not a cursor of this field; pass an endCursor or startCursor this field returned`);
  }
  return text.slice(scope.length + 1);
}

function decodeOffset(scope: string, cursor: string, argument: string): number {
  const value = decodeCursor(scope, cursor, argument);
  if (!/^\d{1,9}$/.test(value)) {
    throw badUserInput(`${argument} is not a cursor of this field; pass an endCursor or startCursor this field returned`);
  }
  return Number(value);
}

/**
 * The slice `[start, end)` of a list the arguments ask for (Relay's algorithm, with offset
 * cursors): `after`/`before` narrow the range, then `first` keeps its head and `last` its tail.
 */
export function offsetWindow(scope: string, args: PageArgs, max = MAX_PAGE_SIZE, total = Infinity) {
  const { first, last } = pageSizes(args, max);
  let start = args.after != null ? decodeOffset(scope, args.after, 'after') + 1 : 0;
  let end = args.before != null ? decodeOffset(scope, args.before, 'before') : total;
  end = Math.max(start, Math.min(end, total));
  if (first !== null) end = Math.min(end, start + first);
  if (last !== null) start = Math.max(start, end - last);
  return { start, end };
}

/** A whole list as a connection page, with `totalCount`. */
export function connectionFromArray<T>(scope: string, items: readonly T[], args: PageArgs, max = MAX_PAGE_SIZE): Connection<T> {
  const { start, end } = offsetWindow(scope, args, max, items.length);
  return connectionFromSlice(scope, items.slice(start, end), start, {
    hasNextPage: end < items.length,
    totalCount: items.length,
  });
}

/**
 * An edge whose cursor is encoded when it is read, not when the page is built: most queries select
 * only `node`, and a report page has 1,000 edges (a string, a buffer and a base64 string each).
 */
class OffsetEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly scope: string,
    private readonly offset: number,
  ) {}

  get cursor(): string {
    return encodeCursor(this.scope, this.offset);
  }
}

/** Edges for a slice that starts at `offset` in the full list. */
export function connectionFromSlice<T>(
  scope: string,
  slice: readonly T[],
  offset: number,
  extra: { hasNextPage: boolean; totalCount?: number },
): Connection<T> {
  const edges: Edge<T>[] = slice.map((node, i) => new OffsetEdge(node, scope, offset + i));
  return {
    edges,
    pageInfo: {
      hasNextPage: extra.hasNextPage,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    ...(extra.totalCount === undefined ? {} : { totalCount: extra.totalCount }),
  };
}
