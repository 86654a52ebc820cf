/**
 * Tracker durations (`PnYnMnDTnHnMnS` or `PnW`, ISO 8601) as integer seconds on Tracker's
 * business calendar, where a week is `weekDays` working days and a day `dayHours` working hours
 * (defaults 5 and 8: `P1W2DT3H` = 59 h = 212400 s). A generic ISO 8601 library would read `P1D`
 * as 24 h and `P1W` as 7 days and get every total wrong, hence this parser.
 */

/** Tracker's business calendar (`TRACKER_WEEK_DAYS`, default 5; `TRACKER_DAY_HOURS`, default 8). */
export interface TrackerBusinessCalendar {
  /** Working days in a week (`1W`). */
  weekDays: number;
  /** Working hours in a day (`1D`). */
  dayHours: number;
}

/**
 * Designators in ISO 8601 order, each an optional number with an optional fraction (`.` or `,`).
 * Years and months are matched only so that they can be refused explicitly below. Weeks combined
 * with other units (`P1W2DT3H`) are not basic ISO 8601 but occur (ISO 8601-2 allows them).
 */
const PATTERN =
  /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/**
 * Seconds of a Tracker duration under `calendar`, rounded to whole seconds; `undefined` when the
 * text is not a duration this calendar can express:
 * - years (`Y`) and months (`M` before `T`): a business calendar has no fixed number of working
 *   days in a month or a year, so any number would be invented;
 * - negative durations, an empty string, a bare `P` or `PT`, a `T` with no time part, lower-case
 *   designators, a fraction on any unit but the smallest one given (ISO 8601 allows a fraction
 *   only on the last component), and anything else that is not ISO 8601.
 *
 * Fractions use `.` or `,` as the decimal sign (`PT1.5H` = `PT1,5H` = 5400 s with the defaults).
 */
export function parseTrackerDuration(text: string, calendar: TrackerBusinessCalendar): number | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const [, years, months, weeks, days, hours, minutes, seconds] = match;
  if (years !== undefined || months !== undefined) return undefined;
  const parts = [weeks, days, hours, minutes, seconds];
  const given = parts.filter((part): part is string => part !== undefined);
  if (given.length === 0) return undefined; // `P`, `PT`
  if (text.endsWith('T')) return undefined; // `P1DT`: a time designator must introduce a time part
  // Only the last (smallest) component may carry a fraction.
  if (given.slice(0, -1).some((part) => /[.,]/.test(part))) return undefined;

  const n = (part: string | undefined) => (part === undefined ? 0 : Number(part.replace(',', '.')));
  const hourSeconds = 3600;
  const daySeconds = calendar.dayHours * hourSeconds;
  const total =
    n(weeks) * calendar.weekDays * daySeconds + n(days) * daySeconds + n(hours) * hourSeconds + n(minutes) * 60 + n(seconds);
  const rounded = Math.round(total);
  return Number.isSafeInteger(rounded) ? rounded : undefined;
}
