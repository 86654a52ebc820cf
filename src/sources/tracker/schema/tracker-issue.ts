import type { TrackerIssue as TrackerIssueModel } from '../models.js';
import { Actor } from '../../../schema/actor.js';
import { trackerActor } from '../actors.js';
import { builder } from '../../../schema/builder.js';
import { Ticket } from '../../../schema/ticket.js';
import { ticketEntity } from '../../../schema/entity.js';
import { checkTicketKey, loadTicket } from '../../../schema/ticket-source.js';

export const TrackerIssue = builder.objectRef<TrackerIssueModel>('TrackerIssue');

builder.node(TrackerIssue, {
  description: 'A Yandex Tracker issue with its worklogs.',
  interfaces: () => [Ticket],
  id: { resolve: (issue) => issue.key },
  loadOne: (key, ctx) => loadTicket(ctx, checkTicketKey({ source: 'TRACKER', key }, 'id')) as Promise<TrackerIssueModel | null>,
  fields: (t) => ({
    issueId: t.exposeString('issueId', { description: "Tracker's own object id." }),
    title: t.exposeString('title', { nullable: true, description: 'The summary.' }),
    status: t.exposeString('status', { nullable: true, description: 'The status key, e.g. inProgress.' }),
    statusDisplay: t.exposeString('statusDisplay', { nullable: true, description: 'Status name in TRACKER_ACCEPT_LANGUAGE.' }),
    description: t.exposeString('description', { nullable: true }),
    assignee: t.field({ type: Actor, nullable: true, resolve: (issue) => trackerActor(issue.assignee) }),
    createdBy: t.field({ type: Actor, nullable: true, resolve: (issue) => trackerActor(issue.createdBy) }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (issue) => issue.createdAt }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (issue) => issue.updatedAt }),
    type: t.exposeString('type', { nullable: true, description: 'Issue type key, e.g. task.' }),
    priority: t.exposeString('priority', { nullable: true, description: 'Priority key, e.g. normal.' }),
    queue: t.exposeString('queue', { nullable: true, description: 'Queue key, e.g. PAY.' }),
    deadline: t.field({ type: 'Date', nullable: true, resolve: (issue) => issue.deadline }),
    raw: t.field({
      type: 'JSONObject',
      nullable: true,
      authScopes: { 'pii:read': true },
      description: 'The issue exactly as Tracker sent it (needs pii:read).',
      resolve: (issue) => issue.raw,
    }),
  }),
});

ticketEntity(TrackerIssue, 'TRACKER');
