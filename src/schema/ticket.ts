import { implementedByObjects } from './abstract.js';
import { SOURCE_SCOPE } from '../sources/index.js';
import { checkArgs, pagingCheck } from './argument-precheck.js';
import { builder } from './builder.js';
import { connectionFromArray, PAGING } from './pagination.js';
import { forbidden, mayRead } from './scopes.js';
import { SourceEnum } from './source.js';
import {
  checkTicketKey,
  checkTicketRefs,
  entryKey,
  loadTicket,
  ticketTypeOf,
  type TicketRefInput,
  timelineOf,
  worklogSeconds,
  worklogsOf,
} from './ticket-source.js';
import { TimelineConnection, TimelineEntry, TimelineOrderEnum } from './timeline-entry.js';
import { timelineConnection } from './timeline-page.js';
import { Worklog, WorklogConnection } from './worklog.js';
import { MAX_TICKET_REFS, Ticket, TicketRef } from './ticket-ref.js';

export { MAX_TICKET_REFS, Ticket, TicketRef };

Ticket.implement({
  description: 'A ticket (enneo), inbox ticket (Socialboards) or issue (Tracker).',
  interfaces: () => [builder.nodeInterfaceRef()],
  resolveType: (ticket) => ticketTypeOf(ticket.source),
  fields: (t) => ({
    source: t.field({ type: SourceEnum, resolve: (ticket) => ticket.source }),
    key: t.exposeString('key', { description: 'The key the source knows it by ("8821", "PAY-12").' }),
    title: t.string({
      nullable: true,
      description: 'enneo subject · Socialboards title · Tracker summary.',
      resolve: implementedByObjects('Ticket', 'title'),
    }),
    status: t.string({
      nullable: true,
      description: 'Status as the source sends it (Tracker: the status key).',
      resolve: implementedByObjects('Ticket', 'status'),
    }),
    worklogs: t.connection(
      {
        type: Worklog,
        description: 'Time spent on the ticket, oldest first. Always empty for Socialboards tickets.',
        extensions: checkArgs(pagingCheck(PAGING.worklogs)),
        resolve: async (ticket, args, ctx) => connectionFromArray(PAGING.worklogs.scope, await worklogsOf(ctx, ticket), args),
      },
      WorklogConnection,
    ),
    timeline: t.connection(
      {
        type: TimelineEntry,
        description: 'Every worklog and log event of the ticket, in time order.',
        args: { order: t.arg({ type: TimelineOrderEnum, defaultValue: 'OLDEST_FIRST' }) },
        extensions: checkArgs(pagingCheck(PAGING.timeline)),
        resolve: async (ticket, args, ctx) =>
          timelineConnection(await timelineOf(ctx, ticket), entryKey, args, args.order ?? 'OLDEST_FIRST'),
      },
      TimelineConnection,
    ),
    timeSpentSeconds: t.int({
      nullable: true,
      description:
        "Sum of the ticket's worklog durations, in seconds; null (with an UPSTREAM_BAD_RESPONSE error) when a duration is unreadable or the sum does not fit a GraphQL Int.",
      resolve: async (ticket, _args, ctx) => (await worklogsOf(ctx, ticket)).reduce((sum, w) => sum + worklogSeconds(w), 0),
    }),
  }),
});

builder.queryFields((t) => ({
  ticket: t.field({
    type: Ticket,
    nullable: true,
    description: "One ticket; null when its source says it does not exist. Needs the source's scope (enneo:read …).",
    args: {
      source: t.arg({ type: SourceEnum, required: true }),
      key: t.arg.string({ required: true }),
    },
    extensions: checkArgs((args) => checkTicketKey(args as unknown as TicketRefInput)),
    authScopes: (_root, { source }) => ({ [SOURCE_SCOPE[source]]: true }),
    resolve: (_root, ref, ctx, info) => {
      return loadTicket(ctx, checkTicketKey(ref), info);
    },
  }),
  tickets: t.field({
    type: [Ticket],
    nullable: { list: false, items: true },
    description: `Several tickets from any sources, in the order of refs; null where one does not exist. At most ${MAX_TICKET_REFS} refs.`,
    args: { refs: t.arg({ type: [TicketRef], required: true }) },
    extensions: checkArgs((args) => checkTicketRefs(args.refs as TicketRefInput[], MAX_TICKET_REFS)),
    resolve: (_root, { refs }, ctx, info) => {
      // A ref of a source the caller may not read is FORBIDDEN at its own position, with no call.
      return checkTicketRefs(refs, MAX_TICKET_REFS).map((ref) =>
        mayRead(ctx, ref.source) ? loadTicket(ctx, ref, info) : Promise.reject(forbidden(SOURCE_SCOPE[ref.source], ref.source)),
      );
    },
  }),
}));
