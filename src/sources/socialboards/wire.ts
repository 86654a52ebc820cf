/**
 * Raw shapes of the Socialboards Ticket API as it sends them (docs/upstreams.md, "Socialboards Ticket API",
 * and the vendor documentation's examples). Private to `src/sources/socialboards/` and the Socialboards simulator:
 * nothing else imports these. Fields the docs do not promise are optional or nullable, so the
 * mapping code has to decide.
 */

/**
 * The action types seen in the vendor's examples. The full enumeration is UNCONFIRMED (its doc
 * page could not be found); real logs carry more values (e.g. `ticket_category_changed`,
 * `note_created`), which must never fail a query.
 */
export const SOCIALBOARDS_ACTION_TYPES = [
  'ticket_created',
  'ticket_read',
  'ticket_status_changed',
  'reply_created',
  'ticket_assigned_to_user',
] as const;
export type SocialboardsActionType = (typeof SOCIALBOARDS_ACTION_TYPES)[number];

/** `errorCode` of a successful answer; anything else is an error even under HTTP 200. */
export const SOCIALBOARDS_OK = -1;

/**
 * Every ticket-API answer: `{data, errorCode, errorText}`; `-1`/`null` on success. Other
 * `errorCode` values, their meanings and the HTTP status that goes with them are UNCONFIRMED
 * (the "API Request Result" page could not be retrieved). `errorText` is free text that may echo
 * request details: never forward it verbatim.
 */
export interface EnvelopeWire<T> {
  data: T | null;
  errorCode: number;
  errorText: string | null;
}

/**
 * A user (teammate, client or bot). `customIdentifier` only appears in newer doc copies and is
 * missing from the users inside `includedItems` even there; `email` may be null for social
 * sources (UNCONFIRMED, the simulator's choice). A bot's `status` is UNCONFIRMED (`team` in the
 * simulator): check `isBot` first.
 */
export interface UserWire {
  customIdentifier?: string | null;
  email?: string | null;
  /** UUID. */
  id: string;
  image?: string | null;
  isBot?: boolean | null;
  name?: string | null;
  /** `team` or `client` in the docs ("User status" enumeration; other values UNCONFIRMED). */
  status?: string | null;
}

/**
 * A category. REST shape UNCONFIRMED: webhooks send `{"Id","Name","Parents"}` (PascalCase); the
 * simulator sends the camelCase equivalent with `parents` as the ancestor chain, root first.
 */
export interface CategoryWire {
  id: number;
  name?: string | null;
  parents?: CategoryWire[] | null;
}

/** A tag. Shape UNCONFIRMED (`{id, name}` is the simulator's choice). */
export interface TagWire {
  id: number;
  name?: string | null;
}

/** "Ticket Action Included Items": what an action log entry refers to. Element shapes for categories/tags are UNCONFIRMED. */
export interface IncludedItemsWire {
  categories?: CategoryWire[] | null;
  tags?: TagWire[] | null;
  /** The users that `{User:<uuid>}` placeholders in `actionString` refer to. */
  users?: UserWire[] | null;
}

/** One element of `POST /tickets/{ticketId}/log`. */
export interface TicketLogWire {
  /** Human text, localized (e.g. Norwegian "leste saken"); may hold `{User:<uuid>}` placeholders. Display only: never parse it. */
  actionString: string;
  /** Raw action type; see SOCIALBOARDS_ACTION_TYPES (not exhaustive). */
  actionType: string;
  includedItems?: IncludedItemsWire | null;
  /**
   * ISO 8601 with an offset that varies (`+00:00`, `+03:00`, `-05:00` …) and usually 7 fractional
   * digits (`2023-12-13T22:11:52.9031351+00:00`), sometimes fewer (`…35.01+03:00`) or none.
   */
  time: string;
  /** Who performed the action. */
  user?: UserWire | null;
}

/** Body of `POST /tickets/{ticketId}/log`; an empty array means every action type. */
export interface TicketLogRequestWire {
  action_types: string[];
}

export interface AttachmentWire {
  isContentPart?: boolean | null;
  name?: string | null;
  url?: string | null;
}

/** `properties` of a ticket (all flags as in the doc example). */
export interface TicketPropertiesWire {
  isAnonymized?: boolean | null;
  isMuted?: boolean | null;
  hasAttachments?: boolean | null;
  hasDraft?: boolean | null;
  isAssignedToBot?: boolean | null;
  isDeleted?: boolean | null;
  isExpired?: boolean | null;
  isHidden?: boolean | null;
  isLocked?: boolean | null;
  isSpam?: boolean | null;
  isSensitive?: boolean | null;
  [extra: string]: unknown;
}

/**
 * One element of `POST /tickets/list` (the doc's Ticket object). Enumerations of `status`,
 * `source`, `detailedSource` and `sentiment` are UNCONFIRMED: treat them as opaque strings.
 */
export interface TicketWire {
  id: number;
  title?: string | null;
  message?: string | null;
  htmlMessage?: string | null;
  author?: UserWire | null;
  category?: CategoryWire | null;
  /** Same style as TicketLogWire.time. */
  creationTime?: string | null;
  customFields?: unknown[] | null;
  lastThreadElementCreationTime?: string | null;
  /** The assigned teammate, or null. */
  lockedBy?: UserWire | null;
  originalLink?: string | null;
  properties?: TicketPropertiesWire | null;
  replyCount?: number | null;
  isMuted?: boolean | null;
  sentiment?: string | null;
  source?: string | null;
  detailedSource?: string | null;
  sourceName?: string | null;
  /** e.g. `open`, `pending`, `closed` (full enumeration UNCONFIRMED). */
  status?: string | null;
  tags?: TagWire[] | null;
  attachments?: AttachmentWire[] | null;
}

/**
 * Body of `POST /tickets/list`. `take` defaults to 25, max 50 (the doc example sends 100 anyway),
 * and it limits the answer even when `ticketIds` is given. `TicketListOrderBy`, `TicketSource`
 * and `TicketStatus` enumerations are UNCONFIRMED beyond the example values.
 */
export interface TicketListRequestWire {
  categoryId?: number | null;
  customFields?: { key: number; value: string }[];
  /** Creation time bounds, DateTime with offset ("2020-02-27T12:28:02.6019432+01:00"). */
  from?: string;
  to?: string;
  orderBy?: string;
  skip?: number;
  take?: number;
  source?: string;
  status?: string;
  ticketIds?: number[];
}

/**
 * `POST /token` (form-encoded `grant_type=refresh_token`, `client_id`, `refresh_token`) answer.
 * Field names are UNCONFIRMED upstream; these are OAuth 2.0's (RFC 6749 §5.1). Access tokens
 * live about an hour.
 */
export interface TokenResponseWire {
  access_token: string;
  token_type?: string | null;
  /** Seconds. */
  expires_in?: number | null;
  refresh_token?: string | null;
}

/** `POST /token` refusal (RFC 6749 §5.2 shape; UNCONFIRMED upstream). */
export interface TokenErrorWire {
  error: string;
  error_description?: string | null;
}
