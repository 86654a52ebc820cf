import {
  EXPORT_COMPARATORS,
  REPORTING_WORKLOG_COLUMNS,
  REPORTING_WORKLOG_ORDER_FIELDS,
  type AssessmentWire,
  type ExportComparator,
  type ProfileWire,
  type ReportingWorklogRowWire,
  type ScorecardWire,
  type TicketWire,
  type TicketWorklogWire,
} from '../wire.js';
import { createEnneoSeed, type EnneoSeed, type SeedAssessment, type SeedWorklog } from './seed.js';
import { assertTimeZone, formatLocal, formatLocalDate, formatUtc } from '../../../sandbox/local-time.js';
import { createSimServer, type SimRequest, type SimResponse, type SimServer } from '../../../sandbox/sim-server.js';

/**
 * A faithful fake of the enneo.MIND API (docs/upstreams.md, "enneo.MIND API") as a real HTTP server under `/api/mind`.
 * It serves the seeded data of `enneo-seed.ts` and enforces the contract the gateway must keep:
 * Bearer auth, positive integer ids, 403 for the restricted ticket, `viewing=false` on tickets,
 * and the reporting export's parameter whitelist, limits, filters, ordering and privacy rules.
 */

export interface EnneoSimulatorOptions {
  /** Bearer token the simulator accepts. Default 'sandbox-enneo-token'. */
  token?: string;
  /** Instance time zone used to format zone-less timestamps (export rows, ticket/profile/assessment timestamps, worklog `date`). Default 'Europe/Berlin'. */
  timeZone?: string;
  /** reportingPrivacyLevel: 'full' (default) or 'pseudonymized'. */
  privacy?: 'full' | 'pseudonymized';
  /** Port to listen on. Default 0 (a free port). */
  port?: number;
  /** Interface to listen on. Default '127.0.0.1'. */
  host?: string;
  /**
   * Synthetic export rows added after the seed's (copies of seeded rows with new worklog ids,
   * their dates spread evenly over 2025), for load benchmarks. Default 0.
   */
  extraExportRows?: number;
  /**
   * Whether the export serves the seed's own rows beside the extra ones. Default true; false
   * makes an export of exactly `extraExportRows` rows (the 300,000-row walk of the benchmark).
   */
  exportSeedRows?: boolean;
}

export interface EnneoSimulator extends SimServer {
  /** The data it serves (tests compare against it). */
  readonly seed: EnneoSeed;
  /** Every GET /ticket/{id} request that did NOT carry viewing=false (paths), which tests assert stays empty. */
  readonly viewingViolations: readonly string[];
  setPrivacy(level: 'full' | 'pseudonymized'): void;
}

/** Route names (use these exact strings as SimRoute.name, they are used by counters and fault knobs). */
export const ENNEO_ROUTES = {
  ticket: 'GET /ticket/{id}',
  worklogs: 'GET /ticket/{id}/worklog',
  assessment: 'GET /quality/assessment/{id}',
  scorecard: 'GET /quality/scorecard/{id}',
  profile: 'GET /profile/{id}',
  export: 'GET /export/reporting_worklog',
} as const;

const DEFAULT_TOKEN = 'sandbox-enneo-token';
const DEFAULT_TIME_ZONE = 'Europe/Berlin';
/** The instance's `defaultDateExportFormat`; deliberately not json, so a gateway must ask for json. */
const DEFAULT_EXPORT_FORMAT = 'csv';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** enneo documents no error schema; this is the simulator's choice (see docs/upstreams.md, "Errors, limits, pagination conventions"). */
const errorBody = (_status: number, message: string) => ({ success: false, error: message });
const fail = (status: number, message: string): SimResponse => ({ status, json: errorBody(status, message) });

type Privacy = 'full' | 'pseudonymized';
type Row = ReportingWorklogRowWire;
type Column = (typeof REPORTING_WORKLOG_COLUMNS)[number];

// ---------------------------------------------------------------------------------------------
// Rendering seed data to wire shapes

function renderWorklog(seed: EnneoSeed, w: SeedWorklog, timeZone: string): TicketWorklogWire {
  const first = w.segments[0]!;
  const latest = formatUtc(w.segments[w.segments.length - 1]!.to);
  return {
    id: w.worklogId,
    ticketId: w.ticketId,
    date: formatLocalDate(first.from, timeZone),
    latestInteraction: latest,
    assessments: w.assessments.map((a) => ({ id: a.id, scorecardId: a.scorecardId })),
    worklog: {
      userId: w.userId,
      worklogId: w.worklogId,
      latestInteraction: latest,
      ticketId: w.ticketId,
      conversationId: w.conversationId,
      action: w.action,
      actionList: [...w.actionList],
      actionListText: [...w.actionListText],
    },
    aiUsage: {
      automationLevel: w.automationLevel,
      automationLevelLabel: w.automationLevelLabel,
      aiAgents: w.aiAgentIds.map((id) => ({ ...seed.aiAgents.get(id)! })),
    },
    time: {
      duration: w.duration,
      durationAfterWork: w.durationAfterWork,
      segments: w.segments.map((s) => ({
        userTimeTrackingId: s.id,
        from: formatUtc(s.from),
        to: formatUtc(s.to),
        actionList: [...s.actionList],
        actionListText: [...s.actionListText],
      })),
    },
    customerExperience: {
      slaMet: w.slaMet,
      netSecondsClosedAfterSla: w.netSecondsClosedAfterSla,
      closingDateForSLA: w.closingDateForSLA ? formatUtc(w.closingDateForSLA) : null,
      dueDateForSLA: w.dueDateForSLA ? formatUtc(w.dueDateForSLA) : null,
      reOpened: w.reOpened,
      csat: w.csat ? { ...w.csat } : null,
    },
  };
}

function renderTicket(seed: EnneoSeed, id: number, timeZone: string): TicketWire {
  const t = seed.tickets.get(id)!;
  return {
    success: true,
    id: t.id,
    status: t.status,
    channel: t.channel,
    direction: t.direction,
    priority: t.priority,
    subject: t.subject,
    summary: t.summary,
    from: t.from,
    fromName: t.fromName,
    contractId: t.contractId,
    customerId: t.customerId,
    aiSupportLevel: t.aiSupportLevel,
    spamStatus: t.spamStatus,
    tags: t.tags.map((tag) => ({ ...tag })),
    tagIds: t.tags.map((tag) => tag.id),
    createdAt: formatLocal(t.createdAt, timeZone),
    modifiedAt: formatLocal(t.modifiedAt, timeZone),
  };
}

function renderAssessment(seed: EnneoSeed, a: SeedAssessment, timeZone: string): AssessmentWire {
  const local = (d: Date | null) => (d ? formatLocal(d, timeZone) : null);
  const w = renderWorklog(seed, seed.worklogById.get(a.worklogId)!, timeZone);
  return {
    id: a.id,
    scorecardId: a.scorecardId,
    scorecardBaseId: a.scorecardBaseId,
    state: a.state,
    assessedUser: a.assessedUser,
    assessedByUser: a.assessedByUser,
    ticketId: a.ticketId,
    worklogId: a.worklogId,
    createdAt: local(a.createdAt),
    modifiedAt: local(a.modifiedAt),
    deletedAt: local(a.deletedAt),
    canEdit: a.state !== 'deleted',
    data: {
      aiSummary: a.aiSummary,
      categories: a.categories.map((c) => ({
        categoryId: c.categoryId,
        criteria: c.criteria.map((k) => ({ ...k, lastEditedAt: local(k.lastEditedAt) })),
      })),
      totals: { ...a.totals },
      supervisorAssessment: a.supervisorAssessment,
      assessmentDate: local(a.assessmentDate),
      discussionDate: local(a.discussionDate),
    },
    editingHistory: [],
    // The documented quirk: the embedded worklog says `lastInteraction` (not `latestInteraction`)
    // and uses segment-style action values such as "reply" instead of `writeAction`.
    worklog: {
      userId: w.worklog.userId,
      worklogId: w.worklog.worklogId,
      lastInteraction: w.latestInteraction,
      ticketId: w.ticketId,
      conversationId: w.worklog.conversationId,
      action: w.worklog.actionList?.[0] ?? 'read',
      actionList: w.worklog.actionList,
    },
    aiUsage: w.aiUsage,
    time: w.time,
    customerExperience: w.customerExperience,
  };
}

function renderScorecard(seed: EnneoSeed, id: number, timeZone: string): ScorecardWire {
  const s = seed.scorecards.get(id)!;
  return {
    id: s.id,
    baseId: s.baseId,
    revision: s.revision,
    name: s.name,
    state: s.state,
    categories: s.categories.map((c) => ({ ...c, criteria: c.criteria.map((k) => ({ ...k })) })),
    assignment: { channels: [...s.assignment.channels], teamIds: [...s.assignment.teamIds] },
    createdAt: formatLocal(s.createdAt, timeZone),
    modifiedAt: formatLocal(s.modifiedAt, timeZone),
    canEdit: s.state !== 'retired' && s.state !== 'deleted',
  };
}

function renderProfile(seed: EnneoSeed, id: number, timeZone: string): ProfileWire {
  const p = seed.profiles.get(id)!;
  return {
    id: p.id,
    firstName: p.firstName,
    lastName: p.lastName,
    email: p.email,
    phone: p.phone,
    lastSeen: formatLocal(p.lastSeen, timeZone),
    type: p.type,
    isSsoOnly: p.isSsoOnly,
    lang: p.lang,
    settings: { roleId: p.roleId, teamIds: [...p.teamIds], status: 'active' },
  };
}

/** enneo's JSON-in-a-string list columns print `", "` between items (see the export example). */
const jsonList = (items: readonly (string | number)[]) => `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;
const flag = (value: boolean): 0 | 1 => (value ? 1 : 0);

/** One export row with every column, in the documented column order (privacy is applied later). */
function renderRow(seed: EnneoSeed, w: SeedWorklog, timeZone: string): Row {
  const ticket = seed.tickets.get(w.ticketId)!;
  const profile = seed.profiles.get(w.userId)!;
  const local = (d: Date | null) => (d ? formatLocal(d, timeZone) : null);
  const tagNames = ticket.tags.map((t) => t.name);
  const agents = w.aiAgentIds.map((id) => seed.aiAgents.get(id)!);
  const row: Required<Row> = {
    date: formatLocal(w.segments[0]!.from, timeZone),
    name: `${profile.firstName} ${profile.lastName}`,
    ticketId: w.ticketId,
    conversationId: w.conversationId,
    userId: w.userId,
    action: w.action,
    duration: w.duration,
    durationAfterWork: w.durationAfterWork,
    reOpened: flag(w.reOpened),
    reopenedAt: local(w.reopenedAt),
    status: w.statusAfter,
    aiAgent: agents[0]?.name ?? null,
    topic: ticket.tags.find((t) => t.parentId === null)?.name ?? null,
    subTopic: ticket.tags.find((t) => t.parentId !== null)?.name ?? null,
    allTags: tagNames.join(', '),
    tags: jsonList(tagNames),
    channel: ticket.channel,
    department: profile.department,
    teams: jsonList(profile.teamIds.map((id) => seed.teams.get(id)!.name)),
    email: profile.email,
    rawData: JSON.stringify({
      id: ticket.id,
      subject: ticket.subject,
      channel: ticket.channel,
      direction: ticket.direction,
      priority: ticket.priority,
      customerId: ticket.customerId,
      contractId: ticket.contractId,
      from: ticket.from,
      tags: tagNames,
    }),
    aiAutomationLevel: w.automationLevel,
    customerIdentifiedCorrectly: flag(w.customerIdentifiedCorrectly),
    tagsIdentifiedCorrectly: flag(w.tagsIdentifiedCorrectly),
    textAssistanceAccuracy: w.textAssistanceAccuracy,
    aiAgentsUsed: jsonList(w.aiAgentIds),
    skippedTicket: flag(w.skippedTicket),
    netSecondsClosedAfterSLA: w.netSecondsClosedAfterSla,
    closingDateForSLA: local(w.closingDateForSLA),
    statusActionDetail: w.statusActionDetail,
    pendingDueBy: local(w.pendingDueBy),
    pendingSeconds: w.pendingSeconds,
    netPendingSeconds: w.netPendingSeconds,
    firstPendingAt: local(w.firstPendingAt),
    timesSetToOpen: w.timesSetToOpen,
    userWorklogId: w.worklogId,
  };
  return row;
}

/** Keys a pseudonymized instance leaves out of every row (its `date` is also cut to the day). */
const PSEUDONYMIZED_DROPPED = new Set<Column>(['ticketId', 'conversationId', 'userId', 'email', 'rawData']);

function applyPrivacy(row: Row, privacy: Privacy): Row {
  if (privacy === 'full') return row;
  const copy: Record<string, unknown> = { ...row, date: row.date.slice(0, 10) };
  for (const key of PSEUDONYMIZED_DROPPED) delete copy[key];
  return copy as unknown as Row;
}

// ---------------------------------------------------------------------------------------------
// Export query parsing: format, paging, ordering and PHP-style filters

const NUMERIC_COLUMNS = new Set<Column>([
  'ticketId',
  'conversationId',
  'userId',
  'duration',
  'durationAfterWork',
  'reOpened',
  'aiAutomationLevel',
  'customerIdentifiedCorrectly',
  'tagsIdentifiedCorrectly',
  'textAssistanceAccuracy',
  'skippedTicket',
  'netSecondsClosedAfterSLA',
  'pendingSeconds',
  'netPendingSeconds',
  'timesSetToOpen',
  'userWorklogId',
]);
const TIMESTAMP_COLUMNS = new Set<Column>(['date', 'reopenedAt', 'closingDateForSLA', 'pendingDueBy', 'firstPendingAt']);

class BadRequest extends Error {}

interface Filter {
  key: Column;
  comparator: ExportComparator;
  /** Operands already normalised for the column (numbers, or comparable strings). */
  operands: (string | number)[];
}

interface FilterParts {
  key?: string;
  comparator?: string;
  value?: string;
  from?: string;
  to?: string;
  values: string[];
}

/** Turns a filter operand into something comparable with the column's values. */
function operand(key: Column, raw: string, bound: 'start' | 'end'): string | number {
  if (NUMERIC_COLUMNS.has(key)) {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n)) throw new BadRequest(`Filter value "${raw}" is not a number for ${key}`);
    return n;
  }
  if (TIMESTAMP_COLUMNS.has(key)) {
    // Local wall-clock strings compare correctly as text. A date-only upper bound covers the whole day.
    const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2})(:\d{2})?)?$/.exec(raw);
    if (!m) throw new BadRequest(`Filter value "${raw}" is not a date for ${key}`);
    if (!m[2]) return `${m[1]} ${bound === 'end' ? '23:59:59' : '00:00:00'}`;
    return `${m[1]} ${m[2]}${m[3] ?? ':00'}`;
  }
  return raw;
}

function parseFilters(query: URLSearchParams): Filter[] {
  const parts = new Map<string, FilterParts>();
  for (const [name, value] of query) {
    if (!name.startsWith('filters')) continue;
    const m =
      /^filters\[(\d+)\]\[(key|comparator|value|from|to)\]$/.exec(name) ?? /^filters\[(\d+)\]\[(values)\]\[\d*\]$/.exec(name);
    if (!m) throw new BadRequest(`Malformed filter parameter: ${name}`);
    const index = m[1]!;
    const part = m[2] as keyof FilterParts;
    const entry = parts.get(index) ?? { values: [] };
    parts.set(index, entry);
    if (part === 'values') entry.values.push(value);
    else if (entry[part] !== undefined) throw new BadRequest(`Duplicate filter parameter: ${name}`);
    else entry[part] = value;
  }

  return [...parts.entries()].map(([index, p]) => {
    if (p.key === undefined || p.comparator === undefined) throw new BadRequest(`filters[${index}] needs key and comparator`);
    if (!/^[a-zA-Z0-9_.]+$/.test(p.key) || !(REPORTING_WORKLOG_COLUMNS as readonly string[]).includes(p.key)) {
      throw new BadRequest(`Invalid filter key: ${p.key}`);
    }
    if (!(EXPORT_COMPARATORS as readonly string[]).includes(p.comparator))
      throw new BadRequest(`Invalid comparator: ${p.comparator}`);
    const key = p.key as Column;
    const comparator = p.comparator as ExportComparator;
    if (comparator === 'between') {
      if (p.from === undefined || p.to === undefined) throw new BadRequest(`filters[${index}]: between needs from and to`);
      return { key, comparator, operands: [operand(key, p.from, 'start'), operand(key, p.to, 'end')] };
    }
    if (comparator === 'in') {
      if (p.values.length === 0) throw new BadRequest(`filters[${index}]: in needs at least one of values[]`);
      return { key, comparator, operands: p.values.map((v) => operand(key, v, 'start')) };
    }
    if (p.value === undefined) throw new BadRequest(`filters[${index}]: ${comparator} needs value`);
    return { key, comparator, operands: [operand(key, p.value, comparator === '<=' ? 'end' : 'start')] };
  });
}

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** SQL-like: a null column matches no comparison at all (not even `!=`). */
function matches(row: Row, filter: Filter): boolean {
  const value = (row as unknown as Record<string, string | number | null>)[filter.key];
  if (value === null || value === undefined) return false;
  const [a, b] = filter.operands as [string | number, string | number];
  switch (filter.comparator) {
    case '=':
      return cmp(value, a) === 0;
    case '!=':
      return cmp(value, a) !== 0;
    case '>':
      return cmp(value, a) > 0;
    case '<':
      return cmp(value, a) < 0;
    case '>=':
      return cmp(value, a) >= 0;
    case '<=':
      return cmp(value, a) <= 0;
    case 'between':
      return cmp(value, a) >= 0 && cmp(value, b) <= 0;
    case 'in':
      return filter.operands.some((o) => cmp(value, o) === 0);
  }
}

function intParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) throw new BadRequest(`${name} must be an integer`);
  const n = Number(raw);
  if (n < min || n > max) throw new BadRequest(`${name} must be between ${min} and ${max}`);
  return n;
}

interface ExportQuery {
  format: 'json' | 'csv' | 'xlsx';
  limit: number;
  offset: number;
  orderByField: 'date' | 'userWorklogId' | undefined;
  direction: 'asc' | 'desc';
  filters: Filter[];
}

function parseExportQuery(query: URLSearchParams): ExportQuery {
  const format = query.get('format') ?? DEFAULT_EXPORT_FORMAT;
  if (format !== 'json' && format !== 'csv' && format !== 'xlsx') throw new BadRequest(`Unsupported format: ${format}`);
  const limit = intParam(query, 'limit', 100, 1, 1000);
  const offset = intParam(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  const field = query.get('orderByField');
  if (field !== null && !(REPORTING_WORKLOG_ORDER_FIELDS as readonly string[]).includes(field)) {
    throw new BadRequest(`orderByField must be one of ${REPORTING_WORKLOG_ORDER_FIELDS.join(', ')}`);
  }
  const direction = query.get('orderByDirection') ?? 'desc';
  if (direction !== 'asc' && direction !== 'desc') throw new BadRequest('orderByDirection must be asc or desc');
  return {
    format,
    limit,
    offset,
    orderByField: (field ?? undefined) as ExportQuery['orderByField'],
    direction,
    filters: parseFilters(query),
  };
}

function toCsv(columns: readonly string[], rows: Row[]): string {
  const cell = (value: unknown) => {
    if (value === null || value === undefined) return '';
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell((row as unknown as Record<string, unknown>)[c])).join(','));
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// The server

const ID_PATTERN = /^[1-9]\d{0,14}$/;

/** Path ids must be positive integers; `undefined` means "answer 400". */
function pathId(req: SimRequest): number | undefined {
  const raw = req.params.id ?? '';
  return ID_PATTERN.test(raw) ? Number(raw) : undefined;
}

/** Starts the enneo simulator on loopback; resolves once it is listening. */
export async function createEnneoSimulator(options: EnneoSimulatorOptions = {}): Promise<EnneoSimulator> {
  const token = options.token ?? DEFAULT_TOKEN;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  assertTimeZone(timeZone);
  let privacy: Privacy = options.privacy ?? 'full';
  const seed = createEnneoSeed();
  const viewingViolations: string[] = [];

  // Rows are rendered once: the time zone is fixed per instance, privacy is applied per request.
  const rows: Row[] = [...seed.worklogs.values()].flat().map((w) => renderRow(seed, w, timeZone));
  const extra = options.extraExportRows ?? 0;
  if (extra > 0) {
    const templates = rows.slice();
    if (options.exportSeedRows === false) rows.length = 0;
    const start = Date.UTC(2025, 0, 1);
    const step = (Date.UTC(2026, 0, 1) - start) / extra;
    for (let i = 0; i < extra; i++) {
      rows.push({
        ...templates[i % templates.length]!,
        userWorklogId: 1_000_000 + i,
        date: formatLocal(new Date(start + Math.floor(i * step)), timeZone),
      });
    }
  }
  // The rows one query selects, sorted, kept for the next page of the same query (paging a large export).
  let lastSelection: { key: string; rows: Row[] } | undefined;

  const restricted = (ticketId: number) => seed.tickets.get(ticketId)?.restricted === true;
  const forbidden = (what: string) => fail(403, `Access to ${what} denied: ticket is outside your tags`);

  function exportWorklog(req: SimRequest): SimResponse {
    let q: ExportQuery;
    try {
      q = parseExportQuery(req.query);
    } catch (error) {
      if (error instanceof BadRequest) return fail(400, error.message);
      throw error;
    }
    const selectionKey = JSON.stringify([q.filters, q.orderByField, q.direction]);
    let selected: Row[];
    if (lastSelection?.key === selectionKey) selected = lastSelection.rows;
    else {
      selected = rows.filter((row) => q.filters.every((f) => matches(row, f)));
      // The id is always the last, ascending sort key, so limit/offset paging is stable.
      const byId = (a: Row, b: Row) => a.userWorklogId! - b.userWorklogId!;
      if (q.orderByField === undefined) selected.sort(byId);
      else {
        const sign = q.direction === 'asc' ? 1 : -1;
        const field = q.orderByField;
        selected.sort((a, b) => sign * cmp(a[field]!, b[field]!) || byId(a, b));
      }
      lastSelection = { key: selectionKey, rows: selected };
    }
    const page = selected.slice(q.offset, q.offset + q.limit).map((row) => applyPrivacy(row, privacy));

    if (q.format === 'json') return { json: page };
    if (q.format === 'csv') {
      const columns = REPORTING_WORKLOG_COLUMNS.filter((c) => privacy === 'full' || !PSEUDONYMIZED_DROPPED.has(c));
      return {
        text: toCsv(columns, page),
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="reporting_worklog.csv"',
        },
      };
    }
    // Not a real workbook: a gateway never asks for xlsx, it only has to recognise that it is not JSON.
    return {
      text: `PK\u0003\u0004sandbox-xlsx-placeholder rows=${page.length}`,
      headers: { 'content-type': XLSX_TYPE, 'content-disposition': 'attachment; filename="reporting_worklog.xlsx"' },
    };
  }

  const server = await createSimServer({
    name: 'enneo',
    basePath: '/api/mind',
    errorBody,
    port: options.port,
    host: options.host,
    guard: (req) => {
      const header = req.headers.authorization;
      if (header === undefined) return fail(401, 'Unauthorized: missing Authorization header');
      if (header !== `Bearer ${token}`) return fail(401, 'Unauthorized: invalid or expired token');
      // X-Enneo-On-Behalf-Of: permissions are that person's, which grants nothing extra; a
      // profile that does not exist has none.
      const onBehalfOf = req.headers['x-enneo-on-behalf-of'];
      if (
        onBehalfOf !== undefined &&
        !(typeof onBehalfOf === 'string' && /^\d{1,9}$/.test(onBehalfOf) && seed.profiles.has(Number(onBehalfOf)))
      ) {
        return fail(403, 'Forbidden: the profile named in X-Enneo-On-Behalf-Of has no access');
      }
      return undefined;
    },
    routes: [
      {
        name: ENNEO_ROUTES.ticket,
        method: 'GET',
        pattern: '/ticket/{id}',
        handle: (req) => {
          // Without viewing=false enneo records the caller as working on the ticket (and answers).
          if (req.query.get('viewing') !== 'false') viewingViolations.push(req.path);
          const id = pathId(req);
          if (id === undefined) return fail(400, `Invalid ticket id: ${req.params.id}`);
          if (!seed.tickets.has(id)) return fail(404, `Ticket ${id} not found`);
          if (restricted(id)) return forbidden(`ticket ${id}`);
          return { json: renderTicket(seed, id, timeZone) };
        },
      },
      {
        name: ENNEO_ROUTES.worklogs,
        method: 'GET',
        pattern: '/ticket/{id}/worklog',
        handle: (req) => {
          const id = pathId(req);
          if (id === undefined) return fail(400, `Invalid ticket id: ${req.params.id}`);
          if (!seed.tickets.has(id)) return fail(404, `Ticket ${id} not found`);
          if (restricted(id)) return forbidden(`ticket ${id}`);
          return { json: (seed.worklogs.get(id) ?? []).map((w) => renderWorklog(seed, w, timeZone)) };
        },
      },
      {
        name: ENNEO_ROUTES.assessment,
        method: 'GET',
        pattern: '/quality/assessment/{id}',
        handle: (req) => {
          const id = pathId(req);
          if (id === undefined) return fail(400, `Invalid assessment id: ${req.params.id}`);
          const assessment = seed.assessments.get(id);
          if (!assessment) return fail(404, `Assessment ${id} not found`);
          if (restricted(assessment.ticketId)) return forbidden(`assessment ${id}`);
          return { json: renderAssessment(seed, assessment, timeZone) };
        },
      },
      {
        name: ENNEO_ROUTES.scorecard,
        method: 'GET',
        pattern: '/quality/scorecard/{id}',
        handle: (req) => {
          const id = pathId(req);
          if (id === undefined) return fail(400, `Invalid scorecard id: ${req.params.id}`);
          if (!seed.scorecards.has(id)) return fail(404, `Scorecard ${id} not found`);
          return { json: renderScorecard(seed, id, timeZone) };
        },
      },
      {
        name: ENNEO_ROUTES.profile,
        method: 'GET',
        pattern: '/profile/{id}',
        handle: (req) => {
          const id = pathId(req);
          if (id === undefined) return fail(400, `Invalid profile id: ${req.params.id}`);
          if (!seed.profiles.has(id)) return fail(404, `Profile ${id} not found`);
          return { json: renderProfile(seed, id, timeZone) };
        },
      },
      { name: ENNEO_ROUTES.export, method: 'GET', pattern: '/export/reporting_worklog', handle: exportWorklog },
    ],
  });

  return {
    url: server.url,
    requests: server.requests,
    faults: server.faults,
    count: server.count,
    close: server.close,
    /** Also forgets recorded viewing violations, so each test starts clean. */
    resetRequests: () => {
      server.resetRequests();
      viewingViolations.splice(0, viewingViolations.length);
    },
    seed,
    viewingViolations,
    setPrivacy: (level) => {
      if (level !== 'full' && level !== 'pseudonymized') throw new Error(`Unknown privacy level: ${String(level)}`);
      privacy = level;
    },
  };
}
