import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { ENNEO_ROUTES, createEnneoSimulator, type EnneoSimulator } from '../../src/sandbox/enneo.js';
import type { SeedWorklog } from '../../src/sandbox/enneo-seed.js';
import type { ReportingWorklogRowWire } from '../../src/upstreams/enneo/wire.js';
import { enneoDocWorklogs } from '../support/enneo-doc-example.js';

/**
 * Contract tests of the enneo simulator over real HTTP: what it accepts, what it refuses, and that
 * the data it serves matches the documentation example and the seed.
 */

const TOKEN = 'sandbox-enneo-token';

let sim: EnneoSimulator;

beforeAll(async () => {
  sim = await createEnneoSimulator({ port: 0 });
});

afterAll(async () => {
  await sim?.close();
});

afterEach(() => {
  sim.faults.clear();
  sim.setPrivacy('full');
});

type Query = [string, string][];

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => any;
}

async function get(path: string, query: Query = [], auth: string | null = `Bearer ${TOKEN}`, base = sim.url): Promise<Answer> {
  const search = new URLSearchParams(query).toString();
  const res = await request(`${base}${path}${search ? `?${search}` : ''}`, {
    method: 'GET',
    headers: auth === null ? {} : { authorization: auth },
  });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, text, json: () => JSON.parse(text) };
}

/** `GET /export/reporting_worklog?format=json&…` → parsed rows (asserts 200). */
async function exportJson(query: Query, base?: string): Promise<ReportingWorklogRowWire[]> {
  const answer = await get('/export/reporting_worklog', [['format', 'json'], ...query], `Bearer ${TOKEN}`, base);
  expect(answer.status, answer.text).toBe(200);
  return answer.json();
}

const allWorklogs = (): SeedWorklog[] => [...sim.seed.worklogs.values()].flat();
/** Independent of the simulator's Intl path: UTC + a fixed offset, printed enneo style. */
const shifted = (d: Date, hours: number) =>
  new Date(d.getTime() + hours * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

describe('auth', () => {
  it('answers 401 without an Authorization header', async () => {
    const answer = await get('/ticket/8842', [['viewing', 'false']], null);
    expect(answer.status).toBe(401);
    expect(answer.json()).toMatchObject({ success: false, error: expect.any(String) });
  });

  it('answers 401 for a wrong token or scheme', async () => {
    expect((await get('/ticket/8842', [['viewing', 'false']], 'Bearer nope')).status).toBe(401);
    expect((await get('/ticket/8842/worklog', [], `Token ${TOKEN}`)).status).toBe(401);
    expect((await get('/export/reporting_worklog', [['format', 'json']], `bearer ${TOKEN}`)).status).toBe(401);
  });

  it('accepts a custom token and refuses the default one then', async () => {
    const other = await createEnneoSimulator({ token: 'other-token' });
    try {
      expect((await get('/profile/23', [], 'Bearer other-token', other.url)).status).toBe(200);
      expect((await get('/profile/23', [], `Bearer ${TOKEN}`, other.url)).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('GET /ticket/{id}', () => {
  it('answers the ticket with success:true and records no violation when viewing=false', async () => {
    sim.resetRequests();
    const answer = await get('/ticket/8842', [['viewing', 'false']]);
    expect(answer.status).toBe(200);
    const body = answer.json();
    expect(body).toMatchObject({
      success: true,
      id: 8842,
      subject: 'Double charge on invoice 2025-10',
      fromName: 'Kari Nordmann',
      from: 'kari.nordmann@example.no',
      status: 'closed',
      channel: 'email',
      tags: [
        { id: 1, name: 'Billing', parentId: null },
        { id: 12, name: 'Double charge', parentId: 1 },
      ],
    });
    // Zone-less local time: 07:52Z is 08:52 in Berlin in November.
    expect(body.createdAt).toBe('2025-11-03 08:52:00');
    expect(sim.viewingViolations).toEqual([]);
  });

  it('records a violation when viewing is missing or not exactly false, and still answers', async () => {
    sim.resetRequests();
    expect((await get('/ticket/8842')).status).toBe(200);
    expect((await get('/ticket/8801', [['viewing', 'true']])).status).toBe(200);
    expect((await get('/ticket/8801', [['viewing', '0']])).status).toBe(200);
    expect(sim.viewingViolations).toEqual(['/ticket/8842', '/ticket/8801', '/ticket/8801']);
    sim.resetRequests();
    expect(sim.viewingViolations).toEqual([]);
  });

  it('answers 404 for an unknown ticket and 400 for ids that are not positive integers', async () => {
    expect((await get('/ticket/9999', [['viewing', 'false']])).status).toBe(404);
    expect((await get('/ticket/abc', [['viewing', 'false']])).status).toBe(400);
    expect((await get('/ticket/0', [['viewing', 'false']])).status).toBe(400);
    expect((await get('/ticket/-3', [['viewing', 'false']])).status).toBe(400);
    expect((await get('/ticket/1.5/worklog')).status).toBe(400);
  });

  it('answers 403 on every route that reaches the restricted ticket 8900', async () => {
    expect(sim.seed.restrictedTicketId).toBe(8900);
    const forbidden = await get('/ticket/8900', [['viewing', 'false']]);
    expect(forbidden.status).toBe(403);
    expect(forbidden.json()).toMatchObject({ success: false });
    expect((await get('/ticket/8900/worklog')).status).toBe(403);
    const assessment = [...sim.seed.assessments.values()].find((a) => a.ticketId === 8900);
    expect(assessment).toBeDefined();
    expect((await get(`/quality/assessment/${assessment!.id}`)).status).toBe(403);
  });
});

describe('GET /ticket/{id}/worklog', () => {
  it('serves ticket 8821 exactly as the documentation example', async () => {
    const answer = await get('/ticket/8821/worklog');
    expect(answer.status).toBe(200);
    expect(answer.json()).toStrictEqual(enneoDocWorklogs());
  });

  it('serves [] for a ticket without worklogs and 404 for an unknown ticket', async () => {
    const emptyId = [...sim.seed.worklogs.entries()].find(([, list]) => list.length === 0)![0];
    const empty = await get(`/ticket/${emptyId}/worklog`);
    expect(empty.status).toBe(200);
    expect(empty.json()).toEqual([]);
    expect((await get('/ticket/12345/worklog')).status).toBe(404);
  });

  it('serves the showcase ticket 8842 with its four worklogs', async () => {
    const list = (await get('/ticket/8842/worklog')).json();
    expect(list.map((w: any) => [w.id, w.worklog.action, w.time.duration, w.time.segments[0].from])).toEqual([
      [20001, 'readAction', 180, '2025-11-03T08:15:00Z'],
      [20002, 'writeAction', 420, '2025-11-03T13:40:00Z'],
      [20003, 'statusAction', 240, '2025-11-04T09:05:00Z'],
      [20004, 'closeAction', 300, '2025-11-05T10:30:00Z'],
    ]);
    expect(list.map((w: any) => w.date)).toEqual(['2025-11-03', '2025-11-03', '2025-11-04', '2025-11-05']);
  });

  it('keeps every served worklog internally consistent', async () => {
    for (const ticketId of [8801, 8842, 8877, 8910]) {
      const answer = await get(`/ticket/${ticketId}/worklog`);
      if (answer.status === 404) continue;
      for (const w of answer.json()) {
        const seconds = w.time.segments.reduce((sum: number, s: any) => sum + (Date.parse(s.to) - Date.parse(s.from)) / 1000, 0);
        expect(w.time.duration).toBe(seconds);
        expect(w.time.durationAfterWork).toBeLessThanOrEqual(w.time.duration);
        expect(w.latestInteraction).toBe(w.time.segments.at(-1).to);
        expect(w.latestInteraction).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      }
    }
  });
});

describe('assessments, scorecards, profiles', () => {
  it('serves assessment 901 with the documented quirks of its embedded worklog', async () => {
    const answer = await get('/quality/assessment/901');
    expect(answer.status).toBe(200);
    const a = answer.json();
    expect(a).toMatchObject({ id: 901, scorecardId: 42, scorecardBaseId: 42, ticketId: 8821, worklogId: 551, assessedUser: 23 });
    expect(a.worklog.lastInteraction).toBe('2024-06-12T09:59:00Z');
    expect(a.worklog).not.toHaveProperty('latestInteraction');
    expect(a.worklog.action).toBe('reply');
    const { scoredPoints, usedMaxPoints, percentage } = a.data.totals;
    expect(percentage).toBeCloseTo((scoredPoints / usedMaxPoints) * 100, 0);
    expect(a.createdAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect((await get('/quality/assessment/1')).status).toBe(404);
  });

  it('serves scorecard revisions with their base id', async () => {
    const rev1 = (await get('/quality/scorecard/42')).json();
    const rev2 = (await get('/quality/scorecard/44')).json();
    expect([rev1.baseId, rev1.revision, rev1.state]).toEqual([42, 1, 'retired']);
    expect([rev2.baseId, rev2.revision, rev2.state]).toEqual([42, 2, 'active']);
    expect(rev2.categories[0].criteria[0]).toMatchObject({ scoringType: 'metNotMet' });
    expect((await get('/quality/scorecard/43')).status).toBe(200);
    expect((await get('/quality/scorecard/4242')).status).toBe(404);
  });

  it('serves profiles, including user 23 and the AI bot', async () => {
    const user = (await get('/profile/23')).json();
    expect(user).toMatchObject({ id: 23, type: 'agent', settings: { teamIds: [1, 2] } });
    expect(user.lastSeen).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect((await get('/profile/9000')).json()).toMatchObject({ firstName: 'enneo', lastName: 'AI Agent', type: 'bot' });
    expect((await get('/profile/77')).status).toBe(404);
  });
});

describe('GET /export/reporting_worklog', () => {
  it('defaults to CSV (not JSON) with a header row and 100 rows', async () => {
    const answer = await get('/export/reporting_worklog');
    expect(answer.status).toBe(200);
    expect(String(answer.headers['content-type'])).toMatch(/^text\/csv/);
    const lines = answer.text.trimEnd().split('\n');
    expect(lines[0]!.startsWith('date,name,ticketId,conversationId,userId,action,duration')).toBe(true);
    expect(lines).toHaveLength(101);
    expect(() => JSON.parse(answer.text)).toThrow();
  });

  it('answers xlsx as a spreadsheet content type and refuses specification and unknown formats', async () => {
    const xlsx = await get('/export/reporting_worklog', [['format', 'xlsx']]);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await get('/export/reporting_worklog', [['format', 'specification']])).status).toBe(400);
    expect((await get('/export/reporting_worklog', [['format', 'xml']])).status).toBe(400);
  });

  it('returns JSON rows ordered by userWorklogId ascending when no orderByField is given', async () => {
    const rows = await exportJson([['orderByDirection', 'desc']]);
    expect(rows).toHaveLength(100);
    const ids = rows.map((r) => r.userWorklogId!);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids[0]).toBe(551);
  });

  it.each([
    ['limit 0', [['limit', '0']]],
    ['limit 1001', [['limit', '1001']]],
    ['limit not a number', [['limit', 'ten']]],
    ['negative offset', [['offset', '-1']]],
    ['orderByField=duration', [['orderByField', 'duration']]],
    [
      'orderByDirection=up',
      [
        ['orderByField', 'date'],
        ['orderByDirection', 'up'],
      ],
    ],
    [
      'unknown filter key',
      [
        ['filters[0][key]', 'customerName'],
        ['filters[0][comparator]', '='],
        ['filters[0][value]', 'x'],
      ],
    ],
    [
      'filter key with bad characters',
      [
        ['filters[0][key]', 'date;drop'],
        ['filters[0][comparator]', '='],
        ['filters[0][value]', 'x'],
      ],
    ],
    [
      'unknown comparator',
      [
        ['filters[0][key]', 'action'],
        ['filters[0][comparator]', 'like'],
        ['filters[0][value]', 'write%'],
      ],
    ],
    [
      'between without to',
      [
        ['filters[0][key]', 'date'],
        ['filters[0][comparator]', 'between'],
        ['filters[0][from]', '2025-10-01'],
      ],
    ],
    [
      'in without values',
      [
        ['filters[0][key]', 'action'],
        ['filters[0][comparator]', 'in'],
        ['filters[0][value]', 'readAction'],
      ],
    ],
    [
      '= without value',
      [
        ['filters[0][key]', 'action'],
        ['filters[0][comparator]', '='],
      ],
    ],
    ['malformed filter parameter', [['filters[0]', 'action']]],
    [
      'malformed filter part',
      [
        ['filters[0][key]', 'action'],
        ['filters[0][comparator]', '='],
        ['filters[0][val]', 'x'],
      ],
    ],
  ] as [string, Query][])('answers 400 for %s', async (_label, query) => {
    const answer = await get('/export/reporting_worklog', [['format', 'json'], ...query]);
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({ success: false, error: expect.any(String) });
  });

  it('filters date with between; a date-only `to` includes that whole local day', async () => {
    const rows = await exportJson([
      ['limit', '1000'],
      ['filters[0][key]', 'date'],
      ['filters[0][comparator]', 'between'],
      ['filters[0][from]', '2025-10-25'],
      ['filters[0][to]', '2025-10-26'],
    ]);
    const days = new Set(rows.map((r) => r.date.slice(0, 10)));
    expect([...days].sort()).toEqual(['2025-10-25', '2025-10-26']);
    // The rows on the `to` day are there although they are all after 2025-10-26 00:00:00.
    expect(rows.some((r) => r.date.startsWith('2025-10-26') && r.date > '2025-10-26 00:00:00')).toBe(true);
    const full = await exportJson([
      ['limit', '1000'],
      ['orderByField', 'date'],
      ['orderByDirection', 'asc'],
    ]);
    const rest = await exportJson([
      ['limit', '1000'],
      ['offset', '1000'],
      ['orderByField', 'date'],
      ['orderByDirection', 'asc'],
    ]);
    const expected = [...full, ...rest].filter((r) => r.date >= '2025-10-25 00:00:00' && r.date <= '2025-10-26 23:59:59');
    expect(rows.map((r) => r.userWorklogId).sort()).toEqual(expected.map((r) => r.userWorklogId).sort());
  });

  it('filters date with <= and a date-only value inclusively', async () => {
    const rows = await exportJson([
      ['limit', '1000'],
      ['filters[0][key]', 'date'],
      ['filters[0][comparator]', '<='],
      ['filters[0][value]', '2025-09-03'],
      ['filters[1][key]', 'date'],
      ['filters[1][comparator]', '>='],
      ['filters[1][value]', '2025-09-01'],
    ]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.date >= '2025-09-01 00:00:00' && r.date <= '2025-09-03 23:59:59')).toBe(true);
    expect(rows.some((r) => r.date.startsWith('2025-09-03'))).toBe(true);
  });

  it('filters with `in` on action and ANDs filters together', async () => {
    const rows = await exportJson([
      ['limit', '1000'],
      ['filters[0][key]', 'action'],
      ['filters[0][comparator]', 'in'],
      ['filters[0][values][]', 'writeAction'],
      ['filters[0][values][]', 'statusAction'],
    ]);
    const expected = allWorklogs().filter((w) => w.action === 'writeAction' || w.action === 'statusAction');
    expect(rows).toHaveLength(expected.length);
    expect(new Set(rows.map((r) => r.action))).toEqual(new Set(['writeAction', 'statusAction']));

    const narrowed = await exportJson([
      ['filters[0][key]', 'action'],
      ['filters[0][comparator]', 'in'],
      ['filters[0][values][]', 'writeAction'],
      ['filters[1][key]', 'ticketId'],
      ['filters[1][comparator]', '='],
      ['filters[1][value]', '8842'],
    ]);
    expect(narrowed.map((r) => r.userWorklogId)).toEqual([20002]);
  });

  it('serves a few rows with an action outside the documented enum', async () => {
    const rows = await exportJson([
      ['filters[0][key]', 'action'],
      ['filters[0][comparator]', '='],
      ['filters[0][value]', 'mergeAction'],
    ]);
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });

  it('pages over every row exactly once with limit/offset and orderByField=date asc', async () => {
    const seen: ReportingWorklogRowWire[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await exportJson([
        ['limit', '1000'],
        ['offset', String(offset)],
        ['orderByField', 'date'],
        ['orderByDirection', 'asc'],
      ]);
      seen.push(...page);
      if (page.length < 1000) break;
    }
    const ids = seen.map((r) => r.userWorklogId!);
    expect(ids.length).toBeGreaterThan(1000);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(allWorklogs().length);
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1]!, seen[i]!];
      expect(a.date < b.date || (a.date === b.date && a.userWorklogId! < b.userWorklogId!)).toBe(true);
    }
  });

  it('renders rows as the documented example does (local time, 0/1 flags, JSON strings)', async () => {
    const [row] = await exportJson([
      ['filters[0][key]', 'userWorklogId'],
      ['filters[0][comparator]', '='],
      ['filters[0][value]', '20001'],
    ]);
    expect(row).toMatchObject({
      date: '2025-11-03 09:15:00', // 08:15Z, CET (after the DST change)
      ticketId: 8842,
      userId: 104,
      name: 'Ingrid Solberg',
      action: 'readAction',
      duration: 180,
      topic: 'Billing',
      subTopic: 'Double charge',
      allTags: 'Billing, Double charge',
      tags: '["Billing", "Double charge"]',
      channel: 'email',
      userWorklogId: 20001,
    });
    expect(row).toHaveProperty('netSecondsClosedAfterSLA');
    expect(row).not.toHaveProperty('netSecondsClosedAfterSla');
    for (const flag of ['reOpened', 'customerIdentifiedCorrectly', 'tagsIdentifiedCorrectly', 'skippedTicket'] as const) {
      expect([0, 1]).toContain(row![flag]);
    }
    expect(JSON.parse(row!.teams!)).toEqual(['Billing', 'Customer care']);
    expect(JSON.parse(row!.aiAgentsUsed!)).toEqual([]);
    expect(JSON.parse(row!.rawData!)).toMatchObject({ id: 8842 });
  });

  it('formats dates in the instance zone across the DST change, including late-evening work', async () => {
    const worklogs = allWorklogs().filter((w) => w.ticketId !== 8821);
    const summer = worklogs.find((w) => w.segments[0]!.from < new Date('2025-10-20T00:00:00Z'))!;
    const winter = worklogs.find((w) => w.segments[0]!.from > new Date('2025-10-27T00:00:00Z'))!;
    const late = worklogs.find((w) => w.segments[0]!.from.getUTCHours() >= 22)!;
    expect(late).toBeDefined();
    const pick = async (id: number) =>
      (
        await exportJson([
          ['filters[0][key]', 'userWorklogId'],
          ['filters[0][comparator]', '='],
          ['filters[0][value]', String(id)],
        ])
      )[0]!;
    expect((await pick(summer.worklogId)).date).toBe(shifted(summer.segments[0]!.from, 2));
    expect((await pick(winter.worklogId)).date).toBe(shifted(winter.segments[0]!.from, 1));
    const lateRow = await pick(late.worklogId);
    expect(lateRow.date.slice(0, 10)).not.toBe(late.segments[0]!.from.toISOString().slice(0, 10));
    const [lateWorklog] = (await get(`/ticket/${late.ticketId}/worklog`)).json().filter((w: any) => w.id === late.worklogId);
    if (late.ticketId !== 8900) expect(lateWorklog.date).toBe(lateRow.date.slice(0, 10));
  });

  it('drops identifying keys and cuts the date in pseudonymized mode, but still filters on them', async () => {
    sim.setPrivacy('pseudonymized');
    const rows = await exportJson([
      ['filters[0][key]', 'ticketId'],
      ['filters[0][comparator]', '='],
      ['filters[0][value]', '8842'],
    ]);
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      for (const key of ['ticketId', 'conversationId', 'userId', 'email', 'rawData']) expect(row).not.toHaveProperty(key);
      expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row).toHaveProperty('name');
    }
    expect(rows.map((r) => r.date)).toEqual(['2025-11-03', '2025-11-03', '2025-11-04', '2025-11-05']);
    const csv = await get('/export/reporting_worklog', [
      ['format', 'csv'],
      ['limit', '1'],
    ]);
    expect(csv.text.split('\n')[0]).not.toMatch(/email|rawData|ticketId/);
    sim.setPrivacy('full');
    const [full] = await exportJson([['limit', '1']]);
    expect(full).toHaveProperty('email');
  });

  it('uses the configured time zone for zone-less timestamps', async () => {
    const utcSim = await createEnneoSimulator({ timeZone: 'UTC' });
    try {
      const [row] = await exportJson(
        [
          ['filters[0][key]', 'userWorklogId'],
          ['filters[0][comparator]', '='],
          ['filters[0][value]', '20001'],
        ],
        utcSim.url,
      );
      expect(row!.date).toBe('2025-11-03 08:15:00');
      const doc = await get('/ticket/8821/worklog', [], `Bearer ${TOKEN}`, utcSim.url);
      expect(doc.json()).toStrictEqual(enneoDocWorklogs());
    } finally {
      await utcSim.close();
    }
  });
});

describe('counters and fault knobs', () => {
  it('counts requests per route', async () => {
    sim.resetRequests();
    await get('/ticket/8842', [['viewing', 'false']]);
    await get('/ticket/8801', [['viewing', 'false']]);
    await get('/ticket/8842/worklog');
    expect(sim.count(ENNEO_ROUTES.ticket)).toBe(2);
    expect(sim.count(ENNEO_ROUTES.worklogs)).toBe(1);
    expect(sim.count(ENNEO_ROUTES.export)).toBe(0);
    expect(sim.count()).toBe(3);
  });

  it('fails the next request with 503 and Retry-After, then recovers', async () => {
    sim.faults.failNext(ENNEO_ROUTES.ticket, { count: 1, status: 503, retryAfter: '2' });
    const failed = await get('/ticket/8842', [['viewing', 'false']]);
    expect(failed.status).toBe(503);
    expect(failed.headers['retry-after']).toBe('2');
    expect(failed.json()).toMatchObject({ success: false, error: expect.any(String) });
    expect((await get('/ticket/8842', [['viewing', 'false']])).status).toBe(200);
  });

  it('answers a malformed body once when asked', async () => {
    sim.faults.malformedNext(ENNEO_ROUTES.worklogs, 1);
    const broken = await get('/ticket/8842/worklog');
    expect(broken.status).toBe(200);
    expect(() => broken.json()).toThrow();
    expect((await get('/ticket/8842/worklog')).json()).toHaveLength(4);
  });

  it('delays a route', async () => {
    sim.resetRequests();
    sim.faults.delay(ENNEO_ROUTES.profile, 150);
    const started = performance.now();
    expect((await get('/profile/104')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    const [record] = sim.requests;
    expect(record!.endedAt! - record!.startedAt).toBeGreaterThanOrEqual(140);
    // Other routes are not delayed.
    const quick = performance.now();
    await get('/quality/scorecard/42');
    expect(performance.now() - quick).toBeLessThan(140);
  });
});
