import { GraphQLError, responsePathAsArray } from 'graphql';
import { SOURCE_SCOPE } from '../sources/index.js';
import { sourceModule } from '../sources/index.js';
import { implementedByObjects } from './abstract.js';
import { checkArgs, pagingCheck } from './argument-precheck.js';
import { PAGING } from './pagination.js';
import { Actor } from './actor.js';
import { builder } from './builder.js';
import { forbidden, mayRead } from './scopes.js';
import { selectsPath } from './selection.js';
import { SourceEnum } from './source.js';
import { MAX_TICKET_REFS, Ticket, TicketRef } from './ticket-ref.js';
import {
  checkTicketRefs,
  entryTypeOf,
  entriesOfRef,
  entryKey,
  loadTicketsOfEntries,
  occurredAt,
  type TicketRefInput,
  type TimelineEntryModel,
} from './ticket-source.js';
import { timelineConnection } from './timeline-page.js';
import { badUserInput } from './user-input.js';

export const TimelineOrderEnum = builder.enumType('TimelineOrder', {
  values: {
    OLDEST_FIRST: { description: 'Earliest occurredAt first.' },
    NEWEST_FIRST: { description: 'Latest occurredAt first.' },
  } as const,
});

const abstract = (field: string) => implementedByObjects('TimelineEntry', field);

/**
 * Anything that happened on a ticket at a point in time: a worklog (enneo, Tracker) or a log
 * event (Socialboards). Each source contributes exactly one entry type, so the source decides
 * the type; every field is implemented by the object types.
 */
export const TimelineEntry = builder.interfaceRef<TimelineEntryModel>('TimelineEntry');

TimelineEntry.implement({
  description: 'Something that happened on a ticket: a worklog or a log event.',
  resolveType: (entry) => entryTypeOf(entry.source),
  fields: (t) => ({
    id: t.id({ description: 'Relay global id (the same as Node.id).', resolve: abstract('id') }),
    source: t.field({ type: SourceEnum, resolve: (entry) => entry.source }),
    occurredAt: t.field({
      type: 'DateTime',
      description: 'When it happened, as a UTC instant (for worklogs: startedAt).',
      resolve: abstract('occurredAt'),
    }),
    actor: t.field({ type: Actor, nullable: true, description: 'Who did it, when the source says.', resolve: abstract('actor') }),
    ticket: t.field({ type: Ticket, description: 'The ticket it happened on.', resolve: abstract('ticket') }),
    summary: t.string({ description: 'One readable line describing the entry.', resolve: abstract('summary') }),
  }),
});

export const TimelineConnection = builder.connectionObject({
  type: TimelineEntry,
  name: 'TimelineConnection',
  fields: (t) => ({
    totalCount: t.int({
      description: 'Entries in the whole timeline, over all pages.',
      resolve: (connection) => (connection as { totalCount?: number }).totalCount ?? 0,
    }),
  }),
});

export const TimelineEntryKindEnum = builder.enumType('TimelineEntryKind', {
  values: {
    WORKLOG: { description: 'Time spent: enneo and Tracker worklogs.' },
    LOG_EVENT: { description: 'Socialboards action-log entries.' },
  } as const,
});

builder.queryField('timeline', (t) =>
  t.connection(
    {
      type: TimelineEntry,
      description: `Every worklog and log event of the given tickets (any sources, at most ${MAX_TICKET_REFS}), merged by occurredAt. A ref that does not exist contributes nothing; a ref whose source fails adds an error (with extensions.ref) while the other refs' entries still arrive.`,
      args: {
        refs: t.arg({ type: [TicketRef], required: true }),
        order: t.arg({ type: TimelineOrderEnum, defaultValue: 'OLDEST_FIRST' }),
        since: t.arg({ type: 'DateTime', description: 'Only entries that occurred at or after this instant.' }),
        until: t.arg({ type: 'DateTime', description: 'Only entries that occurred before this instant.' }),
        sources: t.arg({ type: [SourceEnum], description: 'Only entries from these sources.' }),
        kinds: t.arg({ type: [TimelineEntryKindEnum], description: 'Only worklogs, or only log events.' }),
      },
      // Every argument is checked before any source is read.
      extensions: checkArgs((args) => {
        pagingCheck(PAGING.timeline)(args);
        checkRefs(args.refs as TicketRefInput[]);
        checkPeriod(args.since as Date | null | undefined, args.until as Date | null | undefined);
      }),
      resolve: async (_root, args, ctx, info) => {
        const refs = checkRefs(args.refs);
        checkPeriod(args.since, args.until);
        const sources = args.sources ? new Set(args.sources) : undefined;
        const kinds = args.kinds ? new Set(args.kinds) : undefined;
        const path = responsePathAsArray(info.path);
        // Refs whose source or entry kind is filtered out are not read at all: no call, no error.
        const asked = refs.filter((ref) => (!sources || sources.has(ref.source)) && (!kinds || kinds.has(kindOf(ref.source))));
        // A source the caller may not read is left out, with one FORBIDDEN error for it (not one per ref).
        const wanted = asked.filter((ref) => mayRead(ctx, ref.source));
        for (const source of new Set(asked.filter((ref) => !mayRead(ctx, ref.source)).map((ref) => ref.source))) {
          const refusal = forbidden(SOURCE_SCOPE[source], source);
          ctx.partialErrors.push(new GraphQLError(refusal.message, { path, extensions: refusal.extensions }));
        }
        const lists = await Promise.all(
          wanted.map((ref) =>
            entriesOfRef(ctx, ref).catch((error: Error) => {
              ctx.partialErrors.push(new GraphQLError(error.message, { path, originalError: error, extensions: { ref } }));
              return [];
            }),
          ),
        );
        const entries = lists.flat().filter((entry) => {
          const at = occurredAt(entry);
          return (!args.since || at >= args.since) && (!args.until || at < args.until);
        });
        const page = timelineConnection(entries, entryKey, args, args.order ?? 'OLDEST_FIRST');
        // The page's tickets, loaded now when the query reads them: the same batches the entries'
        // `ticket` fields would start, and each entry then completes without a promise.
        if (selectsPath(info, ['edges', 'node', 'ticket'])) {
          await loadTicketsOfEntries(
            ctx,
            page.edges.map((edge) => edge.node),
          );
        }
        return page;
      },
    },
    TimelineConnection,
  ),
);

/** The one kind of entry each source has (Socialboards log events, enneo and Tracker worklogs). */
function kindOf(source: TicketRefInput['source']): 'WORKLOG' | 'LOG_EVENT' {
  return sourceModule(source).entryKind;
}

/** Checks and canonicalises refs; the same ticket named twice counts once. */
function checkRefs(refs: readonly TicketRefInput[]): TicketRefInput[] {
  const unique = new Map<string, TicketRefInput>();
  for (const checked of checkTicketRefs(refs, MAX_TICKET_REFS)) unique.set(`${checked.source}:${checked.key}`, checked);
  return [...unique.values()];
}

function checkPeriod(since: Date | null | undefined, until: Date | null | undefined): void {
  if (since && until && since >= until) {
    throw badUserInput(`since (${since.toISOString()}) must be before until (${until.toISOString()})`);
  }
}
