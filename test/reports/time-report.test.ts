import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { TimeReportDimension } from '../gql/graphql.js';
import { ENNEO_ROUTES } from '../../src/sandbox/enneo.js';
import { formatLocalDate } from '../../src/sandbox/local-time.js';
import { SOCIALBOARDS_ROUTES } from '../../src/sandbox/socialboards.js';
import { INGRID_SOLBERG_ID } from '../../src/sandbox/socialboards-seed.js';
import { TRACKER_ROUTES } from '../../src/sandbox/tracker.js';
import { expectedWorklogSeconds } from '../../src/sandbox/tracker-seed.js';
import { type Stack, startStack } from '../support/stack.js';

/**
 * `timeReport` against the three simulators over real HTTP. Every expected sum is computed here,
 * independently, from the simulators' seed data (enneo worklog durations, Tracker durations from
 * their parts on the business calendar), never from the gateway's own code: grouped by person and
 * source, by day in two time zones, by month across enneo's 1,000-row pages, by ticket and by week;
 * with Tracker's item cap forcing window splits; people linked by e-mail and by PEOPLE_FILE;
 * a failing source; and bad arguments refused before any upstream call.
 */

const Report = graphql(`
  query TimeReportTest($from: Date!, $to: Date!, $groupBy: [TimeReportDimension!], $sources: [Source!], $people: [ID!], $timeZone: String) {
    timeReport(from: $from, to: $to, groupBy: $groupBy, sources: $sources, people: $people, timeZone: $timeZone) {
      totalSeconds
      coverage { source complete rows entries calls seconds note }
      rows {
        person { id name email accounts { source id } }
        source
        day
        week
        month
        ticketKey
        ticketSource
        action
        seconds
        entries
      }
    }
  }
`);

const RefetchPerson = graphql(`
  query RefetchPerson($id: ID!) {
    node(id: $id) { id ... on Person { name email accounts { source id } } }
  }
`);

const TimelinePeople = graphql(`
  query TimelinePeople {
    timeline(refs: [{ source: TRACKER, key: "PAY-12" }, { source: SOCIALBOARDS, key: "5501" }, { source: ENNEO, key: "8842" }], first: 50) {
      edges { node { source actor { id person { id name } } } }
    }
  }
`);

interface Record {
  source: 'ENNEO' | 'TRACKER';
  /** Account: enneo user id or Tracker login. */
  account: string;
  email: string;
  at: Date;
  ticket: string;
  action: string;
  seconds: number;
}

/** Every time record of the seed, as the simulators hold it. */
function seedRecords(stack: Stack): Record[] {
  const { enneo, tracker } = stack.sandbox;
  const records: Record[] = [];
  for (const list of enneo.seed.worklogs.values()) {
    for (const w of list) {
      const action =
        {
          readAction: 'READ_ACTION',
          writeAction: 'WRITE_ACTION',
          closeAction: 'CLOSE_ACTION',
          statusAction: 'STATUS_ACTION',
          autoProcessAction: 'AUTO_PROCESS_ACTION',
        }[w.action] ?? w.action;
      records.push({
        source: 'ENNEO',
        account: String(w.userId),
        email: enneo.seed.profiles.get(w.userId)!.email.toLowerCase(),
        at: w.segments[0]!.from,
        ticket: String(w.ticketId),
        action,
        seconds: w.duration,
      });
    }
  }
  for (const w of tracker.seed.allWorklogs) {
    records.push({
      source: 'TRACKER',
      account: w.createdBy,
      email: tracker.seed.users.get(w.createdBy)!.email.toLowerCase(),
      at: w.start,
      ticket: w.issueKey,
      action: 'WORKLOG',
      seconds: expectedWorklogSeconds(w),
    });
  }
  return records;
}

/** Sums of the records in a period (days in `timeZone`, inclusive), by a key. */
function expectedSums(records: Record[], from: string, to: string, timeZone: string, keyOf: (r: Record, day: string) => string) {
  const sums = new Map<string, { seconds: number; entries: number }>();
  for (const r of records) {
    const day = formatLocalDate(r.at, timeZone);
    if (day < from || day > to) continue;
    const key = keyOf(r, day);
    const sum = sums.get(key) ?? { seconds: 0, entries: 0 };
    sum.seconds += r.seconds;
    sum.entries += 1;
    sums.set(key, sum);
  }
  return sums;
}

/** ISO 8601 week, computed the long way round (Thursday of the week decides the year). */
function isoWeekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const thursday = new Date(date);
  thursday.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const jan4 = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((thursday.getTime() - jan4.getTime()) / 86_400_000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

type Row = {
  person: { id: string; name: string | null; email: string | null; accounts: { source: string; id: string }[] } | null;
  source: string | null;
  day: string | null;
  week: string | null;
  month: string | null;
  ticketKey: string | null;
  ticketSource: string | null;
  action: string | null;
  seconds: number;
  entries: number;
};

const asMap = (rows: readonly Row[], keyOf: (row: Row) => string) =>
  new Map(rows.map((row) => [keyOf(row), { seconds: row.seconds, entries: row.entries }]));

describe('timeReport: sums checked against the seed', () => {
  let stack: Stack;
  let records: Record[];
  beforeAll(async () => {
    stack = await startStack();
    records = seedRecords(stack);
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.sandbox.enneo.resetRequests();
    stack.sandbox.tracker.resetRequests();
    stack.sandbox.socialboards.resetRequests();
  });

  it('by person and source for November: every person linked by e-mail, sums to the second', async () => {
    const { data, errors } = await stack.execute(Report, { from: '2025-11-01', to: '2025-11-30', groupBy: ['PERSON', 'SOURCE'] });
    expect(errors).toBeUndefined();
    const report = data!.timeReport!;
    const expected = expectedSums(records, '2025-11-01', '2025-11-30', 'UTC', (r) => `${r.email}|${r.source}`);
    expect(asMap(report.rows, (row) => `${row.person!.email}|${row.source}`)).toEqual(expected);
    const total = [...expected.values()].reduce((sum, s) => sum + s.seconds, 0);
    expect(report.totalSeconds).toBe(total);

    // Ingrid, Ole and Priya are one person each across enneo and Tracker (Ingrid's Tracker address differs in case only).
    for (const [name, enneoId, login] of [
      ['Ingrid Solberg', '104', 'i.solberg'],
      ['Ole Hansen', '107', 'o.hansen'],
      ['Priya Nair', '108', 'p.nair'],
    ] as const) {
      const rows = report.rows.filter((row) => row.person?.name === name);
      expect(rows.map((row) => row.source).sort()).toEqual(['ENNEO', 'TRACKER']);
      expect(new Set(rows.map((row) => row.person!.id)).size).toBe(1);
      expect(rows[0]!.person!.accounts).toEqual([
        { source: 'ENNEO', id: enneoId },
        { source: 'TRACKER', id: login },
      ]);
    }
    // Without PEOPLE_FILE, Mateo García's two addresses make two people.
    expect(new Set(report.rows.filter((row) => row.person?.name === 'Mateo García').map((row) => row.person!.id)).size).toBe(2);

    const coverage = new Map(report.coverage.map((c) => [c.source, c]));
    expect(coverage.get('ENNEO')).toMatchObject({ complete: true, calls: 1, seconds: sumOf(expected, 'ENNEO') });
    expect(coverage.get('TRACKER')).toMatchObject({ complete: true, seconds: sumOf(expected, 'TRACKER') });
    expect(coverage.get('SOCIALBOARDS')).toMatchObject({ complete: true, calls: 0, seconds: 0, rows: 0 });
    expect(coverage.get('SOCIALBOARDS')!.note).toMatch(/no seconds/);
    // People look-ups: one per distinct Tracker login (enneo rows carry name and e-mail), none twice.
    const users = stack.sandbox.tracker.requests.filter((r) => r.route === TRACKER_ROUTES.user).map((r) => r.path);
    expect(users.length).toBe(new Set(users).size);
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.profile)).toBe(0);
  });

  it('by day, in the enneo instance zone and in UTC: days are the report zone’s, both ways', async () => {
    for (const timeZone of ['Europe/Berlin', 'UTC', 'America/New_York']) {
      stack.sandbox.enneo.resetRequests();
      const { data, errors } = await stack.execute(Report, { from: '2025-10-27', to: '2025-11-09', groupBy: ['DAY'], timeZone });
      expect(errors).toBeUndefined();
      const expected = expectedSums(records, '2025-10-27', '2025-11-09', timeZone, (_r, day) => day);
      expect(
        asMap(data!.timeReport!.rows, (row) => row.day!),
        timeZone,
      ).toEqual(expected);
      // The export is asked for the report's own days when the zones agree, one more day each side otherwise.
      const date = stack.sandbox.enneo.requests[0]!.query;
      const widened = timeZone !== 'Europe/Berlin';
      expect([date.get('filters[0][from]'), date.get('filters[0][to]')]).toEqual(
        widened ? ['2025-10-26', '2025-11-10'] : ['2025-10-27', '2025-11-09'],
      );
    }
  });

  it('by ticket and by week, Tracker only: no enneo call at all', async () => {
    const byTicket = await stack.execute(Report, {
      from: '2025-11-01',
      to: '2025-11-30',
      groupBy: ['TICKET'],
      sources: ['TRACKER'],
    });
    expect(byTicket.errors).toBeUndefined();
    const tracker = records.filter((r) => r.source === 'TRACKER');
    expect(asMap(byTicket.data!.timeReport!.rows, (row) => `${row.ticketSource}:${row.ticketKey}`)).toEqual(
      expectedSums(tracker, '2025-11-01', '2025-11-30', 'UTC', (r) => `TRACKER:${r.ticket}`),
    );
    // The showcase issue: exactly the three worklogs of the cross-source case.
    expect(byTicket.data!.timeReport!.rows.find((row) => row.ticketKey === 'PAY-12')).toMatchObject({
      seconds: 44_100,
      entries: 3,
    });
    expect(stack.sandbox.enneo.count()).toBe(0);

    const byWeek = await stack.execute(Report, { from: '2025-11-03', to: '2025-11-30', groupBy: ['WEEK', 'ACTION'] });
    expect(asMap(byWeek.data!.timeReport!.rows, (row) => `${row.week}|${row.action}`)).toEqual(
      expectedSums(records, '2025-11-03', '2025-11-30', 'UTC', (r, day) => `${isoWeekOf(day)}|${r.action}`),
    );
  });

  it('with people: their Socialboards actions count as entries of no seconds', async () => {
    const everybody = await stack.execute(Report, { from: '2025-11-01', to: '2025-11-30', groupBy: ['PERSON'] });
    const ingrid = everybody.data!.timeReport!.rows.find((row) => row.person?.name === 'Ingrid Solberg')!.person!;
    stack.sandbox.socialboards.resetRequests();
    const { data, errors } = await stack.execute(Report, {
      from: '2025-11-01',
      to: '2025-11-30',
      groupBy: ['SOURCE'],
      people: [ingrid.id],
    });
    expect(errors).toBeUndefined();
    const report = data!.timeReport!;

    // Her actions in November on the tickets created from 30 days before it (Socialboards lists by creation only).
    const sb = stack.sandbox.socialboards.seed;
    const listedFrom = Date.parse('2025-10-02T00:00:00Z');
    let actions = 0;
    for (const [ticketId, log] of sb.logs) {
      const created = sb.tickets.get(ticketId)!.creationTime.epochMs;
      if (created < listedFrom || created > Date.parse('2025-11-30T23:59:59.999Z')) continue;
      for (const entry of log) {
        const day = new Date(entry.time.epochMs).toISOString().slice(0, 10);
        if (entry.userId === INGRID_SOLBERG_ID && day >= '2025-11-01' && day <= '2025-11-30') actions += 1;
      }
    }
    expect(actions).toBeGreaterThan(0);
    const expected = expectedSums(records, '2025-11-01', '2025-11-30', 'UTC', (r) =>
      r.email === 'ingrid.solberg@sandbox-energy.example' ? r.source : 'other',
    );
    expect(asMap(report.rows, (row) => row.source!)).toEqual(
      new Map([
        ['ENNEO', expected.get('ENNEO')],
        ['TRACKER', expected.get('TRACKER')],
        ['SOCIALBOARDS', { seconds: 0, entries: actions }],
      ]),
    );
    const coverage = report.coverage.find((c) => c.source === 'SOCIALBOARDS')!;
    expect(coverage).toMatchObject({ complete: true, seconds: 0, entries: actions });
    expect(coverage.calls).toBe(
      stack.sandbox.socialboards.count(SOCIALBOARDS_ROUTES.list) + stack.sandbox.socialboards.count(SOCIALBOARDS_ROUTES.log),
    );
    // Her Socialboards account joins her person once the report has met it.
    const withSb = await stack.execute(Report, {
      from: '2025-11-01',
      to: '2025-11-30',
      groupBy: ['PERSON'],
      people: [ingrid.id],
    });
    expect(withSb.data!.timeReport!.rows[0]!.person!.accounts).toEqual([
      { source: 'ENNEO', id: '104' },
      { source: 'TRACKER', id: 'i.solberg' },
      { source: 'SOCIALBOARDS', id: INGRID_SOLBERG_ID },
    ]);
  });

  it('by month over three months: enneo paged past 1,000 rows, each offset read once, nothing lost', async () => {
    const { data, errors } = await stack.execute(Report, {
      from: '2025-09-01',
      to: '2025-11-30',
      groupBy: ['MONTH', 'SOURCE'],
      sources: ['ENNEO', 'TRACKER'],
    });
    expect(errors).toBeUndefined();
    const expected = expectedSums(records, '2025-09-01', '2025-11-30', 'UTC', (r, day) => `${day.slice(0, 7)}|${r.source}`);
    expect(asMap(data!.timeReport!.rows, (row) => `${row.month}|${row.source}`)).toEqual(expected);
    const exports = stack.sandbox.enneo.requests.filter((r) => r.route === ENNEO_ROUTES.export);
    expect(exports.map((r) => [r.query.get('offset'), r.query.get('limit'), r.query.get('format')])).toEqual([
      ['0', '1000', 'json'],
      ['1000', '1000', 'json'],
    ]);
    expect(data!.timeReport!.coverage.find((c) => c.source === 'ENNEO')!.calls).toBe(2);
    expect(data!.timeReport!.coverage.find((c) => c.source === 'ENNEO')!.rows).toBeGreaterThan(1000);
  });
});

function sumOf(sums: Map<string, { seconds: number }>, source: string): number {
  let total = 0;
  for (const [key, sum] of sums) if (key.endsWith(`|${source}`)) total += sum.seconds;
  return total;
}

describe("timeReport: Tracker's item cap", () => {
  let stack: Stack;
  beforeAll(async () => {
    // 60 items per search: three months of worklogs need many split windows.
    stack = await startStack({ sandbox: { trackerSearchItemLimit: 60 } });
  });
  afterAll(() => stack.close());

  it('splits refused windows and counts every worklog exactly once', async () => {
    const { data, errors } = await stack.execute(Report, {
      from: '2025-09-01',
      to: '2025-11-30',
      groupBy: ['TICKET'],
      sources: ['TRACKER'],
    });
    expect(errors).toBeUndefined();
    const records = seedRecords(stack).filter((r) => r.source === 'TRACKER');
    expect(asMap(data!.timeReport!.rows, (row) => row.ticketKey!)).toEqual(
      expectedSums(records, '2025-09-01', '2025-11-30', 'UTC', (r) => r.ticket),
    );
    const searches = stack.sandbox.tracker.requests.filter((r) => r.route === TRACKER_ROUTES.searchWorklogs);
    expect(searches.some((r) => r.status === 400)).toBe(true);
    const coverage = data!.timeReport!.coverage[0]!;
    expect(coverage).toMatchObject({ source: 'TRACKER', complete: true, calls: searches.length });
    // The worklogs created exactly at the first of a month sit on a window bound: still counted once.
    expect(coverage.rows).toBe(
      new Set(
        stack.sandbox.tracker.seed.allWorklogs.filter((w) => w.createdAt >= new Date('2025-08-31T00:00:00Z')).map((w) => w.id),
      ).size,
    );
  });
});

describe('timeReport: PEOPLE_FILE', () => {
  let stack: Stack;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'people-'));
    const file = join(dir, 'people.json');
    writeFileSync(
      file,
      JSON.stringify([
        // Mateo's Tracker address is not his enneo one: only the file links the two.
        { id: 'mateo-garcia', name: 'Mateo García', accounts: { ENNEO: ['105'], TRACKER: ['m.garcia'] } },
        // Authoritative: o.hansen's e-mail matches enneo user 107, but the file gives the login to someone else.
        { id: 'ole-tracker-robot', name: 'Ole’s Tracker robot', accounts: { TRACKER: ['o.hansen'] } },
      ]),
    );
    stack = await startStack({ env: { PEOPLE_FILE: file } });
  });
  afterAll(() => stack.close());

  it('links accounts the file lists, whatever their e-mail; ids are stable and refetchable', async () => {
    const first = await stack.execute(Report, { from: '2025-11-01', to: '2025-11-30', groupBy: ['PERSON'] });
    expect(first.errors).toBeUndefined();
    const records = seedRecords(stack);
    const mateo = first.data!.timeReport!.rows.filter((row) => row.person?.name === 'Mateo García');
    expect(mateo).toHaveLength(1);
    const expected = expectedSums(records, '2025-11-01', '2025-11-30', 'UTC', (r) =>
      r.account === '105' || r.account === 'm.garcia' ? 'mateo' : 'other',
    );
    expect(mateo[0]).toMatchObject({
      ...expected.get('mateo'),
      person: {
        accounts: [
          { source: 'ENNEO', id: '105' },
          { source: 'TRACKER', id: 'm.garcia' },
        ],
      },
    });
    // The file's e-mail is absent, so the person's e-mail is the first one an account has.
    expect(mateo[0]!.person!.email).toBe('mateo.garcia@sandbox-energy.example');

    const ole = first.data!.timeReport!.rows.find((row) => row.person?.name === 'Ole Hansen')!;
    expect(ole.person!.accounts).toEqual([{ source: 'ENNEO', id: '107' }]);
    expect(first.data!.timeReport!.rows.some((row) => row.person?.name === 'Ole’s Tracker robot')).toBe(true);

    const again = await stack.execute(Report, {
      from: '2025-11-01',
      to: '2025-11-07',
      groupBy: ['PERSON'],
      sources: ['TRACKER'],
    });
    const id = mateo[0]!.person!.id;
    expect(again.data!.timeReport!.rows.find((row) => row.person?.name === 'Mateo García')!.person!.id).toBe(id);

    const refetched = await stack.execute(RefetchPerson, { id });
    expect(refetched.data!.node).toEqual({
      id,
      name: 'Mateo García',
      email: 'mateo.garcia@sandbox-energy.example',
      accounts: [
        { source: 'ENNEO', id: '105' },
        { source: 'TRACKER', id: 'm.garcia' },
      ],
    });
    const byEmail = first.data!.timeReport!.rows.find((row) => row.person?.name === 'Priya Nair')!.person!;
    expect((await stack.execute(RefetchPerson, { id: byEmail.id })).data!.node).toMatchObject({
      id: byEmail.id,
      email: 'priya.nair@sandbox-energy.example',
    });
  });

  it('people: filtered upstream by the enneo user ids and Tracker logins of the people asked for', async () => {
    const all = await stack.execute(Report, { from: '2025-11-01', to: '2025-11-30', groupBy: ['PERSON'] });
    const id = all.data!.timeReport!.rows.find((row) => row.person?.name === 'Mateo García')!.person!.id;
    stack.sandbox.enneo.resetRequests();
    stack.sandbox.tracker.resetRequests();
    const { data, errors } = await stack.execute(Report, {
      from: '2025-11-01',
      to: '2025-11-30',
      groupBy: ['SOURCE'],
      people: [id],
    });
    expect(errors).toBeUndefined();
    const expected = expectedSums(seedRecords(stack), '2025-11-01', '2025-11-30', 'UTC', (r) =>
      r.account === '105' || r.account === 'm.garcia' ? r.source : 'other',
    );
    expect(asMap(data!.timeReport!.rows, (row) => row.source!)).toEqual(
      new Map([
        ['ENNEO', expected.get('ENNEO')],
        ['TRACKER', expected.get('TRACKER')],
      ]),
    );
    const exported = stack.sandbox.enneo.requests.find((r) => r.route === ENNEO_ROUTES.export)!.query;
    expect([exported.get('filters[1][key]'), exported.getAll('filters[1][values][]')]).toEqual(['userId', ['105']]);
    const searches = stack.sandbox.tracker.requests.filter((r) => r.route === TRACKER_ROUTES.searchWorklogs);
    expect(searches.map((r) => JSON.parse(r.body).createdBy)).toEqual(['m.garcia']);
  });

  it('Actor.person in a timeline: the same people as in the report', async () => {
    const report = await stack.execute(Report, { from: '2025-11-01', to: '2025-11-30', groupBy: ['PERSON'] });
    const ingrid = report.data!.timeReport!.rows.find((row) => row.person?.name === 'Ingrid Solberg')!.person!.id;
    const { data, errors } = await stack.execute(TimelinePeople, {});
    expect(errors).toBeUndefined();
    const ids = new Set(
      data!.timeline.edges
        .filter((e) => e.node.actor?.person?.name === 'Ingrid Solberg')
        .map((e) => `${e.node.source}:${e.node.actor!.person!.id}`),
    );
    // enneo user 104, Socialboards' Ingrid and Tracker's i.solberg: one person, the report's.
    expect(ids).toEqual(new Set([`ENNEO:${ingrid}`, `SOCIALBOARDS:${ingrid}`, `TRACKER:${ingrid}`]));
  });
});

describe('timeReport: a failing source and bad arguments', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.sandbox.enneo.resetRequests();
    stack.sandbox.tracker.resetRequests();
    stack.sandbox.tracker.faults.clear();
  });

  it('a failing Tracker is a labelled error and complete: false; enneo rows arrive', async () => {
    stack.sandbox.tracker.faults.failNext(TRACKER_ROUTES.searchWorklogs, { count: 10, status: 503 });
    const { data, errors } = await stack.execute(Report, {
      from: '2025-11-01',
      to: '2025-11-30',
      groupBy: ['SOURCE'],
      sources: ['ENNEO', 'TRACKER'],
    });
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({
      path: ['timeReport'],
      extensions: { code: 'UPSTREAM_UNAVAILABLE', source: 'TRACKER', status: 503 },
    });
    const report = data!.timeReport!;
    expect(report.rows.map((row) => row.source)).toEqual(['ENNEO']);
    const expected = expectedSums(seedRecords(stack), '2025-11-01', '2025-11-30', 'UTC', (r) => r.source);
    expect(report.totalSeconds).toBe(expected.get('ENNEO')!.seconds);
    expect(report.coverage.find((c) => c.source === 'TRACKER')).toMatchObject({ complete: false, seconds: 0, entries: 0 });
    expect(report.coverage.find((c) => c.source === 'ENNEO')).toMatchObject({
      complete: true,
      seconds: expected.get('ENNEO')!.seconds,
    });
  });

  const bad: [
    string,
    { from: string; to: string; groupBy?: TimeReportDimension[]; timeZone?: string; people?: string[] },
    RegExp,
  ][] = [
    ['from after to', { from: '2025-11-30', to: '2025-11-01' }, /after to/],
    ['a period over 366 days', { from: '2024-01-01', to: '2025-01-01' }, /367 days.*at most 366/],
    ['an unknown time zone', { from: '2025-11-01', to: '2025-11-02', timeZone: 'Mars/Olympus' }, /IANA time zone/],
    ['a dimension twice', { from: '2025-11-01', to: '2025-11-02', groupBy: ['DAY', 'DAY'] }, /DAY twice/],
    [
      'an id that is not a Person',
      { from: '2025-11-01', to: '2025-11-02', people: [Buffer.from('Scorecard:42').toString('base64url')] },
      /not of a Person/,
    ],
    [
      'an unknown file person',
      { from: '2025-11-01', to: '2025-11-02', people: [Buffer.from('Person:file:nobody').toString('base64url')] },
      /names no person/,
    ],
  ];
  it.each(bad)('%s is BAD_USER_INPUT, with no upstream call', async (_name, variables, message) => {
    const { data, errors } = await stack.execute(Report, variables);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toMatch(message);
    expect(data?.timeReport ?? null).toBeNull();
    expect(stack.sandbox.enneo.count() + stack.sandbox.tracker.count()).toBe(0);
  });

  it('a full year of 366 days is accepted', async () => {
    const { errors } = await stack.execute(Report, { from: '2024-12-01', to: '2025-12-01', groupBy: ['MONTH'] });
    expect(errors).toBeUndefined();
  });
});

describe('GET /reports/time.csv', () => {
  let stack: Stack;
  let base: string;
  beforeAll(async () => {
    stack = await startStack();
    base = stack.url.replace(/\/graphql$/, '');
  });
  afterAll(() => stack.close());

  it('one line per report row, a header naming each dimension plus seconds and entries', async () => {
    const response = await fetch(`${base}/reports/time.csv?from=2025-11-01&to=2025-11-30&groupBy=PERSON,SOURCE`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text()).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('person,source,seconds,entries');
    const { data } = await stack.execute(Report, { from: '2025-11-01', to: '2025-11-30', groupBy: ['PERSON', 'SOURCE'] });
    expect(lines.slice(1)).toEqual(
      data!.timeReport!.rows.map((row) => `${row.person!.name},${row.source},${row.seconds},${row.entries}`),
    );
  });

  it('names a source that could not be read completely in X-Report-Incomplete', async () => {
    stack.sandbox.tracker.faults.failNext(TRACKER_ROUTES.searchWorklogs, { count: 10, status: 503 });
    try {
      const response = await fetch(`${base}/reports/time.csv?from=2025-11-01&to=2025-11-30&groupBy=SOURCE`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-report-incomplete')).toBe('TRACKER');
      expect(
        (await response.text())
          .split('\r\n')
          .filter(Boolean)
          .map((line) => line.split(',')[0]),
      ).toEqual(['source', 'ENNEO']);
    } finally {
      stack.sandbox.tracker.faults.clear();
    }
  });

  it('quotes what needs quoting and defuses formulas', async () => {
    const { csvField } = await import('../../src/reports/time-report-csv.js');
    expect(['plain', 'a,b', 'say "hi"', 'two\nlines', '=1+1', '-3', 42, null].map(csvField)).toEqual([
      'plain',
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      "'=1+1",
      "'-3",
      '42',
      '',
    ]);
  });

  it.each([
    ['from=2025-11-30&to=2025-11-01', /after to/],
    ['to=2025-11-01', /from and to are required/],
    ['from=2025-11-01&to=2025-11-02&groupBy=PERSON,TEAM', /groupBy "TEAM"/],
    ['from=2025-11-01&to=2025-11-02&limit=5', /unknown parameter "limit"/],
    ['from=2025-13-01&to=2025-11-02', /YYYY-MM-DD/],
  ])('%s → 400 with a clear message', async (query, message) => {
    const response = await fetch(`${base}/reports/time.csv?${query}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(message);
  });
});
