import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { EnneoTicket, EnneoWorklog } from '../upstreams/enneo/models.js';
import type { Source } from '../upstreams/errors.js';
import { selectsAny } from './selection.js';
import { badUserInput } from './user-input.js';

/**
 * The one place that knows which source serves what: how a key looks, how a ticket and its
 * entries are loaded. Schema types call these instead of switching on the source themselves.
 */

export type TicketModel = EnneoTicket;
export type WorklogModel = EnneoWorklog;
export type TimelineEntryModel = WorklogModel;

export interface TicketRefInput {
  source: Source;
  key: string;
}

const KEY_RULES: Record<Source, { pattern: RegExp; example: string; what: string }> = {
  ENNEO: { pattern: /^[1-9]\d{0,14}$/, example: '8821', what: 'a numeric enneo ticket id' },
  SOCIALBOARDS: { pattern: /^[1-9]\d{0,14}$/, example: '5501', what: 'a numeric Socialboards ticket id' },
  TRACKER: { pattern: /^[A-Za-z][A-Za-z0-9_]{0,49}-[1-9]\d{0,14}$/, example: 'PAY-12', what: 'a Tracker issue key' },
};

/** Checks a key's format for its source; `argument` names it in the message (`key`, `refs[2].key`). */
export function checkTicketKey(ref: TicketRefInput, argument = 'key'): void {
  const rule = KEY_RULES[ref.source];
  if (!rule.pattern.test(ref.key)) {
    throw badUserInput(
      `${argument} must be ${rule.what} such as "${rule.example}" for source ${ref.source} (got ${JSON.stringify(ref.key.slice(0, 100))})`,
    );
  }
}

/** The ticket, or null when its source says it does not exist. */
export function loadTicket(ctx: Context, ref: TicketRefInput, info?: GraphQLResolveInfo): Promise<TicketModel | null> {
  switch (ref.source) {
    case 'ENNEO': {
      const ticketId = Number(ref.key);
      // Worklogs do not depend on the ticket's details: when the query wants both, ask for both at once.
      if (info && selectsAny(info, ['worklogs', 'timeline', 'timeSpentSeconds', 'assessments'])) {
        ctx.loaders.enneo.worklogsByTicket.load(ticketId).catch(() => undefined);
      }
      return ctx.loaders.enneo.ticketByKey.load(ticketId);
    }
    case 'SOCIALBOARDS':
    case 'TRACKER':
      return Promise.reject(new Error(`${ref.source} tickets are not served yet`));
  }
}

/** A ticket's worklogs in time order (empty for sources without worklogs). */
export async function worklogsOf(ctx: Context, ticket: TicketModel): Promise<WorklogModel[]> {
  switch (ticket.source) {
    case 'ENNEO':
      return (await ctx.loaders.enneo.worklogsByTicket.load(ticket.ticketId)) ?? [];
  }
}

/** Everything that happened on a ticket: its worklogs and log events. */
export async function timelineOf(ctx: Context, ticket: TicketModel): Promise<TimelineEntryModel[]> {
  return worklogsOf(ctx, ticket);
}

/** Stable identity of a timeline entry within its source, for ordering ties and cursors. */
export function entryKey(entry: TimelineEntryModel): { occurredAt: Date; source: Source; id: string } {
  return { occurredAt: entry.startedAt, source: entry.source, id: `${entry.ticketId}:${entry.worklogId}` };
}
