import type { Source } from '../sources/source.js';
import { type Connection, decodeCursor, type Edge, encodeCursor, PAGING, type PageArgs, pageSizes } from './pagination.js';
import { badUserInput } from './user-input.js';

/**
 * Paging for timelines. Entries sort by occurredAt, then source, then id, so ties always fall the
 * same way; cursors carry that key (not an offset), so a page boundary stays put even when entries
 * are added before it between two requests.
 */

export type TimelineOrderValue = 'OLDEST_FIRST' | 'NEWEST_FIRST';

export interface TimelineKey {
  occurredAt: Date;
  source: Source;
  id: string;
}

const SCOPE = PAGING.timeline.scope;
const collator = new Intl.Collator('en', { numeric: true });

/** Code-unit order: a total order on strings, unlike the numeric collator ("01" and "1" collate equal). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A total order: two different entries never compare equal, or the sort would keep their input
 * order (NEWEST_FIRST no longer the exact reverse) and an `after` cursor would skip the other one.
 */
function compareKeys(a: TimelineKey, b: TimelineKey): number {
  return (
    a.occurredAt.getTime() - b.occurredAt.getTime() ||
    byCodeUnits(a.source, b.source) ||
    collator.compare(a.id, b.id) ||
    byCodeUnits(a.id, b.id)
  );
}

function encodeKey(key: TimelineKey): string {
  return encodeCursor(SCOPE, JSON.stringify([key.occurredAt.getTime(), key.source, key.id]));
}

/** An edge whose cursor is encoded only when a query reads it (see `OffsetEdge` in `pagination.ts`). */
class KeyedEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly key: TimelineKey,
  ) {}

  get cursor(): string {
    return encodeKey(this.key);
  }
}

function decodeKey(cursor: string, argument: string): TimelineKey {
  const text = decodeCursor(SCOPE, cursor, argument);
  try {
    const [ms, source, id] = JSON.parse(text) as [unknown, unknown, unknown];
    if (typeof ms === 'number' && typeof source === 'string' && typeof id === 'string') {
      return { occurredAt: new Date(ms), source: source as Source, id };
    }
  } catch {
    // fall through to the user error below
  }
  throw badUserInput(`${argument} is not a cursor of this field; pass an endCursor or startCursor this field returned`);
}

/** Sorts entries in the requested order and cuts the page the arguments ask for. */
export function timelineConnection<T>(
  entries: readonly T[],
  keyOf: (entry: T) => TimelineKey,
  args: PageArgs,
  order: TimelineOrderValue,
): Connection<T> {
  const { first, last } = pageSizes(args);
  const sign = order === 'NEWEST_FIRST' ? -1 : 1;
  const keyed = entries.map((node) => ({ node, key: keyOf(node) }));
  keyed.sort((a, b) => sign * compareKeys(a.key, b.key));

  let start = 0;
  let end = keyed.length;
  if (args.after != null) {
    const after = decodeKey(args.after, 'after');
    start = keyed.findIndex((e) => sign * compareKeys(e.key, after) > 0);
    if (start === -1) start = keyed.length;
  }
  if (args.before != null) {
    const before = decodeKey(args.before, 'before');
    const index = keyed.findIndex((e) => sign * compareKeys(e.key, before) >= 0);
    end = index === -1 ? keyed.length : index;
  }
  end = Math.max(start, end);
  if (first !== null) end = Math.min(end, start + first);
  if (last !== null) start = Math.max(start, end - last);

  const edges: Edge<T>[] = keyed.slice(start, end).map((e) => new KeyedEdge(e.node, e.key));
  return {
    edges,
    pageInfo: {
      hasNextPage: end < keyed.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: keyed.length,
  };
}
