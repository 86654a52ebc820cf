import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import {
  type LogEventModel,
  SOURCES,
  sourceModule,
  type TicketModel,
  type TimelineEntryModel,
  type WorklogModel,
} from '../sources/index.js';
import { UpstreamError } from '../transport/errors.js';
import type { Source } from '../sources/source.js';
import { registerLocalId } from './global-id.js';
import { selectsAny } from './selection.js';
import type { TimelineKey } from './timeline-page.js';
import { badUserInput } from './user-input.js';

/**
 * What the schema asks of a ticket's source, answered by that source's module (`sources/index.ts`):
 * how a key looks, how a ticket and its entries are loaded. Schema types call these instead of
 * switching on the source themselves.
 */

export type { TicketModel, TimelineEntryModel, WorklogModel };

export interface TicketRefInput {
  source: Source;
  key: string;
}

/**
 * Checks a key's format for its source and returns the ref in canonical form (Tracker keys
 * upper-case, as Tracker writes them); `argument` names the key in the message (`refs[2].key`).
 */
export function checkTicketKey(ref: TicketRefInput, argument = 'key'): TicketRefInput {
  const rule = sourceModule(ref.source).keyRule;
  if (!rule.pattern.test(ref.key) || (rule.max !== undefined && Number(ref.key) > rule.max)) {
    throw badUserInput(
      `${argument} must be ${rule.what} such as "${rule.example}" for source ${ref.source} (got ${JSON.stringify(ref.key.slice(0, 100))})`,
    );
  }
  return rule.upperCase ? { source: ref.source, key: ref.key.toUpperCase() } : ref;
}

/**
 * The ticket, or null when its source says it does not exist. When the query also wants the
 * ticket's entries, they are requested now, in parallel: they do not depend on the details.
 */
export function loadTicket(ctx: Context, ref: TicketRefInput, info?: GraphQLResolveInfo): Promise<TicketModel | null> {
  const worklogs = info !== undefined && selectsAny(info, ['worklogs', 'timeline', 'timeSpentSeconds', 'assessments']);
  const timeline = info !== undefined && selectsAny(info, ['timeline']);
  return ctx.sources[ref.source].loadTicket(ref.key, { worklogs, timeline });
}

/** A worklog's duration in seconds; a duration that cannot be converted throws UPSTREAM_BAD_RESPONSE. */
export function worklogSeconds(worklog: WorklogModel): number {
  const seconds = sourceModule(worklog.source).worklogSeconds;
  if (!seconds) throw new Error(`source ${worklog.source} has no worklogs`);
  return seconds(worklog);
}

/** A ticket's worklogs in time order (always empty for a source without worklogs, such as Socialboards). */
export async function worklogsOf(ctx: Context, ticket: TicketModel): Promise<WorklogModel[]> {
  return (await ctx.sources[ticket.source].worklogsOf(ticket)) as WorklogModel[];
}

/** A ticket's log events in time order, optionally only some raw action types (Socialboards only). */
export async function logEventsOf(
  ctx: Context,
  ticket: TicketModel,
  actionTypes: readonly string[] = [],
): Promise<LogEventModel[]> {
  return (await ctx.sources[ticket.source].logEventsOf(ticket, actionTypes)) as LogEventModel[];
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
export function entriesOfRef(ctx: Context, ref: TicketRefInput): Promise<TimelineEntryModel[]> {
  return ctx.sources[ref.source].entriesOfKey(ref.key);
}

/** When an entry happened. */
export function occurredAt(entry: TimelineEntryModel): Date {
  return sourceModule(entry.source).occurredAt(entry);
}

/** The local part of an entry's global id, unique within its source. */
export function entryLocalId(entry: TimelineEntryModel): string {
  return sourceModule(entry.source).entryLocalId(entry);
}

/** Stable identity of a timeline entry, for ordering ties and cursors. */
export function entryKey(entry: TimelineEntryModel): TimelineKey {
  return { occurredAt: occurredAt(entry), source: entry.source, id: entryLocalId(entry) };
}

/** The ticket an entry happened on. */
export function ticketRefOf(entry: TimelineEntryModel): TicketRefInput {
  return { source: entry.source, key: sourceModule(entry.source).entryTicketKey(entry) };
}

/**
 * The ticket an entry happened on. The entry came from that ticket, so a source that now says the
 * ticket does not exist is inconsistent: a labelled UPSTREAM_BAD_RESPONSE, not a null. A ticket
 * loaded ahead (`loadTicketsOfEntries`) is answered as it is, without a promise.
 */
export function requireTicketOf(ctx: Context, entry: TimelineEntryModel): TicketModel | Promise<TicketModel> {
  return ctx.entryTickets.get(entry) ?? loadRequiredTicket(ctx, entry);
}

async function loadRequiredTicket(ctx: Context, entry: TimelineEntryModel): Promise<TicketModel> {
  const ref = ticketRefOf(entry);
  const ticket = await loadTicket(ctx, ref);
  if (ticket) return ticket;
  throw UpstreamError.ticketVanished(ref.source, ref.key);
}

/**
 * Loads the tickets of `entries` — the same batches their `ticket` fields would start — and
 * resolves once all have settled, keeping each one found for `requireTicketOf`. A page of a
 * hundred entries then completes without a promise per entry (CPU, README "Benchmark"). A failed
 * ticket is not kept: its field fails as it would have.
 */
export async function loadTicketsOfEntries(ctx: Context, entries: readonly TimelineEntryModel[]): Promise<void> {
  await Promise.allSettled(
    entries.map(async (entry) => {
      ctx.entryTickets.set(entry, await loadRequiredTicket(ctx, entry));
    }),
  );
}

/** The GraphQL type of a source's tickets. */
export const ticketTypeOf = (source: Source): string => sourceModule(source).ticketType;
/** The GraphQL type of a source's timeline entries. */
export const entryTypeOf = (source: Source): string => sourceModule(source).entryType;

// A ticket's global id holds its key.
for (const { source, ticketType } of SOURCES) {
  registerLocalId(ticketType, (key) => checkTicketKey({ source, key }, 'id'));
}

/**
 * The checks of a list of refs, before any source is read: at most `max`, each key in its
 * source's format (`refs[2].key` named in the message).
 */
export function checkTicketRefs(refs: readonly TicketRefInput[], max: number): TicketRefInput[] {
  if (refs.length > max) throw badUserInput(`refs may name at most ${max} tickets (got ${refs.length}); split the request`);
  return refs.map((ref, i) => checkTicketKey(ref, `refs[${i}].key`));
}
