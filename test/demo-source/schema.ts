import { Actor } from '../../src/schema/actor.js';
import { builder } from '../../src/schema/builder.js';
import { registerLocalId } from '../../src/schema/global-id.js';
import { Ticket } from '../../src/schema/ticket.js';
import { checkTicketKey, loadTicket, requireTicketOf } from '../../src/schema/ticket-source.js';
import { TimelineEntry } from '../../src/schema/timeline-entry.js';
import { badUserInput } from '../../src/schema/user-input.js';
import { DEMO, type DemoEvent as DemoEventModel, type DemoTicket as DemoTicketModel, findDemoEvent } from './module.js';

// The demo source's GraphQL types, as a source's `schema/` folder holds them.
const DemoTicket = builder.objectRef<DemoTicketModel>('DemoTicket');
builder.node(DemoTicket, {
  // The demo's models are not in the three sources' model union the shared refs are typed with.
  interfaces: () => [Ticket] as never,
  id: { resolve: (ticket) => ticket.key },
  loadOne: (key, ctx) =>
    loadTicket(ctx, checkTicketKey({ source: DEMO, key }, 'id')) as unknown as Promise<DemoTicketModel | null>,
  fields: (t) => ({
    title: t.exposeString('title'),
    status: t.exposeString('status'),
  }),
});

const checkEventId = registerLocalId('DemoEvent', (id) => {
  if (!/^D-\d+:e\d+$/.test(id)) throw badUserInput('id is not a DemoEvent id');
  return id;
});

const DemoEvent = builder.objectRef<DemoEventModel>('DemoEvent');
builder.node(DemoEvent, {
  interfaces: () => [TimelineEntry] as never,
  id: { resolve: (e) => `${e.ticketKey}:${e.eventId}` },
  loadOne: (id) => findDemoEvent(checkEventId(id)),
  fields: (t) => ({
    occurredAt: t.field({ type: 'DateTime', resolve: (e) => e.at }),
    actor: t.field({ type: Actor, nullable: true, resolve: () => null }),
    ticket: t.field({ type: Ticket, resolve: (e, _args, ctx) => requireTicketOf(ctx, e as never) }),
    summary: t.exposeString('text'),
  }),
});
