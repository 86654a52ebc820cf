/**
 * Raw shapes of the Yandex Tracker API (v2/v3) as it sends them (docs/upstreams.md, "Yandex Tracker API",
 * and the vendor documentation's examples). Private to `src/sources/tracker/` and the Tracker simulator:
 * nothing else imports these. Fields the docs do not promise are optional, so mapping code has to
 * decide; real Tracker omits a field that has no value rather than sending `null`.
 *
 * UNCONFIRMED points, and what the sandbox simulator does about them (so the gateway is built
 * against something explicit):
 * - Paging of `GET /issues/{key}/worklog` and `POST /worklog/_search`: the official docs list no
 *   parameters. The simulator pages with `perPage` (default 50, max 100) and an id cursor `id`
 *   (records with a greater id), and sends `Link: <…?perPage=N>; rel="first", <…?perPage=N&id=LAST>; rel="next"`;
 *   the last page has no `rel="next"`. Follow `rel="next"` (absolute URL); a POST is re-sent with
 *   the same body.
 * - Paging of `POST /issues/_search`: `perPage` + 1-based `page`, with `X-Total-Count`,
 *   `X-Total-Pages` and the same `Link` header.
 * - The 10000-item cap of searches ("Request exceeds 10000 items limit", HTTP 400) comes from a
 *   GitHub issue, not the docs; split the `createdAt` window and retry.
 * - Whether Tracker ever emits mixed durations such as `P1W2DT3H` or fractions (`PT1.5H`).
 * - The error body is read by the official client but not documented on the doc pages.
 */

/** API versions that serve the same paths; `v3` is current, `v2` the previous one. */
export const TRACKER_API_VERSIONS = ['v2', 'v3'] as const;
export type TrackerApiVersion = (typeof TRACKER_API_VERSIONS)[number];

/**
 * Paging and search limits as the sandbox enforces them. `defaultPerPage`/`maxPerPage` are
 * UNCONFIRMED (third-party clients use `perPage`); `searchItemLimit` is Tracker's 10K cap.
 */
export const TRACKER_PAGING = { defaultPerPage: 50, maxPerPage: 100, searchItemLimit: 10_000 } as const;

/**
 * `YYYY-MM-DDThh:mm:ss.sss±hhmm`, offset WITHOUT a colon; the API sends UTC, so `+0000`
 * (e.g. `2017-07-18T13:33:44.291+0000`). Strict parsers reject `+0000`: normalise before parsing.
 */
export type TrackerTimestamp = string;

/**
 * ISO 8601 duration `PnYnMnDTnHnMnS` or `PnW` on Tracker's business calendar: 1W = 5 days,
 * 1D = 8 hours (`P1W2DT3H` = 59 h). Mixed W+D forms and fractions (`PT1.5H`) are UNCONFIRMED
 * on the real API; the sandbox sends them on purpose, so parse defensively.
 */
export type TrackerDuration = string;

/** A reference to another object: `{self, id, key?, display}` (status, type, priority, queue, issue). */
export interface TrackerRefWire {
  /** API URL of the referenced object; treat as opaque (doc examples even carry `https://https://`). */
  self: string;
  id: string;
  key?: string;
  /** Localized by `Accept-Language` (Russian by default) for dictionaries and users; display only. */
  display?: string;
  [extra: string]: unknown;
}

/**
 * A user reference. `id` may be a login ("veikus") while `self` ends in a numeric uid, so `id`
 * is not necessarily numeric. Real responses may add `cloudUid`/`passportUid` (UNCONFIRMED).
 */
export interface TrackerUserRefWire {
  self: string;
  id: string;
  /** Localized full name (Russian by default). */
  display?: string;
  [extra: string]: unknown;
}

/**
 * `GET /{v}/users/{login_or_uid}` — one user of the organisation (a login of digits only must be
 * written `login:12345`). `uid` is a number on the wire; `email` is the address Tracker knows.
 */
export interface UserWire {
  self: string;
  uid: number | string;
  login: string;
  display?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  external?: boolean;
  dismissed?: boolean;
  [extra: string]: unknown;
}

/** `GET /{v}/issues/{key_or_id}` — a plain object (one newer doc example wraps it in `[ ]`; that is a doc inconsistency). */
export interface IssueWire {
  self: string;
  /** Opaque string id (24 hex digits in practice). */
  id: string;
  key: string;
  version?: number;
  summary?: string;
  description?: string;
  /** Status reference; `key` is the machine value (`open`, `inProgress`, `closed`, …; others occur). */
  status?: TrackerRefWire;
  statusStartTime?: TrackerTimestamp;
  /** Absent when nobody is assigned. */
  assignee?: TrackerUserRefWire;
  createdBy?: TrackerUserRefWire;
  updatedBy?: TrackerUserRefWire;
  createdAt?: TrackerTimestamp;
  updatedAt?: TrackerTimestamp;
  type?: TrackerRefWire;
  priority?: TrackerRefWire;
  queue?: TrackerRefWire;
  /** Date only, `YYYY-MM-DD`; absent when not set. */
  deadline?: string;
  votes?: number;
  favorite?: boolean;
  /** Custom fields and expansions (`expand=…`) appear as further keys. */
  [extra: string]: unknown;
}

/** One element of `GET /{v}/issues/{key}/worklog` and of `POST /{v}/worklog/_search` (JSON arrays). */
export interface WorklogWire {
  /** `…/v3/issues/KEY/worklog/ID`. */
  self: string;
  /** A number on the wire (the docs' table says String, the example shows a number). */
  id: number;
  /** Grows on every change (a millisecond timestamp in practice). */
  version?: number | string;
  issue: { self: string; id: string; key: string; display?: string };
  /** Free text; may be empty, and may be absent altogether. */
  comment?: string;
  createdBy: TrackerUserRefWire;
  updatedBy?: TrackerUserRefWire;
  /** When the record was created — what `worklog/_search` filters on. */
  createdAt: TrackerTimestamp;
  updatedAt?: TrackerTimestamp;
  /** When the work happened. */
  start: TrackerTimestamp;
  duration: TrackerDuration;
}

/**
 * Tracker's error body (read by the official client; undocumented on the doc pages). `errors` maps
 * a field to a message, `errorMessages` holds general messages; either may be empty. Messages may
 * be localized: never parse them.
 */
export interface TrackerErrorWire {
  errors: Record<string, string>;
  errorMessages: string[];
  statusCode: number;
}

/**
 * Body of `POST /{v}/worklog/_search`; every field optional. Timestamps as
 * `YYYY-MM-DDThh:mm:ss.sss±hhmm`, or without an offset (= UTC). Filters on `createdAt`, NOT on
 * `start` (a `start` filter appears only in third-party code: UNCONFIRMED, the sandbox refuses it).
 */
export interface WorklogSearchBodyWire {
  /** Login or uid of the author. */
  createdBy?: string;
  createdAt?: { from?: string; to?: string };
}

/** Body of `POST /{v}/issues/_search`: one of `keys`, `filter`, `queue` (`query` is not simulated). */
export interface IssueSearchBodyWire {
  keys?: string[];
  filter?: Record<string, string | string[]>;
  queue?: string;
  query?: string;
}
