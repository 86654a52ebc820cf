import { UpstreamError } from '../errors.js';
import { parseTimestamp } from '../time.js';
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

export type EnneoAction =
  | 'CLOSE_ACTION'
  | 'READ_ACTION'
  | 'STATUS_ACTION'
  | 'WRITE_ACTION'
  | 'AUTO_PROCESS_ACTION'
  | 'OTHER';

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
  return ACTION_BY_WIRE[wire] ?? 'OTHER';
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
  durationSeconds: number;
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
  durationSeconds: number;
  durationAfterWorkSeconds: number;
  reopened: boolean | null;
  reopenedAt: Date | null;
  status: string | null;
  aiAgent: string | null;
  topic: string | null;
  subTopic: string | null;
  tags: string[];
  channel: string | null;
  department: string | null;
  teams: string[];
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
}

const bad = (ctx: MapContext, detail: string) => UpstreamError.badResponse('ENNEO', ctx.route, detail);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** 0/1 (export) or true/false (JSON) → boolean; anything else → null. */
function flag(v: unknown): boolean | null {
  if (v === true || v === 1 || v === '1') return true;
  if (v === false || v === 0 || v === '0') return false;
  return null;
}

function requireInt(ctx: MapContext, value: unknown, field: string): number {
  const n = int(value);
  if (n === null) throw bad(ctx, `${field} is not an integer`);
  return n;
}

/** A timestamp that may be absent; present but unreadable is a bad response, not null. */
function optionalTime(ctx: MapContext, value: unknown, field: string): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = typeof value === 'string' ? parseTimestamp(value, ctx.timeZone) : undefined;
  if (!date) throw bad(ctx, `${field} is not a timestamp`);
  return date;
}

function requireTime(ctx: MapContext, value: unknown, field: string): Date {
  const date = optionalTime(ctx, value, field);
  if (!date) throw bad(ctx, `${field} is missing`);
  return date;
}

/** `"[\"Billing\", \"Payment reminder\"]"` → `['Billing', 'Payment reminder']`; a real array passes. */
function jsonList(ctx: MapContext, value: unknown, field: string): string[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  if (typeof value !== 'string') throw bad(ctx, `${field} is neither a list nor a JSON-encoded list`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw bad(ctx, `${field} is not a JSON-encoded list`);
  }
  if (!Array.isArray(parsed)) throw bad(ctx, `${field} is not a JSON-encoded list`);
  return parsed.map((v) => (typeof v === 'string' ? v : isRecord(v) && typeof v.name === 'string' ? v.name : JSON.stringify(v)));
}

function tagNames(tags: TicketWire['tags']): string[] {
  if (!Array.isArray(tags)) return [];
  return tags.map((t) => (typeof t === 'string' ? t : isRecord(t) && typeof t.name === 'string' ? t.name : null)).filter((t): t is string => t !== null);
}

export function mapTicket(ctx: MapContext, wire: unknown): EnneoTicket {
  if (!isRecord(wire)) throw bad(ctx, 'the ticket is not an object');
  const t = wire as TicketWire;
  const ticketId = requireInt(ctx, t.id, 'id');
  return {
    source: 'ENNEO',
    ticketId,
    key: String(ticketId),
    title: str(t.subject),
    status: str(t.status),
    channel: str(t.channel),
    direction: str(t.direction),
    priority: str(t.priority),
    summary: str(t.summary),
    customerId: str(t.customerId),
    contractId: str(t.contractId),
    fromName: str(t.fromName),
    fromAddress: str(t.from),
    tags: tagNames(t.tags),
    aiSupportLevel: str(t.aiSupportLevel),
    createdAt: optionalTime(ctx, t.createdAt, 'createdAt'),
    modifiedAt: optionalTime(ctx, t.modifiedAt, 'modifiedAt'),
    raw: wire,
  };
}

function mapAiAgent(a: AiAgentWire): AiAgent {
  return {
    id: a.id,
    name: str(a.name),
    description: str(a.description),
    intelligence: str(a.intelligence),
    textAssistanceAccuracy: num(a.textAssistanceAccuracy),
    actions: Array.isArray(a.actions) ? a.actions : null,
  };
}

export function mapWorklog(ctx: MapContext, wire: unknown): EnneoWorklog {
  if (!isRecord(wire) || !isRecord(wire.worklog)) throw bad(ctx, 'a worklog entry has no worklog object');
  const w = wire as unknown as TicketWorklogWire;
  const worklogId = requireInt(ctx, w.worklog.worklogId ?? w.id, 'worklog.worklogId');
  const ticketId = requireInt(ctx, w.ticketId ?? w.worklog.ticketId, 'ticketId');
  if (typeof w.worklog.action !== 'string') throw bad(ctx, `worklog ${worklogId} has no action`);
  if (typeof w.date !== 'string') throw bad(ctx, `worklog ${worklogId} has no date`);

  const segments: WorkSegment[] = (Array.isArray(w.time?.segments) ? w.time.segments : []).map((s, i) => {
    const from = requireTime(ctx, s.from, `segments[${i}].from`);
    const to = requireTime(ctx, s.to, `segments[${i}].to`);
    return {
      userTimeTrackingId: int(s.userTimeTrackingId),
      from,
      to,
      durationSeconds: Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000)),
      actions: strings(s.actionList),
      actionTexts: strings(s.actionListText),
    };
  });
  const durationSeconds = int(w.time?.duration) ?? segments.reduce((sum, s) => sum + s.durationSeconds, 0);
  const latestInteraction = optionalTime(ctx, w.latestInteraction ?? w.worklog.latestInteraction, 'latestInteraction');
  // When work started: the first tracked segment; else back from the last interaction; else the day.
  const startedAt =
    segments.reduce<Date | null>((min, s) => (min === null || s.from < min ? s.from : min), null) ??
    (latestInteraction ? new Date(latestInteraction.getTime() - durationSeconds * 1000) : null) ??
    requireTime(ctx, w.date, 'date');

  const cx = w.customerExperience;
  return {
    source: 'ENNEO',
    ticketId,
    worklogId,
    date: w.date,
    startedAt,
    latestInteraction,
    userId: int(w.worklog.userId),
    conversationId: int(w.worklog.conversationId),
    action: toEnneoAction(w.worklog.action),
    rawAction: w.worklog.action,
    actions: strings(w.worklog.actionList),
    actionTexts: strings(w.worklog.actionListText),
    durationSeconds,
    durationAfterWorkSeconds: int(w.time?.durationAfterWork) ?? 0,
    automationLevel: int(w.aiUsage?.automationLevel),
    automationLevelLabel: str(w.aiUsage?.automationLevelLabel),
    aiAgents: (Array.isArray(w.aiUsage?.aiAgents) ? w.aiUsage.aiAgents : []).filter(isRecord).map(mapAiAgent),
    segments,
    customerExperience: isRecord(cx)
      ? {
          slaMet: flag(cx.slaMet),
          netSecondsClosedAfterSla: int(cx.netSecondsClosedAfterSla),
          closingDateForSla: optionalTime(ctx, cx.closingDateForSLA, 'closingDateForSLA'),
          dueDateForSla: optionalTime(ctx, cx.dueDateForSLA, 'dueDateForSLA'),
          reopened: flag(cx.reOpened),
          csat: isRecord(cx.csat)
            ? {
                id: requireInt(ctx, cx.csat.id, 'csat.id'),
                scale: int(cx.csat.scale),
                answerStars: num(cx.csat.answerStars),
                answerText: str(cx.csat.answerText),
              }
            : null,
        }
      : null,
    assessments: (Array.isArray(w.assessments) ? w.assessments : []).map((a) => ({
      assessmentId: requireInt(ctx, a.id, 'assessments[].id'),
      scorecardId: requireInt(ctx, a.scorecardId, 'assessments[].scorecardId'),
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
  const data = isRecord(a.data) ? a.data : {};
  const totals = isRecord(data.totals) ? data.totals : {};
  return {
    assessmentId: requireInt(ctx, a.id, 'id'),
    scorecardId: requireInt(ctx, a.scorecardId, 'scorecardId'),
    scorecardBaseId: int(a.scorecardBaseId),
    state: str(a.state),
    assessedUserId: int(a.assessedUser),
    assessedByUserId: int(a.assessedByUser),
    ticketId: int(a.ticketId),
    worklogId: int(a.worklogId),
    createdAt: optionalTime(ctx, a.createdAt, 'createdAt'),
    modifiedAt: optionalTime(ctx, a.modifiedAt, 'modifiedAt'),
    aiSummary: str(data.aiSummary),
    supervisorAssessment: str(data.supervisorAssessment),
    scoredPoints: num(totals.scoredPoints),
    usedMaxPoints: num(totals.usedMaxPoints),
    totalMaxPoints: num(totals.totalMaxPoints),
    scorePercentage: num(totals.percentage),
    categories: (Array.isArray(data.categories) ? data.categories : []).filter(isRecord).map((c) => ({
      categoryId: requireInt(ctx, c.categoryId, 'categories[].categoryId'),
      criteria: (Array.isArray(c.criteria) ? c.criteria : []).filter(isRecord).map((k) => ({
        id: requireInt(ctx, k.id, 'criteria[].id'),
        score: num(k.score),
        reason: str(k.reason),
        state: str(k.state),
        lastEditedByUserId: int(k.lastEditedByUserId),
        lastEditedAt: optionalTime(ctx, k.lastEditedAt, 'criteria[].lastEditedAt'),
      })),
    })),
    raw: wire,
  };
}

export function mapScorecard(ctx: MapContext, wire: unknown): Scorecard {
  if (!isRecord(wire)) throw bad(ctx, 'the scorecard is not an object');
  const s = wire as unknown as ScorecardWire;
  return {
    scorecardId: requireInt(ctx, s.id, 'id'),
    baseId: int(s.baseId),
    revision: int(s.revision),
    name: str(s.name),
    state: str(s.state),
    categories: (Array.isArray(s.categories) ? s.categories : []).filter(isRecord).map((c) => ({
      categoryId: requireInt(ctx, c.categoryId, 'categories[].categoryId'),
      label: str(c.label),
      order: int(c.order),
      criteria: (Array.isArray(c.criteria) ? c.criteria : []).filter(isRecord).map((k) => ({
        id: requireInt(ctx, k.id, 'criteria[].id'),
        label: str(k.label),
        description: str(k.description),
        maxPoints: num(k.maxPoints),
        scoringType: str(k.scoringType),
      })),
    })),
    createdAt: optionalTime(ctx, s.createdAt, 'createdAt'),
    modifiedAt: optionalTime(ctx, s.modifiedAt, 'modifiedAt'),
  };
}

export function mapProfile(ctx: MapContext, wire: unknown): Profile {
  if (!isRecord(wire)) throw bad(ctx, 'the profile is not an object');
  const p = wire as unknown as ProfileWire;
  const full = [str(p.firstName), str(p.lastName)].filter(Boolean).join(' ');
  return {
    userId: requireInt(ctx, p.id, 'id'),
    name: str(p.nameAlias) || full || null,
    email: str(p.email),
    type: str(p.type),
  };
}

export function mapReportRow(ctx: MapContext, wire: unknown): WorklogReportRow {
  if (!isRecord(wire)) throw bad(ctx, 'an export row is not an object');
  const r = wire as unknown as ReportingWorklogRowWire;
  if (typeof r.action !== 'string') throw bad(ctx, 'an export row has no action');
  return {
    userWorklogId: int(r.userWorklogId),
    date: requireTime(ctx, r.date, 'date'),
    userName: str(r.name),
    email: str(r.email),
    userId: int(r.userId),
    ticketId: int(r.ticketId),
    conversationId: int(r.conversationId),
    action: toEnneoAction(r.action),
    rawAction: r.action,
    durationSeconds: int(r.duration) ?? 0,
    durationAfterWorkSeconds: int(r.durationAfterWork) ?? 0,
    reopened: flag(r.reOpened),
    reopenedAt: optionalTime(ctx, r.reopenedAt, 'reopenedAt'),
    status: str(r.status),
    aiAgent: str(r.aiAgent),
    topic: str(r.topic),
    subTopic: str(r.subTopic),
    tags: jsonList(ctx, r.tags, 'tags'),
    channel: str(r.channel),
    department: str(r.department),
    teams: jsonList(ctx, r.teams, 'teams'),
    aiAutomationLevel: int(r.aiAutomationLevel),
    customerIdentifiedCorrectly: flag(r.customerIdentifiedCorrectly),
    tagsIdentifiedCorrectly: flag(r.tagsIdentifiedCorrectly),
    textAssistanceAccuracy: num(r.textAssistanceAccuracy),
    aiAgentsUsed: jsonList(ctx, r.aiAgentsUsed, 'aiAgentsUsed'),
    skippedTicket: flag(r.skippedTicket),
    netSecondsClosedAfterSla: int(r.netSecondsClosedAfterSLA),
    closingDateForSla: optionalTime(ctx, r.closingDateForSLA, 'closingDateForSLA'),
    statusActionDetail: str(r.statusActionDetail),
    pendingDueBy: optionalTime(ctx, r.pendingDueBy, 'pendingDueBy'),
    pendingSeconds: int(r.pendingSeconds),
    netPendingSeconds: int(r.netPendingSeconds),
    firstPendingAt: optionalTime(ctx, r.firstPendingAt, 'firstPendingAt'),
    timesSetToOpen: int(r.timesSetToOpen),
    raw: wire,
  };
}
