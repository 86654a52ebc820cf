import { parseTimestamp, wallClock } from '../transport/time.js';

/**
 * Calendar arithmetic of the time report: days are `YYYY-MM-DD` strings in the report's time zone,
 * weeks ISO 8601 (`2025-W45`), months `YYYY-MM`. Day strings are computed with UTC arithmetic
 * only, so the process's own zone never matters.
 */

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Midnight UTC of a `YYYY-MM-DD` day, as a number (a day's position on the calendar). */
function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function dayString(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Days from `from` to `to`, both counted (`2025-11-01`..`2025-11-30` = 30). */
export function daysInclusive(from: string, to: string): number {
  return Math.round((dayNumber(to) - dayNumber(from)) / DAY_MS) + 1;
}

export function addDays(day: string, days: number): string {
  return dayString(dayNumber(day) + days * DAY_MS);
}

/** ISO 8601 week of a day: `2025-W45` (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: string): string {
  const ms = dayNumber(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(ms + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${pad(week)}`;
}

export const monthOf = (day: string): string => day.slice(0, 7);

/** The instant a day starts in a zone. */
export function startOfDay(day: string, timeZone: string): Date {
  return parseTimestamp(`${day} 00:00:00`, timeZone)!;
}

/** Checks an IANA zone name the way `Intl` knows them. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * `day(instant)` in one zone. Zone offsets are whole quarter hours, so the day of every instant
 * in one quarter hour is the same: the answer is cached per quarter hour (at most 96 entries per
 * day of the report), and `Intl` runs once per quarter hour rather than once per record.
 */
export function createDayOf(timeZone: string): (instant: Date) => string {
  const QUARTER = 15 * 60_000;
  const cache = new Map<number, string>();
  return (instant) => {
    const bucket = Math.floor(instant.getTime() / QUARTER);
    let day = cache.get(bucket);
    if (day === undefined) {
      const w = wallClock(bucket * QUARTER, timeZone);
      day = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
      // A bound for long-running reports: a year has 35,136 quarter hours.
      if (cache.size > 100_000) cache.clear();
      cache.set(bucket, day);
    }
    return day;
  };
}
