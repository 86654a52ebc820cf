import { implementedByObjects } from './abstract.js';
import { Actor } from './actor.js';
import { builder } from './builder.js';
import { ENTRY_TYPE, type WorklogModel } from './ticket-source.js';
import { TimelineEntry } from './timeline-entry.js';

const abstract = (field: string) => implementedByObjects('Worklog', field);

/** Time someone spent on a ticket. `occurredAt` is `startedAt`. */
export const Worklog = builder.interfaceRef<WorklogModel>('Worklog');

Worklog.implement({
  description: 'Time someone spent on a ticket (enneo worklog, Tracker worklog).',
  interfaces: () => [builder.nodeInterfaceRef(), TimelineEntry],
  resolveType: (worklog) => ENTRY_TYPE[worklog.source],
  fields: (t) => ({
    startedAt: t.field({ type: 'DateTime', description: 'When the work started (UTC).', resolve: abstract('startedAt') }),
    durationSeconds: t.int({
      nullable: true,
      description:
        'Time spent, in seconds; null (with an UPSTREAM_BAD_RESPONSE error) when the source sent a duration the gateway cannot read or a GraphQL Int cannot hold.',
      resolve: abstract('durationSeconds'),
    }),
    author: t.field({ type: Actor, nullable: true, description: 'Who did the work.', resolve: abstract('author') }),
    comment: t.string({
      nullable: true,
      description: "The worklog's comment, where the source has one.",
      resolve: abstract('comment'),
    }),
  }),
});

export const WorklogConnection = builder.connectionObject({
  type: Worklog,
  name: 'WorklogConnection',
  fields: (t) => ({
    totalCount: t.int({
      description: 'Worklogs of the ticket, over all pages.',
      resolve: (connection) => (connection as { totalCount?: number }).totalCount ?? 0,
    }),
  }),
});
