import { implementedByObjects } from './abstract.js';
import { Actor } from './actor.js';
import { builder } from './builder.js';
import { SourceEnum } from './source.js';
import { Ticket } from './ticket.js';
import type { TimelineEntryModel } from './ticket-source.js';

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
  resolveType: (entry) => ({ ENNEO: 'EnneoWorklog' } as const)[entry.source],
  fields: (t) => ({
    id: t.id({ description: 'Relay global id (the same as Node.id).', resolve: abstract('id') }),
    source: t.field({ type: SourceEnum, resolve: (entry) => entry.source }),
    occurredAt: t.field({ type: 'DateTime', description: 'When it happened, as a UTC instant (for worklogs: startedAt).', resolve: abstract('occurredAt') }),
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
