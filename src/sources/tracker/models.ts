import { UpstreamError } from '../../transport/errors.js';
import { fieldReaders, isRecord, type WireKey } from '../../transport/field-readers.js';
import { isCalendarDate } from '../../transport/time.js';
import { parseTrackerDuration, type TrackerBusinessCalendar } from './duration.js';
import type { IssueWire, TrackerRefWire, TrackerUserRefWire, UserWire, WorklogWire } from './wire.js';

/**
 * Yandex Tracker's wire shapes mapped once into the models the schema serves: real instants
 * instead of `…+0000` strings, business-calendar seconds next to the ISO 8601 duration as sent,
 * machine keys (`status.key`) next to localized display names, and ids as strings whatever type
 * they arrive in. A shape that cannot be mapped is an `UPSTREAM_BAD_RESPONSE`, never a silent
 * default — with one deliberate exception: a duration the business calendar cannot express
 * (`P1Y`, garbage) fails only that worklog's `durationSeconds` (see `durationSecondsOf`), not the
 * whole list, so one odd record does not hide an issue's other worklogs.
 */

export interface TrackerUser {
  /** `id` of the user reference as sent: a login (`veikus`) or a numeric id, as a string. */
  id: string;
  /** Last path segment of `self` (the numeric uid in practice); null when `self` is absent. */
  uid: string | null;
  /** Localized full name (by `Accept-Language`); display only, never parse it. */
  display: string | null;
}

/** A user as `GET /{v}/users/{login}` describes them: what links a login to a person. */
export interface TrackerUserProfile {
  login: string;
  uid: string;
  /** Localized full name; display only. */
  display: string | null;
  /** Lower-cased only when compared; kept as sent. Null when Tracker has none. */
  email: string | null;
}

export interface TrackerIssue {
  source: 'TRACKER';
  /** `PAY-12`. */
  key: string;
  /** Tracker's opaque object id (24 hex digits in practice). */
  issueId: string;
  /** `summary`. */
  title: string | null;
  /** `status.key`, as sent (unknown statuses such as `needInfo` pass through). */
  status: string | null;
  statusDisplay: string | null;
  description: string | null;
  assignee: TrackerUser | null;
  createdBy: TrackerUser | null;
  updatedBy: TrackerUser | null;
  createdAt: Date | null;
  updatedAt: Date | null;
  /** `type.key`, e.g. `bug`. */
  type: string | null;
  typeDisplay: string | null;
  /** `priority.key`, e.g. `critical`. */
  priority: string | null;
  priorityDisplay: string | null;
  /** `queue.key`, e.g. `PAY`. */
  queue: string | null;
  /** `YYYY-MM-DD`. */
  deadline: string | null;
  raw: Record<string, unknown>;
}

export interface TrackerWorklog {
  source: 'TRACKER';
  /** `issue.key` of the record. */
  issueKey: string;
  /** `id` as a string (a number on the wire). */
  worklogId: string;
  /** ISO 8601 duration as sent, e.g. `P1W2DT3H`. */
  duration: string;
  /** `duration` in seconds on the business calendar; null when it cannot be converted (see `durationProblem`). */
  durationSeconds: number | null;
  /** Why durationSeconds is null: the schema turns this into an UPSTREAM_BAD_RESPONSE on that field. */
  durationProblem: string | null;
  /** `start`: when the work happened. */
  startedAt: Date;
  /** When the record was created (what `worklog/_search` filters on). */
  createdAt: Date;
  updatedAt: Date | null;
  createdBy: TrackerUser | null;
  updatedBy: TrackerUser | null;
  /** Free text; `''` when Tracker sent an empty comment, null when it sent none. */
  comment: string | null;
  raw: Record<string, unknown>;
}

/** Mapping context: what a mapper needs to know beyond the wire value. */
export interface TrackerMapContext {
  /** Route being mapped, for error messages, e.g. `GET /v3/issues/{key}/worklog`. */
  route: string;
  calendar: TrackerBusinessCalendar;
}

// Tracker omits a field that has no value; `null` is accepted the same way. No zone for zone-less
// timestamps: Tracker always sends an offset, and guessing would shift the instant.
const { bad, optStr, requireId, optRecord, optTime, value } = fieldReaders<TrackerMapContext>('TRACKER');

/**
 * The last path segment of a `self` URL. Treated as text, not parsed as a URL: the docs' own
 * examples carry `https://https://…`, which a URL parser reads differently.
 */
function lastSegment(self: string): string | null {
  const segment = self.split(/[?#]/)[0]!.replace(/\/+$/, '').split('/').pop();
  return segment ? segment : null;
}

/** The user reference in `from[key]` (`assignee`, `createdBy` …); null when absent. */
export function mapUser<W extends object>(ctx: TrackerMapContext, from: W, key: WireKey<W>): TrackerUser | null {
  const user = optRecord(ctx, from, key) as TrackerUserRefWire | null;
  if (!user) return null;
  const self = optStr(ctx, user, 'self', key);
  return {
    id: requireId(ctx, user, 'id', key),
    uid: self === null ? null : lastSegment(self),
    display: optStr(ctx, user, 'display', key),
  };
}

export function mapUserProfile(ctx: TrackerMapContext, wire: unknown): TrackerUserProfile {
  if (!isRecord(wire)) throw bad(ctx, 'the user is not an object');
  const u = wire as UserWire;
  const { login } = u;
  if (typeof login !== 'string' || login === '') throw bad(ctx, 'the user has no login');
  return {
    login,
    uid: requireId(ctx, u, 'uid'),
    display: optStr(ctx, u, 'display'),
    email: optStr(ctx, u, 'email'),
  };
}

/** A dictionary reference (`status`, `type`, `priority`, `queue`): its machine key and display name. */
function mapRef(ctx: TrackerMapContext, i: IssueWire, field: WireKey<IssueWire>): { key: string | null; display: string | null } {
  const ref = optRecord(ctx, i, field) as TrackerRefWire | null;
  if (!ref) return { key: null, display: null };
  return { key: optStr(ctx, ref, 'key', field), display: optStr(ctx, ref, 'display', field) };
}

export function mapIssue(ctx: TrackerMapContext, wire: unknown): TrackerIssue {
  if (!isRecord(wire)) throw bad(ctx, 'the issue is not an object');
  const i = wire as IssueWire;
  const { key } = i;
  if (typeof key !== 'string' || key === '') throw bad(ctx, 'the issue has no key');
  const status = mapRef(ctx, i, 'status');
  const type = mapRef(ctx, i, 'type');
  const priority = mapRef(ctx, i, 'priority');
  const deadline = optStr(ctx, i, 'deadline');
  if (deadline !== null && !isCalendarDate(deadline)) throw bad(ctx, 'deadline is not a YYYY-MM-DD date');
  return {
    source: 'TRACKER',
    key,
    issueId: requireId(ctx, i, 'id'),
    title: optStr(ctx, i, 'summary'),
    status: status.key,
    statusDisplay: status.display,
    description: optStr(ctx, i, 'description'),
    assignee: mapUser(ctx, i, 'assignee'),
    createdBy: mapUser(ctx, i, 'createdBy'),
    updatedBy: mapUser(ctx, i, 'updatedBy'),
    createdAt: optTime(ctx, i, 'createdAt'),
    updatedAt: optTime(ctx, i, 'updatedAt'),
    type: type.key,
    typeDisplay: type.display,
    priority: priority.key,
    priorityDisplay: priority.display,
    queue: mapRef(ctx, i, 'queue').key,
    deadline,
    raw: wire,
  };
}

export function mapIssues(ctx: TrackerMapContext, wire: unknown): TrackerIssue[] {
  if (!Array.isArray(wire)) throw bad(ctx, 'the issue list is not an array');
  return wire.map((entry) => mapIssue(ctx, entry));
}

/** A worklog's timestamp, reported as `worklog 7 start` (the record, then the field) when it is bad. */
function worklogTime<T extends Date | null>(
  read: (ctx: TrackerMapContext, v: unknown, label: string) => T,
  ctx: TrackerMapContext,
  w: WorklogWire,
  key: 'start' | 'createdAt' | 'updatedAt',
  worklogId: string,
): T {
  return read(ctx, w[key], `worklog ${worklogId} ${key}`);
}

export function mapWorklog(ctx: TrackerMapContext, wire: unknown): TrackerWorklog {
  if (!isRecord(wire)) throw bad(ctx, 'a worklog is not an object');
  const w = wire as unknown as WorklogWire;
  const issue = optRecord(ctx, w, 'issue');
  const issueKey = optStr(ctx, issue, 'key', 'issue');
  if (!issueKey) throw bad(ctx, 'a worklog has no issue key');
  const worklogId = requireId(ctx, w, 'id');
  // The contract's `duration: String!` needs the text itself; only its conversion may fail softly.
  const { duration } = w;
  if (typeof duration !== 'string') throw bad(ctx, `worklog ${worklogId} has no duration`);
  const durationSeconds = parseTrackerDuration(duration, ctx.calendar) ?? null;
  return {
    source: 'TRACKER',
    issueKey,
    worklogId,
    duration,
    durationSeconds,
    durationProblem:
      durationSeconds === null
        ? `duration ${JSON.stringify(duration)} of worklog ${worklogId} is not a business-calendar duration (ISO 8601 weeks, days, hours, minutes, seconds)`
        : null,
    startedAt: worklogTime(value.requireTime, ctx, w, 'start', worklogId),
    createdAt: worklogTime(value.requireTime, ctx, w, 'createdAt', worklogId),
    updatedAt: worklogTime(value.optTime, ctx, w, 'updatedAt', worklogId),
    createdBy: mapUser(ctx, w, 'createdBy'),
    updatedBy: mapUser(ctx, w, 'updatedBy'),
    comment: optStr(ctx, w, 'comment'),
    raw: wire,
  };
}

export function mapWorklogs(ctx: TrackerMapContext, wire: unknown): TrackerWorklog[] {
  if (!Array.isArray(wire)) throw bad(ctx, 'the worklog list is not an array');
  return wire.map((entry) => mapWorklog(ctx, entry));
}

/**
 * A worklog's duration in seconds, or the `UPSTREAM_BAD_RESPONSE` that explains why there is none
 * (never a silent 0, which would make every sum quietly wrong).
 */
export function durationSecondsOf(worklog: TrackerWorklog): number {
  if (worklog.durationSeconds !== null) return worklog.durationSeconds;
  throw UpstreamError.badResponse(
    'TRACKER',
    `worklog ${worklog.worklogId} of ${worklog.issueKey}`,
    worklog.durationProblem ?? `duration ${JSON.stringify(worklog.duration)} cannot be converted`,
  );
}

/**
 * Orders worklog ids as Tracker does (numerically); ids that are not decimal integers fall back to
 * text order after the numeric ones. Works on strings, so ids beyond 2^53 still sort right.
 */
export function compareWorklogIds(a: string, b: string): number {
  const numA = /^\d+$/.test(a);
  const numB = /^\d+$/.test(b);
  if (numA && numB) {
    const x = a.replace(/^0+(?=\d)/, '');
    const y = b.replace(/^0+(?=\d)/, '');
    return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
  }
  if (numA !== numB) return numA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** De-duplicates by worklog id (the first occurrence wins) and orders by id. */
export function uniqueWorklogsById(worklogs: Iterable<TrackerWorklog>): TrackerWorklog[] {
  const byId = new Map<string, TrackerWorklog>();
  for (const worklog of worklogs) if (!byId.has(worklog.worklogId)) byId.set(worklog.worklogId, worklog);
  return [...byId.values()].sort((a, b) => compareWorklogIds(a.worklogId, b.worklogId));
}
