import { createRng, type Rng } from './random.js';

/**
 * Deterministic demo data for the Socialboards simulator. Everything is generated from one
 * fixed-seed PRNG and pure UTC arithmetic, so every run — under any process time zone — sees the
 * same tickets, users, uuids and log entries. Instants keep Socialboards' 100-ns precision
 * (`SeedTime`); the simulator renders them to wire strings with `formatSocialboardsTime`.
 *
 * Hand-written fixtures inside the generated data:
 * - ticket 5501 is the cross-source showcase case (Kari Nordmann, double charge), see SOCIALBOARDS_SHOWCASE;
 * - ticket 5502 reproduces the documentation example of the Ticket Log object field for field;
 * - ticket 5520 has exactly 123 log entries (three pages of take=50: 50 + 50 + 23);
 * - tickets 5512 and 5537 end with a `ticket_merged` entry.
 */

// ---------------------------------------------------------------------------------------------
// Types

export interface SeedUser {
  /** UUID. */
  id: string;
  name: string;
  email: string | null;
  image: string | null;
  isBot: boolean;
  /** Bots are `team` here (a bot's real status is UNCONFIRMED). */
  status: 'team' | 'client';
  /** Trimmed and lower-cased, as Socialboards stores it; null for most users. */
  customIdentifier: string | null;
}

export interface SeedCategory {
  id: number;
  name: string;
  parentId: number | null;
}

export interface SeedTag {
  id: number;
  name: string;
}

/**
 * An instant with Socialboards' precision (100-ns ticks) plus how the API prints it: the offset
 * it is shown in, and whether all 7 fractional digits are printed (`fixed7`) or trailing zeros are
 * trimmed like .NET's `FFFFFFF` (`trimmed`: `.0100000` → `.01`, `.0000000` → no fraction at all).
 */
export interface SeedTime {
  /** Milliseconds since the epoch (UTC). */
  epochMs: number;
  /** 100-ns ticks within that millisecond, 0..9999. */
  ticks: number;
  /** Offset the time is printed in, minutes east of UTC (e.g. 180 for `+03:00`, -300 for `-05:00`). */
  offsetMinutes: number;
  digits: 'fixed7' | 'trimmed';
}

export interface SeedLogEntry {
  ticketId: number;
  /** Position in the ticket's log, oldest first (0 = the oldest). */
  seq: number;
  /** Raw action type; a few are outside the documented five. */
  actionType: string;
  /** Already localized, placeholders included. */
  actionString: string;
  /** Who acted. */
  userId: string;
  time: SeedTime;
  /** Users referenced by `{User:<uuid>}` placeholders (and mentions). */
  includedUserIds: string[];
  includedCategoryIds: number[];
  includedTagIds: number[];
}

export type SeedTicketStatus = 'open' | 'pending' | 'closed';
export type SeedLanguage = 'nb' | 'en';

export interface SeedAttachment {
  isContentPart: boolean;
  name: string;
  url: string;
}

export interface SeedTicket {
  id: number;
  /** Language of the ticket's action strings (the inbox language). */
  language: SeedLanguage;
  title: string;
  message: string;
  authorId: string;
  categoryId: number | null;
  tagIds: number[];
  status: SeedTicketStatus;
  /** The assigned teammate (`lockedBy`), or null. */
  lockedById: string | null;
  source: string;
  detailedSource: string;
  sourceName: string | null;
  originalLink: string | null;
  sentiment: string;
  attachments: SeedAttachment[];
  replyCount: number;
  isSpam: boolean;
  creationTime: SeedTime;
  lastThreadElementCreationTime: SeedTime;
}

export interface SocialboardsSeed {
  users: Map<string, SeedUser>;
  categories: Map<number, SeedCategory>;
  tags: Map<number, SeedTag>;
  tickets: Map<number, SeedTicket>;
  /** By ticket id, oldest first (the API answers newest first). */
  logs: Map<number, SeedLogEntry[]>;
  showcaseTicketId: 5501;
  docExampleTicketId: 5502;
  /** The ticket whose log needs three pages of 50. */
  longLogTicketId: 5520;
  longLogEntryCount: 123;
  /** Tickets whose last entry is `ticket_merged`, with the ticket they were merged into. */
  mergedTickets: Map<number, number>;
}

// ---------------------------------------------------------------------------------------------
// Time: parsing and printing Socialboards timestamps (pure UTC arithmetic, no process time zone)

const WIRE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/**
 * Reads `2025-11-03T09:02:40.5000001+01:00` (or a `…Z` instant) into a SeedTime. A string with all
 * 7 digits becomes `fixed7`, fewer become `trimmed`; a `Z` string is printed as `+00:00`.
 */
export function parseSocialboardsTime(wire: string): SeedTime {
  const m = WIRE_TIME.exec(wire);
  if (!m) throw new Error(`Not a Socialboards timestamp: ${wire}`);
  const [, y, mo, d, h, mi, s, fraction = '', zulu, sign, oh, om] = m;
  const digits = fraction.padEnd(7, '0');
  const offsetMinutes = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) + Number(digits.slice(0, 3));
  return {
    epochMs: wall - offsetMinutes * 60_000,
    ticks: Number(digits.slice(3)),
    offsetMinutes,
    digits: fraction.length === 7 || zulu ? 'fixed7' : 'trimmed',
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Prints a SeedTime the way Socialboards does: local wall clock in its offset, `±HH:MM`. */
export function formatSocialboardsTime(t: SeedTime): string {
  const local = new Date(t.epochMs + t.offsetMinutes * 60_000);
  let fraction = `${pad(local.getUTCMilliseconds(), 3)}${pad(t.ticks, 4)}`;
  if (t.digits === 'trimmed') fraction = fraction.replace(/0+$/, '');
  const abs = Math.abs(t.offsetMinutes);
  const offset = `${t.offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${fraction ? `.${fraction}` : ''}${offset}`
  );
}

/** Orders instants (the offset and the printing do not matter). */
export function compareSeedTimes(a: SeedTime, b: SeedTime): number {
  return a.epochMs - b.epochMs || a.ticks - b.ticks;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness (the shared generator of random.ts, with this seed's own seed)

const SEED = 0x50c1_a1b0;

// ---------------------------------------------------------------------------------------------
// Fixed users, categories and tags

export const INGRID_SOLBERG_ID = '3f2a9c4e-8b1d-4e7a-b6c5-1d9e0f2a7b34';
export const KARI_NORDMANN_ID = '5b0e7c1a-2f4d-4c61-9a8e-0d3f6b7c8a21';
/** The auto-responder bot: answers new tickets within seconds (`reply_created`, `isBot: true`). */
export const AUTO_RESPONDER_ID = 'b0a7c3d1-5e2f-4a68-9c1b-3d5e7f9a1b2c';
/** The routing bot: assigns new tickets to teammates (`ticket_assigned_to_user`, `isBot: true`). */
export const ROUTING_BOT_ID = 'd3c2b1a0-9f8e-4d7c-a6b5-c4d3e2f1a0b9';
/** Users of the documentation examples, kept with their documented ids. */
export const DOC_AGENT_ID = '841c30d5-6ae4-4df1-939e-04c55aed5e98';
export const DOC_CLIENT_ID = '4c115b95-7b5e-42d6-bef8-f58d96c9615d';
const ANTON_ID = '7ada8318-adf9-46d1-97ff-81aee80a8415';

const team = (id: string, name: string, email: string): SeedUser => ({
  id,
  name,
  email,
  image: null,
  isBot: false,
  status: 'team',
  customIdentifier: null,
});
const bot = (id: string, name: string): SeedUser => ({
  id,
  name,
  email: null,
  image: null,
  isBot: true,
  status: 'team',
  customIdentifier: null,
});

const FIXED_USERS: SeedUser[] = [
  team(INGRID_SOLBERG_ID, 'Ingrid Solberg', 'ingrid.solberg@sandbox-energy.example'),
  team('9c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5', 'Ole Hansen', 'ole.hansen@sandbox-energy.example'),
  team('c4e8a2f0-7d3b-4f19-a5c2-6e8b0d4f1a93', 'Sindre Larsen', 'sindre.larsen@sandbox-energy.example'),
  team('e1f3a5c7-9b2d-4e6f-8a0c-2b4d6f8a0c1e', 'Nora Bakken', 'nora.bakken@sandbox-energy.example'),
  team('2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f', 'Emma Johansson', 'emma.johansson@sandbox-energy.example'),
  team('8a6c4e2f-1b3d-4f5a-b7c9-d1e3f5a7b9c0', 'Priya Nair', 'priya.nair@sandbox-energy.example'),
  // "Anton Checkhov" and "Garrick Ollivander" are the teammates of the vendor's examples.
  team(ANTON_ID, 'Anton Checkhov', 'Anton@Checkhov.com'),
  team(DOC_AGENT_ID, 'Garrick Ollivander', 'wandmaster@olivanders.com'),
  bot(AUTO_RESPONDER_ID, 'Auto-responder'),
  bot(ROUTING_BOT_ID, 'Routing bot'),
  {
    id: KARI_NORDMANN_ID,
    name: 'Kari Nordmann',
    email: 'kari.nordmann@example.no',
    image: null,
    isBot: false,
    status: 'client',
    customIdentifier: 'cust-510042',
  },
  {
    id: DOC_CLIENT_ID,
    name: 'Harry Potter',
    email: 'harrypotter@wizardmail.com',
    image: null,
    isBot: false,
    status: 'client',
    customIdentifier: null,
  },
];

const INGRID = INGRID_SOLBERG_ID;
const NORWEGIAN_AGENTS = [
  INGRID,
  '9c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5',
  'c4e8a2f0-7d3b-4f19-a5c2-6e8b0d4f1a93',
  'e1f3a5c7-9b2d-4e6f-8a0c-2b4d6f8a0c1e',
  ANTON_ID,
];
const ENGLISH_AGENTS = [
  '2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f',
  '8a6c4e2f-1b3d-4f5a-b7c9-d1e3f5a7b9c0',
  INGRID,
  '9c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5',
];

const CATEGORIES: SeedCategory[] = [
  // 15721 "Other cases" is the category of the vendor's webhook example.
  { id: 15721, name: 'Other cases', parentId: null },
  { id: 15800, name: 'Billing', parentId: null },
  { id: 15801, name: 'Double charge', parentId: 15800 },
  { id: 15802, name: 'Invoice correction', parentId: 15800 },
  { id: 15810, name: 'Contract', parentId: null },
  { id: 15811, name: 'Move', parentId: 15810 },
  { id: 15812, name: 'Cancellation', parentId: 15810 },
  { id: 15820, name: 'Technical', parentId: null },
  { id: 15821, name: 'Login', parentId: 15820 },
  { id: 15822, name: 'Outage', parentId: 15820 },
];

const TAGS: SeedTag[] = [
  { id: 301, name: 'refund' },
  { id: 302, name: 'vip' },
  { id: 303, name: 'complaint' },
  { id: 304, name: 'follow-up' },
  { id: 305, name: 'social' },
  { id: 306, name: 'urgent' },
];

const CLIENT_NAMES: Record<SeedLanguage, string[]> = {
  nb: [
    'Ola Nordmann',
    'Marit Haugen',
    'Lars Berg',
    'Ingeborg Dahl',
    'Henrik Lie',
    'Silje Moen',
    'Eirik Strand',
    'Tone Bakke',
    'Jonas Vik',
    'Hilde Sæther',
    'Bjørn Åsheim',
    'Ragnhild Øien',
  ],
  en: [
    'John Smith',
    'Emily Clarke',
    'Michael Brown',
    'Sophie Turner',
    'David Green',
    'Laura White',
    'Chris Walker',
    'Hannah Lee',
    'Tom Baker',
    'Grace Hall',
  ],
};

/** Ticket topics: title and first message per language, and the category they usually get. */
const TOPICS: { categoryId: number | null; title: Record<SeedLanguage, string>; message: Record<SeedLanguage, string> }[] = [
  {
    categoryId: 15802,
    title: { nb: 'Feil beløp på fakturaen', en: 'Wrong amount on my invoice' },
    message: {
      nb: 'Hei, fakturaen min for oktober har feil beløp. Kan dere se på det?',
      en: 'Hello, my October invoice shows the wrong amount. Could you check it?',
    },
  },
  {
    categoryId: 15811,
    title: { nb: 'Flytting til ny adresse', en: 'Moving to a new address' },
    message: {
      nb: 'Jeg flytter neste måned. Hvordan flytter jeg avtalen?',
      en: 'I am moving next month. How do I move my contract?',
    },
  },
  {
    categoryId: 15821,
    title: { nb: 'Kan ikke logge inn på Min side', en: 'Cannot log in to the portal' },
    message: {
      nb: 'Passordet mitt fungerer ikke lenger, og jeg får ingen e-post for å tilbakestille det.',
      en: 'My password stopped working and the reset e-mail never arrives.',
    },
  },
  {
    categoryId: 15812,
    title: { nb: 'Oppsigelse av avtale', en: 'Cancel my contract' },
    message: {
      nb: 'Jeg ønsker å si opp strømavtalen min fra 1. desember.',
      en: 'I would like to cancel my electricity contract from 1 December.',
    },
  },
  {
    categoryId: 15822,
    title: { nb: 'Strømbrudd i området', en: 'Power outage in my area' },
    message: {
      nb: 'Vi har vært uten strøm siden i morges. Vet dere når det kommer tilbake?',
      en: 'We have had no power since this morning. Do you know when it will be back?',
    },
  },
  {
    categoryId: null,
    title: { nb: 'Spørsmål om målerstand', en: 'Question about my meter reading' },
    message: {
      nb: 'Hvor finner jeg målerstanden som ble registrert forrige måned?',
      en: 'Where can I see the meter reading you registered last month?',
    },
  },
];

/** Sources and how they print (enumerations UNCONFIRMED; `web`/`web_website` is the doc example). */
const SOURCES = [
  { source: 'email', detailedSource: 'email_inbox', sourceName: 'kundeservice@sandbox-energy.example', weight: 45 },
  { source: 'web', detailedSource: 'web_website', sourceName: null, weight: 20 },
  { source: 'facebook', detailedSource: 'facebook_messenger', sourceName: 'Sandbox Energy', weight: 20 },
  { source: 'chat', detailedSource: 'chat_widget', sourceName: 'Chat widget', weight: 15 },
] as const;

/** Offsets timestamps are printed in, weighted; one crosses midnight often (-08:00), one is not whole hours (+05:30). */
const OFFSETS = [
  [0, 35],
  [60, 25],
  [120, 14],
  [180, 10],
  [-300, 8],
  [330, 4],
  [-180, 2],
  [-480, 2],
] as const;

// ---------------------------------------------------------------------------------------------
// Localized action strings. Socialboards localizes `actionString` to the inbox language and
// writes referenced users as `{User:<uuid>}` placeholders (backed by includedItems.users).

const STATUS_LABELS: Record<SeedLanguage, Record<SeedTicketStatus, string>> = {
  nb: { open: 'Åpen', pending: 'På vent', closed: 'Lukket' },
  en: { open: 'Open', pending: 'Pending', closed: 'Closed' },
};

const TEXT = {
  nb: {
    created: 'opprettet saken',
    read: 'leste saken',
    reply: 'sendte et svar',
    status: (from: string, to: string) => `endret sakens status fra "${from}" til "${to}"`,
    assign: (uuid: string) => `tildelte saken til {User:${uuid}}`,
    category: (name: string) => `endret kategori til "${name}"`,
    tags: (names: string[]) => `endret stikkord til ${names.map((n) => `"${n}"`).join(', ')}`,
    note: 'la til et notat',
    mention: (uuid: string) => `la til et notat og nevnte {User:${uuid}}`,
    merged: (into: number) => `slo sammen saken med #${into}`,
  },
  en: {
    created: 'created the ticket',
    read: 'read the ticket',
    reply: 'sent a reply',
    status: (from: string, to: string) => `changed the status from "${from}" to "${to}"`,
    assign: (uuid: string) => `changed ticket assignee to {User:${uuid}}`,
    category: (name: string) => `changed the category to "${name}"`,
    tags: (names: string[]) => `changed the tags to ${names.map((n) => `"${n}"`).join(', ')}`,
    note: 'added a note',
    mention: (uuid: string) => `added a note mentioning {User:${uuid}}`,
    merged: (into: number) => `merged the ticket into #${into}`,
  },
} satisfies Record<SeedLanguage, unknown>;

// ---------------------------------------------------------------------------------------------
// The showcase case (ticket 5501) — written by hand, not generated.

/**
 * The cross-source customer case: Kari Nordmann was charged twice (same case as enneo ticket
 * 8842). Entries are oldest first; `utc` is the instant with all 7 digits, `time` is exactly what
 * the API prints (every entry in a different offset; the first one falls on the previous local day,
 * and entries 2 and 3 sort the wrong way round as strings).
 */
export const SOCIALBOARDS_SHOWCASE = {
  ticketId: 5501,
  title: 'Double charge on invoice 2025-10',
  status: 'closed',
  customer: { id: KARI_NORDMANN_ID, name: 'Kari Nordmann', email: 'kari.nordmann@example.no', customIdentifier: 'cust-510042' },
  agent: { id: INGRID_SOLBERG_ID, name: 'Ingrid Solberg', email: 'ingrid.solberg@sandbox-energy.example' },
  entries: [
    {
      actionType: 'ticket_created',
      userId: KARI_NORDMANN_ID,
      utc: '2025-11-03T06:58:12.1234567Z',
      time: '2025-11-02T22:58:12.1234567-08:00',
      actionString: 'opprettet saken',
    },
    {
      actionType: 'ticket_read',
      userId: INGRID_SOLBERG_ID,
      utc: '2025-11-03T08:02:40.5000001Z',
      time: '2025-11-03T09:02:40.5000001+01:00',
      actionString: 'leste saken',
    },
    {
      actionType: 'ticket_assigned_to_user',
      userId: INGRID_SOLBERG_ID,
      utc: '2025-11-03T08:20:05.0000000Z',
      time: '2025-11-03T08:20:05.0000000+00:00',
      actionString: `tildelte saken til {User:${INGRID_SOLBERG_ID}}`,
    },
    {
      actionType: 'reply_created',
      userId: INGRID_SOLBERG_ID,
      utc: '2025-11-03T13:45:30.2500000Z',
      time: '2025-11-03T15:45:30.2500000+02:00',
      actionString: 'sendte et svar',
    },
    {
      actionType: 'ticket_status_changed',
      userId: INGRID_SOLBERG_ID,
      utc: '2025-11-03T13:46:00.0000000Z',
      time: '2025-11-03T16:46:00.0000000+03:00',
      actionString: 'endret sakens status fra "Åpen" til "På vent"',
    },
    {
      actionType: 'reply_created',
      userId: KARI_NORDMANN_ID,
      utc: '2025-11-04T11:15:00.9999999Z',
      time: '2025-11-04T16:45:00.9999999+05:30',
      actionString: 'sendte et svar',
    },
    {
      actionType: 'ticket_status_changed',
      userId: INGRID_SOLBERG_ID,
      utc: '2025-11-05T10:34:10.1000000Z',
      time: '2025-11-05T05:34:10.1000000-05:00',
      actionString: 'endret sakens status fra "På vent" til "Lukket"',
    },
  ],
} as const;

/** The Ticket Log object example of the vendor docs (newest first, as printed there), ticket 5502. */
const DOC_EXAMPLE_ENTRIES = [
  {
    actionType: 'ticket_status_changed',
    actionString: 'changed the status from "Open" to "Pending"',
    time: '2023-12-13T22:11:52.9031351+00:00',
    userId: DOC_AGENT_ID,
    users: [],
  },
  {
    actionType: 'reply_created',
    actionString: 'sent a reply',
    time: '2023-12-13T22:11:52.7825391+00:00',
    userId: DOC_AGENT_ID,
    users: [],
  },
  {
    actionType: 'ticket_assigned_to_user',
    actionString: `changed ticket assignee to {User:${DOC_AGENT_ID}}`,
    time: '2023-12-13T22:11:39.031395+00:00',
    userId: DOC_AGENT_ID,
    users: [DOC_AGENT_ID],
  },
  {
    actionType: 'ticket_read',
    actionString: 'read the ticket',
    time: '2023-12-13T22:01:32.3169513+00:00',
    userId: DOC_AGENT_ID,
    users: [],
  },
  {
    actionType: 'ticket_created',
    actionString: 'created the ticket',
    time: '2023-08-03T20:39:35.01+03:00',
    userId: DOC_CLIENT_ID,
    users: [],
  },
] as const;

// ---------------------------------------------------------------------------------------------
// Generation

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const FIRST_TICKET = 5501;
const LAST_TICKET = 5540;
const SHOWCASE = 5501;
const DOC_EXAMPLE = 5502;
const LONG_LOG = 5520;
const LONG_LOG_COUNT = 123;
/** Merged ticket → the ticket it was merged into. */
const MERGED = new Map([
  [5512, 5511],
  [5537, 5538],
]);
/** Tickets that certainly have bot entries (others get them by chance). */
const BOT_TICKETS = new Set([5503, 5520, 5525]);
/** Unknown action types that real logs contain and the generator uses. */
const EXTRA_ACTION_TYPES = ['ticket_category_changed', 'ticket_tags_changed', 'note_created', 'ticket_merged'] as const;

type Kind = 'agentReply' | 'clientReply' | 'read' | 'status' | 'note' | 'mention' | 'category' | 'tags' | 'reassign';

const MIDDLE_KINDS: readonly (readonly [Kind, number])[] = [
  ['agentReply', 24],
  ['clientReply', 14],
  ['read', 15],
  ['status', 14],
  ['note', 8],
  ['mention', 4],
  ['category', 5],
  ['tags', 6],
  ['reassign', 5],
];

class LogBuilder {
  readonly entries: SeedLogEntry[] = [];
  status: SeedTicketStatus = 'open';
  assignee: string | null = null;
  categoryId: number | null;
  tagIds: number[];
  private cursor: number;

  constructor(
    private readonly rng: Rng,
    private readonly ticket: SeedTicket,
    private readonly agents: string[],
    start: number,
  ) {
    this.cursor = start;
    this.categoryId = ticket.categoryId;
    this.tagIds = [...ticket.tagIds];
  }

  private get text() {
    return TEXT[this.ticket.language];
  }

  /** A random instant strictly after the previous entry, with sub-millisecond ticks and a random print style. */
  private nextTime(gap: 'seconds' | 'minutes' | 'any'): SeedTime {
    const { rng } = this;
    const ms =
      gap === 'seconds'
        ? rng.int(2, 40) * SECOND
        : gap === 'minutes'
          ? rng.int(1, 90) * MINUTE
          : rng.weighted([
              [rng.int(20, 900) * SECOND, 40],
              [rng.int(15, 360) * MINUTE, 40],
              [rng.int(6, 72) * HOUR, 20],
            ] as const);
    const wholeSecond = Math.floor((this.cursor + ms) / SECOND) * SECOND;
    const roll = rng.next();
    // Most times carry all 7 digits; a few are printed trimmed (`.01`), a very few with no fraction.
    let fraction = rng.int(0, 9_999_999);
    let digits: SeedTime['digits'] = 'fixed7';
    if (roll < 0.02) {
      fraction = 0;
      digits = 'trimmed';
    } else if (roll < 0.08) {
      const unit = 10 ** rng.int(1, 6);
      fraction = Math.max(unit, Math.floor(fraction / unit) * unit);
      digits = 'trimmed';
    }
    const epochMs = wholeSecond + Math.floor(fraction / 10_000);
    this.cursor = epochMs + 1;
    return { epochMs, ticks: fraction % 10_000, offsetMinutes: rng.weighted(OFFSETS), digits };
  }

  private push(
    actionType: string,
    actionString: string,
    userId: string,
    time: SeedTime,
    included: Partial<Pick<SeedLogEntry, 'includedUserIds' | 'includedCategoryIds' | 'includedTagIds'>> = {},
  ) {
    this.entries.push({
      ticketId: this.ticket.id,
      seq: this.entries.length,
      actionType,
      actionString,
      userId,
      time,
      includedUserIds: included.includedUserIds ?? [],
      includedCategoryIds: included.includedCategoryIds ?? [],
      includedTagIds: included.includedTagIds ?? [],
    });
  }

  created(at: SeedTime) {
    this.cursor = at.epochMs + 1;
    this.push('ticket_created', this.text.created, this.ticket.authorId, at);
  }

  autoReply() {
    this.push('reply_created', this.text.reply, AUTO_RESPONDER_ID, this.nextTime('seconds'));
  }

  read(agent = this.agent()) {
    this.push('ticket_read', this.text.read, agent, this.nextTime('any'));
  }

  assign(by: string, to: string) {
    this.assignee = to;
    this.push('ticket_assigned_to_user', this.text.assign(to), by, this.nextTime(by === ROUTING_BOT_ID ? 'seconds' : 'minutes'), {
      includedUserIds: [to],
    });
  }

  reply(userId: string) {
    this.push('reply_created', this.text.reply, userId, this.nextTime('any'));
  }

  changeStatus(to: SeedTicketStatus, by = this.agent()) {
    const labels = STATUS_LABELS[this.ticket.language];
    this.push('ticket_status_changed', this.text.status(labels[this.status], labels[to]), by, this.nextTime('any'));
    this.status = to;
  }

  note(mention: boolean) {
    const by = this.agent();
    if (!mention) return this.push('note_created', this.text.note, by, this.nextTime('any'));
    const other = this.rng.pick(this.agents.filter((a) => a !== by));
    this.push('note_created', this.text.mention(other), by, this.nextTime('any'), { includedUserIds: [other] });
  }

  category() {
    const choices = CATEGORIES.filter((c) => c.id !== this.categoryId);
    const next = this.rng.pick(choices);
    this.categoryId = next.id;
    this.push('ticket_category_changed', this.text.category(next.name), this.agent(), this.nextTime('any'), {
      includedCategoryIds: [next.id],
    });
  }

  tags() {
    const count = this.rng.int(1, 3);
    const ids = new Set<number>();
    while (ids.size < count) ids.add(this.rng.pick(TAGS).id);
    this.tagIds = [...ids].sort((a, b) => a - b);
    const names = this.tagIds.map((id) => TAGS.find((t) => t.id === id)!.name);
    this.push('ticket_tags_changed', this.text.tags(names), this.agent(), this.nextTime('any'), { includedTagIds: this.tagIds });
  }

  merged(into: number) {
    this.push('ticket_merged', this.text.merged(into), this.agent(), this.nextTime('any'));
    this.status = 'closed';
  }

  middle(kind: Kind) {
    switch (kind) {
      case 'agentReply':
        return this.reply(this.agent());
      case 'clientReply':
        return this.reply(this.ticket.authorId);
      case 'read':
        return this.read();
      case 'status':
        return this.changeStatus(this.rng.pick((['open', 'pending', 'closed'] as const).filter((s) => s !== this.status)));
      case 'note':
        return this.note(false);
      case 'mention':
        return this.note(true);
      case 'category':
        return this.category();
      case 'tags':
        return this.tags();
      case 'reassign': {
        const to = this.rng.pick(this.agents.filter((a) => a !== this.assignee));
        return this.assign(this.agent(), to);
      }
    }
  }

  /** The acting teammate: mostly the assignee, sometimes a colleague. */
  agent(): string {
    if (this.assignee && this.rng.chance(0.75)) return this.assignee;
    return this.rng.pick(this.agents);
  }
}

/** A client for a generated ticket; social-media clients have no e-mail address. */
function newClient(rng: Rng, language: SeedLanguage, source: string, index: number): SeedUser {
  const name = CLIENT_NAMES[language][index % CLIENT_NAMES[language].length]!;
  const local = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/å/g, 'a')
    .replace(/\s+/g, '.');
  return {
    id: rng.uuid(),
    name,
    email: source === 'facebook' ? null : `${local}@example.${language === 'nb' ? 'no' : 'com'}`,
    image: source === 'facebook' ? `https://graph.facebook.example/${rng.int(10_000_000, 99_999_999)}/picture` : null,
    isBot: false,
    status: 'client',
    customIdentifier: rng.chance(0.4) ? `cust-${rng.int(500_000, 599_999)}` : null,
  };
}

function randomStart(rng: Rng): SeedTime {
  // Created between 2025-09-01 and 2025-11-20, during (UTC) working hours.
  const day = Date.UTC(2025, 8, 1) + rng.int(0, 80) * DAY;
  const second = day + rng.int(6 * 3600, 19 * 3600) * SECOND;
  const fraction = rng.int(0, 9_999_999);
  return {
    epochMs: second + Math.floor(fraction / 10_000),
    ticks: fraction % 10_000,
    offsetMinutes: rng.weighted(OFFSETS),
    digits: 'fixed7',
  };
}

function generatedTicket(
  rng: Rng,
  id: number,
  users: Map<string, SeedUser>,
  clientIndex: number,
): { ticket: SeedTicket; log: SeedLogEntry[] } {
  const language: SeedLanguage = id === LONG_LOG ? 'en' : rng.chance(0.5) ? 'nb' : 'en';
  const topic = id === LONG_LOG ? TOPICS[4]! : rng.pick(TOPICS);
  const src = rng.weighted(SOURCES.map((s) => [s, s.weight] as const));
  const client = newClient(rng, language, src.source, clientIndex);
  users.set(client.id, client);
  const creationTime = randomStart(rng);
  const initialTags = rng.chance(0.5) ? [rng.pick(TAGS).id] : [];

  const ticket: SeedTicket = {
    id,
    language,
    title: id === LONG_LOG ? 'Recurring power outages at our cabin' : topic.title[language],
    message:
      id === LONG_LOG
        ? 'Hello, the power at our cabin keeps going out several times a week. Please help.'
        : topic.message[language],
    authorId: client.id,
    categoryId: rng.chance(0.85) ? topic.categoryId : null,
    tagIds: src.source === 'facebook' ? [...new Set([...initialTags, 305])] : initialTags,
    status: 'open',
    lockedById: null,
    source: src.source,
    detailedSource: src.detailedSource,
    sourceName: src.sourceName,
    originalLink:
      src.source === 'facebook' ? `https://www.facebook.com/sandboxenergy/posts/${rng.int(100_000_000, 999_999_999)}` : null,
    sentiment: rng.pick(['question', 'neutral', 'negative', 'positive']),
    attachments: rng.chance(0.2)
      ? [
          {
            isContentPart: false,
            name: `photo-${id}.jpg`,
            url: `https://attachments.sandbox-socialboards.example/${id}/photo-${id}.jpg`,
          },
        ]
      : [],
    replyCount: 0,
    isSpam: false,
    creationTime,
    lastThreadElementCreationTime: creationTime,
  };

  const agents = language === 'nb' ? NORWEGIAN_AGENTS : ENGLISH_AGENTS;
  const builder = new LogBuilder(rng, ticket, agents, creationTime.epochMs);
  const count = id === LONG_LOG ? LONG_LOG_COUNT : rng.int(3, 30);
  const mergedInto = MERGED.get(id);
  const closing = mergedInto !== undefined || rng.chance(0.55);

  builder.created(creationTime);
  const steps: (() => void)[] = [];
  if (BOT_TICKETS.has(id) || rng.chance(0.25)) steps.push(() => builder.autoReply());
  const primary = rng.pick(agents);
  steps.push(() => builder.read(primary));
  const byBot = BOT_TICKETS.has(id) ? id !== 5503 : rng.chance(0.3);
  steps.push(() => builder.assign(byBot ? ROUTING_BOT_ID : primary, primary));
  // The long log carries every unknown type at least once, at fixed positions.
  const forced = new Map<number, Kind>(
    id === LONG_LOG
      ? [
          [10, 'category'],
          [20, 'tags'],
          [30, 'note'],
          [40, 'mention'],
          [60, 'reassign'],
        ]
      : [],
  );

  const reserve = closing ? 1 : 0;
  for (const step of steps) if (builder.entries.length < count - reserve) step();
  while (builder.entries.length < count - reserve) {
    builder.middle(forced.get(builder.entries.length) ?? rng.weighted(MIDDLE_KINDS));
  }
  if (closing && builder.entries.length < count) {
    if (mergedInto !== undefined) builder.merged(mergedInto);
    else if (builder.status !== 'closed') builder.changeStatus('closed');
    else builder.reply(builder.agent());
  }

  const log = builder.entries;
  const replies = log.filter((e) => e.actionType === 'reply_created');
  Object.assign(ticket, {
    status: builder.status,
    lockedById: builder.assignee,
    categoryId: builder.categoryId,
    tagIds: builder.tagIds,
    replyCount: replies.length,
    lastThreadElementCreationTime: replies[replies.length - 1]?.time ?? creationTime,
  } satisfies Partial<SeedTicket>);
  return { ticket, log };
}

function showcaseTicket(): { ticket: SeedTicket; log: SeedLogEntry[] } {
  const log = SOCIALBOARDS_SHOWCASE.entries.map((e, seq): SeedLogEntry => {
    const time = parseSocialboardsTime(e.time);
    // Guard against typos in the hand-written constants: `time` and `utc` must be the same instant.
    if (compareSeedTimes(time, parseSocialboardsTime(e.utc)) !== 0)
      throw new Error(`Showcase entry ${seq}: ${e.time} is not ${e.utc}`);
    return {
      ticketId: SHOWCASE,
      seq,
      actionType: e.actionType,
      actionString: e.actionString,
      userId: e.userId,
      time,
      includedUserIds: e.actionType === 'ticket_assigned_to_user' ? [INGRID_SOLBERG_ID] : [],
      includedCategoryIds: [],
      includedTagIds: [],
    };
  });
  const ticket: SeedTicket = {
    id: SHOWCASE,
    language: 'nb',
    title: SOCIALBOARDS_SHOWCASE.title,
    message: 'Hei! Jeg er belastet to ganger for faktura 2025-10. Kan dere refundere det andre trekket? Hilsen Kari Nordmann',
    authorId: KARI_NORDMANN_ID,
    categoryId: 15801,
    tagIds: [301],
    status: 'closed',
    lockedById: INGRID_SOLBERG_ID,
    source: 'email',
    detailedSource: 'email_inbox',
    sourceName: 'kundeservice@sandbox-energy.example',
    originalLink: null,
    sentiment: 'negative',
    attachments: [
      {
        isContentPart: false,
        name: 'faktura-2025-10.pdf',
        url: 'https://attachments.sandbox-socialboards.example/5501/faktura-2025-10.pdf',
      },
    ],
    replyCount: 2,
    isSpam: false,
    creationTime: log[0]!.time,
    lastThreadElementCreationTime: log[5]!.time,
  };
  return { ticket, log };
}

function docExampleTicket(): { ticket: SeedTicket; log: SeedLogEntry[] } {
  const log = [...DOC_EXAMPLE_ENTRIES].reverse().map(
    (e, seq): SeedLogEntry => ({
      ticketId: DOC_EXAMPLE,
      seq,
      actionType: e.actionType,
      actionString: e.actionString,
      userId: e.userId,
      time: parseSocialboardsTime(e.time),
      includedUserIds: [...e.users],
      includedCategoryIds: [],
      includedTagIds: [],
    }),
  );
  const ticket: SeedTicket = {
    id: DOC_EXAMPLE,
    language: 'en',
    title: 'Wand warranty',
    message: 'Hello, my wand stopped working after the summer. Is it still under warranty?',
    authorId: DOC_CLIENT_ID,
    categoryId: null,
    tagIds: [],
    status: 'pending',
    lockedById: DOC_AGENT_ID,
    source: 'web',
    detailedSource: 'web_website',
    sourceName: null,
    originalLink: null,
    sentiment: 'question',
    attachments: [],
    replyCount: 1,
    isSpam: false,
    creationTime: log[0]!.time,
    lastThreadElementCreationTime: log[3]!.time,
  };
  return { ticket, log };
}

function build(): SocialboardsSeed {
  const rng = createRng(SEED);
  const users = new Map(FIXED_USERS.map((u) => [u.id, u]));
  const tickets = new Map<number, SeedTicket>();
  const logs = new Map<number, SeedLogEntry[]>();

  let clientIndex = 0;
  for (let id = FIRST_TICKET; id <= LAST_TICKET; id++) {
    const { ticket, log } =
      id === SHOWCASE
        ? showcaseTicket()
        : id === DOC_EXAMPLE
          ? docExampleTicket()
          : generatedTicket(rng, id, users, clientIndex++);
    tickets.set(id, ticket);
    logs.set(id, log);
  }
  // One spam ticket, so `properties.isSpam` is not always false.
  tickets.get(5533)!.isSpam = true;

  return {
    users,
    categories: new Map(CATEGORIES.map((c) => [c.id, c])),
    tags: new Map(TAGS.map((t) => [t.id, t])),
    tickets,
    logs,
    showcaseTicketId: SHOWCASE,
    docExampleTicketId: DOC_EXAMPLE,
    longLogTicketId: LONG_LOG,
    longLogEntryCount: LONG_LOG_COUNT,
    mergedTickets: new Map(MERGED),
  };
}

/** Action types outside SOCIALBOARDS_ACTION_TYPES that the seed contains. */
export const SEED_EXTRA_ACTION_TYPES: readonly string[] = EXTRA_ACTION_TYPES;

let memo: SocialboardsSeed | undefined;

/** The seeded data set; built once per process and shared (treat it as read-only). */
export function createSocialboardsSeed(): SocialboardsSeed {
  memo ??= build();
  return memo;
}
