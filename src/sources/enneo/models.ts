import { absent, fieldReaders, isRecord, labelOf, type WireKey } from '../../transport/field-readers.js';
import { isCalendarDate } from '../../transport/time.js';
import { UpstreamError } from '../../transport/errors.js';
import type {
  AiAgentWire,
  AssessmentWire,
  ProfileWire,
  ReportingWorklogRowWire,
  ScorecardWire,
  TicketWire,
  TicketWorklogWire,
} from './wire.js';

/**
 * enneo's wire shapes mapped once into the models the schema serves: real instants instead of
 * strings in three styles, booleans instead of 0/1, lists instead of JSON-in-a-string, integer
 * seconds everywhere, and unknown enum values kept (as `OTHER` plus the raw string) instead of
 * failing. A shape that cannot be mapped is an `UPSTREAM_BAD_RESPONSE`, never a silent default.
 */

export type EnneoAction = 'CLOSE_ACTION' | 'READ_ACTION' | 'STATUS_ACTION' | 'WRITE_ACTION' | 'AUTO_PROCESS_ACTION' | 'OTHER';

const ACTION_BY_WIRE: Record<string, EnneoAction> = {
  closeAction: 'CLOSE_ACTION',
  readAction: 'READ_ACTION',
  statusAction: 'STATUS_ACTION',
  writeAction: 'WRITE_ACTION',
  autoProcessAction: 'AUTO_PROCESS_ACTION',
};

export const WIRE_BY_ACTION = Object.fromEntries(
  Object.entries(ACTION_BY_WIRE).map(([wire, action]) => [action, wire]),
) as Record<Exclude<EnneoAction, 'OTHER'>, string>;

export function toEnneoAction(wire: string): EnneoAction {
  // Own keys only: a wire value such as "toString" must not find Object.prototype's members.
  return Object.hasOwn(ACTION_BY_WIRE, wire) ? ACTION_BY_WIRE[wire]! : 'OTHER';
}

export interface EnneoTicket {
  source: 'ENNEO';
  ticketId: number;
  key: string;
  title: string | null;
  status: string | null;
  channel: string | null;
  direction: string | null;
  priority: string | null;
  summary: string | null;
  customerId: string | null;
  contractId: string | null;
  fromName: string | null;
  fromAddress: string | null;
  tags: string[];
  aiSupportLevel: string | null;
  createdAt: Date | null;
  modifiedAt: Date | null;
  raw: Record<string, unknown>;
}

export interface AiAgent {
  id: number;
  name: string | null;
  description: string | null;
  intelligence: string | null;
  textAssistanceAccuracy: number | null;
  actions: unknown[] | null;
}

export interface WorkSegment {
  userTimeTrackingId: number | null;
  from: Date;
  to: Date;
  durationSeconds: number;
  actions: string[];
  actionTexts: string[];
}

export interface Csat {
  id: number;
  scale: number | null;
  answerStars: number | null;
  answerText: string | null;
}

export interface CustomerExperience {
  slaMet: boolean | null;
  netSecondsClosedAfterSla: number | null;
  closingDateForSla: Date | null;
  dueDateForSla: Date | null;
  reopened: boolean | null;
  csat: Csat | null;
}

export interface AssessmentRef {
  assessmentId: number;
  scorecardId: number;
}

export interface EnneoWorklog {
  source: 'ENNEO';
  ticketId: number;
  worklogId: number;
  /** `YYYY-MM-DD` as enneo sent it. */
  date: string;
  startedAt: Date;
  latestInteraction: Date | null;
  userId: number | null;
  conversationId: number | null;
  action: EnneoAction;
  rawAction: string;
  actions: string[];
  actionTexts: string[];
  /** Null when enneo sent a `time.duration` that is not a whole number of seconds (see `durationProblem`). */
  durationSeconds: number | null;
  /** Why durationSeconds is null: the schema turns this into an UPSTREAM_BAD_RESPONSE on that field alone. */
  durationProblem: string | null;
  durationAfterWorkSeconds: number;
  automationLevel: number | null;
  automationLevelLabel: string | null;
  aiAgents: AiAgent[];
  segments: WorkSegment[];
  customerExperience: CustomerExperience | null;
  assessments: AssessmentRef[];
  raw: Record<string, unknown>;
}

export interface AssessmentCriterion {
  id: number;
  score: number | null;
  reason: string | null;
  state: string | null;
  lastEditedByUserId: number | null;
  lastEditedAt: Date | null;
}

export interface Assessment {
  assessmentId: number;
  scorecardId: number;
  scorecardBaseId: number | null;
  state: string | null;
  assessedUserId: number | null;
  assessedByUserId: number | null;
  ticketId: number | null;
  worklogId: number | null;
  createdAt: Date | null;
  modifiedAt: Date | null;
  aiSummary: string | null;
  supervisorAssessment: string | null;
  scoredPoints: number | null;
  usedMaxPoints: number | null;
  totalMaxPoints: number | null;
  scorePercentage: number | null;
  categories: { categoryId: number; criteria: AssessmentCriterion[] }[];
  raw: Record<string, unknown>;
}

export interface ScorecardCriterion {
  id: number;
  label: string | null;
  description: string | null;
  maxPoints: number | null;
  scoringType: string | null;
}

export interface Scorecard {
  scorecardId: number;
  baseId: number | null;
  revision: number | null;
  name: string | null;
  state: string | null;
  categories: { categoryId: number; label: string | null; order: number | null; criteria: ScorecardCriterion[] }[];
  createdAt: Date | null;
  modifiedAt: Date | null;
}

export interface Profile {
  userId: number;
  name: string | null;
  email: string | null;
  type: string | null;
}

export interface WorklogReportRow {
  userWorklogId: number | null;
  date: Date;
  userName: string | null;
  email: string | null;
  userId: number | null;
  ticketId: number | null;
  conversationId: number | null;
  action: EnneoAction;
  rawAction: string;
  /** Null when the row's `duration` is not a whole number of seconds (see `durationProblem`). */
  durationSeconds: number | null;
  durationProblem: string | null;
  durationAfterWorkSeconds: number;
  reopened: boolean | null;
  reopenedAt: Date | null;
  status: string | null;
  aiAgent: string | null;
  topic: string | null;
  subTopic: string | null;
  tags: string[];
  /** `allTags`: every tag of the ticket, parents included (a comma-separated list in the export). */
  allTags: string[];
  channel: string | null;
  department: string | null;
  teams: string[];
  /** `rawData` as sent: a JSON document in a string; read by `rawDataOf`. Null when absent (pseudonymized). */
  rawData: string | null;
  aiAutomationLevel: number | null;
  customerIdentifiedCorrectly: boolean | null;
  tagsIdentifiedCorrectly: boolean | null;
  textAssistanceAccuracy: number | null;
  aiAgentsUsed: string[];
  skippedTicket: boolean | null;
  netSecondsClosedAfterSla: number | null;
  closingDateForSla: Date | null;
  statusActionDetail: string | null;
  pendingDueBy: Date | null;
  pendingSeconds: number | null;
  netPendingSeconds: number | null;
  firstPendingAt: Date | null;
  timesSetToOpen: number | null;
  raw: Record<string, unknown>;
}

/** Mapping context: what a mapper needs to know beyond the wire value. */
export interface MapContext {
  /** Zone of zone-less timestamps (`ENNEO_TIMEZONE`). */
  timeZone: string;
  /** Route being mapped, for error messages. */
  route: string;
  /**
   * Lists already read from JSON-in-a-string and comma-separated cells, by cell text: one export
   * page repeats the same few tag and team cells on hundreds of rows, so each distinct cell is
   * parsed once per page and its (never mutated) list shared. Absent: every cell is parsed.
   */
  lists?: { json: Map<string, string[]>; names: Map<string, string[]> };
}

const {
  bad,
  optText: optStr,
  optNum,
  optInt,
  requireInt,
  optFlag,
  optRecord,
  optList,
  list,
  records,
  strings,
  optTime: optionalTime,
  requireTime,
  value,
} = fieldReaders<MapContext>('ENNEO', (ctx) => ctx.timeZone);

/**
 * A duration enneo sent, in whole seconds; null when absent; when it is something else, the text
 * that says why it cannot be read (`time.duration of worklog 551 is not …`). Never throws: an
 * unreadable duration costs only the duration field, not the whole record.
 */
function wholeSeconds<W extends object>(
  from: W | null | undefined,
  key: WireKey<W>,
  at: string | undefined,
  owner: 'row' | 'worklog',
  ownerId: number | string,
): number | string | null {
  const seconds = absent(from) ? undefined : (from as Record<string, unknown>)[key];
  if (absent(seconds)) return null;
  if (typeof seconds === 'number' && Number.isInteger(seconds)) return seconds;
  return `${labelOf(key, at)} of ${owner} ${ownerId} is not a whole number of seconds`;
}

/** A worklog's or export row's duration, or the UPSTREAM_BAD_RESPONSE that says why there is none (never a silent 0). */
export function enneoDurationOf(item: { durationSeconds: number | null; durationProblem: string | null }, route: string): number {
  if (item.durationSeconds !== null) return item.durationSeconds;
  throw UpstreamError.badResponse('ENNEO', route, item.durationProblem ?? 'the duration cannot be read');
}

type RowKey = WireKey<ReportingWorklogRowWire>;

/**
 * `allTags`: the export writes the names joined by ", " (`Billing, Double charge`); a JSON list
 * (as in `tags`) is read too, in case a later export switches to it.
 */
function tagList(ctx: MapContext, row: ReportingWorklogRowWire, key: RowKey): string[] {
  const cell: unknown = row[key];
  if (typeof cell === 'string' && !cell.trimStart().startsWith('[')) {
    const known = ctx.lists?.names.get(cell);
    if (known) return known;
    const names = cell
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    ctx.lists?.names.set(cell, names);
    return names;
  }
  return jsonList(ctx, row, key);
}

/**
 * A row's `rawData` (a JSON document enneo sends inside a string) as JSON, or the
 * `UPSTREAM_BAD_RESPONSE` that says why not — on that field only, never the whole row.
 */
export function rawDataOf(row: WorklogReportRow): unknown {
  if (row.rawData === null) return null;
  try {
    return JSON.parse(row.rawData) as unknown;
  } catch {
    throw UpstreamError.badResponse(
      'ENNEO',
      'GET /export/reporting_worklog',
      `rawData of row ${row.userWorklogId ?? '?'} is not JSON`,
    );
  }
}

/** A JSON document as sent inside a string (a document sent as JSON itself is written out); null when absent or empty. */
function jsonText(cell: unknown): string | null {
  if (cell === undefined || cell === null || cell === '') return null;
  return typeof cell === 'string' ? cell : JSON.stringify(cell);
}

/** `"[\"Billing\", \"Payment reminder\"]"` → `['Billing', 'Payment reminder']`; a real array passes. */
function jsonList(ctx: MapContext, row: ReportingWorklogRowWire, key: RowKey): string[] {
  const cell: unknown = row[key];
  if (cell === null || cell === undefined || cell === '') return [];
  if (typeof cell === 'string' && ctx.lists) {
    let list = ctx.lists.json.get(cell);
    if (!list) ctx.lists.json.set(cell, (list = readJsonList(ctx, cell, key)));
    return list;
  }
  return readJsonList(ctx, cell, key);
}

function readJsonList(ctx: MapContext, cell: unknown, label: string): string[] {
  let parsed: unknown = cell;
  if (typeof cell === 'string') {
    try {
      parsed = JSON.parse(cell);
    } catch {
      throw bad(ctx, `${label} is not a JSON-encoded list`);
    }
  }
  if (!Array.isArray(parsed)) throw bad(ctx, `${label} is neither a list nor a JSON-encoded list`);
  // Items are names (tags, teams) or ids (aiAgentsUsed); an object item is named by its `name`.
  return parsed.map((v, i) => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (isRecord(v) && typeof v.name === 'string') return v.name;
    throw bad(ctx, `${label}[${i}] is neither a name nor an id`);
  });
}

/** Ticket tags: `[{id, name, parentId}]` as documented, or plain names. */
function tagNames(ctx: MapContext, t: TicketWire): string[] {
  return list(ctx, t, 'tags').map((tag, i) => {
    if (typeof tag === 'string') return tag;
    if (isRecord(tag) && typeof tag.name === 'string') return tag.name;
    throw bad(ctx, `tags[${i}] has no name`);
  });
}

export function mapTicket(ctx: MapContext, wire: unknown): EnneoTicket {
  if (!isRecord(wire)) throw bad(ctx, 'the ticket is not an object');
  const t = wire as TicketWire;
  const ticketId = requireInt(ctx, t, 'id');
  return {
    source: 'ENNEO',
    ticketId,
    key: String(ticketId),
    title: optStr(ctx, t, 'subject'),
    status: optStr(ctx, t, 'status'),
    channel: optStr(ctx, t, 'channel'),
    direction: optStr(ctx, t, 'direction'),
    priority: optStr(ctx, t, 'priority'),
    summary: optStr(ctx, t, 'summary'),
    customerId: optStr(ctx, t, 'customerId'),
    contractId: optStr(ctx, t, 'contractId'),
    fromName: optStr(ctx, t, 'fromName'),
    fromAddress: optStr(ctx, t, 'from'),
    tags: tagNames(ctx, t),
    aiSupportLevel: optStr(ctx, t, 'aiSupportLevel'),
    createdAt: optionalTime(ctx, t, 'createdAt'),
    modifiedAt: optionalTime(ctx, t, 'modifiedAt'),
    raw: wire,
  };
}

function mapAiAgent(ctx: MapContext, a: AiAgentWire, at: string): AiAgent {
  const actions = optList(ctx, a, 'actions', at);
  return {
    id: requireInt(ctx, a, 'id', at),
    name: optStr(ctx, a, 'name', at),
    description: optStr(ctx, a, 'description', at),
    intelligence: optStr(ctx, a, 'intelligence', at),
    textAssistanceAccuracy: optNum(ctx, a, 'textAssistanceAccuracy', at),
    actions,
  };
}

type EntryOrWorklog = TicketWorklogWire | TicketWorklogWire['worklog'];

/** A field enneo sends at the top of a worklog entry or only inside its `worklog`: the top wins; labelled by its key either way. */
function entryField<T>(
  read: (ctx: MapContext, from: EntryOrWorklog, key: 'ticketId' | 'latestInteraction') => T,
  ctx: MapContext,
  w: TicketWorklogWire,
  key: 'ticketId' | 'latestInteraction',
): T {
  return read(ctx, absent(w[key]) ? w.worklog : w, key);
}

export function mapWorklog(ctx: MapContext, wire: unknown): EnneoWorklog {
  if (!isRecord(wire) || !isRecord(wire.worklog)) throw bad(ctx, 'a worklog entry has no worklog object');
  const w = wire as unknown as TicketWorklogWire;
  // Labelled as the documented field even when the entry's own id stands in for it.
  const worklogId = value.requireInt(ctx, w.worklog.worklogId ?? w.id, 'worklog.worklogId');
  const ticketId = entryField(requireInt, ctx, w, 'ticketId');
  const { action } = w.worklog;
  if (typeof action !== 'string') throw bad(ctx, `worklog ${worklogId} has no action`);
  // `date` leaves the gateway as a GraphQL Date; checked here so a bad one is the source's error, not ours.
  const { date } = w;
  if (typeof date !== 'string' || !isCalendarDate(date)) throw bad(ctx, `worklog ${worklogId} has no YYYY-MM-DD date`);
  const time = optRecord(ctx, w, 'time');
  const aiUsage = optRecord(ctx, w, 'aiUsage');
  const cx = optRecord(ctx, w, 'customerExperience');

  const segments: WorkSegment[] = records(ctx, time, 'segments', 'time').map((s, i) => {
    const at = `segments[${i}]`;
    const from = requireTime(ctx, s, 'from', at);
    const to = requireTime(ctx, s, 'to', at);
    if (to < from) throw bad(ctx, `${at} ends before it starts`);
    return {
      userTimeTrackingId: optInt(ctx, s, 'userTimeTrackingId', at),
      from,
      to,
      durationSeconds: Math.round((to.getTime() - from.getTime()) / 1000),
      actions: strings(ctx, s, 'actionList', at),
      actionTexts: strings(ctx, s, 'actionListText', at),
    };
  });
  // Without time.duration the tracked segments are the duration; an unreadable one costs only durationSeconds.
  const duration = wholeSeconds(time, 'duration', 'time', 'worklog', worklogId);
  const durationProblem = typeof duration === 'string' ? duration : null;
  const durationSeconds =
    typeof duration === 'string' ? null : (duration ?? segments.reduce((sum, s) => sum + s.durationSeconds, 0));
  const latestInteraction = entryField(optionalTime, ctx, w, 'latestInteraction');
  // When work started: the first tracked segment; else back from the last interaction; else the day.
  const startedAt =
    segments.reduce<Date | null>((min, s) => (min === null || s.from < min ? s.from : min), null) ??
    (latestInteraction && durationSeconds !== null ? new Date(latestInteraction.getTime() - durationSeconds * 1000) : null) ??
    value.requireTime(ctx, date, 'date');
  const csat = optRecord(ctx, cx, 'csat', 'customerExperience');

  return {
    source: 'ENNEO',
    ticketId,
    worklogId,
    date,
    startedAt,
    latestInteraction,
    userId: optInt(ctx, w.worklog, 'userId', 'worklog'),
    conversationId: optInt(ctx, w.worklog, 'conversationId', 'worklog'),
    action: toEnneoAction(action),
    rawAction: action,
    actions: strings(ctx, w.worklog, 'actionList', 'worklog'),
    actionTexts: strings(ctx, w.worklog, 'actionListText', 'worklog'),
    durationSeconds,
    durationProblem,
    // A session with no work after the first edit may leave it out.
    durationAfterWorkSeconds: optInt(ctx, time, 'durationAfterWork', 'time') ?? 0,
    automationLevel: optInt(ctx, aiUsage, 'automationLevel', 'aiUsage'),
    automationLevelLabel: optStr(ctx, aiUsage, 'automationLevelLabel', 'aiUsage'),
    aiAgents: records(ctx, aiUsage, 'aiAgents', 'aiUsage').map((a, i) => mapAiAgent(ctx, a, `aiUsage.aiAgents[${i}]`)),
    segments,
    customerExperience: cx
      ? {
          slaMet: optFlag(ctx, cx, 'slaMet', 'customerExperience'),
          netSecondsClosedAfterSla: optInt(ctx, cx, 'netSecondsClosedAfterSla', 'customerExperience'),
          closingDateForSla: optionalTime(ctx, cx, 'closingDateForSLA'),
          dueDateForSla: optionalTime(ctx, cx, 'dueDateForSLA'),
          reopened: optFlag(ctx, cx, 'reOpened', 'customerExperience'),
          csat: csat
            ? {
                id: requireInt(ctx, csat, 'id', 'csat'),
                scale: optInt(ctx, csat, 'scale', 'csat'),
                answerStars: optNum(ctx, csat, 'answerStars', 'csat'),
                answerText: optStr(ctx, csat, 'answerText', 'csat'),
              }
            : null,
        }
      : null,
    assessments: records(ctx, w, 'assessments').map((a, i) => ({
      assessmentId: requireInt(ctx, a, 'id', `assessments[${i}]`),
      scorecardId: requireInt(ctx, a, 'scorecardId', `assessments[${i}]`),
    })),
    raw: wire,
  };
}

export function mapWorklogs(ctx: MapContext, wire: unknown): EnneoWorklog[] {
  if (!Array.isArray(wire)) throw bad(ctx, 'the worklog list is not an array');
  return wire.map((entry) => mapWorklog(ctx, entry)).sort(byStart);
}

/** Time order, then worklog id, so equal starts still sort the same way every time. */
export function byStart(a: EnneoWorklog, b: EnneoWorklog): number {
  return a.startedAt.getTime() - b.startedAt.getTime() || a.worklogId - b.worklogId;
}

export function mapAssessment(ctx: MapContext, wire: unknown): Assessment {
  if (!isRecord(wire)) throw bad(ctx, 'the assessment is not an object');
  const a = wire as unknown as AssessmentWire;
  const data = optRecord(ctx, a, 'data');
  const totals = optRecord(ctx, data, 'totals', 'data');
  return {
    assessmentId: requireInt(ctx, a, 'id'),
    scorecardId: requireInt(ctx, a, 'scorecardId'),
    scorecardBaseId: optInt(ctx, a, 'scorecardBaseId'),
    state: optStr(ctx, a, 'state'),
    assessedUserId: optInt(ctx, a, 'assessedUser'),
    assessedByUserId: optInt(ctx, a, 'assessedByUser'),
    ticketId: optInt(ctx, a, 'ticketId'),
    worklogId: optInt(ctx, a, 'worklogId'),
    createdAt: optionalTime(ctx, a, 'createdAt'),
    modifiedAt: optionalTime(ctx, a, 'modifiedAt'),
    aiSummary: optStr(ctx, data, 'aiSummary', 'data'),
    supervisorAssessment: optStr(ctx, data, 'supervisorAssessment', 'data'),
    scoredPoints: optNum(ctx, totals, 'scoredPoints', 'totals'),
    usedMaxPoints: optNum(ctx, totals, 'usedMaxPoints', 'totals'),
    totalMaxPoints: optNum(ctx, totals, 'totalMaxPoints', 'totals'),
    scorePercentage: optNum(ctx, totals, 'percentage', 'totals'),
    categories: records(ctx, data, 'categories', 'data').map((c, i) => {
      const category = `categories[${i}]`;
      return {
        categoryId: requireInt(ctx, c, 'categoryId', category),
        criteria: records(ctx, c, 'criteria', category).map((k, j) => {
          const at = `${category}.criteria[${j}]`;
          return {
            id: requireInt(ctx, k, 'id', at),
            score: optNum(ctx, k, 'score', at),
            reason: optStr(ctx, k, 'reason', at),
            state: optStr(ctx, k, 'state', at),
            lastEditedByUserId: optInt(ctx, k, 'lastEditedByUserId', at),
            lastEditedAt: optionalTime(ctx, k, 'lastEditedAt', at),
          };
        }),
      };
    }),
    raw: wire,
  };
}

export function mapScorecard(ctx: MapContext, wire: unknown): Scorecard {
  if (!isRecord(wire)) throw bad(ctx, 'the scorecard is not an object');
  const s = wire as unknown as ScorecardWire;
  return {
    scorecardId: requireInt(ctx, s, 'id'),
    baseId: optInt(ctx, s, 'baseId'),
    revision: optInt(ctx, s, 'revision'),
    name: optStr(ctx, s, 'name'),
    state: optStr(ctx, s, 'state'),
    categories: records(ctx, s, 'categories').map((c, i) => {
      const category = `categories[${i}]`;
      return {
        categoryId: requireInt(ctx, c, 'categoryId', category),
        label: optStr(ctx, c, 'label', category),
        order: optInt(ctx, c, 'order', category),
        criteria: records(ctx, c, 'criteria', category).map((k, j) => {
          const at = `${category}.criteria[${j}]`;
          return {
            id: requireInt(ctx, k, 'id', at),
            label: optStr(ctx, k, 'label', at),
            description: optStr(ctx, k, 'description', at),
            maxPoints: optNum(ctx, k, 'maxPoints', at),
            scoringType: optStr(ctx, k, 'scoringType', at),
          };
        }),
      };
    }),
    createdAt: optionalTime(ctx, s, 'createdAt'),
    modifiedAt: optionalTime(ctx, s, 'modifiedAt'),
  };
}

export function mapProfile(ctx: MapContext, wire: unknown): Profile {
  if (!isRecord(wire)) throw bad(ctx, 'the profile is not an object');
  const p = wire as unknown as ProfileWire;
  const full = [optStr(ctx, p, 'firstName'), optStr(ctx, p, 'lastName')].filter(Boolean).join(' ');
  return {
    userId: requireInt(ctx, p, 'id'),
    name: optStr(ctx, p, 'nameAlias') || full || null,
    email: optStr(ctx, p, 'email'),
    type: optStr(ctx, p, 'type'),
  };
}

/** The columns of an export row that a time report sums: who, when, which ticket, what, how long. */
export type EnneoTimeRow = Pick<
  WorklogReportRow,
  'date' | 'userName' | 'email' | 'userId' | 'ticketId' | 'action' | 'rawAction' | 'durationSeconds'
>;

/**
 * An export row mapped for summing only: the same checks as `mapReportRow` on the columns it
 * reads, none of the others (a year's export is read for these eight columns alone).
 */
export function mapTimeRow(ctx: MapContext, wire: unknown): EnneoTimeRow {
  if (!isRecord(wire)) throw bad(ctx, 'an export row is not an object');
  const r = wire as unknown as ReportingWorklogRowWire;
  const { action } = r;
  if (typeof action !== 'string') throw bad(ctx, 'an export row has no action');
  return {
    date: requireTime(ctx, r, 'date'),
    userName: optStr(ctx, r, 'name'),
    email: optStr(ctx, r, 'email'),
    userId: optInt(ctx, r, 'userId'),
    ticketId: optInt(ctx, r, 'ticketId'),
    action: toEnneoAction(action),
    rawAction: action,
    durationSeconds: optInt(ctx, r, 'duration') ?? 0,
  };
}

export function mapReportRow(ctx: MapContext, wire: unknown): WorklogReportRow {
  if (!isRecord(wire)) throw bad(ctx, 'an export row is not an object');
  const r = wire as unknown as ReportingWorklogRowWire;
  const { action } = r;
  if (typeof action !== 'string') throw bad(ctx, 'an export row has no action');
  const userWorklogId = optInt(ctx, r, 'userWorklogId');
  // An empty cell means no tracked time; a value of another type is a changed export, and costs only this field.
  const duration = wholeSeconds(r, 'duration', undefined, 'row', userWorklogId ?? '?');
  return {
    userWorklogId,
    date: requireTime(ctx, r, 'date'),
    userName: optStr(ctx, r, 'name'),
    email: optStr(ctx, r, 'email'),
    userId: optInt(ctx, r, 'userId'),
    ticketId: optInt(ctx, r, 'ticketId'),
    conversationId: optInt(ctx, r, 'conversationId'),
    action: toEnneoAction(action),
    rawAction: action,
    durationSeconds: typeof duration === 'string' ? null : (duration ?? 0),
    durationProblem: typeof duration === 'string' ? duration : null,
    durationAfterWorkSeconds: optInt(ctx, r, 'durationAfterWork') ?? 0,
    reopened: optFlag(ctx, r, 'reOpened'),
    reopenedAt: optionalTime(ctx, r, 'reopenedAt'),
    status: optStr(ctx, r, 'status'),
    aiAgent: optStr(ctx, r, 'aiAgent'),
    topic: optStr(ctx, r, 'topic'),
    subTopic: optStr(ctx, r, 'subTopic'),
    tags: jsonList(ctx, r, 'tags'),
    allTags: tagList(ctx, r, 'allTags'),
    channel: optStr(ctx, r, 'channel'),
    department: optStr(ctx, r, 'department'),
    teams: jsonList(ctx, r, 'teams'),
    rawData: jsonText(r.rawData),
    aiAutomationLevel: optInt(ctx, r, 'aiAutomationLevel'),
    customerIdentifiedCorrectly: optFlag(ctx, r, 'customerIdentifiedCorrectly'),
    tagsIdentifiedCorrectly: optFlag(ctx, r, 'tagsIdentifiedCorrectly'),
    textAssistanceAccuracy: optNum(ctx, r, 'textAssistanceAccuracy'),
    aiAgentsUsed: jsonList(ctx, r, 'aiAgentsUsed'),
    skippedTicket: optFlag(ctx, r, 'skippedTicket'),
    netSecondsClosedAfterSla: optInt(ctx, r, 'netSecondsClosedAfterSLA'),
    closingDateForSla: optionalTime(ctx, r, 'closingDateForSLA'),
    statusActionDetail: optStr(ctx, r, 'statusActionDetail'),
    pendingDueBy: optionalTime(ctx, r, 'pendingDueBy'),
    pendingSeconds: optInt(ctx, r, 'pendingSeconds'),
    netPendingSeconds: optInt(ctx, r, 'netPendingSeconds'),
    firstPendingAt: optionalTime(ctx, r, 'firstPendingAt'),
    timesSetToOpen: optInt(ctx, r, 'timesSetToOpen'),
    raw: wire,
  };
}
