/**
 * Timestamp parsing for the three sources' styles, without trusting `Date.parse` (which reads
 * zone-less strings in the process's own zone and accepts whatever V8 happens to accept):
 * - ISO 8601 with `Z` or an offset, with or without a colon (`+03:00`, Tracker's `+0000`) and
 *   any number of fractional digits (Socialboards sends 7; milliseconds are kept);
 * - zone-less `YYYY-MM-DD HH:MM:SS` / `YYYY-MM-DD` (enneo exports), read in an IANA time zone.
 */

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * `Date.UTC` without its two-digit-year rule (which reads years 0–99 as 1900–1999): the instant of
 * the given UTC fields for any four-digit year.
 */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  // Date.UTC is the same for years from 100 on, without a Date object per call (hot: export rows).
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

/** The wall-clock fields of an instant in a zone. */
export function wallClock(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Zone offsets change only at whole quarter hours, so one look-up serves a quarter hour. */
const QUARTER_HOUR_MS = 15 * 60_000;
const offsetCache = new Map<string, Map<number, number>>();

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (Berlin in summer: +7200000). */
function zoneOffset(instant: number, timeZone: string): number {
  // `Intl` is slow (microseconds per call) and an export page reads thousands of timestamps:
  // the offset is cached per zone and quarter hour (bounded: a cache past 100,000 entries restarts).
  let cache = offsetCache.get(timeZone);
  if (!cache) offsetCache.set(timeZone, (cache = new Map()));
  const bucket = Math.floor(instant / QUARTER_HOUR_MS);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    const at = bucket * QUARTER_HOUR_MS;
    const w = wallClock(at, timeZone);
    offset = utcMs(w.year, w.month, w.day, w.hour, w.minute, w.second) - at;
    if (cache.size >= 100_000) cache.clear();
    cache.set(bucket, offset);
  }
  return offset;
}

/** Wall-clock hour, minute and day of an instant in a zone, from the cached offset. */
function localTime(instant: number, timeZone: string): { day: number; hour: number; minute: number } {
  const local = new Date(instant + zoneOffset(instant, timeZone));
  return { day: local.getUTCDate(), hour: local.getUTCHours(), minute: local.getUTCMinutes() };
}

/**
 * The instant at which the wall clock in `timeZone` shows the given fields. Two passes settle the
 * offset across DST changes; a wall time that does not exist (spring gap) moves forward by the gap,
 * an ambiguous one (autumn overlap) resolves to the earlier instant (as Temporal's 'compatible').
 */
function fromWallClock(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  timeZone: string,
): number {
  const guess = utcMs(year, month, day, hour, minute, second, ms);
  const first = zoneOffset(guess - zoneOffset(guess, timeZone), timeZone);
  const earlier = zoneOffset(guess - first - 3_600_000, timeZone);
  // No offset change within the hour before: the wall time exists once, and the answer is the one
  // the checks below would reach (both candidates, or in a gap the smaller offset, are `first`).
  if (first === earlier) return guess - first;
  // In an autumn overlap both offsets are valid; prefer the earlier instant (the larger offset).
  const candidates = [first, earlier].filter((offset) => {
    const w = localTime(guess - offset, timeZone);
    return w.hour === hour && w.minute === minute && w.day === day;
  });
  // In a spring gap neither matches; reading the wall time with the offset from before the change
  // (the smaller one, in either hemisphere) moves it forward by the gap — east and west of UTC alike.
  const offset = candidates.length > 0 ? Math.max(...candidates) : Math.min(first, earlier);
  return guess - offset;
}

/** The digit at `i` of `text` as a number, or -1 when it is not an ASCII digit. */
function digitAt(text: string, i: number): number {
  const code = text.charCodeAt(i) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** Two or four digits from `i` as a number, or -1 when any of them is not a digit. */
function digits(text: string, i: number, count: 2 | 4): number {
  let value = 0;
  for (let k = 0; k < count; k += 1) {
    const d = digitAt(text, i + k);
    if (d < 0) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * enneo's two zone-less shapes, `YYYY-MM-DD HH:MM:SS` and `YYYY-MM-DD`, read without the regular
 * expression and the arrays it makes (an export page holds thousands of them): the instant in ms,
 * null when the shape matches but the fields are no valid time, undefined when the text has
 * another shape (the general parser then decides). Same answers as `PATTERN`'s path.
 */
function parseZonelessFast(text: string, timeZone: string): number | null | undefined {
  const length = text.length;
  if (length !== 19 && length !== 10) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined; // '-'
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return undefined;
  let hour = 0;
  let minute = 0;
  let second = 0;
  if (length === 19) {
    const separator = text.charCodeAt(10);
    if (separator !== 32 && separator !== 84) return undefined; // ' ' or 'T'
    if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined; // ':'
    hour = digits(text, 11, 2);
    minute = digits(text, 14, 2);
    second = digits(text, 17, 2);
    if (hour < 0 || minute < 0 || second < 0) return undefined;
  }
  if (!validFields(year, month, day, hour, minute, second)) return null;
  return fromWallClock(year, month, day, hour, minute, second, 0, timeZone);
}

function validFields(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  // Every month has 28 days; only later days need the month's length.
  return d <= 28 || d <= new Date(utcMs(y, mo + 1, 0)).getUTCDate();
}

/**
 * Parses an ISO 8601 timestamp. With an offset or `Z` it is exact; without one it is read as wall
 * time in `zoneForLocal` — and when that is not given, a zone-less value is rejected (undefined),
 * because guessing would silently shift it.
 */
export function parseTimestamp(text: string, zoneForLocal?: string): Date | undefined {
  if (zoneForLocal !== undefined) {
    const local = parseZonelessFast(text, zoneForLocal);
    if (local !== undefined) return local === null ? undefined : new Date(local);
  }
  const m = PATTERN.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const fields = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)] as const;
  if (!validFields(...fields)) return undefined;
  // Truncate to milliseconds on the digits themselves: float maths turns .57 into 569.99….
  const ms = Number(frac.padEnd(3, '0').slice(0, 3));

  if (zone === undefined) {
    if (zoneForLocal === undefined) return undefined;
    return new Date(fromWallClock(...fields, ms, zoneForLocal));
  }
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2, 4) || '0');
    // ISO 8601 offsets stay below a day; `+25:00` or `+01:75` is not a time, whatever V8 would make of it.
    if (hours > 23 || minutes > 59) return undefined;
    offsetMinutes = hours * 60 + minutes;
    if (zone[0] === '-') offsetMinutes = -offsetMinutes;
  }
  const [year, month, day, hour, minute, second] = fields;
  return new Date(utcMs(year, month, day, hour, minute, second, ms) - offsetMinutes * 60_000);
}

/** `YYYY-MM-DD HH:MM:SS` wall time of an instant in a zone (the enneo export style). */
export function formatWallClock(date: Date, timeZone: string): string {
  const w = wallClock(date.getTime(), timeZone);
  const pad = (n: number, len = 2) => String(n).padStart(len, '0');
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

/** Checks a `YYYY-MM-DD` calendar date (GraphQL `Date` inputs). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && validFields(Number(m[1]), Number(m[2]), Number(m[3]), 0, 0, 0);
}
