import { UpstreamError } from './errors.js';
import type { Source } from '../sources/source.js';
import { parseTimestamp } from './time.js';

/**
 * The readers every source's mapping uses on wire values. Absent (`null`/`undefined`) is allowed
 * where a source may leave a field out and maps to null or an empty list; present but of the
 * wrong type is always an UPSTREAM_BAD_RESPONSE naming the field, so a changed upstream shape is
 * reported instead of quietly turning into zeros and empty lists.
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
 * Readers bound to one source. `zoneOf` gives the zone in which zone-less timestamps are read
 * (enneo's instance zone); without it a timestamp must carry its own offset.
 */
export function fieldReaders<C extends ReadContext>(source: Source, zoneOf?: (ctx: C) => string) {
  const bad = (ctx: C, detail: string) => UpstreamError.badResponse(source, ctx.route, detail);

  const optStr = (ctx: C, v: unknown, field: string): string | null => {
    if (absent(v)) return null;
    if (typeof v === 'string') return v;
    throw bad(ctx, `${field} is not a string`);
  };

  /** Text, or a number written out (sources send some ids as either). */
  const optText = (ctx: C, v: unknown, field: string): string | null => {
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    return optStr(ctx, v, field);
  };

  /** An id: a non-empty string, or a safe integer written out. */
  const optId = (ctx: C, v: unknown, field: string): string | null => {
    if (absent(v)) return null;
    if (typeof v === 'string' && v !== '') return v;
    if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
    throw bad(ctx, `${field} is not an id`);
  };

  const optNum = (ctx: C, v: unknown, field: string): number | null => {
    if (absent(v)) return null;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    throw bad(ctx, `${field} is not a number`);
  };

  const optInt = (ctx: C, v: unknown, field: string): number | null => {
    if (absent(v)) return null;
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    throw bad(ctx, `${field} is not an integer`);
  };

  const optBool = (ctx: C, v: unknown, field: string): boolean | null => {
    if (absent(v)) return null;
    if (typeof v === 'boolean') return v;
    throw bad(ctx, `${field} is not a boolean`);
  };

  /** 0/1 (exports) or true/false (JSON) → boolean. */
  const optFlag = (ctx: C, v: unknown, field: string): boolean | null => {
    if (absent(v)) return null;
    if (v === true || v === 1 || v === '1') return true;
    if (v === false || v === 0 || v === '0') return false;
    throw bad(ctx, `${field} is not a 0/1 or true/false flag`);
  };

  const optRecord = (ctx: C, v: unknown, field: string): Record<string, unknown> | null => {
    if (absent(v)) return null;
    if (isRecord(v)) return v;
    throw bad(ctx, `${field} is not an object`);
  };

  /** A list of anything; absent → []. */
  const list = (ctx: C, v: unknown, field: string): unknown[] => {
    if (absent(v)) return [];
    if (!Array.isArray(v)) throw bad(ctx, `${field} is not a list`);
    return v;
  };

  /** A list of objects; absent → []. */
  const records = (ctx: C, v: unknown, field: string): Record<string, unknown>[] =>
    list(ctx, v, field).map((item, i) => {
      if (!isRecord(item)) throw bad(ctx, `${field}[${i}] is not an object`);
      return item;
    });

  /** A list of strings; absent → []. */
  const strings = (ctx: C, v: unknown, field: string): string[] => {
    const items = list(ctx, v, field);
    if (!items.every((s) => typeof s === 'string')) throw bad(ctx, `${field} is not a list of strings`);
    return items as string[];
  };

  /** A timestamp that may be absent (or empty); present but unreadable is a bad response, not null. */
  const optTime = (ctx: C, v: unknown, field: string): Date | null => {
    if (absent(v) || v === '') return null;
    const date = typeof v === 'string' ? parseTimestamp(v, zoneOf?.(ctx)) : undefined;
    if (!date) throw bad(ctx, `${field} is not a timestamp${zoneOf ? '' : ' with an offset'}`);
    return date;
  };

  /** Turns an optional reader into one for a required field. */
  const required =
    <T>(read: (ctx: C, v: unknown, field: string) => T | null) =>
    (ctx: C, v: unknown, field: string): T => {
      const value = read(ctx, v, field);
      if (value === null) throw bad(ctx, `${field} is missing`);
      return value;
    };

  return {
    bad,
    optStr,
    requireStr: required(optStr),
    optText,
    optId,
    requireId: required(optId),
    optNum,
    optInt,
    requireInt: required(optInt),
    optBool,
    optFlag,
    optRecord,
    list,
    records,
    strings,
    optTime,
    requireTime: required(optTime),
  };
}
