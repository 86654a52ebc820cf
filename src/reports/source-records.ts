import type { Context } from '../context.js';
import type { AccountRef, PersonModel } from '../people/people-session.js';
import type { Source } from '../sources/source.js';
import type { TimeReportQuery } from './time-report.js';

/**
 * What a source gives the time report (`time-report.ts`): its own reader, named by its module's
 * `timeReport`, streams the period's records into a sink that sums them as they arrive. The
 * readers live in their source's folder (`sources/<name>/time-report.ts`).
 */

/** One time record of any source, as the aggregation sees it. */
export interface TimeRecord {
  account: AccountRef | null;
  at: Date;
  ticketKey: string | null;
  action: string;
  seconds: number;
}

/** Where a reader puts its records; `calls` counts the upstream calls that read them. */
export interface TimeRecordSink {
  add(record: TimeRecord): void;
  calls: number;
}

/** A source's part of the time report. */
export interface TimeReportReader {
  /** Whether its records carry durations; those sources come first among a report's default sources. */
  durations: boolean;
  /**
   * Reads the period's records (for `q.people` only, when given) into `sums`. Records it cannot
   * count are left out and described in `problems` (each becomes an error; the report still answers).
   * Throws when the source cannot be read (not configured, failing): the report then leaves it out.
   */
  read(ctx: Context, q: TimeReportQuery, sums: TimeRecordSink, problems: string[]): Promise<void>;
  /** Why the source counts as it does, shown in its coverage. Default: none. */
  note?(q: TimeReportQuery): string | null;
}

/** The people's accounts in one source, as far as they are known without a look-up (file and lone-account people). */
export function knownAccounts(people: readonly PersonModel[], ctx: Context, source: Source): { ids: string[]; emails: string[] } {
  const ids: string[] = [];
  const emails: string[] = [];
  for (const person of people) {
    if (person.key.kind === 'email') emails.push(person.key.email);
    else for (const account of ctx.people.accountsOf(person)) if (account.source === source) ids.push(account.id);
  }
  return { ids: [...new Set(ids)], emails: [...new Set(emails)] };
}
