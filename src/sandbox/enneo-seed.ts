import type { AiAgentWire } from '../upstreams/enneo/wire.js';
import { createRng, type Rng } from './random.js';

/**
 * Deterministic demo data for the enneo simulator. Everything is generated from one fixed-seed
 * PRNG, so every run (and every test) sees the same tickets, worklogs and ids. Instants are kept
 * as `Date`; the simulator renders them to enneo's wire strings in the instance time zone.
 *
 * Hand-written fixtures inside the generated data:
 * - ticket 8821 reproduces the documentation example of `GET /ticket/{id}/worklog` exactly;
 * - ticket 8842 is the cross-source showcase case (Kari Nordmann, double charge);
 * - ticket 8900 is outside the caller's tags (the simulator answers 403 for it).
 */

// ---------------------------------------------------------------------------------------------
// Types

export interface SeedTag {
  id: number;
  name: string;
  parentId: number | null;
}

export type SeedTicketStatus = 'open' | 'pending' | 'closed';

export interface SeedTicket {
  id: number;
  subject: string;
  summary: string;
  status: SeedTicketStatus;
  channel: 'email' | 'phone' | 'chat' | 'letter' | 'portal' | 'system' | 'walkIn';
  direction: 'in' | 'out' | 'internal';
  priority: 'low' | 'medium' | 'high' | 'urgent';
  /** Customer address (e-mail for most channels). */
  from: string;
  fromName: string;
  customerId: number;
  contractId: number;
  /** Topic tag first, then its sub-topic tag. */
  tags: SeedTag[];
  aiSupportLevel: string;
  spamStatus: string;
  createdAt: Date;
  modifiedAt: Date;
  /** Outside the sandbox caller's tags: every route reaching this ticket answers 403. */
  restricted: boolean;
}

export interface SeedSegment {
  /** `userTimeTrackingId` on the wire. */
  id: number;
  from: Date;
  to: Date;
  actionList: string[];
  actionListText: string[];
}

export interface SeedCsat {
  id: number;
  scale: number;
  answerStars: number;
  answerText: string | null;
}

export interface SeedWorklog {
  ticketId: number;
  worklogId: number;
  userId: number;
  conversationId: number | null;
  /** Raw action value; mostly the documented enum, a few deliberately unknown (`mergeAction`). */
  action: string;
  /** Union of the segments' lists, in first-seen order. */
  actionList: string[];
  actionListText: string[];
  /** 1–3 segments; the worklog starts at the first `from` and ends at the last `to`. */
  segments: SeedSegment[];
  /** Seconds; the sum of the segments. */
  duration: number;
  /** Seconds, ≤ duration. */
  durationAfterWork: number;
  automationLevel: number;
  automationLevelLabel: string;
  aiAgentIds: number[];
  assessments: { id: number; scorecardId: number }[];
  slaMet: boolean;
  /** Negative = closed before the SLA deadline. */
  netSecondsClosedAfterSla: number;
  closingDateForSLA: Date | null;
  dueDateForSLA: Date | null;
  reOpened: boolean;
  csat: SeedCsat | null;

  // Columns that only the reporting export shows.
  /** Ticket status right after this worklog. */
  statusAfter: string;
  reopenedAt: Date | null;
  timesSetToOpen: number;
  customerIdentifiedCorrectly: boolean;
  tagsIdentifiedCorrectly: boolean;
  textAssistanceAccuracy: number | null;
  skippedTicket: boolean;
  statusActionDetail: string | null;
  pendingDueBy: Date | null;
  pendingSeconds: number | null;
  netPendingSeconds: number | null;
  firstPendingAt: Date | null;
}

export interface SeedTeam {
  id: number;
  name: string;
}

export interface SeedProfile {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  /** enneo's profile `type`: humans are `agent`, the AI is `bot`. */
  type: 'agent' | 'bot';
  /** Sandbox role; supervisors assess others' worklogs. */
  role: 'agent' | 'supervisor' | 'bot';
  roleId: number;
  teamIds: number[];
  /** Shown in the export's `department` column (not part of the documented profile shape). */
  department: string;
  lang: string;
  lastSeen: Date;
  isSsoOnly: boolean;
}

export interface SeedScorecardCriterion {
  id: number;
  label: string;
  description: string;
  maxPoints: number;
  scoringType: 'metNotMet' | 'numericScale';
}

export interface SeedScorecard {
  /** Revision id (what assessments and worklogs reference as `scorecardId`). */
  id: number;
  /** Identifies the scorecard across revisions. */
  baseId: number;
  revision: number;
  name: string;
  state: 'draft' | 'active' | 'retired' | 'deleted';
  categories: { categoryId: number; label: string; order: number; criteria: SeedScorecardCriterion[] }[];
  assignment: { channels: string[]; teamIds: number[] };
  createdAt: Date;
  modifiedAt: Date;
}

export interface SeedCriterionScore {
  id: number;
  score: number | null;
  reason: string | null;
  state: 'unscored' | 'aiGenerated' | 'humanVerified';
  lastEditedByUserId: number | null;
  lastEditedAt: Date | null;
}

export interface SeedAssessment {
  id: number;
  scorecardId: number;
  scorecardBaseId: number;
  state: string;
  assessedUser: number;
  assessedByUser: number;
  ticketId: number;
  worklogId: number;
  createdAt: Date;
  modifiedAt: Date;
  deletedAt: Date | null;
  aiSummary: string | null;
  categories: { categoryId: number; criteria: SeedCriterionScore[] }[];
  /** `percentage` is scored/used × 100 (one decimal), null while nothing is scored. */
  totals: { scoredPoints: number; usedMaxPoints: number; totalMaxPoints: number; percentage: number | null };
  supervisorAssessment: string | null;
  assessmentDate: Date | null;
  discussionDate: Date | null;
}

export interface EnneoSeed {
  tickets: Map<number, SeedTicket>;
  /** By ticket id, in start order; tickets without worklogs map to `[]`. */
  worklogs: Map<number, SeedWorklog[]>;
  /** Every worklog by its id. */
  worklogById: Map<number, SeedWorklog>;
  assessments: Map<number, SeedAssessment>;
  scorecards: Map<number, SeedScorecard>;
  profiles: Map<number, SeedProfile>;
  teams: Map<number, SeedTeam>;
  aiAgents: Map<number, Required<AiAgentWire>>;
  restrictedTicketId: 8900;
  showcaseTicketId: 8842;
  docExampleTicketId: 8821;
  botUserId: 9000;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness (the shared generator of random.ts, with this seed's own seed)

const SEED = 0x5eed_e1e0;

// ---------------------------------------------------------------------------------------------
// Static reference data

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const utc = (iso: string) => new Date(iso);

const TEAMS: SeedTeam[] = [
  { id: 1, name: 'Customer care' },
  { id: 2, name: 'Billing' },
  { id: 3, name: 'Technical support' },
  { id: 4, name: 'Quality' },
  { id: 5, name: 'Automation' },
];

type ProfileSpec = [
  id: number,
  first: string,
  last: string,
  role: SeedProfile['role'],
  teams: number[],
  department: string,
  lang: string,
];

const PROFILE_SPECS: ProfileSpec[] = [
  [23, 'Lena', 'Hoffmann', 'agent', [1, 2], 'Customer care', 'de'],
  [101, 'Jonas', 'Becker', 'agent', [1], 'Customer care', 'de'],
  [102, 'Amira', 'Yilmaz', 'agent', [1, 2], 'Customer care', 'de'],
  [103, 'Lukas', 'Schneider', 'agent', [2], 'Finance', 'de'],
  [104, 'Ingrid', 'Solberg', 'agent', [2, 1], 'Finance', 'en'],
  [105, 'Mateo', 'García', 'agent', [3], 'Technical support', 'en'],
  [106, 'Chloé', 'Martin', 'agent', [1], 'Customer care', 'en'],
  [107, 'Ole', 'Hansen', 'agent', [2], 'Finance', 'en'],
  [108, 'Priya', 'Nair', 'agent', [3], 'Technical support', 'en'],
  [109, 'Tomasz', 'Nowak', 'agent', [1, 3], 'Customer care', 'de'],
  [110, 'Emma', 'Johansson', 'agent', [1], 'Customer care', 'en'],
  [201, 'Sofia', 'Berg', 'supervisor', [4, 1], 'Quality management', 'de'],
  [202, 'Daniel', 'Weber', 'supervisor', [4, 2], 'Quality management', 'de'],
  [9000, 'enneo', 'AI Agent', 'bot', [5], 'Automation', 'en'],
];

const HUMAN_AGENT_IDS = [23, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110];
const SUPERVISOR_IDS = [201, 202];
const BOT_ID = 9000;

const AI_AGENTS: Required<AiAgentWire>[] = [
  // Id 5 is the one in the documentation example; keep it field for field.
  {
    id: 5,
    name: 'Email Assistant',
    description: 'Generates email responses',
    intelligence: 'smart',
    textAssistanceAccuracy: 0.92,
    actions: null,
  },
  {
    id: 6,
    name: 'Invoice Explainer',
    description: 'Explains invoice positions and corrections',
    intelligence: 'smart',
    textAssistanceAccuracy: 0.88,
    actions: [{ id: 61, name: 'createInvoiceCorrection' }],
  },
  {
    id: 7,
    name: 'Address Change Agent',
    description: 'Updates postal addresses after a move',
    intelligence: 'base',
    textAssistanceAccuracy: 0.95,
    actions: [{ id: 71, name: 'updateAddress' }],
  },
  {
    id: 8,
    name: 'Meter Reading Agent',
    description: 'Validates and books meter readings',
    intelligence: 'base',
    textAssistanceAccuracy: 0.97,
    actions: [{ id: 81, name: 'bookMeterReading' }],
  },
  {
    id: 9,
    name: 'Payment Plan Agent',
    description: 'Sets up instalment plans',
    intelligence: 'smart',
    textAssistanceAccuracy: 0.81,
    actions: null,
  },
];

/** Labels per automation level (enneo's plugin docs; the API doc example uses other words). */
const AUTOMATION_LABELS = [
  'No AI',
  'Text assistance',
  'Base agent',
  'Smart agent',
  'Dark processing with approval',
  'Dark processing',
];

/** Topic → sub-topics, with subject lines per sub-topic. */
const TOPICS: { tag: SeedTag; subs: { tag: SeedTag; subjects: string[] }[] }[] = [
  {
    tag: { id: 1, name: 'Billing', parentId: null },
    subs: [
      {
        tag: { id: 11, name: 'Payment reminder', parentId: 1 },
        subjects: ['Reminder received although paid', 'Question about payment reminder'],
      },
      { tag: { id: 12, name: 'Double charge', parentId: 1 }, subjects: ['Charged twice this month', 'Duplicate direct debit'] },
      {
        tag: { id: 13, name: 'Invoice correction', parentId: 1 },
        subjects: ['Wrong amount on my invoice', 'Please correct my final invoice'],
      },
    ],
  },
  {
    tag: { id: 2, name: 'Contract', parentId: null },
    subs: [
      { tag: { id: 21, name: 'Move', parentId: 2 }, subjects: ['Moving to a new flat', 'New address from next month'] },
      { tag: { id: 22, name: 'Cancellation', parentId: 2 }, subjects: ['Cancel my contract', 'Notice of termination'] },
      {
        tag: { id: 23, name: 'Tariff change', parentId: 2 },
        subjects: ['Switch to the green tariff', 'Question about the new prices'],
      },
    ],
  },
  {
    tag: { id: 3, name: 'Meter', parentId: null },
    subs: [
      { tag: { id: 31, name: 'Meter reading', parentId: 3 }, subjects: ['My meter reading', 'Meter reading photo attached'] },
      {
        tag: { id: 32, name: 'Meter exchange', parentId: 3 },
        subjects: ['Appointment for meter exchange', 'New smart meter installed'],
      },
    ],
  },
  {
    tag: { id: 4, name: 'Technical', parentId: null },
    subs: [
      {
        tag: { id: 41, name: 'Portal login', parentId: 4 },
        subjects: ['Cannot log in to the portal', 'Password reset does not arrive'],
      },
      { tag: { id: 42, name: 'App error', parentId: 4 }, subjects: ['App crashes on start', 'Error message in the app'] },
    ],
  },
  {
    tag: { id: 5, name: 'Complaint', parentId: null },
    subs: [
      {
        tag: { id: 51, name: 'Service complaint', parentId: 5 },
        subjects: ['Nobody answered my last mail', 'Unfriendly phone call'],
      },
    ],
  },
];

const FIRST_NAMES = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Elif',
  'Felix',
  'Greta',
  'Hannah',
  'Ivan',
  'Julia',
  'Karim',
  'Laura',
  'Moritz',
  'Nina',
  'Oskar',
  'Paula',
  'Rafael',
  'Sara',
  'Tim',
  'Uta',
  'Valentin',
  'Wiebke',
  'Yusuf',
  'Zoe',
];
const LAST_NAMES = [
  'Müller',
  'Schmidt',
  'Fischer',
  'Meyer',
  'Wagner',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Braun',
  'Zimmermann',
  'Krüger',
  'Hartmann',
  'Lange',
  'Werner',
];

/** Action vocabulary of segments: code → display text (texts are display only, never parsed). */
const ACTION_TEXT: Record<string, string> = {
  opened: 'Opened ticket',
  reply: 'Sent reply to customer',
  closed: 'Closed ticket',
  internalNote: 'Added internal note',
  tagged: 'Changed tags',
  statusPending: 'Set status to pending',
  aiProcessed: 'Processed by AI agent',
  merged: 'Merged into another ticket',
};

/** Actions that close the ticket (and so have an SLA closing date). */
const CLOSING_ACTIONS = new Set(['writeAction', 'closeAction', 'autoProcessAction']);

const SLA_HOURS: Record<SeedTicket['priority'], number> = { urgent: 4, high: 8, medium: 24, low: 72 };

const SCORECARD_SPECS: {
  id: number;
  baseId: number;
  revision: number;
  name: string;
  state: SeedScorecard['state'];
  channels: string[];
  teamIds: number[];
  created: string;
  modified: string;
  categories: [
    label: string,
    criteria: [label: string, description: string, type: 'metNotMet' | 'numericScale', maxPoints: number][],
  ][];
}[] = [
  {
    // Revision 1 of "Email quality"; replaced by revision 2 (id 44) on 2025-10-01.
    id: 42,
    baseId: 42,
    revision: 1,
    name: 'Email quality',
    state: 'retired',
    channels: ['email', 'portal', 'letter', 'chat'],
    teamIds: [1, 2],
    created: '2024-01-15T09:00:00Z',
    modified: '2025-10-01T07:00:00Z',
    categories: [
      [
        'Tone & empathy',
        [
          ['Greeting', 'Customer is greeted by name', 'metNotMet', 1],
          ['Empathy', 'Acknowledges the customer’s situation', 'numericScale', 5],
        ],
      ],
      [
        'Resolution',
        [
          ['Correct answer', 'The answer solves the request', 'numericScale', 5],
          ['Closed properly', 'Ticket closed with the right status', 'metNotMet', 1],
        ],
      ],
    ],
  },
  {
    id: 43,
    baseId: 43,
    revision: 1,
    name: 'Compliance check',
    state: 'active',
    channels: [],
    teamIds: [1, 2, 3],
    created: '2024-02-01T09:00:00Z',
    modified: '2024-02-01T09:00:00Z',
    categories: [
      [
        'Data protection',
        [
          ['Identity verified', 'Customer identity checked before disclosing data', 'metNotMet', 1],
          ['No sensitive data', 'No bank data or passwords in the reply', 'metNotMet', 1],
        ],
      ],
      [
        'Process',
        [
          ['Correct tags', 'Topic tags match the request', 'metNotMet', 1],
          ['Documentation', 'Internal note explains what was done', 'numericScale', 5],
        ],
      ],
    ],
  },
  {
    id: 44,
    baseId: 42,
    revision: 2,
    name: 'Email quality',
    state: 'active',
    channels: ['email', 'portal', 'letter', 'chat'],
    teamIds: [1, 2],
    created: '2025-10-01T07:00:00Z',
    modified: '2025-10-01T07:00:00Z',
    categories: [
      [
        'Tone & empathy',
        [
          ['Greeting', 'Customer is greeted by name', 'metNotMet', 1],
          ['Empathy', 'Acknowledges the customer’s situation', 'numericScale', 5],
        ],
      ],
      [
        'Resolution',
        [
          ['Correct answer', 'The answer solves the request', 'numericScale', 5],
          ['Closed properly', 'Ticket closed with the right status', 'metNotMet', 1],
        ],
      ],
      ['Follow-up', [['Next steps', 'Customer knows what happens next', 'metNotMet', 1]]],
    ],
  },
  {
    id: 45,
    baseId: 45,
    revision: 1,
    name: 'Phone & walk-in quality',
    state: 'active',
    channels: ['phone', 'walkIn'],
    teamIds: [1, 3],
    created: '2024-03-10T09:00:00Z',
    modified: '2025-06-02T12:00:00Z',
    categories: [
      [
        'Conversation',
        [
          ['Greeting', 'Agent introduces themselves', 'metNotMet', 1],
          ['Active listening', 'Summarises the request back', 'numericScale', 5],
          ['Clarity', 'Plain language, no jargon', 'numericScale', 5],
        ],
      ],
      ['Outcome', [['First contact resolution', 'Solved without a follow-up', 'metNotMet', 2]]],
    ],
  },
  {
    id: 46,
    baseId: 46,
    revision: 1,
    name: 'Chat quality',
    state: 'draft',
    channels: ['chat'],
    teamIds: [1],
    created: '2025-11-20T10:00:00Z',
    modified: '2025-11-21T10:00:00Z',
    categories: [['Speed', [['Response time', 'First answer within two minutes', 'numericScale', 5]]]],
  },
];

// ---------------------------------------------------------------------------------------------
// Builders

function buildProfiles(rng: Rng): Map<number, SeedProfile> {
  const profiles = new Map<number, SeedProfile>();
  for (const [id, firstName, lastName, role, teamIds, department, lang] of PROFILE_SPECS) {
    const local = `${firstName}.${lastName}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\s+/g, '-');
    profiles.set(id, {
      id,
      firstName,
      lastName,
      email: role === 'bot' ? 'ai-agent@sandbox-energy.example' : `${local}@sandbox-energy.example`,
      phone: role === 'bot' ? null : `+49 30 5550${String(id).padStart(4, '0')}`,
      type: role === 'bot' ? 'bot' : 'agent',
      role,
      roleId: role === 'bot' ? 5 : role === 'supervisor' ? 3 : 2,
      teamIds,
      department,
      lang,
      lastSeen: new Date(utc('2025-11-28T08:00:00Z').getTime() + rng.int(0, 60 * 60 * 9) * 1000),
      isSsoOnly: role !== 'bot',
    });
  }
  return profiles;
}

function buildScorecards(): Map<number, SeedScorecard> {
  const scorecards = new Map<number, SeedScorecard>();
  for (const spec of SCORECARD_SPECS) {
    scorecards.set(spec.id, {
      id: spec.id,
      baseId: spec.baseId,
      revision: spec.revision,
      name: spec.name,
      state: spec.state,
      // Category and criterion ids are per revision: <scorecard><nn> and <category><nn>.
      categories: spec.categories.map(([label, criteria], c) => {
        const categoryId = spec.id * 100 + c + 1;
        return {
          categoryId,
          label,
          order: c + 1,
          criteria: criteria.map(([criterionLabel, description, scoringType, maxPoints], k) => ({
            id: categoryId * 100 + k + 1,
            label: criterionLabel,
            description,
            maxPoints,
            scoringType,
          })),
        };
      }),
      assignment: { channels: spec.channels, teamIds: spec.teamIds },
      createdAt: utc(spec.created),
      modifiedAt: utc(spec.modified),
    });
  }
  return scorecards;
}

/** Fields decided per worklog before the per-ticket flow (SLA, reopen, pending) is derived. */
interface WorklogDraft {
  worklogId: number;
  userId: number;
  action: string;
  segments: SeedSegment[];
  conversationId: number | null;
  durationAfterWork: number;
  automationLevel: number;
  aiAgentIds: number[];
  statusActionDetail?: string;
}

function union(lists: string[][]): string[] {
  const seen: string[] = [];
  for (const list of lists) for (const item of list) if (!seen.includes(item)) seen.push(item);
  return seen;
}

function segment(id: number, from: Date, seconds: number, actionList: string[]): SeedSegment {
  return {
    id,
    from,
    to: new Date(from.getTime() + seconds * 1000),
    actionList,
    actionListText: actionList.map((code) => ACTION_TEXT[code] ?? code),
  };
}

const secondsBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / 1000);

class SeedBuilder {
  readonly rng = createRng(SEED);
  private nextSegmentId = 50_001;
  private nextConversationId = 40_001;
  private nextCsatId = 70_001;

  segmentId(): number {
    return this.nextSegmentId++;
  }
  conversationId(): number {
    return this.nextConversationId++;
  }

  /** Segments for one worklog: earlier segments carry preparatory work, the last one the action. */
  segments(start: Date, action: string): SeedSegment[] {
    const { rng } = this;
    const final: Record<string, string[]> = {
      readAction: ['opened'],
      writeAction: rng.chance(0.25) ? ['reply', 'tagged'] : ['reply'],
      closeAction: rng.chance(0.3) ? ['tagged', 'closed'] : ['closed'],
      statusAction: ['statusPending'],
      autoProcessAction: ['aiProcessed', 'reply', 'closed'],
    };
    const count =
      action === 'autoProcessAction'
        ? 1
        : action === 'readAction'
          ? rng.chance(0.2)
            ? 2
            : 1
          : rng.weighted([
              [1, 55],
              [2, 30],
              [3, 15],
            ] as const);
    const result: SeedSegment[] = [];
    let cursor = start;
    for (let i = 0; i < count; i++) {
      const last = i === count - 1;
      const seconds =
        action === 'autoProcessAction' ? rng.int(5, 60) : action === 'readAction' ? rng.int(20, 240) : rng.int(45, 720);
      const list = last
        ? final[action]!
        : action === 'readAction'
          ? ['opened']
          : [rng.pick(['opened', 'internalNote', 'tagged'])];
      const seg = segment(this.segmentId(), cursor, seconds, list);
      result.push(seg);
      cursor = new Date(seg.to.getTime() + rng.int(120, 1500) * 1000);
    }
    return result;
  }

  /**
   * Derives what depends on the ticket's history: SLA deadline and closing, reopen state,
   * pending details, the status after each worklog; plus the random per-worklog flags.
   */
  finish(ticket: SeedTicket, drafts: WorklogDraft[]): SeedWorklog[] {
    const { rng } = this;
    const slaMs = SLA_HOURS[ticket.priority] * HOUR;
    let status: SeedTicketStatus = 'open';
    let closings = 0;
    let reopenedAt: Date | null = null;
    let firstPendingAt: Date | null = null;

    return drafts.map((draft, index) => {
      const start = draft.segments[0]!.from;
      const end = draft.segments[draft.segments.length - 1]!.to;
      const duration = draft.segments.reduce((sum, s) => sum + secondsBetween(s.from, s.to), 0);
      // Work after a close means the customer wrote again: the ticket was reopened.
      if (closings > 0 && status === 'closed') reopenedAt = start;
      const due = new Date((reopenedAt ?? ticket.createdAt).getTime() + slaMs);
      const closing = CLOSING_ACTIONS.has(draft.action) ? end : null;
      const net = closing ? secondsBetween(due, closing) : 0;
      const reOpened = closings > 0;
      const timesSetToOpen = closings;

      let pendingDueBy: Date | null = null;
      let pendingSeconds: number | null = null;
      let netPendingSeconds: number | null = null;
      if (draft.action === 'statusAction') {
        firstPendingAt ??= end;
        pendingDueBy = new Date(end.getTime() + rng.pick([3, 7]) * DAY);
        const next = drafts[index + 1];
        const pendingEnd = next ? next.segments[0]!.from : pendingDueBy;
        pendingSeconds = Math.max(0, secondsBetween(end, pendingEnd));
        netPendingSeconds = Math.round(pendingSeconds * 0.6);
      }

      if (closing) {
        status = 'closed';
        closings += 1;
      } else if (draft.action === 'statusAction') status = 'pending';
      else if (status === 'closed' && draft.action !== 'mergeAction') status = 'open';

      const agents = draft.aiAgentIds.map((id) => AI_AGENTS.find((a) => a.id === id)!);
      const actionLists = draft.segments.map((s) => s.actionList);
      const actionList = union(actionLists);
      const csat: SeedCsat | null = rng.chance(1 / 3)
        ? {
            id: this.nextCsatId++,
            scale: 5,
            answerStars: rng.weighted([
              [5, 40],
              [4, 30],
              [3, 15],
              [2, 8],
              [1, 7],
            ] as const),
            answerText: rng.pick([
              null,
              'Great service!',
              'Quick and friendly.',
              'Took too long.',
              'Problem solved, thanks.',
              'Still waiting for the refund.',
            ]),
          }
        : null;

      return {
        ticketId: ticket.id,
        worklogId: draft.worklogId,
        userId: draft.userId,
        conversationId: draft.conversationId,
        action: draft.action,
        actionList,
        actionListText: actionList.map((code) => ACTION_TEXT[code] ?? code),
        segments: draft.segments,
        duration,
        durationAfterWork: Math.min(draft.durationAfterWork, duration),
        automationLevel: draft.automationLevel,
        automationLevelLabel: AUTOMATION_LABELS[draft.automationLevel]!,
        aiAgentIds: draft.aiAgentIds,
        assessments: [],
        slaMet: closing ? net <= 0 : end.getTime() <= due.getTime(),
        netSecondsClosedAfterSla: net,
        closingDateForSLA: closing,
        dueDateForSLA: due,
        reOpened,
        csat,
        statusAfter: status,
        reopenedAt: reOpened ? reopenedAt : null,
        timesSetToOpen,
        customerIdentifiedCorrectly: rng.chance(0.9),
        tagsIdentifiedCorrectly: rng.chance(0.85),
        textAssistanceAccuracy: agents[0]?.textAssistanceAccuracy ?? null,
        skippedTicket: draft.action === 'readAction' && rng.chance(0.15),
        statusActionDetail:
          draft.action === 'statusAction'
            ? (draft.statusActionDetail ?? rng.pick(['waitingForCustomer', 'waitingForThirdParty', 'waitingForInternal']))
            : null,
        pendingDueBy,
        pendingSeconds,
        netPendingSeconds,
        firstPendingAt,
      };
    });
  }

  /** Random drafts for a generated ticket: `count` worklogs spread from its creation on. */
  drafts(ticket: SeedTicket, count: number, firstWorklogId: number, primaryAgent: number): WorklogDraft[] {
    const { rng } = this;
    const lastStart = utc('2025-11-30T16:00:00Z').getTime();
    const created = ticket.createdAt.getTime();
    const windowEnd = Math.min(created + rng.int(2, 21) * DAY, lastStart);
    const starts: Date[] = [];
    for (let i = 0; i < count; i++) {
      const d = new Date(created + rng.int(5 * 60, Math.max(5 * 60, (windowEnd - created) / 1000)) * 1000);
      // Late-evening work (22:00–23:59 UTC) lands on the next local day in Europe/Berlin.
      if (rng.chance(0.05) && d.getTime() < utc('2025-11-30T00:00:00Z').getTime()) {
        d.setUTCHours(rng.int(22, 23), rng.int(0, 50), rng.int(0, 59));
      } else if (d.getUTCHours() < 6 || d.getUTCHours() >= 17) {
        d.setUTCHours(rng.int(6, 15), rng.int(0, 59), rng.int(0, 59));
      }
      if (d.getTime() < created) d.setTime(created + rng.int(5, 90) * MINUTE);
      starts.push(d);
    }
    starts.sort((a, b) => a.getTime() - b.getTime());

    return starts.map((start, i) => {
      // Tickets mostly end with a closing action; in between, agents read, reply and set pending.
      const action =
        i === 0 && rng.chance(0.5)
          ? 'readAction'
          : i === starts.length - 1
            ? rng.weighted([
                ['writeAction', 35],
                ['closeAction', 30],
                ['autoProcessAction', 30],
                ['statusAction', 5],
              ] as const)
            : rng.weighted([
                ['readAction', 28],
                ['writeAction', 30],
                ['statusAction', 22],
                ['closeAction', 8],
                ['autoProcessAction', 12],
              ] as const);
      const bot = action === 'autoProcessAction';
      const userId = bot ? BOT_ID : rng.chance(0.6) ? primaryAgent : rng.pick(HUMAN_AGENT_IDS);
      const automationLevel = bot
        ? rng.pick([4, 5])
        : rng.weighted([
            [0, 30],
            [1, 30],
            [2, 25],
            [3, 15],
          ] as const);
      const agentCount = automationLevel === 0 ? 0 : automationLevel === 1 ? 1 : rng.int(1, 2);
      const aiAgentIds: number[] = [];
      while (aiAgentIds.length < agentCount) {
        const id = rng.pick(AI_AGENTS).id;
        if (!aiAgentIds.includes(id)) aiAgentIds.push(id);
      }
      const segments = this.segments(start, action);
      const duration = segments.reduce((sum, s) => sum + secondsBetween(s.from, s.to), 0);
      return {
        worklogId: firstWorklogId + i,
        userId,
        action,
        segments,
        conversationId:
          action === 'writeAction' || bot || (action === 'closeAction' && rng.chance(0.5)) ? this.conversationId() : null,
        // Reading is not editing, so nothing happens "after work" (enneo: end − first edit).
        durationAfterWork: action === 'readAction' ? 0 : Math.floor(duration * (0.1 + rng.next() * 0.5)),
        automationLevel,
        aiAgentIds,
      };
    });
  }

  /** One assessment of `worklog` against `scorecard`. */
  assessment(id: number, worklog: SeedWorklog, scorecard: SeedScorecard, state: string, supervisor: number): SeedAssessment {
    const { rng } = this;
    const latest = worklog.segments[worklog.segments.length - 1]!.to;
    const createdAt = new Date(latest.getTime() + rng.int(2, 48) * HOUR);
    const reviewed = state === 'reviewedBySupervisor' || state === 'discussedWithAssessee';
    const modifiedAt = new Date(
      createdAt.getTime() + (reviewed || state === 'reviewOngoing' ? rng.int(1, 72) * HOUR : rng.int(0, 120) * MINUTE),
    );
    const scored = !['unprocessed', 'aiInProgress', 'error'].includes(state);

    let scoredPoints = 0;
    let usedMaxPoints = 0;
    let totalMaxPoints = 0;
    const categories = scorecard.categories.map((category) => ({
      categoryId: category.categoryId,
      criteria: category.criteria.map((criterion): SeedCriterionScore => {
        totalMaxPoints += criterion.maxPoints;
        if (!scored)
          return { id: criterion.id, score: null, reason: null, state: 'unscored', lastEditedByUserId: null, lastEditedAt: null };
        const score =
          criterion.scoringType === 'metNotMet'
            ? rng.chance(0.8)
              ? criterion.maxPoints
              : 0
            : rng.weighted([
                [5, 30],
                [4, 35],
                [3, 20],
                [2, 10],
                [1, 5],
              ] as const);
        scoredPoints += score;
        usedMaxPoints += criterion.maxPoints;
        const human = reviewed || (state === 'reviewOngoing' && rng.chance(0.5));
        return {
          id: criterion.id,
          score,
          reason: score === criterion.maxPoints ? 'Criterion fully met.' : 'Partly met; see supervisor note.',
          state: human ? 'humanVerified' : 'aiGenerated',
          lastEditedByUserId: human ? supervisor : null,
          lastEditedAt: human ? modifiedAt : createdAt,
        };
      }),
    }));

    return {
      id,
      scorecardId: scorecard.id,
      scorecardBaseId: scorecard.baseId,
      state,
      assessedUser: worklog.userId,
      assessedByUser: supervisor,
      ticketId: worklog.ticketId,
      worklogId: worklog.worklogId,
      createdAt,
      modifiedAt,
      deletedAt: state === 'deleted' ? modifiedAt : null,
      aiSummary: scored ? 'The agent identified the request and answered it; see criteria for details.' : null,
      categories,
      totals: {
        scoredPoints,
        usedMaxPoints,
        totalMaxPoints,
        percentage: usedMaxPoints > 0 ? Math.round((scoredPoints / usedMaxPoints) * 1000) / 10 : null,
      },
      supervisorAssessment: reviewed
        ? rng.pick(['Good tone, correct resolution.', 'Answer correct, greeting missing.', 'Please document next steps.'])
        : null,
      assessmentDate: reviewed ? modifiedAt : null,
      discussionDate: state === 'discussedWithAssessee' ? new Date(modifiedAt.getTime() + DAY) : null,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// The documentation example (ticket 8821) — reproduced field for field, not generated.

function docExampleWorklogs(): SeedWorklog[] {
  const base = {
    ticketId: 8821,
    userId: 23,
    reOpened: false,
    reopenedAt: null,
    timesSetToOpen: 0,
    customerIdentifiedCorrectly: true,
    tagsIdentifiedCorrectly: true,
    skippedTicket: false,
    statusActionDetail: null,
    pendingDueBy: null,
    pendingSeconds: null,
    netPendingSeconds: null,
    firstPendingAt: null,
  };
  return [
    {
      ...base,
      worklogId: 551,
      conversationId: 331,
      action: 'closeAction',
      actionList: ['reply', 'closed'],
      actionListText: ['Sent reply to customer', 'Closed ticket'],
      segments: [segment(1201, utc('2024-06-12T09:51:00Z'), 480, ['reply', 'closed'])],
      duration: 480,
      durationAfterWork: 120,
      automationLevel: 2,
      automationLevelLabel: 'Assisted',
      aiAgentIds: [5],
      assessments: [
        { id: 901, scorecardId: 42 },
        { id: 902, scorecardId: 43 },
      ],
      slaMet: true,
      netSecondsClosedAfterSla: -1800,
      closingDateForSLA: utc('2024-06-12T09:59:00Z'),
      dueDateForSLA: utc('2024-06-12T10:30:00Z'),
      csat: { id: 88, scale: 5, answerStars: 5, answerText: 'Great service!' },
      statusAfter: 'closed',
      textAssistanceAccuracy: 0.92,
    },
    {
      ...base,
      worklogId: 552,
      conversationId: 332,
      action: 'writeAction',
      actionList: ['reply'],
      actionListText: ['Sent reply to customer'],
      segments: [segment(1215, utc('2024-06-13T07:39:00Z'), 360, ['reply'])],
      duration: 360,
      durationAfterWork: 60,
      automationLevel: 1,
      automationLevelLabel: 'Monitor',
      aiAgentIds: [],
      assessments: [],
      slaMet: true,
      netSecondsClosedAfterSla: 0,
      closingDateForSLA: utc('2024-06-13T08:10:00Z'),
      dueDateForSLA: utc('2024-06-13T08:30:00Z'),
      csat: null,
      statusAfter: 'closed',
      textAssistanceAccuracy: null,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Assembly

const FIRST_TICKET = 8801;
const LAST_TICKET = 8920;
const RESTRICTED = 8900;
const SHOWCASE = 8842;
const DOC_EXAMPLE = 8821;
/** Generated worklogs are topped up to at least this many, so the export holds > 1,000 rows. */
const MIN_WORKLOGS = 1150;

function ticketBase(builder: SeedBuilder, id: number): SeedTicket {
  const { rng } = builder;
  const topic = rng.pick(TOPICS);
  const sub = rng.pick(topic.subs);
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const channel = rng.weighted([
    ['email', 45],
    ['portal', 15],
    ['phone', 15],
    ['chat', 12],
    ['letter', 6],
    ['system', 4],
    ['walkIn', 3],
  ] as const);
  // Created between 2025-09-01 and 2025-11-18, during working hours (UTC).
  const createdAt = new Date(utc('2025-09-01T00:00:00Z').getTime() + rng.int(0, 78) * DAY);
  createdAt.setUTCHours(rng.int(6, 15), rng.int(0, 59), rng.int(0, 59));
  const plain = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace('ß', 'ss');
  const subject = rng.pick(sub.subjects);
  return {
    id,
    subject,
    summary: `${first} ${last} writes about "${sub.tag.name.toLowerCase()}": ${subject.toLowerCase()}.`,
    status: 'open',
    channel,
    direction: rng.weighted([
      ['in', 85],
      ['out', 10],
      ['internal', 5],
    ] as const),
    priority: rng.weighted([
      ['low', 20],
      ['medium', 50],
      ['high', 22],
      ['urgent', 8],
    ] as const),
    from: channel === 'phone' ? `+49 151 ${rng.int(1000000, 9999999)}` : `${plain(first)}.${plain(last)}@example.org`,
    fromName: `${first} ${last}`,
    customerId: 500_000 + rng.int(1, 99_999),
    contractId: 7_100_000 + rng.int(1, 99_999),
    tags: [topic.tag, sub.tag],
    aiSupportLevel: rng.pick(['none', 'assisted', 'automated']),
    spamStatus: rng.chance(0.03) ? 'suspected' : 'notSpam',
    createdAt,
    modifiedAt: createdAt,
    restricted: id === RESTRICTED,
  };
}

function showcase(builder: SeedBuilder, ticket: SeedTicket): WorklogDraft[] {
  const billing = TOPICS[0]!;
  Object.assign(ticket, {
    subject: 'Double charge on invoice 2025-10',
    summary: 'Kari Nordmann was charged twice for invoice 2025-10 and asks for a refund of the second debit.',
    channel: 'email',
    direction: 'in',
    priority: 'high',
    from: 'kari.nordmann@example.no',
    fromName: 'Kari Nordmann',
    customerId: 510_042,
    contractId: 7_142_042,
    tags: [billing.tag, billing.subs[1]!.tag],
    aiSupportLevel: 'assisted',
    spamStatus: 'notSpam',
    createdAt: utc('2025-11-03T07:52:00Z'),
  } satisfies Partial<SeedTicket>);
  const one = (
    worklogId: number,
    userId: number,
    action: string,
    at: string,
    seconds: number,
    list: string[],
    extra: Partial<WorklogDraft>,
  ): WorklogDraft => ({
    worklogId,
    userId,
    action,
    segments: [segment(builder.segmentId(), utc(at), seconds, list)],
    conversationId: null,
    durationAfterWork: 0,
    automationLevel: 0,
    aiAgentIds: [],
    ...extra,
  });
  return [
    one(20001, 104, 'readAction', '2025-11-03T08:15:00Z', 180, ['opened'], {}),
    one(20002, 104, 'writeAction', '2025-11-03T13:40:00Z', 420, ['reply'], {
      conversationId: builder.conversationId(),
      durationAfterWork: 120,
      automationLevel: 2,
      aiAgentIds: [6],
    }),
    one(20003, 107, 'statusAction', '2025-11-04T09:05:00Z', 240, ['statusPending'], {
      durationAfterWork: 60,
      statusActionDetail: 'waitingForThirdParty',
    }),
    one(20004, 104, 'closeAction', '2025-11-05T10:30:00Z', 300, ['closed'], {
      durationAfterWork: 90,
      automationLevel: 1,
      aiAgentIds: [5],
    }),
  ];
}

function build(): EnneoSeed {
  const builder = new SeedBuilder();
  const { rng } = builder;
  const profiles = buildProfiles(rng);
  const scorecards = buildScorecards();
  const tickets = new Map<number, SeedTicket>();
  const worklogs = new Map<number, SeedWorklog[]>();

  for (let id = FIRST_TICKET; id <= LAST_TICKET; id++) tickets.set(id, ticketBase(builder, id));

  // How many worklogs each generated ticket gets: ~10% none, the rest 4–16, topped up to the minimum.
  const special = new Set([DOC_EXAMPLE, SHOWCASE, RESTRICTED]);
  const candidates = [...tickets.keys()].filter((id) => !special.has(id));
  const empty = new Set<number>();
  while (empty.size < 12) empty.add(rng.pick(candidates));
  const counts = new Map<number, number>();
  for (const id of tickets.keys()) if (!special.has(id) || id === RESTRICTED) counts.set(id, empty.has(id) ? 0 : rng.int(4, 16));
  const fillable = [...counts.keys()].filter((id) => !empty.has(id));
  let total = [...counts.values()].reduce((a, b) => a + b, 0);
  while (total < MIN_WORKLOGS) {
    const id = rng.pick(fillable);
    if (counts.get(id)! < 16) {
      counts.set(id, counts.get(id)! + 1);
      total += 1;
    }
  }

  let nextWorklogId = 10_001;
  for (const ticket of tickets.values()) {
    let list: SeedWorklog[];
    if (ticket.id === DOC_EXAMPLE) {
      Object.assign(ticket, {
        subject: 'Payment reminder although I paid',
        summary: 'Customer received a payment reminder for an invoice that was already paid.',
        channel: 'email',
        direction: 'in',
        priority: 'medium',
        tags: [TOPICS[0]!.tag, TOPICS[0]!.subs[0]!.tag],
        createdAt: utc('2024-06-12T09:30:00Z'),
      } satisfies Partial<SeedTicket>);
      list = docExampleWorklogs();
    } else if (ticket.id === SHOWCASE) {
      list = builder.finish(ticket, showcase(builder, ticket));
    } else {
      const count = counts.get(ticket.id)!;
      list = builder.finish(ticket, builder.drafts(ticket, count, nextWorklogId, rng.pick(HUMAN_AGENT_IDS)));
      nextWorklogId += count;
    }
    worklogs.set(ticket.id, list);
    const last = list[list.length - 1];
    ticket.status = last ? (last.statusAfter as SeedTicketStatus) : 'open';
    ticket.modifiedAt = last ? last.segments[last.segments.length - 1]!.to : new Date(ticket.createdAt.getTime() + 10 * MINUTE);
  }

  const ordinary = [...worklogs.values()].flat().filter((w) => !special.has(w.ticketId));

  // A few real rows carry an action outside the documented enum, so the gateway has to tolerate it.
  for (const index of [97, 503, 911]) {
    const w = ordinary[index]!;
    w.action = 'mergeAction';
    const last = w.segments[w.segments.length - 1]!;
    last.actionList = ['merged'];
    last.actionListText = [ACTION_TEXT.merged!];
    w.actionList = union(w.segments.map((s) => s.actionList));
    w.actionListText = w.actionList.map((code) => ACTION_TEXT[code] ?? code);
    w.userId = rng.pick(HUMAN_AGENT_IDS);
    w.automationLevel = 0;
    w.automationLevelLabel = AUTOMATION_LABELS[0]!;
    w.aiAgentIds = [];
    w.textAssistanceAccuracy = null;
    w.closingDateForSLA = null;
    w.netSecondsClosedAfterSla = 0;
  }

  // Quality assessments: ~20% of worklogs, 1–2 each; the doc example's 901/902 by hand.
  const assessments = new Map<number, SeedAssessment>();
  const docWorklog = worklogs.get(DOC_EXAMPLE)![0]!;
  const doc901 = builder.assessment(901, docWorklog, scorecards.get(42)!, 'reviewedBySupervisor', 201);
  const doc902 = builder.assessment(902, docWorklog, scorecards.get(43)!, 'aiReady', 201);
  assessments.set(901, doc901).set(902, doc902);

  let nextAssessmentId = 3001;
  const states = [
    ['aiReady', 35],
    ['reviewOngoing', 15],
    ['reviewedBySupervisor', 25],
    ['discussedWithAssessee', 12],
    ['unprocessed', 6],
    ['aiInProgress', 3],
    ['error', 2],
    ['deleted', 2],
  ] as const;
  for (const list of worklogs.values()) {
    list.forEach((w, index) => {
      if (w.ticketId === DOC_EXAMPLE) return;
      // The restricted ticket's first worklog is always assessed, so 403 on assessments is testable.
      const forced = w.ticketId === RESTRICTED && index === 0;
      if (!forced && !rng.chance(0.2)) return;
      const ticket = tickets.get(w.ticketId)!;
      const start = w.segments[0]!.from;
      const emailCard = start.getTime() < utc('2025-10-01T07:00:00Z').getTime() ? 42 : 44;
      const first = ticket.channel === 'phone' || ticket.channel === 'walkIn' ? 45 : emailCard;
      const cards = rng.chance(0.25) ? [first, 43] : [first];
      for (const cardId of cards) {
        const a = builder.assessment(
          nextAssessmentId++,
          w,
          scorecards.get(cardId)!,
          rng.weighted(states),
          rng.pick(SUPERVISOR_IDS),
        );
        assessments.set(a.id, a);
        w.assessments.push({ id: a.id, scorecardId: cardId });
      }
    });
  }

  const worklogById = new Map<number, SeedWorklog>();
  for (const list of worklogs.values()) for (const w of list) worklogById.set(w.worklogId, w);

  return {
    tickets,
    worklogs,
    worklogById,
    assessments,
    scorecards,
    profiles,
    teams: new Map(TEAMS.map((t) => [t.id, t])),
    aiAgents: new Map(AI_AGENTS.map((a) => [a.id, a])),
    restrictedTicketId: RESTRICTED,
    showcaseTicketId: SHOWCASE,
    docExampleTicketId: DOC_EXAMPLE,
    botUserId: BOT_ID,
  };
}

let memo: EnneoSeed | undefined;

/** The seeded data set; built once per process and shared (treat it as read-only). */
export function createEnneoSeed(): EnneoSeed {
  memo ??= build();
  return memo;
}
