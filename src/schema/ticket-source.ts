import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { type EnneoTicket, type EnneoWorklog, enneoDurationOf } from '../upstreams/enneo/models.js';
import { type Source, SOURCE_LABEL, UpstreamError } from '../upstreams/errors.js';
import type { LogEvent, SocialboardsTicket } from '../upstreams/socialboards/models.js';
import { durationSecondsOf, type TrackerIssue, type TrackerWorklog } from '../upstreams/tracker/models.js';
import { selectsAny } from './selection.js';
import type { TimelineKey } from './timeline-page.js';
import { registerLocalId } from './global-id.js';
import { badUserInput } from './user-input.js';

/**
 * The one place that knows which source serves what: how a key looks, how a ticket and its
 * entries are loaded. Schema types call these instead of switching on the source themselves.
 */

export type TicketModel = EnneoTicket | SocialboardsTicket | TrackerIssue;
export type WorklogModel = EnneoWorklog | TrackerWorklog;
export type TimelineEntryModel = WorklogModel | LogEvent;

export interface TicketRefInput {
  source: Source;
  key: string;
}

const KEY_RULES: Record<Source, { pattern: RegExp; example: string; what: string; max?: number }> = {
  // Numeric ids stay below 2^53 so they survive being numbers; Socialboards ids are 32-bit.
  ENNEO: { pattern: /^[1-9]\d{0,14}$/, example: '8821', what: 'a numeric enneo ticket id' },
  SOCIALBOARDS: { pattern: /^[1-9]\d{0,9}$/, example: '5501', what: 'a numeric Socialboards ticket id', max: 2_147_483_647 },
  TRACKER: { pattern: /^[A-Za-z][A-Za-z0-9]{0,49}-[1-9]\d{0,14}$/, example: 'PAY-12', what: 'a Tracker issue key' },
};

/**
 * Checks a key's format for its source and returns the ref in canonical form (Tracker keys
 * upper-case, as Tracker writes them); `argument` names the key in the message (`refs[2].key`).
 */
export function checkTicketKey(ref: TicketRefInput, argument = 'key'): TicketRefInput {
  const rule = KEY_RULES[ref.source];
  if (!rule.pattern.test(ref.key) || (rule.max !== undefined && Number(ref.key) > rule.max)) {
    throw badUserInput(
      `${argument} must be ${rule.what} such as "${rule.example}" for source ${ref.source} (got ${JSON.stringify(ref.key.slice(0, 100))})`,
    );
  }
  return ref.source === 'TRACKER' ? { source: ref.source, key: ref.key.toUpperCase() } : ref;
}

/** Starts a loader without waiting for it; its error surfaces where the field awaits it. */
function prefetch(promise: Promise<unknown>): void {
  promise.catch(() => undefined);
}

/**
 * The ticket, or null when its source says it does not exist. When the query also wants the
 * ticket's entries, they are requested now, in parallel: they do not depend on the details.
 */
export function loadTicket(ctx: Context, ref: TicketRefInput, info?: GraphQLResolveInfo): Promise<TicketModel | null> {
  const wantsWorklogs = info !== undefined && selectsAny(info, ['worklogs', 'timeline', 'timeSpentSeconds', 'assessments']);
  const wantsLog = info !== undefined && selectsAny(info, ['timeline']);
  switch (ref.source) {
    case 'ENNEO': {
      const ticketId = Number(ref.key);
      if (wantsWorklogs) prefetch(ctx.loaders.enneo.worklogsByTicket.load(ticketId));
      return ctx.loaders.enneo.ticketByKey.load(ticketId);
    }
    case 'SOCIALBOARDS': {
      const ticketId = Number(ref.key);
      if (wantsLog) prefetch(ctx.loaders.socialboards.logByTicket.load({ ticketId, actionTypes: [] }));
      return ctx.loaders.socialboards.ticketByKey.load(ticketId);
    }
    case 'TRACKER':
      if (wantsWorklogs) prefetch(ctx.loaders.tracker.worklogsByIssue.load(ref.key));
      return ctx.loaders.tracker.issueByKey.load(ref.key);
  }
}

const byTime = (a: WorklogModel, b: WorklogModel) => a.startedAt.getTime() - b.startedAt.getTime();

/** A worklog's duration in seconds; a Tracker duration that cannot be converted throws UPSTREAM_BAD_RESPONSE. */
export function worklogSeconds(worklog: WorklogModel): number {
  return worklog.source === 'TRACKER'
    ? durationSecondsOf(worklog)
    : enneoDurationOf(worklog, `worklog ${worklog.worklogId} of ticket ${worklog.ticketId}`);
}

/** A ticket's worklogs in time order (always empty for Socialboards, which has none). */
export async function worklogsOf(ctx: Context, ticket: TicketModel): Promise<WorklogModel[]> {
  switch (ticket.source) {
    case 'ENNEO':
      return (await ctx.loaders.enneo.worklogsByTicket.load(ticket.ticketId)) ?? [];
    case 'SOCIALBOARDS':
      return [];
    case 'TRACKER':
      return [...((await ctx.loaders.tracker.worklogsByIssue.load(ticket.key)) ?? [])].sort(byTime);
  }
}

/** A ticket's log events in time order, optionally only some raw action types (Socialboards only). */
export async function logEventsOf(ctx: Context, ticket: TicketModel, actionTypes: readonly string[] = []): Promise<LogEvent[]> {
  if (ticket.source !== 'SOCIALBOARDS') return [];
  return (await ctx.loaders.socialboards.logByTicket.load({ ticketId: ticket.ticketId, actionTypes })) ?? [];
}

/** Everything that happened on a ticket: its worklogs and log events. */
export async function timelineOf(ctx: Context, ticket: TicketModel): Promise<TimelineEntryModel[]> {
  const [worklogs, events] = await Promise.all([worklogsOf(ctx, ticket), logEventsOf(ctx, ticket)]);
  return [...worklogs, ...events];
}

/**
 * Everything that happened on the ticket a ref names, without loading the ticket itself (the
 * entry lists answer not-found on their own); a ticket that does not exist contributes nothing.
 */
export async function entriesOfRef(ctx: Context, ref: TicketRefInput): Promise<TimelineEntryModel[]> {
  switch (ref.source) {
    case 'ENNEO':
      return (await ctx.loaders.enneo.worklogsByTicket.load(Number(ref.key))) ?? [];
    case 'SOCIALBOARDS':
      return (await ctx.loaders.socialboards.logByTicket.load({ ticketId: Number(ref.key), actionTypes: [] })) ?? [];
    case 'TRACKER':
      return (await ctx.loaders.tracker.worklogsByIssue.load(ref.key)) ?? [];
  }
}

/** When an entry happened. */
export function occurredAt(entry: TimelineEntryModel): Date {
  return entry.source === 'SOCIALBOARDS' ? entry.occurredAt : entry.startedAt;
}

/** The local part of an entry's global id, unique within its source. */
export function entryLocalId(entry: TimelineEntryModel): string {
  switch (entry.source) {
    case 'ENNEO':
      return `${entry.ticketId}:${entry.worklogId}`;
    case 'SOCIALBOARDS':
      return `${entry.ticketId}:${entry.eventId}`;
    case 'TRACKER':
      return `${entry.issueKey}:${entry.worklogId}`;
  }
}

/** Stable identity of a timeline entry, for ordering ties and cursors. */
export function entryKey(entry: TimelineEntryModel): TimelineKey {
  return { occurredAt: occurredAt(entry), source: entry.source, id: entryLocalId(entry) };
}

/** The ticket an entry happened on; an entry whose ticket the source denies is a bad response. */
export function ticketRefOf(entry: TimelineEntryModel): TicketRefInput {
  switch (entry.source) {
    case 'ENNEO':
    case 'SOCIALBOARDS':
      return { source: entry.source, key: String(entry.ticketId) };
    case 'TRACKER':
      return { source: 'TRACKER', key: entry.issueKey };
  }
}

/**
 * The ticket an entry happened on. The entry came from that ticket, so a source that now says the
 * ticket does not exist is inconsistent: a labelled UPSTREAM_BAD_RESPONSE, not a null.
 */
export async function requireTicketOf(ctx: Context, entry: TimelineEntryModel): Promise<TicketModel> {
  const ref = ticketRefOf(entry);
  const ticket = await loadTicket(ctx, ref);
  if (ticket) return ticket;
  throw new UpstreamError({
    code: 'UPSTREAM_BAD_RESPONSE',
    source: ref.source,
    status: 404,
    message: `${SOURCE_LABEL[ref.source]} served an entry of ticket ${ref.key}, but says the ticket does not exist`,
  });
}

/** The GraphQL type of each source's tickets and entries. */
export const TICKET_TYPE = { ENNEO: 'EnneoTicket', SOCIALBOARDS: 'SocialboardsTicket', TRACKER: 'TrackerIssue' } as const;
export const ENTRY_TYPE = { ENNEO: 'EnneoWorklog', SOCIALBOARDS: 'LogEvent', TRACKER: 'TrackerWorklog' } as const;

// A ticket's global id holds its key.
for (const source of ['ENNEO', 'SOCIALBOARDS', 'TRACKER'] as const) {
  registerLocalId(TICKET_TYPE[source], (key) => checkTicketKey({ source, key }, 'id'));
}

/**
 * The checks of a list of refs, before any source is read: at most `max`, each key in its
 * source's format (`refs[2].key` named in the message).
 */
export function checkTicketRefs(refs: readonly TicketRefInput[], max: number): TicketRefInput[] {
  if (refs.length > max) throw badUserInput(`refs may name at most ${max} tickets (got ${refs.length}); split the request`);
  return refs.map((ref, i) => checkTicketKey(ref, `refs[${i}].key`));
}
