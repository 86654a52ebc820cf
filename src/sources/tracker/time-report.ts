import { SOURCE } from './identity.js';
import type { Context } from '../../context.js';
import { addDays, startOfDay } from '../../reports/calendar.js';
import { knownAccounts, type TimeRecordSink, type TimeReportReader } from '../../reports/source-records.js';
import type { TimeReportQuery } from '../../reports/time-report.js';
import { requireClient } from '../../transport/errors.js';

/** Tracker's part of the time report: the worklog search, page by page. */

/**
 * Tracker's worklog search filters on `createdAt`, while a worklog counts on the day of its
 * `start`. Worklogs are searched from the day before the period (work logged ahead of time) to
 * this many days after it (work logged late); later back-filling is not seen.
 */
export const TRACKER_LOGGING_LAG_DAYS = 31;
async function readTracker(ctx: Context, q: TimeReportQuery, sums: TimeRecordSink, problems: string[]): Promise<void> {
  const tracker = requireClient(ctx.upstreams.tracker, SOURCE);
  const createdAt = {
    from: startOfDay(addDays(q.from, -1), q.timeZone),
    to: new Date(startOfDay(addDays(q.to, 1 + TRACKER_LOGGING_LAG_DAYS), q.timeZone).getTime() - 1),
  };
  // People known by login are searched by author; anyone linked by e-mail needs the whole search.
  let authors: (string | undefined)[] = [undefined];
  if (q.people) {
    const { ids, emails } = knownAccounts(q.people, ctx, SOURCE);
    if (emails.length === 0) authors = ids;
  }
  let unconvertible = 0;
  for (const createdBy of authors) {
    for await (const page of tracker.searchWorklogPages({ createdBy, createdAt }, sums)) {
      for (const w of page) {
        if (w.durationSeconds === null) {
          unconvertible += 1;
          continue;
        }
        sums.add({
          account: w.createdBy ? { source: SOURCE, id: w.createdBy.id, name: w.createdBy.display } : null,
          at: w.startedAt,
          ticketKey: w.issueKey,
          action: 'WORKLOG',
          seconds: w.durationSeconds,
        });
      }
    }
  }
  if (unconvertible > 0) {
    problems.push(
      `${unconvertible} Tracker worklog(s) have a duration the business calendar cannot express; they are not counted`,
    );
  }
}

export const trackerTimeReport: TimeReportReader = { durations: true, read: readTracker };
