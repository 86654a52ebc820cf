import { createHash } from 'node:crypto';
import { absent, fieldReaders, isRecord, labelOf, type WireKey } from '../../transport/field-readers.js';
import type { CategoryWire, TicketLogWire, TicketWire, UserWire } from './wire.js';

/**
 * Socialboards' wire shapes mapped once into the models the schema serves: real instants instead
 * of strings in any offset and precision, an actor kind instead of `isBot` + `status`, readable
 * summaries instead of `{User:<uuid>}` placeholders, stable ids for log entries (which have none
 * upstream), and unknown action types kept (as `OTHER` plus the raw string) instead of failing.
 * A shape that cannot be mapped is an `UPSTREAM_BAD_RESPONSE`, never a silent default.
 */

export type LogEventType =
  | 'TICKET_CREATED'
  | 'TICKET_READ'
  | 'TICKET_STATUS_CHANGED'
  | 'REPLY_CREATED'
  | 'TICKET_ASSIGNED_TO_USER'
  | 'OTHER';

const TYPE_BY_WIRE: Record<string, LogEventType> = {
  ticket_created: 'TICKET_CREATED',
  ticket_read: 'TICKET_READ',
  ticket_status_changed: 'TICKET_STATUS_CHANGED',
  reply_created: 'REPLY_CREATED',
  ticket_assigned_to_user: 'TICKET_ASSIGNED_TO_USER',
};

/** The raw `actionType` of each known type (to turn an enum filter into `action_types`). */
export const WIRE_BY_LOG_EVENT_TYPE = Object.fromEntries(
  Object.entries(TYPE_BY_WIRE).map(([wire, type]) => [type, wire]),
) as Record<Exclude<LogEventType, 'OTHER'>, string>;

export function toLogEventType(actionType: string): LogEventType {
  // Own keys only: a wire value such as "toString" must not find Object.prototype's members.
  return Object.hasOwn(TYPE_BY_WIRE, actionType) ? TYPE_BY_WIRE[actionType]! : 'OTHER';
}

export type SocialboardsUserKind = 'AGENT' | 'CUSTOMER' | 'BOT' | 'UNKNOWN';

export interface SocialboardsUser {
  /** UUID. */
  id: string;
  name: string | null;
  email: string | null;
  isBot: boolean;
  /** `team`, `client` or whatever else Socialboards sends, as sent. */
  status: string | null;
  customIdentifier: string | null;
  /** `isBot` → BOT (checked first: a bot's status is `team` too); `team` → AGENT; `client` → CUSTOMER; else UNKNOWN. */
  kind: SocialboardsUserKind;
}

/** One entry of a ticket's action log. */
export interface LogEvent {
  source: 'SOCIALBOARDS';
  ticketId: number;
  /**
   * Stable id of the entry within its ticket (entries have none upstream): a hash of the entry's
   * own content, so re-reading the log finds it again. Unique within one ticket's whole log.
   */
  eventId: string;
  occurredAt: Date;
  /** `time` as Socialboards sent it (7 fractional digits, its offset). */
  time: string;
  /** Raw action type, always. */
  actionType: string;
  type: LogEventType;
  /** `actionString` as sent: localized, may hold `{User:<uuid>}` placeholders. */
  text: string;
  /** `text` with placeholders replaced by names, prefixed by the actor: "Ingrid Solberg: leste saken". */
  summary: string;
  /** Who acted; null when the entry names nobody. */
  user: SocialboardsUser | null;
  /** `includedItems.users`: the users the text refers to. */
  mentionedUsers: SocialboardsUser[];
  /** `includedItems.categories` as sent (element shape UNCONFIRMED upstream). */
  categories: unknown[];
  /** `includedItems.tags` as sent (element shape UNCONFIRMED upstream). */
  tags: unknown[];
  raw: Record<string, unknown>;
}

export interface SocialboardsCategory {
  id: number;
  name: string | null;
  /** Names from the root category down to this one (itself last). */
  path: string[];
}

export interface SocialboardsTicket {
  source: 'SOCIALBOARDS';
  ticketId: number;
  key: string;
  title: string | null;
  status: string | null;
  message: string | null;
  /** `creationTime`. */
  createdAt: Date | null;
  /** `lastThreadElementCreationTime`. */
  lastActivityAt: Date | null;
  author: SocialboardsUser | null;
  /** `lockedBy`: the assigned teammate. */
  assignee: SocialboardsUser | null;
  category: SocialboardsCategory | null;
  /** Tag names. */
  tags: string[];
  sourceName: string | null;
  replyCount: number | null;
  raw: Record<string, unknown>;
}

/** Mapping context: what a mapper needs to know beyond the wire value. */
export interface MapContext {
  /** Route being mapped, for error messages. */
  route: string;
}

const {
  bad,
  optStr,
  requireStr,
  optInt,
  requireInt,
  optBool,
  optRecord,
  list,
  optTime: optionalTime,
} = fieldReaders<MapContext>('SOCIALBOARDS');

function userKind(isBot: boolean, status: string | null): SocialboardsUserKind {
  if (isBot) return 'BOT';
  switch (status?.toLowerCase()) {
    case 'team':
      return 'AGENT';
    case 'client':
      return 'CUSTOMER';
    default:
      return 'UNKNOWN';
  }
}

export function mapUser(ctx: MapContext, wire: unknown, field = 'user'): SocialboardsUser {
  if (!isRecord(wire)) throw bad(ctx, `${field} is not an object`);
  const u = wire as Partial<UserWire>;
  const id = requireStr(ctx, u, 'id', field);
  if (id === '') throw bad(ctx, `${field}.id is empty`);
  // The docs print `isBot` on every user; absent means a source that has no bots, not a guess.
  const isBot = optBool(ctx, u, 'isBot', field) ?? false;
  const status = optStr(ctx, u, 'status', field);
  return {
    id,
    name: optStr(ctx, u, 'name', field),
    email: optStr(ctx, u, 'email', field),
    isBot,
    status,
    customIdentifier: optStr(ctx, u, 'customIdentifier', field),
    kind: userKind(isBot, status),
  };
}

/** The user in `from[key]`, labelled `at.key`; null when absent. */
function optUser<W extends object>(ctx: MapContext, from: W, key: WireKey<W>, at?: string): SocialboardsUser | null {
  const wire = (from as Record<string, unknown>)[key];
  return absent(wire) ? null : mapUser(ctx, wire, labelOf(key, at));
}

const PLACEHOLDER = /\{User:([^{}]*)\}/g;
/** What a placeholder becomes when the entry does not say who it means. */
export const UNKNOWN_USER_LABEL = 'a user';

/**
 * `text` with every `{User:<uuid>}` replaced by that user's name (from `includedItems.users`, or the
 * actor), prefixed by the actor's name. Unknown users read "a user", never the raw placeholder.
 */
export function summarize(text: string, actor: SocialboardsUser | null, users: readonly SocialboardsUser[]): string {
  const names = new Map<string, string>();
  for (const u of [...(actor ? [actor] : []), ...users]) if (u.name) names.set(u.id.toLowerCase(), u.name);
  const rendered = text.replace(PLACEHOLDER, (_, id: string) => names.get(id.trim().toLowerCase()) ?? UNKNOWN_USER_LABEL);
  if (!actor) return rendered;
  return `${actor.name ?? 'Unknown user'}: ${rendered}`;
}

/** 64 bits of sha256 over the entry's identifying content: enough to tell a ticket's entries apart. */
function contentHash(
  ticketId: number,
  e: { time: string; actionType: string; userId: string | null; actionString: string },
): string {
  return createHash('sha256')
    .update(JSON.stringify([ticketId, e.time, e.actionType, e.userId, e.actionString]))
    .digest('hex')
    .slice(0, 16);
}

/** Maps one log entry; `eventId` is the bare content hash (see `mapTicketLog` for the whole-log ids). */
export function mapLogEntry(ctx: MapContext, ticketId: number, wire: unknown, field = 'entry'): LogEvent {
  if (!isRecord(wire)) throw bad(ctx, `${field} is not an object`);
  const e = wire as Partial<TicketLogWire>;
  const actionType = requireStr(ctx, e, 'actionType', field);
  const text = requireStr(ctx, e, 'actionString', field);
  const time = requireStr(ctx, e, 'time', field);
  // The same field as an instant; `time` keeps the text, whose 100-ns digits a Date cannot hold.
  const occurredAt = optionalTime(ctx, e, 'time', field);
  if (!occurredAt) throw bad(ctx, `${field}.time is empty`);
  const user = optUser(ctx, e, 'user', field);
  const included = optRecord(ctx, e, 'includedItems', field);
  const at = `${field}.includedItems`;
  const mentionedUsers = list(ctx, included, 'users', at).map((u, i) => mapUser(ctx, u, `${at}.users[${i}]`));
  return {
    source: 'SOCIALBOARDS',
    ticketId,
    eventId: contentHash(ticketId, { time, actionType, userId: user?.id ?? null, actionString: text }),
    occurredAt,
    time,
    actionType,
    type: toLogEventType(actionType),
    text,
    summary: summarize(text, user, mentionedUsers),
    user,
    mentionedUsers,
    categories: list(ctx, included, 'categories', at),
    tags: list(ctx, included, 'tags', at),
    raw: wire,
  };
}

/**
 * Maps a ticket's log, in the order given, with ids unique within it: the content hash, and for
 * the 2nd, 3rd … of otherwise identical entries a `-2`, `-3` … suffix. Identical entries cannot be
 * told apart anyway, so which one gets which suffix does not matter; pass the whole log so the
 * suffixes are the same on every read.
 */
export function mapTicketLog(ctx: MapContext, ticketId: number, entries: unknown): LogEvent[] {
  if (!Array.isArray(entries)) throw bad(ctx, 'the ticket log is not a list');
  const seen = new Map<string, number>();
  return entries.map((entry, i) => {
    const event = mapLogEntry(ctx, ticketId, entry, `data[${i}]`);
    const n = (seen.get(event.eventId) ?? 0) + 1;
    seen.set(event.eventId, n);
    return n === 1 ? event : { ...event, eventId: `${event.eventId}-${n}` };
  });
}

/** 100-ns ticks below the millisecond (digits 4–7 of the fraction), which `occurredAt` cannot hold. */
function subMillisecondTicks(time: string): number {
  const fraction = /[.,](\d+)/.exec(time)?.[1] ?? '';
  return Number(fraction.slice(3, 7).padEnd(4, '0'));
}

/** Time order at Socialboards' full 100-ns precision (entries in one millisecond stay apart). */
export function compareLogEvents(a: LogEvent, b: LogEvent): number {
  return a.occurredAt.getTime() - b.occurredAt.getTime() || subMillisecondTicks(a.time) - subMillisecondTicks(b.time);
}

function mapCategory(ctx: MapContext, t: Partial<TicketWire>): SocialboardsCategory | null {
  const c = optRecord(ctx, t, 'category');
  if (!c) return null;
  const id = requireInt(ctx, c, 'id', 'category');
  const name = optStr(ctx, c, 'name', 'category');
  // The simulator sends the ancestors root first (UNCONFIRMED upstream); a nameless one shows its id.
  const parents = list(ctx, c, 'parents', 'category').map((p, i) => {
    const at = `category.parents[${i}]`;
    if (!isRecord(p)) throw bad(ctx, `${at} is not an object`);
    const parent = p as Partial<CategoryWire>;
    return optStr(ctx, parent, 'name', at) ?? `#${requireInt(ctx, parent, 'id', at)}`;
  });
  return { id, name, path: [...parents, name ?? `#${id}`] };
}

/** Tags as `{id, name}` objects (the simulator's choice; UNCONFIRMED upstream) or plain names. */
function tagNames(ctx: MapContext, t: Partial<TicketWire>): string[] {
  return list(ctx, t, 'tags').map((t, i) => {
    if (typeof t === 'string') return t;
    if (isRecord(t) && typeof t.name === 'string') return t.name;
    throw bad(ctx, `tags[${i}] has no name`);
  });
}

export function mapTicket(ctx: MapContext, wire: unknown): SocialboardsTicket {
  if (!isRecord(wire)) throw bad(ctx, 'a ticket is not an object');
  const t = wire as Partial<TicketWire>;
  const ticketId = requireInt(ctx, t, 'id');
  return {
    source: 'SOCIALBOARDS',
    ticketId,
    key: String(ticketId),
    title: optStr(ctx, t, 'title'),
    status: optStr(ctx, t, 'status'),
    message: optStr(ctx, t, 'message'),
    createdAt: optionalTime(ctx, t, 'creationTime'),
    lastActivityAt: optionalTime(ctx, t, 'lastThreadElementCreationTime'),
    author: optUser(ctx, t, 'author'),
    assignee: optUser(ctx, t, 'lockedBy'),
    category: mapCategory(ctx, t),
    tags: tagNames(ctx, t),
    sourceName: optStr(ctx, t, 'sourceName'),
    replyCount: optInt(ctx, t, 'replyCount'),
    raw: wire,
  };
}

export function mapTickets(ctx: MapContext, wire: unknown): SocialboardsTicket[] {
  if (!Array.isArray(wire)) throw bad(ctx, 'the ticket list is not a list');
  return wire.map((t) => mapTicket(ctx, t));
}
