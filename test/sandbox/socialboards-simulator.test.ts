import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { SOCIALBOARDS_ROUTES, createSocialboardsSimulator, type SocialboardsSimulator } from '../../src/sandbox/socialboards.js';
import {
  AUTO_RESPONDER_ID,
  INGRID_SOLBERG_ID,
  KARI_NORDMANN_ID,
  SEED_EXTRA_ACTION_TYPES,
  SOCIALBOARDS_SHOWCASE,
  createSocialboardsSeed,
  formatSocialboardsTime,
} from '../../src/sandbox/socialboards-seed.js';
import { SOCIALBOARDS_ACTION_TYPES, type TicketLogWire, type TicketWire } from '../../src/upstreams/socialboards/wire.js';
import { createTestClock } from '../support/test-clock.js';

/**
 * Contract tests of the Socialboards simulator over real HTTP: what it accepts, what it refuses,
 * and that the data it serves matches the documentation example and the seed.
 */

const TOKEN = 'sandbox-socialboards-token';
const CLIENT_ID = 'sandbox-client';
const REFRESH_TOKEN = 'sandbox-refresh-token';

/** The Ticket Log object example of developers.socialboards.com (seeds/socialboards-ticket-log-object.md). */
const DOC_EXAMPLE: TicketLogWire[] = [
  {
    actionString: 'changed the status from "Open" to "Pending"',
    actionType: 'ticket_status_changed',
    includedItems: { categories: [], tags: [], users: [] },
    time: '2023-12-13T22:11:52.9031351+00:00',
    user: {
      customIdentifier: null,
      email: 'wandmaster@olivanders.com',
      id: '841c30d5-6ae4-4df1-939e-04c55aed5e98',
      image: null,
      isBot: false,
      name: 'Garrick Ollivander',
      status: 'team',
    },
  },
  {
    actionString: 'sent a reply',
    actionType: 'reply_created',
    includedItems: { categories: [], tags: [], users: [] },
    time: '2023-12-13T22:11:52.7825391+00:00',
    user: {
      customIdentifier: null,
      email: 'wandmaster@olivanders.com',
      id: '841c30d5-6ae4-4df1-939e-04c55aed5e98',
      image: null,
      isBot: false,
      name: 'Garrick Ollivander',
      status: 'team',
    },
  },
  {
    actionString: 'changed ticket assignee to {User:841c30d5-6ae4-4df1-939e-04c55aed5e98}',
    actionType: 'ticket_assigned_to_user',
    includedItems: {
      categories: [],
      tags: [],
      users: [
        {
          email: 'wandmaster@olivanders.com',
          id: '841c30d5-6ae4-4df1-939e-04c55aed5e98',
          image: null,
          isBot: false,
          name: 'Garrick Ollivander',
          status: 'team',
        },
      ],
    },
    time: '2023-12-13T22:11:39.031395+00:00',
    user: {
      customIdentifier: null,
      email: 'wandmaster@olivanders.com',
      id: '841c30d5-6ae4-4df1-939e-04c55aed5e98',
      image: null,
      isBot: false,
      name: 'Garrick Ollivander',
      status: 'team',
    },
  },
  {
    actionString: 'read the ticket',
    actionType: 'ticket_read',
    includedItems: { categories: [], tags: [], users: [] },
    time: '2023-12-13T22:01:32.3169513+00:00',
    user: {
      customIdentifier: null,
      email: 'wandmaster@olivanders.com',
      id: '841c30d5-6ae4-4df1-939e-04c55aed5e98',
      image: null,
      isBot: false,
      name: 'Garrick Ollivander',
      status: 'team',
    },
  },
  {
    actionString: 'created the ticket',
    actionType: 'ticket_created',
    includedItems: { categories: [], tags: [], users: [] },
    time: '2023-08-03T20:39:35.01+03:00',
    user: {
      customIdentifier: null,
      email: 'harrypotter@wizardmail.com',
      id: '4c115b95-7b5e-42d6-bef8-f58d96c9615d',
      image: null,
      isBot: false,
      name: 'Harry Potter',
      status: 'client',
    },
  },
];

/** The keys of the doc's Ticket object example, sorted. */
const TICKET_KEYS = [
  'attachments',
  'author',
  'category',
  'creationTime',
  'customFields',
  'detailedSource',
  'htmlMessage',
  'id',
  'isMuted',
  'lastThreadElementCreationTime',
  'lockedBy',
  'message',
  'originalLink',
  'properties',
  'replyCount',
  'sentiment',
  'source',
  'sourceName',
  'status',
  'tags',
  'title',
];

let sim: SocialboardsSimulator;

beforeAll(async () => {
  sim = await createSocialboardsSimulator({ port: 0 });
});

afterAll(async () => {
  await sim?.close();
});

afterEach(() => {
  sim.faults.clear();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => any;
}

interface PostOptions {
  /** Sent as JSON with Content-Type: application/json unless `raw` is given. */
  json?: unknown;
  /** Sent as is, with `contentType` (if any). */
  raw?: string;
  contentType?: string;
  auth?: string | null;
  query?: [string, string][];
  base?: string;
}

async function post(path: string, options: PostOptions = {}): Promise<Answer> {
  const { auth = `Bearer ${TOKEN}`, query = [], base = sim.url } = options;
  const headers: Record<string, string> = {};
  if (auth !== null) headers.authorization = auth;
  let body: string | undefined;
  if (options.raw !== undefined) {
    body = options.raw;
    if (options.contentType) headers['content-type'] = options.contentType;
  } else if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] = options.contentType ?? 'application/json';
  }
  const search = new URLSearchParams(query).toString();
  const res = await request(`${base}${path}${search ? `?${search}` : ''}`, { method: 'POST', headers, body });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, text, json: () => JSON.parse(text) };
}

/** `POST /tickets/{id}/log` with `{"action_types": types}`. */
const log = (
  ticketId: number | string,
  query: [string, string][] = [],
  types: string[] = [],
  auth?: string | null,
  base?: string,
) => post(`/tickets/${ticketId}/log`, { json: { action_types: types }, query, auth, base });

/** One page of a ticket's log (asserts a successful envelope). */
async function logPage(ticketId: number, query: [string, string][] = [], types: string[] = []): Promise<TicketLogWire[]> {
  const answer = await log(ticketId, query, types);
  expect(answer.status, answer.text).toBe(200);
  const body = answer.json();
  expect(body.errorCode).toBe(-1);
  expect(body.errorText).toBeNull();
  return body.data;
}

/** The whole log the way a client must read it: take=50 and skip until a short page. */
async function readAll(ticketId: number, types: string[] = []): Promise<{ entries: TicketLogWire[]; pages: number[] }> {
  const entries: TicketLogWire[] = [];
  const pages: number[] = [];
  for (let skip = 0; ; skip += 50) {
    const page = await logPage(
      ticketId,
      [
        ['take', '50'],
        ['skip', String(skip)],
      ],
      types,
    );
    pages.push(page.length);
    entries.push(...page);
    if (page.length < 50) break;
  }
  return { entries, pages };
}

async function issueToken(
  base = sim.url,
  form: Record<string, string> = { grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: REFRESH_TOKEN },
): Promise<Answer> {
  return post('/token', {
    raw: new URLSearchParams(form).toString(),
    contentType: 'application/x-www-form-urlencoded',
    auth: null,
    base,
  });
}

const listTickets = (body: unknown, auth?: string | null) => post('/tickets/list', { json: body, auth });

const TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?([+-])(\d{2}):(\d{2})$/;

/** Independent of the simulator: a Socialboards time as [epoch ms, 100-ns ticks within the ms]. */
function instant(time: string): [number, number] {
  const m = TIME.exec(time);
  if (!m) throw new Error(`bad time ${time}`);
  const fraction = (m[7] ?? '').padEnd(7, '0');
  const offset = (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) + Number(fraction.slice(0, 3));
  return [wall - offset * 60_000, Number(fraction.slice(3))];
}
const newerFirst = (a: string, b: string) => {
  const [x, y] = [instant(a), instant(b)];
  return x[0] > y[0] || (x[0] === y[0] && x[1] > y[1]);
};
const utcInstant = (utc: string): [number, number] => {
  const m = /^(.*)\.(\d{7})Z$/.exec(utc)!;
  return [Date.parse(`${m[1]}.${m[2]!.slice(0, 3)}Z`), Number(m[2]!.slice(3))];
};

/** Every ticket's full log, read once over HTTP (newest first per ticket). */
let everything: Map<number, TicketLogWire[]> | undefined;
async function allLogs(): Promise<Map<number, TicketLogWire[]>> {
  if (everything) return everything;
  const result = new Map<number, TicketLogWire[]>();
  for (const id of sim.seed.tickets.keys()) result.set(id, (await readAll(id)).entries);
  everything = result;
  return result;
}

describe('auth', () => {
  it('answers 401 with the error envelope without an Authorization header', async () => {
    const answer = await log(5501, [], [], null);
    expect(answer.status).toBe(401);
    expect(answer.json()).toStrictEqual({ data: null, errorCode: 401, errorText: 'Unauthorized' });
    expect((await listTickets({}, null)).status).toBe(401);
  });

  it.each([
    ['an unknown token', 'Bearer nope'],
    ['a lower-case scheme', `bearer ${TOKEN}`],
    ['another scheme', `Token ${TOKEN}`],
    ['two spaces', `Bearer  ${TOKEN}`],
    ['the refresh token', `Bearer ${REFRESH_TOKEN}`],
  ])('answers 401 for %s', async (_label, auth) => {
    const answer = await log(5501, [], [], auth);
    expect(answer.status).toBe(401);
    expect(answer.json()).toStrictEqual({ data: null, errorCode: 401, errorText: 'Unauthorized' });
  });

  it('accepts the static token', async () => {
    expect((await log(5501)).status).toBe(200);
  });
});

describe('POST /token', () => {
  it('issues a bearer token for a form-encoded refresh_token grant, without needing an Authorization header', async () => {
    const answer = await issueToken();
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    const body = answer.json();
    expect(body).toStrictEqual({
      access_token: expect.any(String),
      token_type: 'bearer',
      expires_in: 3600,
      refresh_token: REFRESH_TOKEN,
    });
    expect(body.access_token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(body.access_token).not.toContain(REFRESH_TOKEN);
    const page = await log(5501, [], [], `Bearer ${body.access_token}`);
    expect(page.status).toBe(200);
    expect(page.json().data).toHaveLength(7);
  });

  it('issues a different token each time, the same sequence on every fresh simulator', async () => {
    const [a, b] = [await createSocialboardsSimulator(), await createSocialboardsSimulator()];
    try {
      const a1 = (await issueToken(a.url)).json().access_token;
      const a2 = (await issueToken(a.url)).json().access_token;
      const b1 = (await issueToken(b.url)).json().access_token;
      expect(a1).not.toBe(a2);
      expect(b1).toBe(a1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('refuses a wrong refresh token or client id with 400 invalid_grant', async () => {
    const wrongRefresh = await issueToken(sim.url, {
      grant_type: 'refresh_token',
      client_id: CLIENT_ID,
      refresh_token: 'stolen',
    });
    expect(wrongRefresh.status).toBe(400);
    expect(wrongRefresh.json()).toMatchObject({ error: 'invalid_grant' });
    const wrongClient = await issueToken(sim.url, {
      grant_type: 'refresh_token',
      client_id: 'other',
      refresh_token: REFRESH_TOKEN,
    });
    expect(wrongClient.status).toBe(400);
    expect(wrongClient.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a body that is not form-encoded, another grant type, or missing fields with 400', async () => {
    const asJson = await post('/token', {
      json: { grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: REFRESH_TOKEN },
      auth: null,
    });
    expect(asJson.status).toBe(400);
    expect(asJson.json()).toMatchObject({ error: 'invalid_request' });
    const password = await issueToken(sim.url, { grant_type: 'password', client_id: CLIENT_ID, refresh_token: REFRESH_TOKEN });
    expect(password.status).toBe(400);
    expect(password.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const missing = await issueToken(sim.url, { grant_type: 'refresh_token', client_id: CLIENT_ID });
    expect(missing.status).toBe(400);
    expect(missing.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('honours custom credentials', async () => {
    const other = await createSocialboardsSimulator({ clientId: 'c-1', refreshToken: 'r-1', staticToken: 's-1' });
    try {
      expect((await issueToken(other.url, { grant_type: 'refresh_token', client_id: 'c-1', refresh_token: 'r-1' })).status).toBe(
        200,
      );
      expect((await issueToken(other.url)).status).toBe(400);
      expect((await log(5501, [], [], 'Bearer s-1', other.url)).status).toBe(200);
      expect((await log(5501, [], [], `Bearer ${TOKEN}`, other.url)).status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('lets issued tokens expire after tokenLifetimeSeconds (the static token stays valid)', async () => {
    const clock = createTestClock();
    const shortLived = await createSocialboardsSimulator({ tokenLifetimeSeconds: 1, clock });
    try {
      const body = (await issueToken(shortLived.url)).json();
      expect(body.expires_in).toBe(1);
      const auth = `Bearer ${body.access_token}`;
      expect((await log(5501, [], [], auth, shortLived.url)).status).toBe(200);
      clock.advance(999);
      expect((await log(5501, [], [], auth, shortLived.url)).status).toBe(200);
      clock.advance(1);
      const expired = await log(5501, [], [], auth, shortLived.url);
      expect(expired.status).toBe(401);
      expect(expired.json()).toStrictEqual({ data: null, errorCode: 401, errorText: 'Unauthorized' });
      expect((await log(5501, [], [], `Bearer ${TOKEN}`, shortLived.url)).status).toBe(200);
    } finally {
      await shortLived.close();
    }
  });

  it('revokeIssuedTokens invalidates every issued token; a newly issued one works', async () => {
    const first = `Bearer ${(await issueToken()).json().access_token}`;
    const second = `Bearer ${(await issueToken()).json().access_token}`;
    expect((await log(5501, [], [], first)).status).toBe(200);
    sim.revokeIssuedTokens();
    expect((await log(5501, [], [], first)).status).toBe(401);
    expect((await listTickets({ ticketIds: [5501] }, second)).status).toBe(401);
    expect((await log(5501, [], [], `Bearer ${TOKEN}`)).status).toBe(200);
    const renewed = `Bearer ${(await issueToken()).json().access_token}`;
    expect((await log(5501, [], [], renewed)).status).toBe(200);
  });
});

describe('POST /tickets/{ticketId}/log: contract', () => {
  it.each([
    ['take=0', 5520, [['take', '0']]],
    ['take=51', 5520, [['take', '51']]],
    ['take=1.5', 5520, [['take', '1.5']]],
    ['take=ten', 5520, [['take', 'ten']]],
    ['an empty take', 5520, [['take', '']]],
    ['skip=-1', 5520, [['skip', '-1']]],
    ['ticket id 0', 0, []],
    ['ticket id abc', 'abc', []],
    ['a ticket id beyond int32', '99999999999', []],
    ['a negative ticket id', '-5501', []],
  ] as [string, number | string, [string, string][]][])('answers 400 with the envelope for %s', async (_label, id, query) => {
    const answer = await log(id, query);
    expect(answer.status).toBe(400);
    expect(answer.json()).toStrictEqual({ data: null, errorCode: 400, errorText: expect.any(String) });
  });

  it.each([
    ['no body', { contentType: 'application/json' }],
    ['a body that is not JSON', { raw: '{"action_types": [', contentType: 'application/json' }],
    ['a JSON array', { raw: '["ticket_read"]', contentType: 'application/json' }],
    ['no action_types', { json: {} }],
    ['action_types as a string', { json: { action_types: 'ticket_read' } }],
    ['action_types holding numbers', { json: { action_types: [1] } }],
  ] as [string, PostOptions][])('answers 400 for %s', async (_label, options) => {
    const answer = await post('/tickets/5501/log', options);
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({ data: null, errorCode: 400 });
  });

  it('answers 415 when the JSON body is not sent as application/json', async () => {
    const answer = await post('/tickets/5501/log', { raw: '{"action_types": []}', contentType: 'text/plain' });
    expect(answer.status).toBe(415);
    expect(answer.json()).toMatchObject({ data: null, errorCode: 415 });
    expect((await post('/tickets/5501/log', { raw: '{"action_types": []}' })).status).toBe(415);
  });

  it('answers 404 with the envelope for an unknown ticket', async () => {
    const answer = await log(9999);
    expect(answer.status).toBe(404);
    expect(answer.json()).toStrictEqual({ data: null, errorCode: 404, errorText: 'Ticket not found' });
  });

  it('pages ticket 5520 with take=50 and skip: 50 + 50 + 23, every entry exactly once, newest first', async () => {
    sim.resetRequests();
    const { entries, pages } = await readAll(5520);
    expect(pages).toEqual([50, 50, 23]);
    expect(sim.count(SOCIALBOARDS_ROUTES.log)).toBe(3);
    expect(entries).toHaveLength(123);
    expect(sim.seed.logs.get(5520)).toHaveLength(123);
    // Log entries carry no id; their instants are unique per ticket.
    expect(new Set(entries.map((e) => instant(e.time).join(':'))).size).toBe(123);
    for (let i = 1; i < entries.length; i++) expect(newerFirst(entries[i - 1]!.time, entries[i]!.time), `${i}`).toBe(true);
    expect(
      await logPage(5520, [
        ['take', '50'],
        ['skip', '123'],
      ]),
    ).toEqual([]);
    expect(
      await logPage(5520, [
        ['take', '10'],
        ['skip', '45'],
      ]),
    ).toEqual(entries.slice(45, 55));
  });

  it('sorts by instant, not by the printed string (offsets vary within a log)', async () => {
    const { entries } = await readAll(5520);
    const byString = [...entries].sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
    expect(byString.map((e) => e.time)).not.toEqual(entries.map((e) => e.time));
  });

  it('takes 25 entries when take is not given', async () => {
    const page = await logPage(5520);
    expect(page).toHaveLength(25);
    expect(page).toEqual((await logPage(5520, [['take', '50']])).slice(0, 25));
  });

  it('filters by action_types (documented and undocumented values); [] means all', async () => {
    const wanted = ['ticket_status_changed', 'ticket_read'];
    const { entries } = await readAll(5520, wanted);
    const expected = sim.seed.logs.get(5520)!.filter((e) => wanted.includes(e.actionType));
    expect(entries.length).toBe(expected.length);
    expect(entries.length).toBeGreaterThan(5);
    expect(new Set(entries.map((e) => e.actionType))).toEqual(new Set(wanted));
    for (let i = 1; i < entries.length; i++) expect(newerFirst(entries[i - 1]!.time, entries[i]!.time)).toBe(true);

    const notes = await logPage(5520, [['take', '50']], ['note_created']);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((e) => e.actionType === 'note_created')).toBe(true);
    expect(await logPage(5520, [], ['no_such_type'])).toEqual([]);
    expect(await logPage(5501, [], [])).toHaveLength(7);
  });
});

describe('POST /tickets/{ticketId}/log: data', () => {
  it('serves the showcase ticket 5501 exactly (Norwegian, each time in another offset, 7 digits)', async () => {
    const page = await logPage(5501, [['take', '50']]);
    const expected = [...SOCIALBOARDS_SHOWCASE.entries].reverse();
    expect(
      page.map((e) => ({ actionType: e.actionType, userId: e.user!.id, time: e.time, actionString: e.actionString })),
    ).toEqual(expected.map((e) => ({ actionType: e.actionType, userId: e.userId, time: e.time, actionString: e.actionString })));
    for (const e of SOCIALBOARDS_SHOWCASE.entries) {
      expect(instant(e.time)).toEqual(utcInstant(e.utc));
      expect(e.time).toMatch(/\.\d{7}[+-]\d{2}:\d{2}$/);
    }
    expect(new Set(page.map((e) => e.time.slice(-6))).size).toBe(7);
    expect(page[6]!.time.slice(0, 10)).toBe('2025-11-02'); // created 06:58Z, printed at -08:00
    const kari = page.find((e) => e.actionType === 'ticket_created')!.user;
    expect(kari).toStrictEqual({
      customIdentifier: 'cust-510042',
      email: 'kari.nordmann@example.no',
      id: KARI_NORDMANN_ID,
      image: null,
      isBot: false,
      name: 'Kari Nordmann',
      status: 'client',
    });
    const assigned = page.find((e) => e.actionType === 'ticket_assigned_to_user')!;
    expect(assigned.actionString).toBe(`tildelte saken til {User:${INGRID_SOLBERG_ID}}`);
    expect(assigned.includedItems!.users).toStrictEqual([
      {
        email: 'ingrid.solberg@sandbox-energy.example',
        id: INGRID_SOLBERG_ID,
        image: null,
        isBot: false,
        name: 'Ingrid Solberg',
        status: 'team',
      },
    ]);
    expect(page[0]!.actionString).toBe('endret sakens status fra "På vent" til "Lukket"');
  });

  it('serves ticket 5502 as the documentation example, field for field', async () => {
    const page = await logPage(5502);
    expect(page).toStrictEqual(DOC_EXAMPLE);
  });

  it('prints ISO 8601 times with mostly 7 fractional digits, sometimes fewer, and varying offsets', async () => {
    const entries = [...(await allLogs()).values()].flat();
    const times = entries.map((e) => e.time);
    for (const time of times) expect(time).toMatch(TIME);
    const digits = times.map((t) => /\.(\d+)/.exec(t)?.[1]!.length ?? 0);
    expect(digits.filter((d) => d === 7).length / times.length).toBeGreaterThan(0.85);
    expect(digits.some((d) => d > 0 && d < 7)).toBe(true);
    expect(digits.some((d) => d === 0)).toBe(true);
    const offsets = new Set(times.map((t) => t.slice(-6)));
    for (const offset of ['+00:00', '+01:00', '+02:00', '+03:00', '-05:00', '+05:30']) expect(offsets).toContain(offset);
    // Some local dates differ from the UTC date.
    expect(times.some((t) => new Date(instant(t)[0]).toISOString().slice(0, 10) !== t.slice(0, 10))).toBe(true);
  });

  it('carries action types outside the documented five, and all five documented ones', async () => {
    const types = new Set([...(await allLogs()).values()].flat().map((e) => e.actionType));
    for (const type of SOCIALBOARDS_ACTION_TYPES) expect(types).toContain(type);
    const extra = [...types].filter((t) => !(SOCIALBOARDS_ACTION_TYPES as readonly string[]).includes(t));
    expect(extra.sort()).toEqual([...SEED_EXTRA_ACTION_TYPES].sort());
    for (const [ticket, into] of sim.seed.mergedTickets) {
      const newest = (await allLogs()).get(ticket)![0]!;
      expect(newest.actionType).toBe('ticket_merged');
      expect(newest.actionString).toContain(`#${into}`);
    }
  });

  it('backs every {User:<uuid>} placeholder with includedItems.users (users there carry no customIdentifier)', async () => {
    const entries = [...(await allLogs()).values()].flat();
    let placeholders = 0;
    for (const e of entries) {
      const ids = [...e.actionString.matchAll(/\{User:([0-9a-f-]{36})\}/g)].map((m) => m[1]);
      placeholders += ids.length;
      const included = e.includedItems!.users!.map((u) => u.id);
      for (const id of ids) expect(included, e.actionString).toContain(id);
      for (const u of e.includedItems!.users!) expect(u).not.toHaveProperty('customIdentifier');
      if (e.actionType === 'ticket_assigned_to_user') expect(ids).toHaveLength(1);
    }
    expect(placeholders).toBeGreaterThan(40);
    // Placeholders also appear outside assignments (mentions in notes).
    expect(entries.some((e) => e.actionType !== 'ticket_assigned_to_user' && e.actionString.includes('{User:'))).toBe(true);
    const categoryChange = entries.find((e) => e.actionType === 'ticket_category_changed')!;
    expect(categoryChange.includedItems!.categories![0]).toMatchObject({
      id: expect.any(Number),
      name: expect.any(String),
      parents: expect.any(Array),
    });
  });

  it('has team agents, clients and bots among the actors, and localized strings per ticket', async () => {
    const logs = await allLogs();
    const users = new Map([...logs.values()].flat().map((e) => [e.user!.id, e.user!]));
    const humans = [...users.values()].filter((u) => !u.isBot);
    expect(humans.filter((u) => u.status === 'team').length).toBeGreaterThanOrEqual(5);
    expect(humans.filter((u) => u.status === 'client').length).toBeGreaterThanOrEqual(20);
    expect(users.get(AUTO_RESPONDER_ID)).toMatchObject({ isBot: true, name: 'Auto-responder' });
    expect([...users.values()].filter((u) => u.isBot).length).toBe(2);
    const botTickets = [...logs].filter(([, entries]) => entries.some((e) => e.user!.isBot)).map(([id]) => id);
    expect(botTickets.length).toBeGreaterThanOrEqual(3);
    expect(botTickets).toContain(5520);
    expect(logs.get(5501)!.some((e) => e.actionString === 'leste saken')).toBe(true);
    expect(logs.get(5520)!.some((e) => e.actionString === 'read the ticket')).toBe(true);
    const languages = new Set([...sim.seed.tickets.values()].map((t) => t.language));
    expect(languages).toEqual(new Set(['nb', 'en']));
    const sizes = [...logs].filter(([id]) => id !== 5520).map(([, entries]) => entries.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(30);
    expect(logs.size).toBe(40);
  });

  it('is identical under another process time zone', () => {
    const digest = () => {
      const seed = createSocialboardsSeed();
      const flat = [...seed.logs.values()]
        .flat()
        .map((e) => [e.ticketId, e.actionType, e.userId, formatSocialboardsTime(e.time)]);
      return createHash('sha256').update(JSON.stringify(flat)).digest('hex');
    };
    const module = new URL('../../src/sandbox/socialboards-seed.ts', import.meta.url).href;
    const script = `
      import { createHash } from 'node:crypto';
      import { createSocialboardsSeed, formatSocialboardsTime } from ${JSON.stringify(module)};
      const seed = createSocialboardsSeed();
      const flat = [...seed.logs.values()].flat().map((e) => [e.ticketId, e.actionType, e.userId, formatSocialboardsTime(e.time)]);
      process.stdout.write(createHash('sha256').update(JSON.stringify(flat)).digest('hex'));`;
    const other = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, TZ: 'Pacific/Chatham' },
      encoding: 'utf8',
    });
    expect(other).toBe(digest());
  });
});

describe('POST /tickets/list', () => {
  it('returns the tickets that exist for ticketIds (unknown ids are absent)', async () => {
    const answer = await listTickets({ ticketIds: [5501, 5520, 99999] });
    expect(answer.status).toBe(200);
    const body = answer.json();
    expect(body.errorCode).toBe(-1);
    expect(body.errorText).toBeNull();
    const tickets: TicketWire[] = body.data;
    expect(tickets.map((t) => t.id).sort()).toEqual([5501, 5520]);
    const showcase = tickets.find((t) => t.id === 5501)!;
    expect(Object.keys(showcase).sort()).toEqual(TICKET_KEYS);
    expect(showcase).toMatchObject({
      title: 'Double charge on invoice 2025-10',
      author: {
        id: KARI_NORDMANN_ID,
        name: 'Kari Nordmann',
        email: 'kari.nordmann@example.no',
        status: 'client',
        isBot: false,
        customIdentifier: 'cust-510042',
      },
      category: { id: 15801, name: 'Double charge', parents: [{ id: 15800, name: 'Billing', parents: [] }] },
      creationTime: SOCIALBOARDS_SHOWCASE.entries[0].time,
      lastThreadElementCreationTime: SOCIALBOARDS_SHOWCASE.entries[5].time,
      lockedBy: { id: INGRID_SOLBERG_ID, name: 'Ingrid Solberg', status: 'team' },
      status: 'closed',
      replyCount: 2,
      tags: [{ id: 301, name: 'refund' }],
      customFields: [],
      source: 'email',
      properties: { hasAttachments: true, isLocked: true, isSpam: false },
    });
    expect(showcase.htmlMessage).toMatch(/^<div id="sb-message-[0-9a-f]+" class="sb-html-message">Hei! .*<\/div>$/);
  });

  it('applies take (default 25) even to ticketIds, and caps ticketIds and take at 50', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => 5501 + i);
    expect((await listTickets({ ticketIds: ids })).json().data).toHaveLength(25);
    expect((await listTickets({ ticketIds: ids, take: 50 })).json().data).toHaveLength(30);
    const tooMany = await listTickets({ ticketIds: Array.from({ length: 51 }, (_, i) => 5501 + i), take: 50 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json()).toMatchObject({ data: null, errorCode: 400 });
    expect((await listTickets({ take: 51 })).status).toBe(400);
    expect((await listTickets({ take: 0 })).status).toBe(400);
    expect((await listTickets({ ticketIds: ['5501'] })).status).toBe(400);
    expect((await listTickets({ ticketIds: 5501 })).status).toBe(400);
  });

  it('pages all tickets with take/skip, ordered by last thread activity (newest first)', async () => {
    const first = (await listTickets({ take: 50 })).json().data as TicketWire[];
    expect(first).toHaveLength(40);
    for (let i = 1; i < first.length; i++) {
      expect(newerFirst(first[i - 1]!.lastThreadElementCreationTime!, first[i]!.lastThreadElementCreationTime!)).toBe(true);
    }
    const second = (await listTickets({ take: 20, skip: 20 })).json().data as TicketWire[];
    expect(second.map((t) => t.id)).toEqual(first.slice(20).map((t) => t.id));
    const closed = (await listTickets({ take: 50, status: 'closed' })).json().data as TicketWire[];
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((t) => t.status === 'closed')).toBe(true);
  });

  it('refuses a body that is not JSON', async () => {
    expect((await post('/tickets/list', { raw: 'ticketIds=5501', contentType: 'application/json' })).status).toBe(400);
    expect((await post('/tickets/list', { raw: '{}', contentType: 'application/x-www-form-urlencoded' })).status).toBe(415);
  });
});

describe('counters and fault knobs', () => {
  it('counts requests per route', async () => {
    sim.resetRequests();
    await log(5501);
    await log(5502);
    await listTickets({ ticketIds: [5501] });
    await issueToken();
    expect(sim.count(SOCIALBOARDS_ROUTES.log)).toBe(2);
    expect(sim.count(SOCIALBOARDS_ROUTES.list)).toBe(1);
    expect(sim.count(SOCIALBOARDS_ROUTES.token)).toBe(1);
    expect(sim.count()).toBe(4);
    expect(sim.requests[0]!.path).toBe('/tickets/5501/log');
    expect(sim.requests[0]!.body).toBe('{"action_types":[]}');
  });

  it('envelopeErrorNext answers 200 with an error envelope whose errorText holds the token, then recovers', async () => {
    const token = (await issueToken()).json().access_token as string;
    sim.envelopeErrorNext(SOCIALBOARDS_ROUTES.log, 1);
    const failed = await log(5501, [], [], `Bearer ${token}`);
    expect(failed.status).toBe(200);
    const body = failed.json();
    expect(body).toMatchObject({ data: null, errorCode: 1 });
    expect(body.errorCode).not.toBe(-1);
    expect(body.errorText).toContain(token);
    expect((await log(5501, [], [], `Bearer ${token}`)).json().errorCode).toBe(-1);

    sim.envelopeErrorNext('*', 2);
    expect((await listTickets({ ticketIds: [5501] })).json()).toMatchObject({
      data: null,
      errorCode: 1,
      errorText: expect.stringContaining(TOKEN),
    });
    expect((await log(5501)).json().errorCode).toBe(1);
    expect((await log(5501)).json().errorCode).toBe(-1);
    expect(() => sim.envelopeErrorNext(SOCIALBOARDS_ROUTES.token, 1)).toThrow();
  });

  it('still answers 401 before an injected envelope error, and faults.clear() forgets envelope errors', async () => {
    sim.envelopeErrorNext(SOCIALBOARDS_ROUTES.list, 3);
    expect((await listTickets({}, 'Bearer nope')).status).toBe(401);
    sim.faults.clear();
    expect((await listTickets({ ticketIds: [5501] })).json().errorCode).toBe(-1);
  });

  it('fails the next request with 503 (envelope) and Retry-After, then recovers', async () => {
    sim.faults.failNext(SOCIALBOARDS_ROUTES.log, { count: 2, status: 503, retryAfter: '1' });
    const failed = await log(5501);
    expect(failed.status).toBe(503);
    expect(failed.headers['retry-after']).toBe('1');
    expect(failed.json()).toStrictEqual({ data: null, errorCode: 503, errorText: expect.any(String) });
    expect((await log(5501)).status).toBe(503);
    expect((await log(5501)).status).toBe(200);
  });

  it('answers a malformed body once when asked', async () => {
    sim.faults.malformedNext(SOCIALBOARDS_ROUTES.list, 1);
    const broken = await listTickets({ ticketIds: [5501] });
    expect(broken.status).toBe(200);
    expect(() => broken.json()).toThrow();
    expect((await listTickets({ ticketIds: [5501] })).json().data).toHaveLength(1);
  });

  it('delays a route, and the request log shows it', async () => {
    sim.resetRequests();
    sim.faults.delay(SOCIALBOARDS_ROUTES.log, 150);
    const started = performance.now();
    expect((await log(5501)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    const [record] = sim.requests;
    expect(record!.endedAt! - record!.startedAt).toBeGreaterThanOrEqual(140);
    const quick = performance.now();
    expect((await listTickets({ ticketIds: [5501] })).status).toBe(200);
    expect(performance.now() - quick).toBeLessThan(140);
  });
});
