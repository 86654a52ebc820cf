import { UpstreamError } from './errors.js';
import type { Source } from '../sources/source.js';
import { parseTimestamp } from './time.js';

/**
 * The readers every source's mapping uses on wire values. Absent (`null`/`undefined`) is allowed
 * where a source may leave a field out and maps to null or an empty list; present but of the
 * wrong type is always an UPSTREAM_BAD_RESPONSE naming the field, so a changed upstream shape is
 * reported instead of quietly turning into zeros and empty lists.
 *
 * A reader takes the record and the key, so each field name is written once in a mapper:
 * `optStr(ctx, u, 'name', at)` reads `u.name` and reports a bad value as `${at}.name` (just `name`
 * without `at`). The key is typed against the wire shape (`src/sources/<name>/wire.ts`), so a
 * misspelt field is a type error, and the label is built only when a value is bad: mapping a
 * record allocates nothing for its labels.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const absent = (v: unknown): v is null | undefined => v === null || v === undefined;

/** What a reader needs of a source's mapping context: the route, for the error message. */
export interface ReadContext {
  route: string;
}

/**
 * The field names a wire shape declares (its index signature, if any, left out), so a key that
 * the shape does not name is a type error even on a shape that admits extra fields.
 */
export type WireKey<W> = keyof {
  [K in keyof W as string extends K ? never : number extends K ? never : K]: unknown;
} &
  string;

/** What `optRecord` gives for a field: the field's own object shape, or any record if it declares none. */
export type WireRecord<T> = NonNullable<T> extends object ? NonNullable<T> : Record<string, unknown>;

/** What `records` gives for a field: its element shape when the field is a list of objects, else any record. */
export type WireItem<T> = NonNullable<T> extends readonly (infer E)[] ? WireRecord<E> : Record<string, unknown>;

/** The label of a field in an error message: `at.key`, or `key` at the top. */
export const labelOf = (key: string, at: string | undefined): string => (at === undefined ? key : `${at}.${key}`);

/** A record a keyed reader reads from; absent reads as an absent field. */
type From<W> = W | null | undefined;

/** `from[key]`; undefined when the record itself is absent. */
const fieldOf = <W extends object>(from: From<W>, key: WireKey<W>): unknown =>
  absent(from) ? undefined : (from as Record<string, unknown>)[key];

/**
 * Readers bound to one source. `zoneOf` gives the zone in which zone-less timestamps are read
 * (enneo's instance zone); without it a timestamp must carry its own offset.
 *
 * Every reader is `(ctx, record, key, at?)`. `value` holds the same checks for a value that is
 * not one field of one record (`(ctx, value, label)`): a field a source sends in either of two
 * places, or a value a mapper has already taken out to check it first.
 */
export function fieldReaders<C extends ReadContext>(source: Source, zoneOf?: (ctx: C) => string) {
  const bad = (ctx: C, detail: string) => UpstreamError.badResponse(source, ctx.route, detail);

  // The checks, on a value; `key` and `at` make the label, joined only on the error path.

  const str = (ctx: C, v: unknown, key: string, at?: string): string | null => {
    if (absent(v)) return null;
    if (typeof v === 'string') return v;
    throw bad(ctx, `${labelOf(key, at)} is not a string`);
  };

  /** Text, or a number written out (sources send some ids as either). */
  const text = (ctx: C, v: unknown, key: string, at?: string): string | null => {
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    return str(ctx, v, key, at);
  };

  /** An id: a non-empty string, or a safe integer written out. */
  const id = (ctx: C, v: unknown, key: string, at?: string): string | null => {
    if (absent(v)) return null;
    if (typeof v === 'string' && v !== '') return v;
    if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
    throw bad(ctx, `${labelOf(key, at)} is not an id`);
  };

  const num = (ctx: C, v: unknown, key: string, at?: string): number | null => {
    if (absent(v)) return null;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    throw bad(ctx, `${labelOf(key, at)} is not a number`);
  };

  const int = (ctx: C, v: unknown, key: string, at?: string): number | null => {
    if (absent(v)) return null;
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    throw bad(ctx, `${labelOf(key, at)} is not an integer`);
  };

  const bool = (ctx: C, v: unknown, key: string, at?: string): boolean | null => {
    if (absent(v)) return null;
    if (typeof v === 'boolean') return v;
    throw bad(ctx, `${labelOf(key, at)} is not a boolean`);
  };

  /** 0/1 (exports) or true/false (JSON) → boolean. */
  const flag = (ctx: C, v: unknown, key: string, at?: string): boolean | null => {
    if (absent(v)) return null;
    if (v === true || v === 1 || v === '1') return true;
    if (v === false || v === 0 || v === '0') return false;
    throw bad(ctx, `${labelOf(key, at)} is not a 0/1 or true/false flag`);
  };

  const record = (ctx: C, v: unknown, key: string, at?: string): Record<string, unknown> | null => {
    if (absent(v)) return null;
    if (isRecord(v)) return v;
    throw bad(ctx, `${labelOf(key, at)} is not an object`);
  };

  /** A list of anything; absent → null. */
  const optList = (ctx: C, v: unknown, key: string, at?: string): unknown[] | null => {
    if (absent(v)) return null;
    if (!Array.isArray(v)) throw bad(ctx, `${labelOf(key, at)} is not a list`);
    return v;
  };

  /** A list of objects; absent → []. */
  const recordList = (ctx: C, v: unknown, key: string, at?: string): Record<string, unknown>[] =>
    (optList(ctx, v, key, at) ?? []).map((item, i) => {
      if (!isRecord(item)) throw bad(ctx, `${labelOf(key, at)}[${i}] is not an object`);
      return item;
    });

  /** A list of strings; absent → []. */
  const stringList = (ctx: C, v: unknown, key: string, at?: string): string[] => {
    const items = optList(ctx, v, key, at) ?? [];
    if (!items.every((s) => typeof s === 'string')) throw bad(ctx, `${labelOf(key, at)} is not a list of strings`);
    return items as string[];
  };

  /** A timestamp that may be absent (or empty); present but unreadable is a bad response, not null. */
  const time = (ctx: C, v: unknown, key: string, at?: string): Date | null => {
    if (absent(v) || v === '') return null;
    const date = typeof v === 'string' ? parseTimestamp(v, zoneOf?.(ctx)) : undefined;
    if (!date) throw bad(ctx, `${labelOf(key, at)} is not a timestamp${zoneOf ? '' : ' with an offset'}`);
    return date;
  };

  type Check<T> = (ctx: C, v: unknown, key: string, at?: string) => T;

  /** Turns an optional check into one for a required field. */
  const required =
    <T>(check: Check<T | null>): Check<T> =>
    (ctx, v, key, at) => {
      const value = check(ctx, v, key, at);
      if (value === null) throw bad(ctx, `${labelOf(key, at)} is missing`);
      return value;
    };

  const requireStr = required(str);
  const requireId = required(id);
  const requireInt = required(int);
  const requireTime = required(time);
  const list: Check<unknown[]> = (ctx, v, key, at) => optList(ctx, v, key, at) ?? [];

  // Each reader below is its own function, not one made per check by a shared factory: its call of
  // the check then stays monomorphic and is inlined. A mapper runs per row of a 1000-row export page.
  return {
    bad,
    optStr: <W extends object>(ctx: C, from: From<W>, key: WireKey<W>, at?: string) => str(ctx, fieldOf(from, key), key, at),
    requireStr: <W extends object>(ctx: C, from: From<W>, key: WireKey<W>, at?: string) =>
      requireStr(ctx, fieldOf(from, key), key, at),
    optText: <W extends object>(ctx: C, from: From<W>, key: WireKey<W>, at?: string) => text(ctx, fieldOf(from, key), key, at),
    optId: <W extends object>(ctx: C, from: From<W>, key: WireKey<W>, at?: string) => id(ctx, fieldOf(from, key), key, at),
    requireId: <W extends object>(ctx: C, from: From<W>, key: WireKey<W>, at?: string) =>
      requireId(ctx, fieldOf(from, key), key, at),
    optNum: <W extends object>(ctx: C, from: From<W>, key: WireKey<W>, at?: string) => num(ctx, fieldOf(from, key), key, at),
    optInt: <W extends object>(ctx: C, from: From<W>, key: WireKey<W>, at?: string) => int(ctx, fieldOf(from, key), key, at),
    requireInt: <W extends object>(ctx: C, from: From<W>, key: WireKey<W>, at?: string) =>
      requireInt(ctx, fieldOf(from, key), key, at),
    optBool: <W extends object>(ctx: C, from: From<W>, key: WireKey<W>, at?: string) => bool(ctx, fieldOf(from, key), key, at),
    optFlag: <W extends object>(ctx: C, from: From<W>, key: WireKey<W>, at?: string) => flag(ctx, fieldOf(from, key), key, at),
    /** An object field, typed as the wire shape declares it; absent → null. */
    optRecord: <W extends object, K extends WireKey<W>>(ctx: C, from: From<W>, key: K, at?: string) =>
      record(ctx, fieldOf(from, key), key, at) as WireRecord<W[K]> | null,
    /** A list of anything; absent → null (see `list` for absent → []). */
    optList: <W extends object>(ctx: C, from: From<W>, key: WireKey<W>, at?: string) => optList(ctx, fieldOf(from, key), key, at),
    /** A list of anything; absent → []. */
    list: <W extends object>(ctx: C, from: From<W>, key: WireKey<W>, at?: string) => list(ctx, fieldOf(from, key), key, at),
    /** A list of objects, typed as the wire shape declares its elements; absent → []. */
    records: <W extends object, K extends WireKey<W>>(ctx: C, from: From<W>, key: K, at?: string) =>
      recordList(ctx, fieldOf(from, key), key, at) as WireItem<W[K]>[],
    /** A list of strings; absent → []. */
    strings: <W extends object>(ctx: C, from: From<W>, key: WireKey<W>, at?: string) =>
      stringList(ctx, fieldOf(from, key), key, at),
    optTime: <W extends object>(ctx: C, from: From<W>, key: WireKey<W>, at?: string) => time(ctx, fieldOf(from, key), key, at),
    requireTime: <W extends object>(ctx: C, from: From<W>, key: WireKey<W>, at?: string) =>
      requireTime(ctx, fieldOf(from, key), key, at),
    /** The checks the mappers need on a value that is not one field of one record: `(ctx, value, label)`. */
    value: { requireInt, optTime: time, requireTime },
  };
}
