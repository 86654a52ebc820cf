import type { EnneoTicket as EnneoTicketModel } from '../models.js';
import { Assessment, type AssessmentParent, EnneoTicket } from './refs.js';
import { builder } from '../../../schema/builder.js';
import { Ticket } from '../../../schema/ticket.js';
import { ticketEntity } from '../../../schema/entity.js';
import { checkTicketKey, loadTicket } from '../../../schema/ticket-source.js';

export { EnneoTicket };

builder.node(EnneoTicket, {
  description: 'An enneo ticket, read with viewing=false so the gateway never shows up as working on it.',
  interfaces: () => [Ticket],
  id: { resolve: (ticket) => ticket.key },
  loadOne: (key, ctx) => loadTicket(ctx, checkTicketKey({ source: 'ENNEO', key }, 'id')) as Promise<EnneoTicketModel | null>,
  fields: (t) => ({
    ticketId: t.exposeInt('ticketId'),
    title: t.exposeString('title', { nullable: true, description: 'The subject.' }),
    status: t.exposeString('status', { nullable: true, description: 'open, pending or closed.' }),
    channel: t.exposeString('channel', { nullable: true, description: 'email, phone, chat, letter, portal, system, walkIn.' }),
    direction: t.exposeString('direction', { nullable: true, description: 'in, out or internal.' }),
    priority: t.exposeString('priority', { nullable: true, description: 'low, medium, high or urgent.' }),
    summary: t.exposeString('summary', { nullable: true, description: "enneo's summary of the case." }),
    customerId: t.exposeString('customerId', { nullable: true }),
    contractId: t.exposeString('contractId', { nullable: true }),
    fromName: t.exposeString('fromName', { nullable: true }),
    fromAddress: t.exposeString('fromAddress', {
      nullable: true,
      description: 'The `from` field: address or number the ticket came from.',
    }),
    tags: t.exposeStringList('tags'),
    aiSupportLevel: t.exposeString('aiSupportLevel', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (ticket) => ticket.createdAt }),
    modifiedAt: t.field({ type: 'DateTime', nullable: true, resolve: (ticket) => ticket.modifiedAt }),
    assessments: t.field({
      type: [Assessment],
      description: "Quality assessments of all the ticket's worklogs.",
      resolve: async (ticket, _args, ctx) => {
        const worklogs = (await ctx.loaders.enneo.worklogsByTicket.load(ticket.ticketId)) ?? [];
        return worklogs.flatMap((w) =>
          w.assessments.map((a): AssessmentParent => ({ ...a, ticketId: w.ticketId, worklogId: w.worklogId })),
        );
      },
    }),
    raw: t.field({
      type: 'JSONObject',
      nullable: true,
      authScopes: { 'pii:read': true },
      description: 'The ticket exactly as enneo sent it (needs pii:read).',
      resolve: (ticket) => ticket.raw,
    }),
  }),
});

ticketEntity(EnneoTicket, 'ENNEO');
