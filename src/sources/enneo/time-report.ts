import { SOURCE } from './identity.js';
import type { Context } from '../../context.js';
import { addDays } from '../../reports/calendar.js';
import { knownAccounts, type TimeRecordSink, type TimeReportReader } from '../../reports/source-records.js';
import type { TimeReportQuery } from '../../reports/time-report.js';
import { requireClient } from '../../transport/errors.js';
import type { ExportFilter } from './export-query.js';

/** enneo's part of the time report: the reporting export's worklog rows, page by page. */

async function readEnneo(ctx: Context, q: TimeReportQuery, sums: TimeRecordSink, problems: string[]): Promise<void> {
  const enneo = requireClient(ctx.upstreams.enneo, SOURCE);
  // The export's date filter is in the instance's zone: a report in another zone reads one day
  // more on each side and keeps the records of its own days (the report's sums drop the others).
  const widen = enneo.timeZone === q.timeZone ? 0 : 1;
  const date: ExportFilter = { key: 'date', comparator: 'between', from: addDays(q.from, -widen), to: addDays(q.to, widen) };
  const streams: { filters: ExportFilter[]; skipUserIds?: ReadonlySet<number> }[] = [];
  if (!q.people) streams.push({ filters: [date] });
  else {
    const { ids, emails } = knownAccounts(q.people, ctx, SOURCE);
    if (ids.length > 0) streams.push({ filters: [date, { key: 'userId', comparator: 'in', values: ids }] });
    // People linked by e-mail: their enneo rows by e-mail, minus accounts PEOPLE_FILE gives to someone else.
    if (emails.length > 0) {
      const listed = new Set(
        [...ctx.people.index.byAccount.keys()].filter((k) => k.startsWith('ENNEO:')).map((k) => Number(k.slice(6))),
      );
      streams.push({ filters: [date, { key: 'email', comparator: 'in', values: emails }], skipUserIds: listed });
    }
  }
  let unreadable = 0;
  for (const stream of streams) {
    const pages = enneo.exportReportingWorklogPages(
      { filters: stream.filters, orderByField: 'userWorklogId', orderByDirection: 'asc' },
      sums,
    );
    for await (const page of pages) {
      for (const row of page) {
        if (row.userId !== null && stream.skipUserIds?.has(row.userId)) continue;
        if (row.durationSeconds === null) {
          unreadable += 1;
          continue;
        }
        sums.add({
          account: row.userId === null ? null : { source: SOURCE, id: String(row.userId), name: row.userName, email: row.email },
          at: row.date,
          ticketKey: row.ticketId === null ? null : String(row.ticketId),
          action: row.action === 'OTHER' ? row.rawAction : row.action,
          seconds: row.durationSeconds,
        });
      }
    }
  }
  if (unreadable > 0)
    problems.push(`${unreadable} export row(s) have a duration that is not whole seconds; they are not counted`);
}

export const enneoTimeReport: TimeReportReader = { durations: true, read: readEnneo };
