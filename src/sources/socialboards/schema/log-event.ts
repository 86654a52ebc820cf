import type { Context } from '../../../context.js';
import type { LogEvent as LogEventModel } from '../models.js';
import { Actor } from '../../../schema/actor.js';
import { socialboardsActor } from '../actors.js';
import { builder } from '../../../schema/builder.js';
import { nodeEntity } from '../../../schema/entity.js';
import { Ticket } from '../../../schema/ticket.js';
import { logEventsOf, requireTicketOf } from '../../../schema/ticket-source.js';
import { checkArgs, pagingCheck } from '../../../schema/argument-precheck.js';
import { connectionFromArray, PAGING } from '../../../schema/pagination.js';
import { TimelineEntry } from '../../../schema/timeline-entry.js';
import { registerLocalId } from '../../../schema/global-id.js';
import { badUserInput } from '../../../schema/user-input.js';

export const LogEventTypeEnum = builder.enumType('LogEventType', {
  description: 'The Socialboards action types known to this gateway; any other is OTHER (see actionType).',
  values: {
    TICKET_CREATED: { description: 'ticket_created' },
    TICKET_READ: { description: 'ticket_read' },
    TICKET_STATUS_CHANGED: { description: 'ticket_status_changed' },
    REPLY_CREATED: { description: 'reply_created' },
    TICKET_ASSIGNED_TO_USER: { description: 'ticket_assigned_to_user' },
    OTHER: { description: 'An action type this gateway does not name; never an error.' },
  } as const,
});

export const LogEvent = builder.objectRef<LogEventModel>('LogEvent');

/** `ticketId:eventId`; the event id is the gateway's own content hash, with `-n` on the n-th identical entry. */
const parseLogEventId = registerLocalId('LogEvent', (id: string) => {
  const match = /^([1-9]\d{0,9}):([0-9a-f]{16}(?:-\d{1,10})?)$/.exec(id);
  if (!match) throw badUserInput('id is not a LogEvent id this gateway issued');
  return { ticketId: Number(match[1]), eventId: match[2]! };
});

/** Loads a LogEvent by the local part of its global id (`node(id)` and federation). */
async function loadLogEvent(id: string, ctx: Context): Promise<LogEventModel | null> {
  const { ticketId, eventId } = parseLogEventId(id);
  const log = await ctx.loaders.socialboards.logByTicket.load({ ticketId, actionTypes: [] });
  return log?.find((event) => event.eventId === eventId) ?? null;
}

builder.node(LogEvent, {
  description: 'One entry of a Socialboards ticket action log (read, replied, status changed, assigned …).',
  interfaces: () => [TimelineEntry],
  id: { resolve: (event) => `${event.ticketId}:${event.eventId}` },
  loadOne: loadLogEvent,
  fields: (t) => ({
    occurredAt: t.field({
      type: 'DateTime',
      description: '`time`, as a UTC instant (milliseconds).',
      resolve: (e) => e.occurredAt,
    }),
    actor: t.field({
      type: Actor,
      nullable: true,
      description: 'The `user` who acted.',
      resolve: (e) => socialboardsActor(e.user),
    }),
    ticket: t.field({ type: Ticket, resolve: (e, _args, ctx) => requireTicketOf(ctx, e) }),
    summary: t.string({
      description: 'The actor and `text` with `{User:…}` placeholders replaced by names.',
      resolve: (e) => e.summary,
    }),
    ticketId: t.exposeInt('ticketId'),
    type: t.field({ type: LogEventTypeEnum, resolve: (e) => e.type }),
    actionType: t.exposeString('actionType', { description: 'The raw actionType, always.' }),
    text: t.exposeString('text', { description: 'actionString as sent: localized, may hold {User:<uuid>} placeholders.' }),
    time: t.exposeString('time', { description: '`time` exactly as sent (7 fractional digits, its own offset).' }),
    mentionedUsers: t.field({
      type: [Actor],
      description: 'includedItems.users: the users the text refers to.',
      resolve: (e) => e.mentionedUsers.map((user) => socialboardsActor(user)!),
    }),
    raw: t.field({
      type: 'JSONObject',
      nullable: true,
      authScopes: { 'pii:read': true },
      description: 'The entry exactly as Socialboards sent it (needs pii:read).',
      resolve: (e) => e.raw,
    }),
  }),
});

export const LogEventConnection = builder.connectionObject({
  type: LogEvent,
  name: 'LogEventConnection',
  fields: (t) => ({
    totalCount: t.int({
      description: 'Entries of the (filtered) log, over all pages.',
      resolve: (connection) => (connection as { totalCount?: number }).totalCount ?? 0,
    }),
  }),
});

nodeEntity(LogEvent, loadLogEvent);

/** Most action types one `logEvents` call filters on. */
const MAX_ACTION_TYPES = 50;

function checkActionTypes(types: readonly string[] | null | undefined): string[] {
  if (types == null) return [];
  if (types.length === 0) throw badUserInput('types is empty; leave it out to get every action type');
  if (types.length > MAX_ACTION_TYPES) throw badUserInput(`types takes at most ${MAX_ACTION_TYPES} values`);
  const bad = types.find((type) => !/^[a-z][a-z0-9_]{0,63}$/.test(type));
  if (bad !== undefined) {
    throw badUserInput(
      `types must hold raw Socialboards action types such as "ticket_read" (got ${JSON.stringify(bad.slice(0, 64))})`,
    );
  }
  return [...new Set(types)];
}

// A field of the Ticket interface (every ticket answers it; only Socialboards tickets have a log).
builder.interfaceField(Ticket, 'logEvents', (t) =>
  t.connection(
    {
      type: LogEvent,
      description: 'Socialboards action-log entries, oldest first; always empty for other sources.',
      args: {
        types: t.arg.stringList({
          description: 'Only these raw actionType values (e.g. "ticket_read"); passed to Socialboards.',
        }),
      },
      extensions: checkArgs((args) => {
        pagingCheck(PAGING.logEvents)(args);
        checkActionTypes(args.types as string[] | null | undefined);
      }),
      resolve: async (ticket, args, ctx) => {
        const types = checkActionTypes(args.types);
        return connectionFromArray(PAGING.logEvents.scope, await logEventsOf(ctx, ticket, types), args);
      },
    },
    LogEventConnection,
  ),
);
