import type { Context } from '../context.js';
import type { AccountRef, PersonModel } from '../people/people-session.js';
import { sourceModule } from '../sources/index.js';
import type { Source } from '../sources/source.js';
import { UpstreamError } from '../transport/errors.js';
import { createDayOf, isoWeek, monthOf } from './calendar.js';
import type { TimeRecord, TimeRecordSink } from './source-records.js';

/**
 * Who spent how long, across the sources: time records streamed page by page from each source's
 * reader (its module's `timeReport`, e.g. enneo's reporting export and Tracker's worklog search),
 * summed into groups as they arrive. Memory holds
 * one page per source plus the groups — never the records — so a year of a large team costs what
 * its groups cost. People are linked after the sums, once per distinct account.
 */

export const TIME_REPORT_DIMENSIONS = ['PERSON', 'SOURCE', 'DAY', 'WEEK', 'MONTH', 'TICKET', 'ACTION'] as const;
export type TimeReportDimension = (typeof TIME_REPORT_DIMENSIONS)[number];

/** Most days one report covers (`from` and `to` both counted). */
export const MAX_REPORT_DAYS = 366;
/** Most rows one report answers; more means the grouping is too fine for one answer. */
export const MAX_REPORT_ROWS = 20_000;
export interface TimeReportQuery {
  /** Inclusive days `YYYY-MM-DD` in `timeZone`. */
  from: string;
  to: string;
  timeZone: string;
  groupBy: readonly TimeReportDimension[];
  /** Sources to read, each asked once. */
  sources: readonly Source[];
  /** Only these people's time; null = everybody's. */
  people: readonly PersonModel[] | null;
}

export interface TimeReportRow {
  person: PersonModel | null;
  source: Source | null;
  day: string | null;
  week: string | null;
  month: string | null;
  ticket: { source: Source; key: string } | null;
  action: string | null;
  seconds: number;
  entries: number;
}

export interface TimeReportCoverage {
  source: Source;
  /** Every record of the period was read and counted. */
  complete: boolean;
  /** Records read from the source. */
  rows: number;
  /** Records counted into the report (in the period, of the people asked for). */
  entries: number;
  /** Upstream calls that read the records. */
  calls: number;
  seconds: number;
  /** Why the source counts as it does (Socialboards: no durations). */
  note: string | null;
}

export interface TimeReportResult {
  totalSeconds: number;
  rows: TimeReportRow[];
  coverage: TimeReportCoverage[];
  /** Failures of single sources (their coverage says `complete: false`); the report still answers. */
  errors: Error[];
}

/** The report is too fine-grained to answer: the caller should group by less or ask for less. */
export class ReportTooLarge extends Error {}

interface Group {
  account: AccountRef | null;
  source: Source;
  day: string;
  ticketKey: string | null;
  action: string;
  seconds: number;
  entries: number;
}

/**
 * Sums one source's records into groups keyed by the asked dimensions — and by account whenever
 * people matter (PERSON asked or `people` given), because accounts become people only at the end.
 */
class SourceSums implements TimeRecordSink {
  readonly groups = new Map<string, Group>();
  readonly accounts = new Map<string, AccountRef>();
  rows = 0;
  entries = 0;
  seconds = 0;
  calls = 0;

  constructor(
    readonly source: Source,
    private readonly by: ReadonlySet<TimeReportDimension>,
    private readonly byAccount: boolean,
    private readonly dayOf: (at: Date) => string,
    private readonly from: string,
    private readonly to: string,
    private readonly stop: { reason: ReportTooLarge | undefined },
  ) {}

  /** The shared object of an account (one per distinct account, its name kept from the first record that had one). */
  account(ref: AccountRef): AccountRef {
    const key = `${ref.source}:${ref.id}`;
    const known = this.accounts.get(key);
    if (known) {
      if (known.name == null && ref.name != null) known.name = ref.name;
      if (known.email == null && ref.email != null) known.email = ref.email;
      return known;
    }
    this.accounts.set(key, ref);
    return ref;
  }

  add(record: TimeRecord): void {
    if (this.stop.reason) throw this.stop.reason;
    this.rows += 1;
    const day = this.dayOf(record.at);
    if (day < this.from || day > this.to) return;
    const by = this.by;
    const account = this.byAccount && record.account ? this.account(record.account) : null;
    const key = [
      account ? `${account.source}:${account.id}` : '',
      by.has('DAY') ? day : '',
      by.has('WEEK') ? isoWeek(day) : '',
      by.has('MONTH') ? monthOf(day) : '',
      by.has('TICKET') ? (record.ticketKey ?? '') : '',
      by.has('ACTION') ? record.action : '',
    ].join('\u0001');
    let group = this.groups.get(key);
    if (!group) {
      if (this.groups.size >= MAX_REPORT_ROWS * 5) {
        throw new ReportTooLarge(
          `the report would have more than ${MAX_REPORT_ROWS} rows; group by fewer dimensions or ask for a shorter period`,
        );
      }
      group = {
        account,
        source: this.source,
        day,
        ticketKey: by.has('TICKET') ? record.ticketKey : null,
        action: record.action,
        seconds: 0,
        entries: 0,
      };
      this.groups.set(key, group);
    }
    group.seconds += record.seconds;
    group.entries += 1;
    this.entries += 1;
    this.seconds += record.seconds;
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Runs the report: every source asked read in parallel, each page summed as it arrives. */
export async function runTimeReport(ctx: Context, q: TimeReportQuery): Promise<TimeReportResult> {
  const by = new Set(q.groupBy);
  const byAccount = by.has('PERSON') || q.people !== null;
  const dayOf = createDayOf(q.timeZone);
  const errors: Error[] = [];
  // One source's report growing too large stops the others' reading too (they check between pages).
  const stop = { reason: undefined as ReportTooLarge | undefined };

  const outcomes = await Promise.all(
    q.sources.map(async (source) => {
      const sums = new SourceSums(source, by, byAccount, dayOf, q.from, q.to, stop);
      const problems: string[] = [];
      try {
        // A source without time records (no reader) adds nothing.
        await sourceModule(source).timeReport?.read(ctx, q, sums, problems);
        for (const detail of problems) errors.push(UpstreamError.badResponse(source, 'the time report', detail));
        return { sums, ok: problems.length === 0, failed: false };
      } catch (error) {
        if (error instanceof ReportTooLarge) {
          stop.reason = error;
          throw error;
        }
        // A failing source adds nothing (no half-read sums) and says so; the others still answer.
        errors.push(error as Error);
        return { sums, ok: false, failed: true };
      }
    }),
  );

  // Accounts → people, each distinct account once; the look-ups of one tick share their batches.
  const personOf = new Map<string, PersonModel>();
  if (byAccount) {
    const accounts = new Map<string, AccountRef>();
    for (const { sums, failed } of outcomes) if (!failed) for (const [key, account] of sums.accounts) accounts.set(key, account);
    await Promise.all(
      [...accounts].map(async ([key, account]) => {
        try {
          personOf.set(key, await ctx.people.personOf(account));
        } catch (error) {
          // Without its e-mail an account stands alone; the error says why it is not linked.
          errors.push(error as Error);
          personOf.set(key, {
            key: { kind: 'account', source: account.source, accountId: account.id },
            localId: `account:${account.source}:${account.id}`,
          });
        }
      }),
    );
  }
  const wanted = q.people ? new Set(q.people.map((p) => p.localId)) : null;

  const rows = new Map<string, TimeReportRow>();
  const counted = new Map<Source, { entries: number; seconds: number }>();
  for (const { sums, failed } of outcomes) {
    const tally = { entries: 0, seconds: 0 };
    counted.set(sums.source, tally);
    if (failed) continue;
    for (const group of sums.groups.values()) {
      const person = group.account ? (personOf.get(`${group.account.source}:${group.account.id}`) ?? null) : null;
      if (wanted && (!person || !wanted.has(person.localId))) continue;
      tally.entries += group.entries;
      tally.seconds += group.seconds;
      const row: TimeReportRow = {
        person: by.has('PERSON') ? person : null,
        source: by.has('SOURCE') ? group.source : null,
        day: by.has('DAY') ? group.day : null,
        week: by.has('WEEK') ? isoWeek(group.day) : null,
        month: by.has('MONTH') ? monthOf(group.day) : null,
        ticket: by.has('TICKET') && group.ticketKey !== null ? { source: group.source, key: group.ticketKey } : null,
        action: by.has('ACTION') ? group.action : null,
        seconds: 0,
        entries: 0,
      };
      const key = [
        row.person?.localId ?? '',
        row.source ?? '',
        row.day ?? '',
        row.week ?? '',
        row.month ?? '',
        row.ticket ? `${row.ticket.source}:${row.ticket.key}` : '',
        row.action ?? '',
      ].join('\u0001');
      const existing = rows.get(key);
      if (existing) {
        existing.seconds += group.seconds;
        existing.entries += group.entries;
      } else {
        row.seconds = group.seconds;
        row.entries = group.entries;
        rows.set(key, row);
      }
    }
  }
  if (rows.size > MAX_REPORT_ROWS) {
    throw new ReportTooLarge(
      `the report has ${rows.size} rows, more than ${MAX_REPORT_ROWS}; group by fewer dimensions or ask for a shorter period`,
    );
  }

  // Rows in the order of the grouping: person name, source, period, ticket, action.
  const names = new Map<string, string>();
  if (by.has('PERSON')) {
    const people = new Map<string, PersonModel>();
    for (const row of rows.values()) if (row.person) people.set(row.person.localId, row.person);
    await Promise.all(
      [...people.values()].map(async (p) => names.set(p.localId, (await ctx.people.name(p).catch(() => null)) ?? p.localId)),
    );
  }
  const sortKey = (row: TimeReportRow): string[] =>
    q.groupBy.map((dimension) => {
      switch (dimension) {
        case 'PERSON':
          return row.person ? `0${names.get(row.person.localId)}\u0000${row.person.localId}` : '1';
        case 'SOURCE':
          return row.source ?? '';
        case 'DAY':
          return row.day ?? '';
        case 'WEEK':
          return row.week ?? '';
        case 'MONTH':
          return row.month ?? '';
        case 'TICKET':
          // Numbers in keys compare by value (PAY-9 before PAY-12).
          return row.ticket ? `${row.ticket.source}:${row.ticket.key.replace(/\d+/g, (n) => n.padStart(16, '0'))}` : '~';
        case 'ACTION':
          return row.action ?? '';
      }
    });
  const sorted = [...rows.values()]
    .map((row) => ({ row, key: sortKey(row) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i += 1) {
        const c = compare(a.key[i]!, b.key[i]!);
        if (c !== 0) return c;
      }
      return 0;
    })
    .map(({ row }) => row);

  const coverage: TimeReportCoverage[] = outcomes.map(({ sums, ok, failed }) => ({
    source: sums.source,
    complete: ok,
    rows: sums.rows,
    entries: failed ? 0 : counted.get(sums.source)!.entries,
    calls: sums.calls,
    seconds: failed ? 0 : counted.get(sums.source)!.seconds,
    note: sourceModule(sums.source).timeReport?.note?.(q) ?? null,
  }));
  return {
    totalSeconds: coverage.reduce((sum, c) => sum + c.seconds, 0),
    rows: sorted,
    coverage,
    errors,
  };
}
