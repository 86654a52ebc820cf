import { builder } from './builder.js';
import { SourceEnum } from './source.js';
import type { TicketModel } from './ticket-source.js';

/**
 * The `Ticket` interface's ref and the `TicketRef` input, which the timeline's types use as well:
 * declared here and implemented in `ticket.ts`, so `timeline-entry.ts` and `ticket.ts` need not
 * import each other (Pothos: a ref may be used before it is implemented).
 */

/** Most refs one `tickets` call takes; more is BAD_USER_INPUT (ask in several calls). */
export const MAX_TICKET_REFS = 100;

export const TicketRef = builder.inputType('TicketRef', {
  description: 'Names one ticket: its source and its key there.',
  fields: (t) => ({
    source: t.field({ type: SourceEnum, required: true }),
    key: t.string({
      required: true,
      description: 'enneo/Socialboards numeric id as a string ("8821"), Tracker issue key ("PAY-12").',
    }),
  }),
});

export const Ticket = builder.interfaceRef<TicketModel>('Ticket');
