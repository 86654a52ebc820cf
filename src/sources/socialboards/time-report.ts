import { SOURCE } from './identity.js';
import type { Context } from '../../context.js';
import { addDays, startOfDay } from '../../reports/calendar.js';
import type { TimeRecordSink, TimeReportReader } from '../../reports/source-records.js';
import type { TimeReportQuery } from '../../reports/time-report.js';
import { requireClient } from '../../transport/errors.js';

/** Socialboards' part of the time report: actions, not durations, counted only for the people asked for. */

/**
 * Socialboards lists tickets by creation time only: the actions of a period are read from the
 * tickets created from this many days before it up to its end.
 */
export const SOCIALBOARDS_TICKET_AGE_DAYS = 30;
/** Ticket logs read at the same time while counting Socialboards actions. */
const SOCIALBOARDS_LOG_CONCURRENCY = 5;

const SOCIALBOARDS_NOTE =
  'Socialboards logs actions, not durations: it adds no seconds to the report; give people to count their actions as entries.';
const SOCIALBOARDS_COUNT_NOTE = `Socialboards logs actions, not durations: no seconds; entries count the actions of the people asked for, on tickets created up to ${SOCIALBOARDS_TICKET_AGE_DAYS} days before the period.`;

/** With `people`: their Socialboards actions as entries of no seconds, from the logs of the tickets of the period. */
async function readSocialboards(ctx: Context, q: TimeReportQuery, sums: TimeRecordSink): Promise<void> {
  if (!q.people) return;
  const socialboards = requireClient(ctx.upstreams.socialboards, SOURCE);
  const range = {
    from: startOfDay(addDays(q.from, -SOCIALBOARDS_TICKET_AGE_DAYS), q.timeZone),
    to: new Date(startOfDay(addDays(q.to, 1), q.timeZone).getTime() - 1),
  };
  for await (const tickets of socialboards.listTicketsCreated(range, sums)) {
    for (let i = 0; i < tickets.length; i += SOCIALBOARDS_LOG_CONCURRENCY) {
      const logs = await Promise.all(
        tickets.slice(i, i + SOCIALBOARDS_LOG_CONCURRENCY).map((t) => socialboards.readTicketLog(t.ticketId, [], sums)),
      );
      for (const log of logs) {
        for (const event of log ?? []) {
          if (!event.user) continue;
          sums.add({
            account: { source: SOURCE, id: event.user.id, name: event.user.name, email: event.user.email },
            at: event.occurredAt,
            ticketKey: String(event.ticketId),
            action: event.actionType,
            seconds: 0,
          });
        }
      }
    }
  }
}

export const socialboardsTimeReport: TimeReportReader = {
  durations: false,
  read: readSocialboards,
  note: (q) => (q.people ? SOCIALBOARDS_COUNT_NOTE : SOCIALBOARDS_NOTE),
};
