import { absent, fieldReaders, isRecord } from '../../transport/field-readers.js';
import { isCalendarDate } from '../../transport/time.js';
import { UpstreamError } from '../../transport/errors.js';
import type {
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
  records,
  strings,
  optTime: optionalTime,
  requireTime,
} = fieldReaders<MapContext>('ENNEO', (ctx) => ctx.timeZone);

/** `"[\"Billing\", \"Payment reminder\"]"` → `['Billing', 'Payment reminder']`; a real array passes. */
/** Why a duration enneo sent cannot be read as whole seconds; null when it can (or is absent). */
function unreadableSeconds(value: unknown, what: string): string | null {
  return absent(value) || (typeof value === 'number' && Number.isInteger(value))
    ? null
    : `${what} is not a whole number of seconds`;
}

/** An export row's `duration`: an empty cell means no tracked time; an unreadable one costs only that field. */
function rowDuration(
  ctx: MapContext,
  value: unknown,
  rowId: unknown,
): Pick<WorklogReportRow, 'durationSeconds' | 'durationProblem'> {
  const problem = unreadableSeconds(value, `duration of row ${typeof rowId === 'number' ? rowId : '?'}`);
  return problem === null
    ? { durationSeconds: optInt(ctx, value, 'duration') ?? 0, durationProblem: null }
    : { durationSeconds: null, durationProblem: problem };
}

/** A worklog's or export row's duration, or the UPSTREAM_BAD_RESPONSE that says why there is none (never a silent 0). */
export function enneoDurationOf(item: { durationSeconds: number | null; durationProblem: string | null }, route: string): number {
  if (item.durationSeconds !== null) return item.durationSeconds;
  throw UpstreamError.badResponse('ENNEO', route, item.durationProblem ?? 'the duration cannot be read');
}

/**
 * `allTags`: the export writes the names joined by ", " (`Billing, Double charge`); a JSON list
 * (as in `tags`) is read too, in case a later export switches to it.
 */
function tagList(ctx: MapContext, value: unknown, field: string): string[] {
  if (typeof value === 'string' && !value.trimStart().startsWith('[')) {
    const known = ctx.lists?.names.get(value);
    if (known) return known;
    const names = value
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
    ctx.lists?.names.set(value, names);
    return names;
  }
  return jsonList(ctx, value, field);
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

function jsonList(ctx: MapContext, value: unknown, field: string): string[] {
  if (value === null || value === undefined || value === '') return [];
  if (typeof value === 'string' && ctx.lists) {
    let list = ctx.lists.json.get(value);
    if (!list) ctx.lists.json.set(value, (list = readJsonList(ctx, value, field)));
    return list;
  }
  return readJsonList(ctx, value, field);
}

function readJsonList(ctx: MapContext, value: unknown, field: string): string[] {
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      throw bad(ctx, `${field} is not a JSON-encoded list`);
    }
  }
  if (!Array.isArray(parsed)) throw bad(ctx, `${field} is neither a list nor a JSON-encoded list`);
  // Items are names (tags, teams) or ids (aiAgentsUsed); an object item is named by its `name`.
  return parsed.map((v, i) => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (isRecord(v) && typeof v.name === 'string') return v.name;
    throw bad(ctx, `${field}[${i}] is neither a name nor an id`);
  });
}

/** Ticket tags: `[{id, name, parentId}]` as documented, or plain names. */
function tagNames(ctx: MapContext, tags: unknown): string[] {
  if (absent(tags)) return [];
  if (!Array.isArray(tags)) throw bad(ctx, 'tags is not a list');
  return tags.map((t, i) => {
    if (typeof t === 'string') return t;
    if (isRecord(t) && typeof t.name === 'string') return t.name;
    throw bad(ctx, `tags[${i}] has no name`);
  });
}

export function mapTicket(ctx: MapContext, wire: unknown): EnneoTicket {
  if (!isRecord(wire)) throw bad(ctx, 'the ticket is not an object');
  const t = wire as TicketWire;
  const ticketId = requireInt(ctx, t.id, 'id');
  return {
    source: 'ENNEO',
    ticketId,
    key: String(ticketId),
    title: optStr(ctx, t.subject, 'subject'),
    status: optStr(ctx, t.status, 'status'),
    channel: optStr(ctx, t.channel, 'channel'),
    direction: optStr(ctx, t.direction, 'direction'),
    priority: optStr(ctx, t.priority, 'priority'),
    summary: optStr(ctx, t.summary, 'summary'),
    customerId: optStr(ctx, t.customerId, 'customerId'),
    contractId: optStr(ctx, t.contractId, 'contractId'),
    fromName: optStr(ctx, t.fromName, 'fromName'),
    fromAddress: optStr(ctx, t.from, 'from'),
    tags: tagNames(ctx, t.tags),
    aiSupportLevel: optStr(ctx, t.aiSupportLevel, 'aiSupportLevel'),
    createdAt: optionalTime(ctx, t.createdAt, 'createdAt'),
    modifiedAt: optionalTime(ctx, t.modifiedAt, 'modifiedAt'),
    raw: wire,
  };
}

function mapAiAgent(ctx: MapContext, a: Record<string, unknown>, at: string): AiAgent {
  if (!absent(a.actions) && !Array.isArray(a.actions)) throw bad(ctx, `${at}.actions is not a list`);
  return {
    id: requireInt(ctx, a.id, `${at}.id`),
    name: optStr(ctx, a.name, `${at}.name`),
    description: optStr(ctx, a.description, `${at}.description`),
    intelligence: optStr(ctx, a.intelligence, `${at}.intelligence`),
    textAssistanceAccuracy: optNum(ctx, a.textAssistanceAccuracy, `${at}.textAssistanceAccuracy`),
    actions: Array.isArray(a.actions) ? (a.actions as unknown[]) : null,
  };
}

export function mapWorklog(ctx: MapContext, wire: unknown): EnneoWorklog {
  if (!isRecord(wire) || !isRecord(wire.worklog)) throw bad(ctx, 'a worklog entry has no worklog object');
  const w = wire as unknown as TicketWorklogWire;
  const worklogId = requireInt(ctx, w.worklog.worklogId ?? w.id, 'worklog.worklogId');
  const ticketId = requireInt(ctx, w.ticketId ?? w.worklog.ticketId, 'ticketId');
  if (typeof w.worklog.action !== 'string') throw bad(ctx, `worklog ${worklogId} has no action`);
  // `date` leaves the gateway as a GraphQL Date; checked here so a bad one is the source's error, not ours.
  if (typeof w.date !== 'string' || !isCalendarDate(w.date)) throw bad(ctx, `worklog ${worklogId} has no YYYY-MM-DD date`);
  const time = optRecord(ctx, w.time, 'time');
  const aiUsage = optRecord(ctx, w.aiUsage, 'aiUsage');
  const cx = optRecord(ctx, w.customerExperience, 'customerExperience');

  const segments: WorkSegment[] = records(ctx, time?.segments, 'time.segments').map((s, i) => {
    const from = requireTime(ctx, s.from, `segments[${i}].from`);
    const to = requireTime(ctx, s.to, `segments[${i}].to`);
    if (to < from) throw bad(ctx, `segments[${i}] ends before it starts`);
    return {
      userTimeTrackingId: optInt(ctx, s.userTimeTrackingId, `segments[${i}].userTimeTrackingId`),
      from,
      to,
      durationSeconds: Math.round((to.getTime() - from.getTime()) / 1000),
      actions: strings(ctx, s.actionList, `segments[${i}].actionList`),
      actionTexts: strings(ctx, s.actionListText, `segments[${i}].actionListText`),
    };
  });
  // Without time.duration the tracked segments are the duration.
  // Without time.duration the tracked segments are the duration; an unreadable one costs only durationSeconds.
  const durationProblem = unreadableSeconds(time?.duration, `time.duration of worklog ${worklogId}`);
  const durationSeconds =
    durationProblem === null
      ? (optInt(ctx, time?.duration, 'time.duration') ?? segments.reduce((sum, s) => sum + s.durationSeconds, 0))
      : null;
  const latestInteraction = optionalTime(ctx, w.latestInteraction ?? w.worklog.latestInteraction, 'latestInteraction');
  // When work started: the first tracked segment; else back from the last interaction; else the day.
  const startedAt =
    segments.reduce<Date | null>((min, s) => (min === null || s.from < min ? s.from : min), null) ??
    (latestInteraction && durationSeconds !== null ? new Date(latestInteraction.getTime() - durationSeconds * 1000) : null) ??
    requireTime(ctx, w.date, 'date');
  const csat = optRecord(ctx, cx?.csat, 'customerExperience.csat');

  return {
    source: 'ENNEO',
    ticketId,
    worklogId,
    date: w.date,
    startedAt,
    latestInteraction,
    userId: optInt(ctx, w.worklog.userId, 'worklog.userId'),
    conversationId: optInt(ctx, w.worklog.conversationId, 'worklog.conversationId'),
    action: toEnneoAction(w.worklog.action),
    rawAction: w.worklog.action,
    actions: strings(ctx, w.worklog.actionList, 'worklog.actionList'),
    actionTexts: strings(ctx, w.worklog.actionListText, 'worklog.actionListText'),
    durationSeconds,
    durationProblem,
    // A session with no work after the first edit may leave it out.
    durationAfterWorkSeconds: optInt(ctx, time?.durationAfterWork, 'time.durationAfterWork') ?? 0,
    automationLevel: optInt(ctx, aiUsage?.automationLevel, 'aiUsage.automationLevel'),
    automationLevelLabel: optStr(ctx, aiUsage?.automationLevelLabel, 'aiUsage.automationLevelLabel'),
    aiAgents: records(ctx, aiUsage?.aiAgents, 'aiUsage.aiAgents').map((a, i) => mapAiAgent(ctx, a, `aiUsage.aiAgents[${i}]`)),
    segments,
    customerExperience: cx
      ? {
          slaMet: optFlag(ctx, cx.slaMet, 'customerExperience.slaMet'),
          netSecondsClosedAfterSla: optInt(ctx, cx.netSecondsClosedAfterSla, 'customerExperience.netSecondsClosedAfterSla'),
          closingDateForSla: optionalTime(ctx, cx.closingDateForSLA, 'closingDateForSLA'),
          dueDateForSla: optionalTime(ctx, cx.dueDateForSLA, 'dueDateForSLA'),
          reopened: optFlag(ctx, cx.reOpened, 'customerExperience.reOpened'),
          csat: csat
            ? {
                id: requireInt(ctx, csat.id, 'csat.id'),
                scale: optInt(ctx, csat.scale, 'csat.scale'),
                answerStars: optNum(ctx, csat.answerStars, 'csat.answerStars'),
                answerText: optStr(ctx, csat.answerText, 'csat.answerText'),
              }
            : null,
        }
      : null,
    assessments: records(ctx, w.assessments, 'assessments').map((a, i) => ({
      assessmentId: requireInt(ctx, a.id, `assessments[${i}].id`),
      scorecardId: requireInt(ctx, a.scorecardId, `assessments[${i}].scorecardId`),
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
  const data = optRecord(ctx, a.data, 'data') ?? {};
  const totals = optRecord(ctx, data.totals, 'data.totals') ?? {};
  return {
    assessmentId: requireInt(ctx, a.id, 'id'),
    scorecardId: requireInt(ctx, a.scorecardId, 'scorecardId'),
    scorecardBaseId: optInt(ctx, a.scorecardBaseId, 'scorecardBaseId'),
    state: optStr(ctx, a.state, 'state'),
    assessedUserId: optInt(ctx, a.assessedUser, 'assessedUser'),
    assessedByUserId: optInt(ctx, a.assessedByUser, 'assessedByUser'),
    ticketId: optInt(ctx, a.ticketId, 'ticketId'),
    worklogId: optInt(ctx, a.worklogId, 'worklogId'),
    createdAt: optionalTime(ctx, a.createdAt, 'createdAt'),
    modifiedAt: optionalTime(ctx, a.modifiedAt, 'modifiedAt'),
    aiSummary: optStr(ctx, data.aiSummary, 'data.aiSummary'),
    supervisorAssessment: optStr(ctx, data.supervisorAssessment, 'data.supervisorAssessment'),
    scoredPoints: optNum(ctx, totals.scoredPoints, 'totals.scoredPoints'),
    usedMaxPoints: optNum(ctx, totals.usedMaxPoints, 'totals.usedMaxPoints'),
    totalMaxPoints: optNum(ctx, totals.totalMaxPoints, 'totals.totalMaxPoints'),
    scorePercentage: optNum(ctx, totals.percentage, 'totals.percentage'),
    categories: records(ctx, data.categories, 'data.categories').map((c, i) => ({
      categoryId: requireInt(ctx, c.categoryId, `categories[${i}].categoryId`),
      criteria: records(ctx, c.criteria, `categories[${i}].criteria`).map((k, j) => {
        const at = `categories[${i}].criteria[${j}]`;
        return {
          id: requireInt(ctx, k.id, `${at}.id`),
          score: optNum(ctx, k.score, `${at}.score`),
          reason: optStr(ctx, k.reason, `${at}.reason`),
          state: optStr(ctx, k.state, `${at}.state`),
          lastEditedByUserId: optInt(ctx, k.lastEditedByUserId, `${at}.lastEditedByUserId`),
          lastEditedAt: optionalTime(ctx, k.lastEditedAt, `${at}.lastEditedAt`),
        };
      }),
    })),
    raw: wire,
  };
}

export function mapScorecard(ctx: MapContext, wire: unknown): Scorecard {
  if (!isRecord(wire)) throw bad(ctx, 'the scorecard is not an object');
  const s = wire as unknown as ScorecardWire;
  return {
    scorecardId: requireInt(ctx, s.id, 'id'),
    baseId: optInt(ctx, s.baseId, 'baseId'),
    revision: optInt(ctx, s.revision, 'revision'),
    name: optStr(ctx, s.name, 'name'),
    state: optStr(ctx, s.state, 'state'),
    categories: records(ctx, s.categories, 'categories').map((c, i) => ({
      categoryId: requireInt(ctx, c.categoryId, `categories[${i}].categoryId`),
      label: optStr(ctx, c.label, `categories[${i}].label`),
      order: optInt(ctx, c.order, `categories[${i}].order`),
      criteria: records(ctx, c.criteria, `categories[${i}].criteria`).map((k, j) => {
        const at = `categories[${i}].criteria[${j}]`;
        return {
          id: requireInt(ctx, k.id, `${at}.id`),
          label: optStr(ctx, k.label, `${at}.label`),
          description: optStr(ctx, k.description, `${at}.description`),
          maxPoints: optNum(ctx, k.maxPoints, `${at}.maxPoints`),
          scoringType: optStr(ctx, k.scoringType, `${at}.scoringType`),
        };
      }),
    })),
    createdAt: optionalTime(ctx, s.createdAt, 'createdAt'),
    modifiedAt: optionalTime(ctx, s.modifiedAt, 'modifiedAt'),
  };
}

export function mapProfile(ctx: MapContext, wire: unknown): Profile {
  if (!isRecord(wire)) throw bad(ctx, 'the profile is not an object');
  const p = wire as unknown as ProfileWire;
  const full = [optStr(ctx, p.firstName, 'firstName'), optStr(ctx, p.lastName, 'lastName')].filter(Boolean).join(' ');
  return {
    userId: requireInt(ctx, p.id, 'id'),
    name: optStr(ctx, p.nameAlias, 'nameAlias') || full || null,
    email: optStr(ctx, p.email, 'email'),
    type: optStr(ctx, p.type, 'type'),
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
  if (typeof r.action !== 'string') throw bad(ctx, 'an export row has no action');
  return {
    date: requireTime(ctx, r.date, 'date'),
    userName: optStr(ctx, r.name, 'name'),
    email: optStr(ctx, r.email, 'email'),
    userId: optInt(ctx, r.userId, 'userId'),
    ticketId: optInt(ctx, r.ticketId, 'ticketId'),
    action: toEnneoAction(r.action),
    rawAction: r.action,
    durationSeconds: optInt(ctx, r.duration, 'duration') ?? 0,
  };
}

export function mapReportRow(ctx: MapContext, wire: unknown): WorklogReportRow {
  if (!isRecord(wire)) throw bad(ctx, 'an export row is not an object');
  const r = wire as unknown as ReportingWorklogRowWire;
  if (typeof r.action !== 'string') throw bad(ctx, 'an export row has no action');
  return {
    userWorklogId: optInt(ctx, r.userWorklogId, 'userWorklogId'),
    date: requireTime(ctx, r.date, 'date'),
    userName: optStr(ctx, r.name, 'name'),
    email: optStr(ctx, r.email, 'email'),
    userId: optInt(ctx, r.userId, 'userId'),
    ticketId: optInt(ctx, r.ticketId, 'ticketId'),
    conversationId: optInt(ctx, r.conversationId, 'conversationId'),
    action: toEnneoAction(r.action),
    rawAction: r.action,
    // An empty cell means no tracked time; a value of another type is a changed export.
    ...rowDuration(ctx, r.duration, r.userWorklogId),
    durationAfterWorkSeconds: optInt(ctx, r.durationAfterWork, 'durationAfterWork') ?? 0,
    reopened: optFlag(ctx, r.reOpened, 'reOpened'),
    reopenedAt: optionalTime(ctx, r.reopenedAt, 'reopenedAt'),
    status: optStr(ctx, r.status, 'status'),
    aiAgent: optStr(ctx, r.aiAgent, 'aiAgent'),
    topic: optStr(ctx, r.topic, 'topic'),
    subTopic: optStr(ctx, r.subTopic, 'subTopic'),
    tags: jsonList(ctx, r.tags, 'tags'),
    allTags: tagList(ctx, r.allTags, 'allTags'),
    channel: optStr(ctx, r.channel, 'channel'),
    department: optStr(ctx, r.department, 'department'),
    teams: jsonList(ctx, r.teams, 'teams'),
    rawData:
      r.rawData === undefined || r.rawData === null || r.rawData === ''
        ? null
        : typeof r.rawData === 'string'
          ? r.rawData
          : JSON.stringify(r.rawData),
    aiAutomationLevel: optInt(ctx, r.aiAutomationLevel, 'aiAutomationLevel'),
    customerIdentifiedCorrectly: optFlag(ctx, r.customerIdentifiedCorrectly, 'customerIdentifiedCorrectly'),
    tagsIdentifiedCorrectly: optFlag(ctx, r.tagsIdentifiedCorrectly, 'tagsIdentifiedCorrectly'),
    textAssistanceAccuracy: optNum(ctx, r.textAssistanceAccuracy, 'textAssistanceAccuracy'),
    aiAgentsUsed: jsonList(ctx, r.aiAgentsUsed, 'aiAgentsUsed'),
    skippedTicket: optFlag(ctx, r.skippedTicket, 'skippedTicket'),
    netSecondsClosedAfterSla: optInt(ctx, r.netSecondsClosedAfterSLA, 'netSecondsClosedAfterSLA'),
    closingDateForSla: optionalTime(ctx, r.closingDateForSLA, 'closingDateForSLA'),
    statusActionDetail: optStr(ctx, r.statusActionDetail, 'statusActionDetail'),
    pendingDueBy: optionalTime(ctx, r.pendingDueBy, 'pendingDueBy'),
    pendingSeconds: optInt(ctx, r.pendingSeconds, 'pendingSeconds'),
    netPendingSeconds: optInt(ctx, r.netPendingSeconds, 'netPendingSeconds'),
    firstPendingAt: optionalTime(ctx, r.firstPendingAt, 'firstPendingAt'),
    timesSetToOpen: optInt(ctx, r.timesSetToOpen, 'timesSetToOpen'),
    raw: wire,
  };
}
