/**
 * Raw shapes of the enneo.MIND API as it sends them (UPSTREAMS.md §1, seeds/enneo-*).
 * Private to `src/upstreams/enneo/` and the enneo simulator: nothing else imports these.
 * Every field is optional-ish where the docs do not promise it, so mapping code has to decide.
 */

/** The documented worklog `action` values; others may appear and must not fail a query. */
export const ENNEO_ACTIONS = ['closeAction', 'readAction', 'statusAction', 'writeAction', 'autoProcessAction'] as const;
export type EnneoActionWire = (typeof ENNEO_ACTIONS)[number];

/** `GET /ticket/{id}?viewing=false` — fields at top level plus `success: true`. */
export interface TicketWire {
  success?: boolean;
  id: number;
  status?: string | null;
  channel?: string | null;
  direction?: string | null;
  priority?: string | null;
  subject?: string | null;
  summary?: string | null;
  from?: string | null;
  fromName?: string | null;
  contractId?: string | number | null;
  customerId?: string | number | null;
  aiSupportLevel?: string | number | null;
  spamStatus?: string | null;
  tags?: { id: number; name: string; parentId?: number | null }[] | string[] | null;
  tagIds?: number[] | null;
  createdAt?: string | null;
  modifiedAt?: string | null;
  [extra: string]: unknown;
}

export interface AiAgentWire {
  id: number;
  name?: string | null;
  description?: string | null;
  intelligence?: string | null;
  textAssistanceAccuracy?: number | null;
  actions?: unknown[] | null;
}

export interface WorkSegmentWire {
  userTimeTrackingId?: number | null;
  from: string;
  to: string;
  actionList?: string[] | null;
  actionListText?: string[] | null;
}

export interface CsatWire {
  id: number;
  scale?: number | null;
  answerStars?: number | null;
  answerText?: string | null;
}

/** One element of `GET /ticket/{id}/worklog` (an array, unpaginated). */
export interface TicketWorklogWire {
  id: number;
  ticketId: number;
  /** Date only, `YYYY-MM-DD`. */
  date: string;
  latestInteraction?: string | null;
  assessments?: { id: number; scorecardId: number }[] | null;
  worklog: {
    userId?: number | null;
    worklogId: number;
    latestInteraction?: string | null;
    ticketId?: number | null;
    conversationId?: number | null;
    action: string;
    actionList?: string[] | null;
    actionListText?: string[] | null;
  };
  aiUsage?: {
    automationLevel?: number | null;
    automationLevelLabel?: string | null;
    aiAgents?: AiAgentWire[] | null;
  } | null;
  time?: {
    /** Seconds. */
    duration?: number | null;
    /** Seconds. */
    durationAfterWork?: number | null;
    segments?: WorkSegmentWire[] | null;
  } | null;
  customerExperience?: {
    slaMet?: boolean | null;
    netSecondsClosedAfterSla?: number | null;
    closingDateForSLA?: string | null;
    dueDateForSLA?: string | null;
    reOpened?: boolean | null;
    csat?: CsatWire | null;
  } | null;
}

/** `GET /quality/assessment/{id}`. */
export interface AssessmentWire {
  id: number;
  scorecardId: number;
  scorecardBaseId?: number | null;
  state?: string | null;
  assessedUser?: number | null;
  assessedByUser?: number | null;
  ticketId?: number | null;
  worklogId?: number | null;
  createdAt?: string | null;
  modifiedAt?: string | null;
  deletedAt?: string | null;
  canEdit?: boolean | null;
  data?: {
    aiSummary?: string | null;
    categories?:
      | {
          categoryId: number;
          criteria?:
            | {
                id: number;
                score?: number | null;
                reason?: string | null;
                state?: string | null;
                lastEditedByUserId?: number | null;
                lastEditedAt?: string | null;
              }[]
            | null;
        }[]
      | null;
    totals?: {
      scoredPoints?: number | null;
      usedMaxPoints?: number | null;
      totalMaxPoints?: number | null;
      percentage?: number | null;
    } | null;
    supervisorAssessment?: string | null;
    assessmentDate?: string | null;
    discussionDate?: string | null;
  } | null;
  editingHistory?: unknown[] | null;
  /** Embedded worklog summary; note `lastInteraction` and action values like `"reply"` here. */
  worklog?: Record<string, unknown> | null;
  aiUsage?: unknown;
  time?: unknown;
  customerExperience?: unknown;
}

/** `GET /quality/scorecard/{id}`. */
export interface ScorecardWire {
  id: number;
  baseId?: number | null;
  revision?: number | null;
  name?: string | null;
  state?: string | null;
  categories?:
    | {
        categoryId: number;
        label?: string | null;
        order?: number | null;
        criteria?:
          | {
              id: number;
              label?: string | null;
              description?: string | null;
              maxPoints?: number | null;
              scoringType?: string | null;
            }[]
          | null;
      }[]
    | null;
  assignment?: unknown;
  createdAt?: string | null;
  modifiedAt?: string | null;
  canEdit?: boolean | null;
}

/** `GET /profile/{id}`. `lastSeen` is `YYYY-MM-DD HH:MM:SS`. */
export interface ProfileWire {
  id: number;
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  lastSeen?: string | null;
  type?: string | null;
  isSsoOnly?: boolean | null;
  lang?: string | null;
  nameAlias?: string | null;
  externalId?: string | null;
  settings?: Record<string, unknown> | null;
}

/**
 * One row of `GET /export/reporting_worklog?format=json`. Timestamps are `YYYY-MM-DD HH:MM:SS`
 * without a zone (instance time zone), flags are 0/1, list columns are JSON-encoded strings.
 * In pseudonymized mode `ticketId`, `conversationId`, `userId`, `email`, `rawData` are absent
 * and `date` is cut to `YYYY-MM-DD`.
 */
export interface ReportingWorklogRowWire {
  date: string;
  name?: string | null;
  ticketId?: number | null;
  conversationId?: number | null;
  userId?: number | null;
  action: string;
  duration?: number | null;
  durationAfterWork?: number | null;
  reOpened?: 0 | 1 | null;
  reopenedAt?: string | null;
  status?: string | null;
  aiAgent?: string | null;
  topic?: string | null;
  subTopic?: string | null;
  allTags?: string | null;
  tags?: string | null;
  channel?: string | null;
  department?: string | null;
  teams?: string | null;
  email?: string | null;
  rawData?: string | null;
  aiAutomationLevel?: number | null;
  customerIdentifiedCorrectly?: 0 | 1 | null;
  tagsIdentifiedCorrectly?: 0 | 1 | null;
  textAssistanceAccuracy?: number | null;
  aiAgentsUsed?: string | null;
  skippedTicket?: 0 | 1 | null;
  netSecondsClosedAfterSLA?: number | null;
  closingDateForSLA?: string | null;
  statusActionDetail?: string | null;
  pendingDueBy?: string | null;
  pendingSeconds?: number | null;
  netPendingSeconds?: number | null;
  firstPendingAt?: string | null;
  timesSetToOpen?: number | null;
  userWorklogId?: number | null;
}

/** Columns of the reporting_worklog export: the keys a `filters[N][key]` may name. */
export const REPORTING_WORKLOG_COLUMNS = [
  'date',
  'name',
  'ticketId',
  'conversationId',
  'userId',
  'action',
  'duration',
  'durationAfterWork',
  'reOpened',
  'reopenedAt',
  'status',
  'aiAgent',
  'topic',
  'subTopic',
  'allTags',
  'tags',
  'channel',
  'department',
  'teams',
  'email',
  'rawData',
  'aiAutomationLevel',
  'customerIdentifiedCorrectly',
  'tagsIdentifiedCorrectly',
  'textAssistanceAccuracy',
  'aiAgentsUsed',
  'skippedTicket',
  'netSecondsClosedAfterSLA',
  'closingDateForSLA',
  'statusActionDetail',
  'pendingDueBy',
  'pendingSeconds',
  'netPendingSeconds',
  'firstPendingAt',
  'timesSetToOpen',
  'userWorklogId',
] as const;

/** Comparators the export accepts in `filters[N][comparator]`. */
export const EXPORT_COMPARATORS = ['=', '!=', '>', '<', '>=', '<=', 'between', 'in'] as const;
export type ExportComparator = (typeof EXPORT_COMPARATORS)[number];

/** Fields `orderByField` accepts on reporting_worklog (anything else answers 400). */
export const REPORTING_WORKLOG_ORDER_FIELDS = ['date', 'userWorklogId'] as const;
