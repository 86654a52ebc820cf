import { createRng, type Rng } from './random.js';

/**
 * Deterministic demo data for the Yandex Tracker simulator. Everything comes from one fixed-seed
 * PRNG and UTC arithmetic only (no local-time calls), so every run, under any process `TZ`, sees
 * the same issues, worklogs and ids. Instants are kept as `Date`; the simulator renders them as
 * Tracker's `…sss+0000` strings and localizes display names per request.
 *
 * Hand-written fixtures inside the generated data:
 * - PAY-12 is the cross-source showcase case (Kari Nordmann, double charge; enneo ticket 8842),
 *   with exactly three worklogs (`TRACKER_SHOWCASE`);
 * - SUP-7 has exactly 123 worklogs (3 pages of 50, 2 of 100); SUP-3 exactly 50 (one full page,
 *   no next page); PAY-3 and SUP-2 have none;
 * - every duration form in `TRACKER_DURATION_FORMS` occurs at least once;
 * - worklogs created exactly at 2025-10-01T00:00:00.000Z and 2025-11-01T00:00:00.000Z (window
 *   boundaries), some created days after their `start` (backfilled), one started in August.
 */

// ---------------------------------------------------------------------------------------------
// Durations on Tracker's business calendar

/** Tracker's business calendar: 1W = 5 days, 1D = 8 hours. */
export interface TrackerCalendar {
  daysPerWeek: number;
  hoursPerDay: number;
}

export const TRACKER_CALENDAR: Readonly<TrackerCalendar> = { daysPerWeek: 5, hoursPerDay: 8 };

/** The parts a duration string is built from; only the smallest present unit may be fractional. */
export interface DurationParts {
  weeks?: number;
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
}

/** `{weeks: 1, days: 2, hours: 3}` → `P1W2DT3H`; no normalisation (`{minutes: 300}` → `PT300M`). */
export function formatDuration(parts: DurationParts): string {
  const date = `${parts.weeks ? `${parts.weeks}W` : ''}${parts.days ? `${parts.days}D` : ''}`;
  const time = `${parts.hours ? `${parts.hours}H` : ''}${parts.minutes ? `${parts.minutes}M` : ''}${parts.seconds ? `${parts.seconds}S` : ''}`;
  return `P${date}${time ? `T${time}` : ''}`;
}

/**
 * Seconds of a duration under a business calendar, computed from its parts (not by parsing the
 * string, so it is an independent oracle for the gateway's parser).
 */
export function businessSeconds(parts: DurationParts, calendar: TrackerCalendar = TRACKER_CALENDAR): number {
  const hours =
    (parts.weeks ?? 0) * calendar.daysPerWeek * calendar.hoursPerDay +
    (parts.days ?? 0) * calendar.hoursPerDay +
    (parts.hours ?? 0);
  return Math.round(hours * 3600 + (parts.minutes ?? 0) * 60 + (parts.seconds ?? 0));
}

/**
 * Every duration form the seed is guaranteed to contain at least once (the gateway's parser must
 * handle all of them). Zero durations never occur.
 */
export const TRACKER_DURATION_FORMS = [
  'PT1H30M',
  'PT45M',
  'P2D',
  'P1W',
  'P1W2DT3H',
  'PT300M',
  'P6W',
  'PT1.5H',
  'P1DT2H',
  'P1DT4H30M',
  'PT2H15M30S',
  'P3W',
] as const;

// ---------------------------------------------------------------------------------------------
// Types

export type TrackerLang = 'ru' | 'en';
export type LocalizedName = Record<TrackerLang, string>;

export interface TrackerSeedUser {
  /** Login; what Tracker puts in `id` of user references (and what `createdBy` filters accept). */
  login: string;
  /** Numeric uid (as a string); ends the user's `self` URL and is also accepted by `createdBy`. */
  uid: string;
  name: LocalizedName;
  /**
   * What `GET /users/{login}` answers as `email`. Ingrid, Ole and Priya use the address they have
   * in enneo and Socialboards (linked by e-mail); Mateo García logs Tracker time as an outside
   * contractor under another address, so only a PEOPLE_FILE links him to enneo user 105.
   */
  email: string;
}

/** A dictionary entry (status, issue type, priority): `{self, id, key, display}` on the wire. */
export interface TrackerDictionaryEntry {
  id: string;
  key: string;
  name: LocalizedName;
}

export type TrackerStatusKey = 'open' | 'inProgress' | 'needInfo' | 'closed';
export type TrackerTypeKey = 'bug' | 'task' | 'improvement';
export type TrackerPriorityKey = 'blocker' | 'critical' | 'normal' | 'minor' | 'trivial';

/** Status ids follow Tracker's defaults; `needInfo` is the "other" status a gateway must pass through. */
export const TRACKER_STATUSES: Record<TrackerStatusKey, TrackerDictionaryEntry> = {
  open: { id: '1', key: 'open', name: { ru: 'Открыт', en: 'Open' } },
  needInfo: { id: '2', key: 'needInfo', name: { ru: 'Требуется информация', en: 'Need info' } },
  inProgress: { id: '3', key: 'inProgress', name: { ru: 'В работе', en: 'In progress' } },
  closed: { id: '4', key: 'closed', name: { ru: 'Закрыт', en: 'Closed' } },
};

export const TRACKER_TYPES: Record<TrackerTypeKey, TrackerDictionaryEntry> = {
  bug: { id: '1', key: 'bug', name: { ru: 'Ошибка', en: 'Bug' } },
  task: { id: '2', key: 'task', name: { ru: 'Задача', en: 'Task' } },
  improvement: { id: '3', key: 'improvement', name: { ru: 'Улучшение', en: 'Improvement' } },
};

export const TRACKER_PRIORITIES: Record<TrackerPriorityKey, TrackerDictionaryEntry> = {
  trivial: { id: '1', key: 'trivial', name: { ru: 'Незначительный', en: 'Trivial' } },
  minor: { id: '2', key: 'minor', name: { ru: 'Низкий', en: 'Minor' } },
  normal: { id: '3', key: 'normal', name: { ru: 'Средний', en: 'Normal' } },
  critical: { id: '4', key: 'critical', name: { ru: 'Критичный', en: 'Critical' } },
  blocker: { id: '5', key: 'blocker', name: { ru: 'Блокер', en: 'Blocker' } },
};

export interface TrackerSeedQueue {
  id: string;
  key: string;
  /** Queue names are user content: the same in every language. */
  name: string;
}

export interface TrackerSeedIssue {
  /** 24 hex digits, like Tracker's object ids. */
  id: string;
  key: string;
  queue: string;
  summary: string;
  /** `null` = the field is absent on the wire. */
  description: string | null;
  status: TrackerStatusKey;
  type: TrackerTypeKey;
  priority: TrackerPriorityKey;
  /** Login; `null` = unassigned (the field is absent on the wire). */
  assignee: string | null;
  createdBy: string;
  updatedBy: string;
  createdAt: Date;
  updatedAt: Date;
  statusStartTime: Date;
  /** `YYYY-MM-DD` or `null` (absent on the wire). */
  deadline: string | null;
  version: number;
}

export interface TrackerSeedWorklog {
  /** Global, ascending with `createdAt` (Tracker's worklog ids are one sequence). */
  id: number;
  issueKey: string;
  /** `''` = an empty comment; `null` = the field is absent on the wire. */
  comment: string | null;
  createdBy: string;
  updatedBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** When the work happened (what a timeline shows); searches filter on `createdAt` instead. */
  start: Date;
  /** As sent on the wire, e.g. `P1W2DT3H`. */
  duration: string;
  durationParts: DurationParts;
  /** `updatedAt` in milliseconds, like Tracker's record versions. */
  version: number;
}

export interface TrackerSeed {
  users: Map<string, TrackerSeedUser>;
  queues: Map<string, TrackerSeedQueue>;
  /** By key, in key order: PAY-1..PAY-14, SUP-1..SUP-8. */
  issues: Map<string, TrackerSeedIssue>;
  issueById: Map<string, TrackerSeedIssue>;
  /** By issue key, ascending by id; issues without worklogs map to `[]`. */
  worklogs: Map<string, TrackerSeedWorklog[]>;
  /** Every worklog, ascending by id. */
  allWorklogs: TrackerSeedWorklog[];
  showcaseIssueKey: 'PAY-12';
  /** 123 worklogs. */
  pagedIssueKey: 'SUP-7';
  /** Exactly 50 worklogs: one full default page and no next page. */
  fullPageIssueKey: 'SUP-3';
  emptyIssueKeys: readonly ['PAY-3', 'SUP-2'];
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness (the shared generator of random.ts, with this seed's own seed)

const SEED = 0x7ac4_e12f;

// ---------------------------------------------------------------------------------------------
// Static reference data

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const utc = (iso: string) => new Date(iso);

/** Worklogs are created from 2025-09-01 up to this instant (inclusive). */
const CREATED_TO = utc('2025-11-30T23:59:59.999Z');

const USERS: TrackerSeedUser[] = [
  {
    login: 'veikus',
    uid: '1120000000016772',
    name: { ru: 'Артем Вейкус', en: 'Artem Veikus' },
    email: 'veikus@sandbox-energy.example',
  },
  {
    login: 'i.solberg',
    uid: '1130000041762210',
    name: { ru: 'Ингрид Сульберг', en: 'Ingrid Solberg' },
    email: 'Ingrid.Solberg@sandbox-energy.example',
  },
  {
    login: 'o.hansen',
    uid: '1130000041762211',
    name: { ru: 'Уле Хансен', en: 'Ole Hansen' },
    email: 'ole.hansen@sandbox-energy.example',
  },
  {
    login: 'a.ivanova',
    uid: '1130000041762305',
    name: { ru: 'Анна Иванова', en: 'Anna Ivanova' },
    email: 'anna.ivanova@sandbox-energy.example',
  },
  {
    login: 'm.garcia',
    uid: '1130000041762412',
    name: { ru: 'Матео Гарсия', en: 'Mateo García' },
    email: 'mateo@garcia-it-consulting.example',
  },
  {
    login: 'p.nair',
    uid: '1130000041762498',
    name: { ru: 'Прия Наир', en: 'Priya Nair' },
    email: 'priya.nair@sandbox-energy.example',
  },
];

const QUEUES: TrackerSeedQueue[] = [
  { id: '11', key: 'PAY', name: 'Payments' },
  { id: '12', key: 'SUP', name: 'Support' },
];

/** The lead of each queue; corrects others' worklogs now and then. */
const QUEUE_LEAD: Record<string, string> = { PAY: 'a.ivanova', SUP: 'veikus' };

interface IssueSpec {
  key: string;
  summary: string;
  description: string | null;
  status: TrackerStatusKey;
  type: TrackerTypeKey;
  priority: TrackerPriorityKey;
  assignee: string | null;
  createdBy: string;
  createdAt: string;
  /** Work (worklog `start`s) happens between these days (UTC, inclusive). */
  workFrom: string;
  workTo: string;
  /** Other people who log time on it besides the assignee. */
  helpers: string[];
  worklogs: number;
  deadline?: string;
  /** Durations forced on the n-th generated worklog (in start order), so every form occurs. */
  planted?: Record<number, DurationParts>;
}

const SHOWCASE_KEY = 'PAY-12';
const PAGED_KEY = 'SUP-7';
const FULL_PAGE_KEY = 'SUP-3';

const ISSUE_SPECS: IssueSpec[] = [
  {
    key: 'PAY-1',
    summary: 'Set up SEPA direct debit for business customers',
    description: 'Mandates, pre-notification letters and the first collection run.',
    status: 'closed',
    type: 'task',
    priority: 'normal',
    assignee: 'o.hansen',
    createdBy: 'a.ivanova',
    createdAt: '2025-08-18T09:12:40.118Z',
    workFrom: '2025-09-01',
    workTo: '2025-09-26',
    helpers: ['i.solberg'],
    worklogs: 12,
  },
  {
    key: 'PAY-2',
    summary: 'Payment provider webhook retries time out',
    description: 'Webhook deliveries from the provider are retried for hours; our endpoint answers after 30 s.',
    status: 'closed',
    type: 'bug',
    priority: 'critical',
    assignee: 'm.garcia',
    createdBy: 'veikus',
    createdAt: '2025-09-03T07:41:02.530Z',
    workFrom: '2025-09-03',
    workTo: '2025-09-30',
    helpers: ['p.nair', 'o.hansen'],
    worklogs: 18,
  },
  {
    key: 'PAY-3',
    summary: 'Document refund approval workflow',
    description: null,
    status: 'open',
    type: 'task',
    priority: 'minor',
    assignee: null,
    createdBy: 'a.ivanova',
    createdAt: '2025-10-14T12:03:55.004Z',
    workFrom: '2025-10-14',
    workTo: '2025-10-14',
    helpers: [],
    worklogs: 0,
  },
  {
    key: 'PAY-4',
    summary: 'Reconcile October card settlements',
    description: 'Match the acquirer settlement files against booked payments.',
    status: 'closed',
    type: 'task',
    priority: 'normal',
    assignee: 'i.solberg',
    createdBy: 'a.ivanova',
    createdAt: '2025-10-31T08:00:12.771Z',
    workFrom: '2025-11-03',
    workTo: '2025-11-20',
    helpers: ['o.hansen'],
    worklogs: 14,
  },
  {
    key: 'PAY-5',
    summary: 'Chargeback from card issuer for order 55102',
    description: 'Issuer claims goods not received; collect delivery evidence.',
    status: 'inProgress',
    type: 'bug',
    priority: 'normal',
    assignee: 'o.hansen',
    createdBy: 'i.solberg',
    createdAt: '2025-11-10T10:22:31.009Z',
    workFrom: '2025-11-10',
    workTo: '2025-11-27',
    helpers: [],
    worklogs: 9,
  },
  {
    key: 'PAY-6',
    summary: 'Invoice PDF shows wrong VAT rate',
    description: 'Reduced rate printed for standard-rate positions since the template change.',
    status: 'closed',
    type: 'bug',
    priority: 'critical',
    assignee: 'p.nair',
    createdBy: 'i.solberg',
    createdAt: '2025-09-15T13:47:09.645Z',
    workFrom: '2025-09-15',
    workTo: '2025-10-10',
    helpers: ['m.garcia', 'i.solberg'],
    worklogs: 16,
  },
  {
    key: 'PAY-7',
    summary: 'Automate dunning letters for overdue invoices',
    description: 'Generate and send level 1 and level 2 reminders from the billing system.',
    status: 'inProgress',
    type: 'improvement',
    priority: 'normal',
    assignee: 'm.garcia',
    createdBy: 'a.ivanova',
    createdAt: '2025-09-22T08:30:00.000Z',
    workFrom: '2025-09-29',
    workTo: '2025-11-28',
    helpers: ['p.nair'],
    worklogs: 22,
    deadline: '2025-12-19',
    planted: { 4: { days: 1, hours: 4, minutes: 30 } },
  },
  {
    key: 'PAY-8',
    summary: 'Duplicate direct debit run on 2025-09-15',
    description: 'The collection job ran twice; 1,204 customers were debited twice.',
    status: 'closed',
    type: 'bug',
    priority: 'blocker',
    assignee: 'i.solberg',
    createdBy: 'veikus',
    createdAt: '2025-09-15T06:58:44.210Z',
    workFrom: '2025-09-15',
    workTo: '2025-10-03',
    helpers: ['o.hansen', 'm.garcia', 'a.ivanova'],
    worklogs: 20,
    planted: { 2: { days: 2 } },
  },
  {
    key: 'PAY-9',
    summary: 'Migrate payment reports to the new data warehouse',
    description: 'Rebuild the twelve finance reports on the warehouse and switch off the old exports.',
    status: 'inProgress',
    type: 'task',
    priority: 'normal',
    assignee: 'p.nair',
    createdBy: 'a.ivanova',
    createdAt: '2025-08-25T10:10:10.100Z',
    workFrom: '2025-09-02',
    workTo: '2025-11-26',
    helpers: ['m.garcia'],
    worklogs: 25,
    planted: { 3: { weeks: 1, days: 2, hours: 3 }, 10: { weeks: 6 }, 17: { weeks: 3 } },
  },
  {
    key: 'PAY-10',
    summary: 'Instalment plan requests from the portal',
    description: null,
    status: 'open',
    type: 'improvement',
    priority: 'minor',
    assignee: 'o.hansen',
    createdBy: 'i.solberg',
    createdAt: '2025-11-05T14:15:00.321Z',
    workFrom: '2025-11-06',
    workTo: '2025-11-25',
    helpers: [],
    worklogs: 6,
  },
  {
    key: 'PAY-11',
    summary: 'Quarterly PCI DSS self-assessment',
    description: 'SAQ-A for Q3; collect evidence from the hosting provider.',
    status: 'closed',
    type: 'task',
    priority: 'normal',
    assignee: 'a.ivanova',
    createdBy: 'veikus',
    createdAt: '2025-09-08T09:00:00.000Z',
    workFrom: '2025-09-08',
    workTo: '2025-10-17',
    helpers: ['p.nair'],
    worklogs: 15,
    planted: { 6: { hours: 2, minutes: 15, seconds: 30 } },
  },
  {
    key: SHOWCASE_KEY,
    summary: 'Refund double charge for Kari Nordmann (invoice 2025-10)',
    description:
      'Kari Nordmann was charged twice for invoice 2025-10 (enneo ticket 8842). Refund the second debit and reconcile with accounting.',
    status: 'closed',
    type: 'task',
    priority: 'critical',
    assignee: 'i.solberg',
    createdBy: 'o.hansen',
    createdAt: '2025-11-03T09:12:44.000Z',
    workFrom: '2025-11-03',
    workTo: '2025-11-05',
    helpers: ['o.hansen'],
    worklogs: 3,
  },
  {
    key: 'PAY-13',
    summary: 'Refund to closed bank account bounced',
    description: 'Bank returned the refund (reason AC04); ask the customer for new account details.',
    status: 'open',
    type: 'bug',
    priority: 'normal',
    assignee: 'i.solberg',
    createdBy: 'o.hansen',
    createdAt: '2025-11-17T11:45:19.870Z',
    workFrom: '2025-11-17',
    workTo: '2025-11-27',
    helpers: [],
    worklogs: 5,
    deadline: '2025-12-05',
  },
  {
    key: 'PAY-14',
    summary: 'Update payment terms in customer letters',
    description: null,
    status: 'open',
    type: 'task',
    priority: 'trivial',
    assignee: null,
    createdBy: 'a.ivanova',
    createdAt: '2025-11-20T15:30:00.000Z',
    workFrom: '2025-11-20',
    workTo: '2025-11-28',
    helpers: ['o.hansen', 'i.solberg'],
    worklogs: 4,
  },
  {
    key: 'SUP-1',
    summary: 'Onboard new support agents (October cohort)',
    description: 'Accounts, shadowing plan and the first two weeks of training for four agents.',
    status: 'closed',
    type: 'task',
    priority: 'normal',
    assignee: 'veikus',
    createdBy: 'veikus',
    createdAt: '2025-09-24T07:05:00.000Z',
    workFrom: '2025-09-29',
    workTo: '2025-10-24',
    helpers: ['a.ivanova'],
    worklogs: 17,
    planted: { 1: { weeks: 1 }, 8: { days: 2 } },
  },
  {
    key: 'SUP-2',
    summary: 'Обновить шаблоны ответов для службы поддержки',
    description: 'Шаблоны устарели после смены тарифов.',
    status: 'open',
    type: 'task',
    priority: 'minor',
    assignee: null,
    createdBy: 'veikus',
    createdAt: '2025-11-24T09:40:00.000Z',
    workFrom: '2025-11-24',
    workTo: '2025-11-24',
    helpers: [],
    worklogs: 0,
  },
  {
    key: FULL_PAGE_KEY,
    summary: 'Portal login failures after password reset',
    description: 'Reset links expire immediately for accounts created before 2023.',
    status: 'closed',
    type: 'bug',
    priority: 'critical',
    assignee: 'm.garcia',
    createdBy: 'veikus',
    createdAt: '2025-10-06T08:20:05.555Z',
    workFrom: '2025-10-06',
    workTo: '2025-11-14',
    helpers: ['p.nair', 'veikus'],
    worklogs: 50,
  },
  {
    key: 'SUP-4',
    summary: 'Customer satisfaction survey follow-up',
    description: 'Call back customers who rated 1–2 stars in September.',
    status: 'needInfo',
    type: 'task',
    priority: 'normal',
    assignee: 'a.ivanova',
    createdBy: 'veikus',
    createdAt: '2025-10-02T10:00:00.000Z',
    workFrom: '2025-10-02',
    workTo: '2025-10-30',
    helpers: [],
    worklogs: 8,
    deadline: '2025-11-28',
  },
  {
    key: 'SUP-5',
    summary: 'Knowledge base: meter reading articles',
    description: null,
    status: 'inProgress',
    type: 'improvement',
    priority: 'minor',
    assignee: 'p.nair',
    createdBy: 'a.ivanova',
    createdAt: '2025-10-20T13:13:13.013Z',
    workFrom: '2025-10-20',
    workTo: '2025-11-27',
    helpers: ['veikus'],
    worklogs: 13,
  },
  {
    key: 'SUP-6',
    summary: 'Escalation: customer cannot download invoices',
    description: 'Download button returns 500 for invoices with more than 200 positions.',
    status: 'closed',
    type: 'bug',
    priority: 'critical',
    assignee: 'm.garcia',
    createdBy: 'veikus',
    createdAt: '2025-09-10T16:02:48.402Z',
    workFrom: '2025-09-10',
    workTo: '2025-10-08',
    helpers: ['veikus', 'p.nair'],
    worklogs: 19,
    planted: { 5: { hours: 1.5 } },
  },
  {
    key: PAGED_KEY,
    summary: 'Support mailbox migration to the new helpdesk',
    description: 'Move 14 shared mailboxes, their macros and routing rules; run both systems in parallel for a month.',
    status: 'inProgress',
    type: 'task',
    priority: 'normal',
    assignee: 'veikus',
    createdBy: 'veikus',
    createdAt: '2025-08-28T11:00:00.000Z',
    workFrom: '2025-09-01',
    workTo: '2025-11-28',
    helpers: ['a.ivanova', 'p.nair', 'm.garcia', 'i.solberg'],
    worklogs: 123,
    planted: { 7: { minutes: 300 }, 30: { minutes: 45 }, 60: { hours: 1, minutes: 30 } },
  },
  {
    key: 'SUP-8',
    summary: 'Перенос архива обращений за 2024 год',
    description: 'Архив нужно перенести до отключения старой системы.',
    status: 'closed',
    type: 'task',
    priority: 'minor',
    assignee: 'a.ivanova',
    createdBy: 'veikus',
    createdAt: '2025-10-27T09:00:00.000Z',
    workFrom: '2025-10-27',
    workTo: '2025-11-21',
    helpers: ['veikus'],
    worklogs: 11,
  },
];

const COMMENTS: Record<string, string[]> = {
  PAY: [
    'Checked the settlement report',
    'Call with the payment provider',
    'Analysed failed webhook deliveries',
    'Prepared the refund batch',
    'Reviewed the VAT configuration',
    'Fixed the mapping in the dunning job',
    'Code review',
    'Wrote test cases',
    'Deployed to staging',
    'Sync with accounting',
    'Investigated customer complaints',
    'Updated the runbook',
    'Сверка с бухгалтерией',
  ],
  SUP: [
    'Migrated mailbox folders',
    'Updated the macro templates',
    'Training session with new agents',
    'Checked portal logs',
    'Answered escalated tickets',
    'Routing rules review',
    'Parallel run check',
    'Call with the helpdesk vendor',
    'Разбор обращений',
    'Созвон с командой поддержки',
    'Wrote knowledge base article',
  ],
};

/** The showcase: PAY-12's three worklogs exactly as the cross-source demo expects them. */
export const TRACKER_SHOWCASE = {
  issueKey: SHOWCASE_KEY,
  summary: 'Refund double charge for Kari Nordmann (invoice 2025-10)',
  status: 'closed',
  /** enneo ticket of the same customer case. */
  enneoTicketId: 8842,
  worklogs: [
    {
      start: '2025-11-03T10:00:00.000+0000',
      duration: 'PT1H30M',
      seconds: 5_400,
      comment: 'Checked the payment provider logs',
      createdBy: 'i.solberg',
      createdAt: '2025-11-03T11:41:07.512+0000',
    },
    {
      start: '2025-11-04T14:00:00.000+0000',
      duration: 'PT45M',
      seconds: 2_700,
      comment: 'Refund issued',
      createdBy: 'o.hansen',
      createdAt: '2025-11-04T14:52:30.104+0000',
    },
    {
      start: '2025-11-05T09:15:00.000+0000',
      duration: 'P1DT2H',
      seconds: 36_000,
      comment: 'Reconciliation with accounting',
      createdBy: 'i.solberg',
      createdAt: '2025-11-05T17:48:03.221+0000',
      /** This one was corrected the next morning by o.hansen. */
      updatedBy: 'o.hansen',
      updatedAt: '2025-11-06T08:12:55.030+0000',
    },
  ],
  /** 1.5 h + 45 min + (8 + 2) h under the default calendar. */
  totalSeconds: 44_100,
} as const;

const tracker = (date: string) => new Date(date.replace(/\+0000$/, 'Z'));

// ---------------------------------------------------------------------------------------------
// Generation

interface WorklogDraft {
  issueKey: string;
  /** Position in the issue's list, for a stable tie-break. */
  order: number;
  start: Date;
  parts: DurationParts;
  createdBy: string;
  createdAt: Date;
  comment: string | null;
  updatedBy?: string;
  updatedAt?: Date;
}

function randomDuration(rng: Rng): DurationParts {
  const kind = rng.weighted([
    ['minutes', 24],
    ['hours', 14],
    ['hoursMinutes', 26],
    ['fraction', 5],
    ['longMinutes', 8],
    ['days', 4],
    ['daysHours', 5],
    ['daysHoursMinutes', 3],
    ['withSeconds', 3],
    ['week', 1],
  ] as const);
  switch (kind) {
    case 'minutes':
      return { minutes: rng.pick([15, 20, 30, 40, 45, 50]) };
    case 'hours':
      return { hours: rng.int(1, 4) };
    case 'hoursMinutes':
      return { hours: rng.int(1, 3), minutes: rng.pick([10, 15, 30, 45]) };
    case 'fraction':
      return { hours: rng.pick([0.5, 1.5, 2.5, 0.25]) };
    case 'longMinutes':
      return { minutes: rng.pick([90, 120, 150, 180, 240, 300]) };
    case 'days':
      return { days: rng.int(1, 2) };
    case 'daysHours':
      return { days: 1, hours: rng.int(1, 4) };
    case 'daysHoursMinutes':
      return { days: 1, hours: rng.int(1, 3), minutes: rng.pick([15, 30, 45]) };
    case 'withSeconds':
      return { hours: rng.int(0, 1), minutes: rng.int(5, 55), seconds: rng.int(1, 59) };
    case 'week':
      return { weeks: 1 };
  }
}

/** Hours of wall-clock work a duration stands for, capped at one working day. */
const wallHours = (parts: DurationParts) => Math.min(businessSeconds(parts) / 3600, 8);

/** A random weekday between two UTC days (inclusive) at a working-hours start time. */
function randomStart(rng: Rng, fromDay: string, toDay: string): Date {
  const from = utc(`${fromDay}T00:00:00.000Z`).getTime();
  const days = Math.round((utc(`${toDay}T00:00:00.000Z`).getTime() - from) / DAY);
  for (let attempt = 0; ; attempt++) {
    const day = new Date(from + rng.int(0, days) * DAY);
    const weekday = day.getUTCDay();
    if ((weekday === 0 || weekday === 6) && attempt < 20) continue;
    return new Date(day.getTime() + rng.int(6, 15) * HOUR + rng.pick([0, 15, 30, 45]) * MINUTE);
  }
}

function issueDrafts(rng: Rng, spec: IssueSpec): WorklogDraft[] {
  const starts = Array.from({ length: spec.worklogs }, () => randomStart(rng, spec.workFrom, spec.workTo)).sort(
    (a, b) => a.getTime() - b.getTime(),
  );
  const authors = spec.assignee ? [spec.assignee, ...spec.helpers] : spec.helpers.length > 0 ? spec.helpers : [spec.createdBy];
  return starts.map((start, order) => {
    const parts = spec.planted?.[order] ?? randomDuration(rng);
    // Logged after the work: usually within the hour, multi-day entries the next day, some backfilled days later.
    const lag = rng.chance(0.07)
      ? rng.int(3, 9) * DAY + rng.int(0, 8) * HOUR
      : businessSeconds(parts) > 8 * 3600
        ? rng.int(6, 30) * HOUR
        : wallHours(parts) * HOUR + rng.int(2, 90) * MINUTE;
    // Nothing is created after the seeded range; late entries land on its last evening.
    const latest = CREATED_TO.getTime() - rng.int(3, 6) * HOUR - rng.int(0, 3_599_999);
    const createdAt = new Date(Math.min(start.getTime() + lag + rng.int(0, 59_999), latest));
    const author = rng.weighted(authors.map((login, i) => [login, i === 0 ? 3 : 1] as const));
    const comment = rng.chance(0.04) ? null : rng.chance(0.1) ? '' : rng.pick(COMMENTS[spec.key.split('-')[0]!]!);
    return { issueKey: spec.key, order, start, parts, createdBy: author, createdAt, comment };
  });
}

function showcaseDrafts(): WorklogDraft[] {
  const partsOf: Record<string, DurationParts> = {
    PT1H30M: { hours: 1, minutes: 30 },
    PT45M: { minutes: 45 },
    P1DT2H: { days: 1, hours: 2 },
  };
  return TRACKER_SHOWCASE.worklogs.map((w, order) => ({
    issueKey: SHOWCASE_KEY,
    order,
    start: tracker(w.start),
    parts: partsOf[w.duration]!,
    createdBy: w.createdBy,
    createdAt: tracker(w.createdAt),
    comment: w.comment,
    ...('updatedBy' in w ? { updatedBy: w.updatedBy, updatedAt: tracker(w.updatedAt) } : {}),
  }));
}

/** 24 hex digits. */
function objectId(rng: Rng): string {
  let id = '';
  for (let i = 0; i < 24; i++) id += rng.int(0, 15).toString(16);
  return id;
}

function build(): TrackerSeed {
  const rng = createRng(SEED);
  const issueOrder = new Map(ISSUE_SPECS.map((spec, index) => [spec.key, index]));

  // 1. Drafts per issue, then the boundary and out-of-range fixtures.
  const drafts: WorklogDraft[] = [];
  for (const spec of ISSUE_SPECS) {
    drafts.push(...(spec.key === SHOWCASE_KEY ? showcaseDrafts() : issueDrafts(rng, spec)));
  }
  const ofIssue = (key: string) => drafts.filter((d) => d.issueKey === key);
  // On-call work that was logged at exactly midnight UTC on the first of a month: a gateway that
  // splits searches at these instants sees them in both windows (bounds are inclusive).
  const sup7 = ofIssue(PAGED_KEY);
  Object.assign(sup7[50]!, {
    start: utc('2025-09-30T22:00:00.000Z'),
    parts: { hours: 2 },
    createdAt: utc('2025-10-01T00:00:00.000Z'),
    comment: 'Night shift: mailbox cut-over',
  });
  Object.assign(sup7[90]!, {
    start: utc('2025-10-31T21:30:00.000Z'),
    parts: { hours: 2, minutes: 30 },
    createdAt: utc('2025-11-01T00:00:00.000Z'),
    comment: 'Night shift: parallel run check',
  });
  // Work from August, logged on the first morning of September.
  Object.assign(ofIssue('PAY-1')[0]!, {
    start: utc('2025-08-29T13:00:00.000Z'),
    parts: { hours: 3 },
    createdAt: utc('2025-09-01T07:12:18.345Z'),
    comment: 'Mandate template review (from last Friday)',
  });

  // 2. Ids: one global sequence in creation order.
  drafts.sort(
    (a, b) =>
      a.createdAt.getTime() - b.createdAt.getTime() ||
      issueOrder.get(a.issueKey)! - issueOrder.get(b.issueKey)! ||
      a.order - b.order,
  );

  // 3. Corrections: ~12% of the ordinary worklogs are edited later, some by the queue's lead.
  const worklogs = new Map<string, TrackerSeedWorklog[]>(ISSUE_SPECS.map((s) => [s.key, []]));
  const allWorklogs: TrackerSeedWorklog[] = [];
  drafts.forEach((draft, index) => {
    let { updatedBy, updatedAt } = draft;
    if (updatedAt === undefined && rng.chance(0.12)) {
      const queue = draft.issueKey.split('-')[0]!;
      updatedBy = rng.chance(0.45) ? QUEUE_LEAD[queue]! : draft.createdBy;
      updatedAt = new Date(draft.createdAt.getTime() + rng.int(10, 4_000) * MINUTE + rng.int(0, 59_999));
    }
    updatedAt ??= draft.createdAt;
    const worklog: TrackerSeedWorklog = {
      id: 1001 + index,
      issueKey: draft.issueKey,
      comment: draft.comment,
      createdBy: draft.createdBy,
      updatedBy: updatedBy ?? draft.createdBy,
      createdAt: draft.createdAt,
      updatedAt,
      start: draft.start,
      duration: formatDuration(draft.parts),
      durationParts: draft.parts,
      version: updatedAt.getTime(),
    };
    worklogs.get(draft.issueKey)!.push(worklog);
    allWorklogs.push(worklog);
  });

  // 4. Issues, with update times derived from their worklogs.
  const issues = new Map<string, TrackerSeedIssue>();
  const issueById = new Map<string, TrackerSeedIssue>();
  for (const spec of ISSUE_SPECS) {
    const list = worklogs.get(spec.key)!;
    const createdAt = utc(spec.createdAt);
    const lastTouch = Math.max(createdAt.getTime() + HOUR, ...list.map((w) => w.updatedAt.getTime()));
    const updatedAt = new Date(lastTouch + rng.int(5, 180) * MINUTE + rng.int(0, 59_999));
    const firstWork = list[0]?.start ?? createdAt;
    const issue: TrackerSeedIssue = {
      id: objectId(rng),
      key: spec.key,
      queue: spec.key.split('-')[0]!,
      summary: spec.summary,
      description: spec.description,
      status: spec.status,
      type: spec.type,
      priority: spec.priority,
      assignee: spec.assignee,
      createdBy: spec.createdBy,
      updatedBy: spec.assignee ?? spec.createdBy,
      createdAt,
      updatedAt,
      statusStartTime:
        spec.status === 'open'
          ? createdAt
          : spec.status === 'closed'
            ? updatedAt
            : new Date(Math.max(firstWork.getTime(), createdAt.getTime())),
      deadline: spec.deadline ?? null,
      version: rng.int(3, 12) + list.length,
    };
    issues.set(issue.key, issue);
    issueById.set(issue.id, issue);
  }

  return {
    users: new Map(USERS.map((u) => [u.login, u])),
    queues: new Map(QUEUES.map((q) => [q.key, q])),
    issues,
    issueById,
    worklogs,
    allWorklogs,
    showcaseIssueKey: SHOWCASE_KEY,
    pagedIssueKey: PAGED_KEY,
    fullPageIssueKey: FULL_PAGE_KEY,
    emptyIssueKeys: ['PAY-3', 'SUP-2'],
  };
}

let memo: TrackerSeed | undefined;

/** The seeded data set; built once per process and shared (treat it as read-only). */
export function createTrackerSeed(): TrackerSeed {
  memo ??= build();
  return memo;
}

// ---------------------------------------------------------------------------------------------
// Expected values for the gateway's tests

/** Seconds a seeded worklog stands for under `calendar` (default: 1W = 5 days, 1D = 8 hours). */
export function expectedWorklogSeconds(worklog: TrackerSeedWorklog, calendar: TrackerCalendar = TRACKER_CALENDAR): number {
  return businessSeconds(worklog.durationParts, calendar);
}

/** Sum of an issue's worklog seconds (0 for an issue without worklogs or an unknown key). */
export function expectedIssueSeconds(seed: TrackerSeed, issueKey: string, calendar: TrackerCalendar = TRACKER_CALENDAR): number {
  return (seed.worklogs.get(issueKey) ?? []).reduce((sum, w) => sum + expectedWorklogSeconds(w, calendar), 0);
}
