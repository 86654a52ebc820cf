/**
 * Wall-clock rendering for the enneo simulator. enneo sends two timestamp styles: JSON timestamps
 * as UTC `…Z`, and zone-less `YYYY-MM-DD HH:MM:SS` strings in the instance's time zone (exports,
 * ticket/profile/assessment fields). The zone-less ones are rendered through Intl so daylight
 * saving changes come out exactly as a real instance in that zone would print them.
 *
 * Written apart from the gateway's own `transport/time.ts` on purpose: the simulator is what the
 * gateway's reading of these strings is tested against, so it must not share that code (a bug in
 * it would then cancel out in every round trip).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // `hourCycle: 'h23'` rather than `hour12: false`: the latter prints midnight as "24" in some engines.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError when `timeZone` is not an IANA zone Intl knows. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** `date` as the wall clock in `timeZone`: `YYYY-MM-DD HH:MM:SS`, no zone (enneo's export style). */
export function formatLocal(date: Date, timeZone: string): string {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The local calendar day of `date` in `timeZone`: `YYYY-MM-DD`. */
export function formatLocalDate(date: Date, timeZone: string): string {
  return formatLocal(date, timeZone).slice(0, 10);
}

/** UTC ISO 8601 without milliseconds, `2024-06-12T09:59:00Z`, as enneo's JSON examples print it. */
export function formatUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
