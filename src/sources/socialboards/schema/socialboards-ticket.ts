import type { SocialboardsTicket as SocialboardsTicketModel } from '../models.js';
import { Actor } from '../../../schema/actor.js';
import { socialboardsActor } from '../actors.js';
import { builder } from '../../../schema/builder.js';
import { Ticket } from '../../../schema/ticket.js';
import { ticketEntity } from '../../../schema/entity.js';
import { checkTicketKey, loadTicket } from '../../../schema/ticket-source.js';

const SocialboardsCategory = builder.objectRef<NonNullable<SocialboardsTicketModel['category']>>('SocialboardsCategory');
SocialboardsCategory.implement({
  fields: (t) => ({
    categoryId: t.exposeInt('id'),
    name: t.exposeString('name', { nullable: true }),
    path: t.exposeStringList('path', { description: 'Names from the root category down to this one.' }),
  }),
});

export const SocialboardsTicket = builder.objectRef<SocialboardsTicketModel>('SocialboardsTicket');

builder.node(SocialboardsTicket, {
  description: 'A Socialboards inbox ticket (details from POST /tickets/list). It has log events, no worklogs.',
  interfaces: () => [Ticket],
  id: { resolve: (ticket) => ticket.key },
  loadOne: (key, ctx) =>
    loadTicket(ctx, checkTicketKey({ source: 'SOCIALBOARDS', key }, 'id')) as Promise<SocialboardsTicketModel | null>,
  fields: (t) => ({
    ticketId: t.exposeInt('ticketId'),
    title: t.exposeString('title', { nullable: true }),
    status: t.exposeString('status', { nullable: true, description: 'As Socialboards sends it.' }),
    message: t.exposeString('message', { nullable: true, description: 'The first message of the ticket (plain text).' }),
    createdAt: t.field({ type: 'DateTime', nullable: true, description: 'creationTime.', resolve: (ticket) => ticket.createdAt }),
    lastActivityAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'lastThreadElementCreationTime.',
      resolve: (ticket) => ticket.lastActivityAt,
    }),
    author: t.field({ type: Actor, nullable: true, resolve: (ticket) => socialboardsActor(ticket.author) }),
    assignee: t.field({
      type: Actor,
      nullable: true,
      description: 'lockedBy: the assigned teammate.',
      resolve: (ticket) => socialboardsActor(ticket.assignee),
    }),
    category: t.field({ type: SocialboardsCategory, nullable: true, resolve: (ticket) => ticket.category }),
    tags: t.exposeStringList('tags'),
    sourceName: t.exposeString('sourceName', { nullable: true, description: 'Where the ticket came from (channel name).' }),
    replyCount: t.exposeInt('replyCount', { nullable: true }),
    raw: t.field({
      type: 'JSONObject',
      nullable: true,
      authScopes: { 'pii:read': true },
      description: 'The ticket exactly as Socialboards sent it (needs pii:read).',
      resolve: (ticket) => ticket.raw,
    }),
  }),
});

ticketEntity(SocialboardsTicket, 'SOCIALBOARDS');
