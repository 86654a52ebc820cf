import { EXPORT_PAGE_LIMIT, type ReportFilter, exportFiltersFor } from '../export-query.js';
import {
  type EnneoWorklog as EnneoWorklogModel,
  enneoDurationOf,
  rawDataOf,
  type WorklogReportRow as RowModel,
} from '../models.js';
import { Actor } from '../../../schema/actor.js';
import { enneoActor } from '../actors.js';
import { checkArgs, pagingCheck } from '../../../schema/argument-precheck.js';
import { builder } from '../../../schema/builder.js';
import { EnneoActionEnum } from './enneo-action.js';
import { EnneoTicket } from './enneo-ticket.js';
import { EnneoWorklog } from './enneo-worklog.js';
import { connectionFromSlice, DEFAULT_PAGE_SIZE, offsetWindow, PAGING } from '../../../schema/pagination.js';
import { selectsPath } from '../../../schema/selection.js';
import { badUserInput } from '../../../schema/user-input.js';
import { requireClient } from '../../../transport/errors.js';

const { scope: REPORT_SCOPE, max: MAX_REPORT_PAGE } = PAGING.worklogReport;
const MAX_FILTER_VALUES = 500;

export const WorklogReportFilter = builder.inputType('WorklogReportFilter', {
  description: 'Which export rows to read. Every field becomes an enneo export filter, applied by enneo.',
  fields: (t) => ({
    from: t.field({ type: 'Date', required: true, description: 'First day, inclusive, in the instance time zone.' }),
    to: t.field({ type: 'Date', required: true, description: 'Last day, inclusive.' }),
    actions: t.field({ type: [EnneoActionEnum], description: 'Only these actions (OTHER cannot be filtered on).' }),
    userIds: t.intList(),
    ticketIds: t.intList(),
    channels: t.stringList({ description: 'email, phone, chat, letter, portal, system, walkIn.' }),
    topics: t.stringList({ description: 'Top-level tag names.' }),
  }),
});

export const WorklogReportOrderEnum = builder.enumType('WorklogReportOrder', {
  description: 'Row order; enneo sorts its export by date or userWorklogId only, with the row id as tiebreaker.',
  values: ['DATE_ASC', 'DATE_DESC', 'WORKLOG_ID_ASC', 'WORKLOG_ID_DESC'] as const,
});

const EXPORT_ORDER = {
  DATE_ASC: { orderByField: 'date', orderByDirection: 'asc' },
  DATE_DESC: { orderByField: 'date', orderByDirection: 'desc' },
  WORKLOG_ID_ASC: { orderByField: 'userWorklogId', orderByDirection: 'asc' },
  WORKLOG_ID_DESC: { orderByField: 'userWorklogId', orderByDirection: 'desc' },
} as const;

type FilterInput = typeof WorklogReportFilter.$inferInput;

function checkFilter(filter: FilterInput): ReportFilter {
  if (filter.from > filter.to) {
    throw badUserInput(`filter.from (${filter.from}) is after filter.to (${filter.to}); both days are inclusive`);
  }
  for (const name of ['actions', 'userIds', 'ticketIds', 'channels', 'topics'] as const) {
    const values = filter[name];
    if (values == null) continue;
    if (values.length === 0) throw badUserInput(`filter.${name} is empty; leave it out to include every value`);
    if (values.length > MAX_FILTER_VALUES) throw badUserInput(`filter.${name} takes at most ${MAX_FILTER_VALUES} values`);
  }
  if (filter.actions?.includes('OTHER')) {
    throw badUserInput('filter.actions cannot contain OTHER: it stands for values enneo has no filter name for');
  }
  for (const name of ['userIds', 'ticketIds'] as const) {
    if (filter[name]?.some((id) => id < 1)) throw badUserInput(`filter.${name} must hold positive ids`);
  }
  for (const name of ['channels', 'topics'] as const) {
    if (filter[name]?.some((v) => v.trim() === '')) throw badUserInput(`filter.${name} must not hold empty strings`);
  }
  return filter as ReportFilter;
}

const WorklogReportRow = builder.objectRef<RowModel>('WorklogReportRow');
WorklogReportRow.implement({
  description: 'One row of the enneo reporting export (/export/reporting_worklog), typed.',
  fields: (t) => ({
    userWorklogId: t.exposeInt('userWorklogId', { nullable: true }),
    date: t.field({
      type: 'DateTime',
      description: 'Session start, read in ENNEO_TIMEZONE (pseudonymized exports: the day only).',
      resolve: (r) => r.date,
    }),
    userName: t.exposeString('userName', { nullable: true }),
    email: t.exposeString('email', {
      nullable: true,
      authScopes: { 'pii:read': true },
      description: 'Absent when the export is pseudonymized (needs pii:read).',
    }),
    userId: t.exposeInt('userId', { nullable: true }),
    user: t.field({
      type: Actor,
      nullable: true,
      resolve: (r) => (r.userId === null ? null : { ...enneoActor(r.userId)!, name: r.userName, email: r.email }),
    }),
    ticketId: t.exposeInt('ticketId', { nullable: true }),
    conversationId: t.exposeInt('conversationId', { nullable: true }),
    action: t.field({ type: EnneoActionEnum, resolve: (r) => r.action }),
    rawAction: t.exposeString('rawAction'),
    durationSeconds: t.int({
      nullable: true,
      description: 'duration, in seconds; an UPSTREAM_BAD_RESPONSE here alone when the export sent something else.',
      resolve: (r) => enneoDurationOf(r, 'GET /export/reporting_worklog'),
    }),
    durationAfterWorkSeconds: t.exposeInt('durationAfterWorkSeconds', { nullable: true }),
    status: t.exposeString('status', { nullable: true }),
    topic: t.exposeString('topic', { nullable: true }),
    subTopic: t.exposeString('subTopic', { nullable: true }),
    tags: t.exposeStringList('tags'),
    allTags: t.exposeStringList('allTags', {
      description: 'allTags: every tag of the ticket, parent tags included (enneo sends them comma-separated).',
    }),
    channel: t.exposeString('channel', { nullable: true }),
    department: t.exposeString('department', { nullable: true }),
    teams: t.exposeStringList('teams'),
    aiAutomationLevel: t.exposeInt('aiAutomationLevel', { nullable: true }),
    aiAgent: t.exposeString('aiAgent', { nullable: true }),
    aiAgentsUsed: t.exposeStringList('aiAgentsUsed'),
    textAssistanceAccuracy: t.exposeFloat('textAssistanceAccuracy', { nullable: true }),
    customerIdentifiedCorrectly: t.exposeBoolean('customerIdentifiedCorrectly', { nullable: true }),
    tagsIdentifiedCorrectly: t.exposeBoolean('tagsIdentifiedCorrectly', { nullable: true }),
    skippedTicket: t.exposeBoolean('skippedTicket', { nullable: true }),
    reopened: t.exposeBoolean('reopened', { nullable: true }),
    reopenedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.reopenedAt }),
    timesSetToOpen: t.exposeInt('timesSetToOpen', { nullable: true }),
    netSecondsClosedAfterSla: t.exposeInt('netSecondsClosedAfterSla', {
      nullable: true,
      description: 'Negative: closed before the SLA deadline.',
    }),
    closingDateForSla: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.closingDateForSla }),
    statusActionDetail: t.exposeString('statusActionDetail', { nullable: true }),
    pendingDueBy: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.pendingDueBy }),
    pendingSeconds: t.exposeInt('pendingSeconds', { nullable: true }),
    netPendingSeconds: t.exposeInt('netPendingSeconds', { nullable: true }),
    firstPendingAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.firstPendingAt }),
    rawData: t.field({
      type: 'JSON',
      nullable: true,
      authScopes: { 'pii:read': true },
      description:
        'rawData: the ticket data enneo attaches to the row, parsed from the JSON string it sends; null where the export is pseudonymized (an UPSTREAM_BAD_RESPONSE on this field alone when it is not JSON). Needs pii:read.',
      resolve: (r) => rawDataOf(r),
    }),
    raw: t.field({
      type: 'JSONObject',
      nullable: true,
      authScopes: { 'pii:read': true },
      description: 'The row exactly as enneo sent it (needs pii:read).',
      resolve: (r) => r.raw,
    }),
    ticket: t.field({
      type: EnneoTicket,
      nullable: true,
      description: 'Null where the export is pseudonymized.',
      // The page's tickets are loaded before the page is returned (see `worklogReport`): a plain value here.
      resolve: (r, _args, ctx) => (r.ticketId === null ? null : ctx.loaders.enneo.ticketByKey.loadNow(r.ticketId)),
    }),
    worklog: t.field({
      type: EnneoWorklog,
      nullable: true,
      description: "The ticket's worklog this row counts; null where the export is pseudonymized.",
      resolve: (r, _args, ctx) => {
        if (r.ticketId === null || r.userWorklogId === null) return null;
        const pick = (worklogs: EnneoWorklogModel[] | null) => worklogs?.find((w) => w.worklogId === r.userWorklogId) ?? null;
        // Loaded ahead with the page when selected (see `worklogReport`): then a plain value.
        const worklogs = ctx.loaders.enneo.worklogsByTicket.loadNow(r.ticketId);
        return worklogs instanceof Promise ? worklogs.then(pick) : pick(worklogs);
      },
    }),
  }),
});

const WorklogReportConnection = builder.connectionObject({ type: WorklogReportRow, name: 'WorklogReportConnection' });

builder.queryField('worklogReport', (t) =>
  t.field({
    type: WorklogReportConnection,
    nullable: true,
    authScopes: { $all: { 'enneo:read': true, 'reports:read': true } },
    description: `Rows of the enneo reporting export (worklogs of all tickets) for a bounded period (needs enneo:read and reports:read). first: default ${DEFAULT_PAGE_SIZE}, at most ${MAX_REPORT_PAGE}.`,
    extensions: checkArgs((args) => {
      pagingCheck(PAGING.worklogReport)(args);
      checkFilter(args.filter as FilterInput);
    }),
    args: {
      filter: t.arg({ type: WorklogReportFilter, required: true }),
      first: t.arg.int(),
      after: t.arg.string(),
      orderBy: t.arg({ type: WorklogReportOrderEnum, defaultValue: 'DATE_ASC' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const filters = exportFiltersFor(checkFilter(args.filter));
      const { start } = offsetWindow(REPORT_SCOPE, { first: args.first, after: args.after }, MAX_REPORT_PAGE);
      const size = args.first ?? DEFAULT_PAGE_SIZE;
      // One row more than asked tells whether another page exists without a count enneo does not
      // give — as long as that row fits in the one call enneo allows (limit ≤ 1,000). A page of
      // enneo's full 1,000 rows asks for exactly those: a full page says hasNextPage, and when the
      // export ended right there the next page answers empty (one call per page, never two).
      const limit = Math.min(size + 1, EXPORT_PAGE_LIMIT);
      const rows = await requireClient(ctx.upstreams.enneo, 'ENNEO').exportReportingWorklog({
        filters,
        limit,
        offset: start,
        ...EXPORT_ORDER[args.orderBy ?? 'DATE_ASC'],
      });
      const hasNextPage = limit > size ? rows.length > size : rows.length === size;
      const page = rows.length > size ? rows.slice(0, size) : rows;
      // The same batches of ticket and worklog reads the rows' `ticket` and `worklog` fields would
      // start, started here together and awaited, so that each of 1,000 rows completes without a
      // promise of its own (CPU, README "Benchmark"). Only what the query reads is fetched.
      const ticketIds = page.flatMap((r) => (r.ticketId === null ? [] : [r.ticketId]));
      const { ticketByKey, worklogsByTicket } = ctx.loaders.enneo;
      await Promise.all([
        selectsPath(info, ['edges', 'node', 'ticket']) && ticketByKey.settle(ticketIds),
        selectsPath(info, ['edges', 'node', 'worklog']) &&
          worklogsByTicket.settle(page.flatMap((r) => (r.ticketId === null || r.userWorklogId === null ? [] : [r.ticketId]))),
      ]);
      return connectionFromSlice(REPORT_SCOPE, page, start, { hasNextPage });
    },
  }),
);
