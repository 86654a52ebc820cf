import { GraphQLError, responsePathAsArray } from 'graphql';
import { SOURCE_SCOPE, SOURCES } from '../sources/index.js';
import type { Context } from '../context.js';
import type { PersonModel } from '../people/people-session.js';
import { isTimeZone, daysInclusive } from '../reports/calendar.js';
import {
  MAX_REPORT_DAYS,
  ReportTooLarge,
  runTimeReport,
  type TimeReportCoverage as CoverageModel,
  type TimeReportDimension,
  type TimeReportQuery,
  type TimeReportResult,
  type TimeReportRow as RowModel,
} from '../reports/time-report.js';
import type { Source } from '../sources/source.js';
import { checkArgs } from './argument-precheck.js';
import { builder } from './builder.js';
import { decodeGlobalId } from './global-id.js';
import { Person } from './person.js';
import { forbidden, mayRead } from './scopes.js';
import { SourceEnum } from './source.js';
import { loadTicket } from './ticket-source.js';
import { Ticket } from './ticket.js';
import { badUserInput } from './user-input.js';

/** Most people one report may be restricted to. */
export const MAX_REPORT_PEOPLE = 100;

export const TimeReportDimensionEnum = builder.enumType('TimeReportDimension', {
  description: 'What the rows of a time report are grouped by.',
  values: {
    PERSON: { description: 'The person (accounts linked across sources by PEOPLE_FILE or e-mail).' },
    SOURCE: { description: 'The source the time was booked in.' },
    DAY: { description: "The day the work started, in the report's time zone." },
    WEEK: { description: 'The ISO 8601 week of that day (2025-W45).' },
    MONTH: { description: 'The month of that day (2025-11).' },
    TICKET: { description: 'The ticket or issue the time was booked on.' },
    ACTION: { description: 'enneo: the worklog action (READ_ACTION …; unknown ones raw); Tracker: WORKLOG.' },
  } as const,
});

const TimeReportRow = builder.objectRef<RowModel>('TimeReportRow');
TimeReportRow.implement({
  description: 'One group of a time report: the grouped values (null where not grouped by) and the sums.',
  fields: (t) => ({
    person: t.field({
      type: Person,
      nullable: true,
      description: 'Null when not grouped by PERSON, or for time without a known user (pseudonymized exports).',
      resolve: (r) => r.person,
    }),
    source: t.field({ type: SourceEnum, nullable: true, resolve: (r) => r.source }),
    day: t.field({ type: 'Date', nullable: true, resolve: (r) => r.day }),
    week: t.string({ nullable: true, description: 'ISO 8601 week, e.g. 2025-W45.', resolve: (r) => r.week }),
    month: t.string({ nullable: true, description: 'YYYY-MM.', resolve: (r) => r.month }),
    ticketKey: t.string({
      nullable: true,
      description: 'The key of the ticket (its source is ticketSource).',
      resolve: (r) => r.ticket?.key ?? null,
    }),
    ticketSource: t.field({ type: SourceEnum, nullable: true, resolve: (r) => r.ticket?.source ?? null }),
    ticket: t.field({
      type: Ticket,
      nullable: true,
      description: 'The ticket, loaded from its source when selected; null when it no longer exists.',
      resolve: (r, _args, ctx) => (r.ticket ? loadTicket(ctx, r.ticket) : null),
    }),
    action: t.string({ nullable: true, resolve: (r) => r.action }),
    seconds: t.field({
      type: 'SafeInt',
      description: 'Time spent, summed (Tracker on its business calendar).',
      resolve: (r) => r.seconds,
    }),
    entries: t.exposeInt('entries', { description: 'Records summed into this row (export rows, worklogs).' }),
  }),
});

const TimeReportCoverage = builder.objectRef<CoverageModel>('TimeReportCoverage');
TimeReportCoverage.implement({
  description: 'What one source contributed, and whether it could be read completely.',
  fields: (t) => ({
    source: t.field({ type: SourceEnum, resolve: (c) => c.source }),
    complete: t.exposeBoolean('complete', {
      description: 'False when the source failed (it then adds nothing; errors[] says why) or some records could not be counted.',
    }),
    rows: t.exposeInt('rows', {
      description: 'Records read from the source (the period read upstream may be a little wider than the report).',
    }),
    entries: t.exposeInt('entries', { description: 'Records counted into the report.' }),
    calls: t.exposeInt('calls', { description: 'Upstream calls that read the records (export pages, worklog search pages).' }),
    seconds: t.field({ type: 'SafeInt', description: 'Seconds the source added to the report.', resolve: (c) => c.seconds }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

interface TimeReportModel extends TimeReportResult {
  query: TimeReportQuery;
}

const TimeReport = builder.objectRef<TimeReportModel>('TimeReport');
TimeReport.implement({
  description: 'Who spent how long, across the sources, for a period.',
  fields: (t) => ({
    from: t.field({ type: 'Date', resolve: (r) => r.query.from }),
    to: t.field({ type: 'Date', resolve: (r) => r.query.to }),
    timeZone: t.string({ resolve: (r) => r.query.timeZone }),
    groupBy: t.field({ type: [TimeReportDimensionEnum], resolve: (r) => [...r.query.groupBy] }),
    totalSeconds: t.field({ type: 'SafeInt', description: 'Seconds of every row.', resolve: (r) => r.totalSeconds }),
    rows: t.field({ type: [TimeReportRow], resolve: (r) => r.rows }),
    coverage: t.field({ type: [TimeReportCoverage], description: 'One entry per source read.', resolve: (r) => r.coverage }),
  }),
});

export interface TimeReportArgs {
  from: string;
  to: string;
  groupBy?: readonly TimeReportDimension[] | null;
  sources?: readonly Source[] | null;
  people?: readonly (string | number)[] | null;
  timeZone?: string | null;
}

/** Checks the arguments without any upstream call; returns the people's local ids. */
export function checkTimeReportArgs(args: TimeReportArgs): { peopleIds: string[] | null } {
  if (args.from > args.to) throw badUserInput(`from (${args.from}) is after to (${args.to}); both days are inclusive`);
  const days = daysInclusive(args.from, args.to);
  if (days > MAX_REPORT_DAYS) {
    throw badUserInput(`the period has ${days} days; a time report covers at most ${MAX_REPORT_DAYS} (from and to both count)`);
  }
  const timeZone = args.timeZone ?? 'UTC';
  if (!isTimeZone(timeZone))
    throw badUserInput(
      `timeZone must be an IANA time zone such as Europe/Berlin or UTC (got ${JSON.stringify(timeZone.slice(0, 60))})`,
    );
  const groupBy = args.groupBy ?? ['PERSON'];
  const twice = groupBy.find((d, i) => groupBy.indexOf(d) !== i);
  if (twice) throw badUserInput(`groupBy lists ${twice} twice`);
  if (args.sources?.length === 0) throw badUserInput('sources is empty; leave it out to read every configured source');
  if (!args.people) return { peopleIds: null };
  if (args.people.length === 0) throw badUserInput('people is empty; leave it out to report on everybody');
  if (args.people.length > MAX_REPORT_PEOPLE) throw badUserInput(`people takes at most ${MAX_REPORT_PEOPLE} ids`);
  return {
    peopleIds: args.people.map((id, i) => {
      const decoded = decodeGlobalId(String(id));
      if (decoded.typename !== 'Person') throw badUserInput(`people[${i}] is the id of a ${decoded.typename}, not of a Person`);
      return decoded.id;
    }),
  };
}

/** Resolves the arguments into a query (people looked up in the file; no upstream call). */
export function timeReportQuery(ctx: Context, args: TimeReportArgs): TimeReportQuery {
  const { peopleIds } = checkTimeReportArgs(args);
  let people: PersonModel[] | null = null;
  if (peopleIds) {
    people = peopleIds.map((localId, i) => {
      const person = ctx.people.personByLocalId(localId);
      if (!person) throw badUserInput(`people[${i}] names no person this gateway knows (PEOPLE_FILE may have changed)`);
      return person;
    });
  }
  // Every configured source with time records, those with durations first (a stable sort keeps registry order).
  const clients = ctx.upstreams as unknown as Record<string, unknown>;
  const configured: Source[] = SOURCES.filter((m) => m.timeReport && clients[m.name])
    .sort((a, b) => Number(b.timeReport!.durations) - Number(a.timeReport!.durations))
    .map((m) => m.source);
  return {
    from: args.from,
    to: args.to,
    timeZone: args.timeZone ?? 'UTC',
    groupBy: [...(args.groupBy ?? ['PERSON'])],
    // Sources asked for explicitly are read even when not configured: their coverage then says why not.
    sources: args.sources ? [...new Set(args.sources)] : configured,
    people,
  };
}

/** Runs the report; a source's failure becomes an error located at `path`, the report still answers. */
export async function resolveTimeReport(
  ctx: Context,
  args: TimeReportArgs,
  path?: readonly (string | number)[],
): Promise<TimeReportModel> {
  const query = timeReportQuery(ctx, args);
  // A source the caller may not read is left out, with one FORBIDDEN error for it (as in a timeline).
  for (const source of query.sources.filter((s) => !mayRead(ctx, s))) {
    const refusal = forbidden(SOURCE_SCOPE[source], source);
    ctx.partialErrors.push(new GraphQLError(refusal.message, { path, extensions: refusal.extensions }));
  }
  query.sources = query.sources.filter((s) => mayRead(ctx, s));
  let result: TimeReportResult;
  try {
    result = await runTimeReport(ctx, query);
  } catch (error) {
    if (error instanceof ReportTooLarge) throw badUserInput(error.message);
    throw error;
  }
  for (const error of result.errors) ctx.partialErrors.push(new GraphQLError(error.message, { path, originalError: error }));
  return { ...result, query };
}

builder.queryField('timeReport', (t) =>
  t.field({
    type: TimeReport,
    nullable: true,
    authScopes: { 'reports:read': true },
    description: `Who spent how long across the sources in a period (from and to inclusive, at most ${MAX_REPORT_DAYS} days): enneo's reporting export and Tracker worklogs, summed by the groupBy dimensions. A failing source adds an error and coverage complete: false; the rest arrives. Needs reports:read; a source the caller may not read is left out with one FORBIDDEN error.`,
    extensions: checkArgs((args) => void checkTimeReportArgs(args as unknown as TimeReportArgs)),
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First day, inclusive.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day, inclusive.' }),
      groupBy: t.arg({ type: [TimeReportDimensionEnum], defaultValue: ['PERSON'] }),
      sources: t.arg({ type: [SourceEnum], description: 'Default: every configured source.' }),
      people: t.arg.idList({ description: `Only these people (Person ids, at most ${MAX_REPORT_PEOPLE}).` }),
      timeZone: t.arg.string({ defaultValue: 'UTC', description: 'IANA zone of the days (from, to, DAY, WEEK, MONTH).' }),
    },
    resolve: (_root, args, ctx, info) => resolveTimeReport(ctx, args as TimeReportArgs, responsePathAsArray(info.path)),
  }),
);
