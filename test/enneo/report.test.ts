import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { ReportPageQuery, WorklogReportFilter, WorklogReportOrder } from '../gql/graphql.js';
import { ENNEO_ROUTES } from '../../src/sources/enneo/sim/simulator.js';
import type { EnneoSeed, SeedWorklog } from '../../src/sources/enneo/sim/seed.js';
import { formatLocal } from '../../src/sandbox/local-time.js';
import { type Result, type Stack, startStack } from '../support/stack.js';

/**
 * `worklogReport` against the enneo simulator over real HTTP: paging past enneo's 1,000-row limit
 * loses and repeats nothing (and never asks enneo for more than 1,000 rows or for anything but
 * JSON); every filter reaches enneo as `filters[N][…]` and the rows match the seed; `from`/`to` are
 * inclusive local days; `date` is the true instant in Berlin and New York (and visibly wrong when
 * ENNEO_TIMEZONE differs from the instance); columns are typed; pseudonymized exports give null
 * links without upstream calls; and `ticket`/`worklog` on 500 rows cost one call per distinct ticket.
 */

const ReportPage = graphql(`
  query ReportPage($filter: WorklogReportFilter!, $first: Int, $after: String, $orderBy: WorklogReportOrder) {
    worklogReport(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node { userWorklogId date ticketId userId action rawAction channel topic raw }
      }
    }
  }
`);

const ReportTyped = graphql(`
  query ReportTyped($filter: WorklogReportFilter!) {
    worklogReport(filter: $filter, first: 1000) {
      edges {
        node {
          userWorklogId
          date
          userName
          email
          userId
          ticketId
          conversationId
          action
          rawAction
          durationSeconds
          durationAfterWorkSeconds
          status
          topic
          subTopic
          tags
          channel
          department
          teams
          aiAutomationLevel
          aiAgent
          aiAgentsUsed
          textAssistanceAccuracy
          customerIdentifiedCorrectly
          tagsIdentifiedCorrectly
          skippedTicket
          reopened
          reopenedAt
          timesSetToOpen
          netSecondsClosedAfterSla
          closingDateForSla
          statusActionDetail
          pendingDueBy
          pendingSeconds
          netPendingSeconds
          firstPendingAt
          raw
        }
      }
    }
  }
`);

const ReportPseudonymized = graphql(`
  query ReportPseudonymized($filter: WorklogReportFilter!) {
    worklogReport(filter: $filter, first: 500) {
      edges {
        node {
          userWorklogId
          date
          ticketId
          userId
          email
          conversationId
          userName
          user { id }
          ticket { key }
          worklog { worklogId }
          raw
        }
      }
    }
  }
`);

const ReportLinked = graphql(`
  query ReportLinked($filter: WorklogReportFilter!, $first: Int) {
    worklogReport(filter: $filter, first: $first) {
      edges {
        node {
          userWorklogId
          ticketId
          date
          ticket { key title }
          worklog { worklogId ticketId startedAt durationSeconds }
        }
      }
    }
  }
`);

/** The contract's EnneoAction values by enneo's wire spelling (written out here, not taken from src). */
const ACTION_BY_WIRE: Record<string, string> = {
  closeAction: 'CLOSE_ACTION',
  readAction: 'READ_ACTION',
  statusAction: 'STATUS_ACTION',
  writeAction: 'WRITE_ACTION',
  autoProcessAction: 'AUTO_PROCESS_ACTION',
};

type Row = { userWorklogId: number | null; date: string; ticketId: number | null; raw: Record<string, unknown> } & Record<
  string,
  unknown
>;

const WHOLE_SEED = { from: '2025-09-01', to: '2025-11-30' };

/** Calendar-day arithmetic on `YYYY-MM-DD`. */
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const startOf = (w: SeedWorklog) => w.segments[0]!.from;
const allWorklogs = (seed: EnneoSeed) => [...seed.worklogs.values()].flat();
/** What enneo's export shows in `date`: the session start as wall time in the instance zone. */
const localStart = (w: SeedWorklog, zone: string) => formatLocal(startOf(w), zone);

/** The seed's worklogs whose local start day lies in [from, to], in the export's DATE_ASC order (local time, then id). */
function expectedRows(seed: EnneoSeed, zone: string, from: string, to: string, keep: (w: SeedWorklog) => boolean = () => true) {
  return allWorklogs(seed)
    .filter((w) => {
      const day = localStart(w, zone).slice(0, 10);
      return day >= from && day <= to && keep(w);
    })
    .sort((a, b) =>
      localStart(a, zone) < localStart(b, zone) ? -1 : localStart(a, zone) > localStart(b, zone) ? 1 : a.worklogId - b.worklogId,
    );
}

/** Pages through worklogReport until hasNextPage is false; returns the rows and the pages' sizes. */
async function readAll(stack: Stack, filter: WorklogReportFilter, first: number, orderBy: WorklogReportOrder = 'DATE_ASC') {
  const rows: Row[] = [];
  const sizes: number[] = [];
  let after: string | null = null;
  for (let page = 0; page < 500; page++) {
    const result: Result<ReportPageQuery> = await stack.execute(ReportPage, { filter, first, after, orderBy });
    expect(result.errors).toBeUndefined();
    const connection = result.data!.worklogReport!;
    expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
    rows.push(...(connection.edges.map((e) => e.node) as Row[]));
    sizes.push(connection.edges.length);
    if (!connection.pageInfo.hasNextPage) return { rows, sizes };
    expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)!.cursor);
    after = connection.pageInfo.endCursor;
  }
  throw new Error('worklogReport never reported the last page');
}

const exportCalls = (stack: Stack) => stack.sandbox.enneo.requests.filter((r) => r.route === ENNEO_ROUTES.export);
const ids = (rows: { userWorklogId: number | null }[]) => rows.map((r) => r.userWorklogId);

describe('worklogReport (instance and gateway in Europe/Berlin)', () => {
  let stack: Stack;
  let seed: EnneoSeed;
  const zone = 'Europe/Berlin';
  beforeAll(async () => {
    stack = await startStack();
    seed = stack.sandbox.enneo.seed;
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.sandbox.enneo.resetRequests());
  afterEach(() => {
    stack.sandbox.enneo.faults.clear();
    stack.sandbox.enneo.setPrivacy('full');
  });

  describe('paging', () => {
    it('pages past 1,000 rows with first: 1000, losing and repeating nothing, in date order', async () => {
      const expected = expectedRows(seed, zone, WHOLE_SEED.from, WHOLE_SEED.to);
      expect(expected.length).toBeGreaterThan(1000);

      const { rows, sizes } = await readAll(stack, WHOLE_SEED, 1000);
      expect(sizes).toEqual([1000, expected.length - 1000]);
      expect(new Set(ids(rows)).size).toBe(rows.length);
      expect(ids(rows)).toEqual(expected.map((w) => w.worklogId));

      const calls = exportCalls(stack);
      expect(calls.length).toBeGreaterThanOrEqual(2);
      for (const call of calls) {
        expect(Number(call.query.get('limit'))).toBeLessThanOrEqual(1000);
        expect(Number(call.query.get('limit'))).toBeGreaterThan(0);
        expect(call.query.getAll('format')).toEqual(['json']);
        expect(call.query.get('orderByField')).toBe('date');
        expect(call.query.get('orderByDirection')).toBe('asc');
        expect(call.status).toBe(200);
      }
      // Each page of 1,000 rows costs one call: a full page says hasNextPage, a short one ends the walk.
      expect(calls.map((c) => [c.query.get('offset'), c.query.get('limit')])).toEqual([
        ['0', '1000'],
        ['1000', '1000'],
      ]);
    });

    it('pages a small range with first: 7, each page one export call of limit 8 at the next offset', async () => {
      const range = { from: '2025-11-03', to: '2025-11-05' };
      const expected = expectedRows(seed, zone, range.from, range.to);
      expect(expected.length).toBeGreaterThan(14);

      const { rows, sizes } = await readAll(stack, range, 7);
      expect(ids(rows)).toEqual(expected.map((w) => w.worklogId));
      expect(sizes.length).toBe(Math.ceil(expected.length / 7));
      expect(sizes.slice(0, -1).every((n) => n === 7)).toBe(true);

      const calls = exportCalls(stack);
      expect(calls).toHaveLength(sizes.length);
      calls.forEach((call, page) => {
        expect(call.query.get('limit')).toBe('8');
        expect(call.query.get('offset')).toBe(String(page * 7));
        expect(call.query.get('format')).toBe('json');
      });
    });

    it('pages with orderBy: DATE_DESC, newest first, ties by id', async () => {
      const range = { from: '2025-11-03', to: '2025-11-05' };
      const ascending = expectedRows(seed, zone, range.from, range.to);
      const descending = [...ascending].sort((a, b) =>
        localStart(a, zone) > localStart(b, zone)
          ? -1
          : localStart(a, zone) < localStart(b, zone)
            ? 1
            : a.worklogId - b.worklogId,
      );
      const { rows } = await readAll(stack, range, 7, 'DATE_DESC');
      expect(ids(rows)).toEqual(descending.map((w) => w.worklogId));
      expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort().reverse());
      for (const call of exportCalls(stack)) {
        expect(call.query.get('orderByField')).toBe('date');
        expect(call.query.get('orderByDirection')).toBe('desc');
      }
    });

    it('pages by worklog id with WORKLOG_ID_ASC and first: 1000', async () => {
      const expected = expectedRows(seed, zone, WHOLE_SEED.from, WHOLE_SEED.to)
        .map((w) => w.worklogId)
        .sort((a, b) => a - b);
      const { rows } = await readAll(stack, WHOLE_SEED, 1000, 'WORKLOG_ID_ASC');
      expect(ids(rows)).toEqual(expected);
      expect(exportCalls(stack).every((c) => c.query.get('orderByField') === 'userWorklogId')).toBe(true);
    });

    it('refuses first over 1,000, a foreign cursor, a reversed range and OTHER without calling enneo', async () => {
      const cases: [{ filter: WorklogReportFilter; first?: number; after?: string }, RegExp][] = [
        [{ filter: WHOLE_SEED, first: 1001 }, /first must be between 0 and 1000/],
        [{ filter: WHOLE_SEED, first: 5, after: Buffer.from('worklogs:4').toString('base64url') }, /after is not a cursor/],
        [{ filter: { from: '2025-11-05', to: '2025-11-03' } }, /after filter.to/],
        [{ filter: { ...WHOLE_SEED, actions: ['OTHER'] } }, /cannot contain OTHER/],
        [{ filter: { ...WHOLE_SEED, userIds: [] } }, /filter.userIds is empty/],
      ];
      for (const [variables, message] of cases) {
        const result = await stack.execute(ReportPage, variables);
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message).toMatch(message);
      }
      expect(exportCalls(stack)).toHaveLength(0);
    });
  });

  describe('filters', () => {
    const ticketOf = (w: SeedWorklog) => seed.tickets.get(w.ticketId)!;
    const topicOf = (w: SeedWorklog) => ticketOf(w).tags.find((t) => t.parentId === null)!.name;
    const cases: {
      name: string;
      filter: Partial<WorklogReportFilter>;
      key: string;
      values: string[];
      keep: (w: SeedWorklog) => boolean;
      check: (row: Row) => boolean;
    }[] = [
      {
        name: 'actions',
        filter: { actions: ['STATUS_ACTION', 'CLOSE_ACTION'] },
        key: 'action',
        values: ['statusAction', 'closeAction'],
        keep: (w) => w.action === 'statusAction' || w.action === 'closeAction',
        check: (r) =>
          (r.action === 'STATUS_ACTION' && r.rawAction === 'statusAction') ||
          (r.action === 'CLOSE_ACTION' && r.rawAction === 'closeAction'),
      },
      {
        name: 'userIds',
        filter: { userIds: [104, 107] },
        key: 'userId',
        values: ['104', '107'],
        keep: (w) => w.userId === 104 || w.userId === 107,
        check: (r) => r.userId === 104 || r.userId === 107,
      },
      {
        name: 'ticketIds',
        filter: { ticketIds: [8842, 8850, 8877] },
        key: 'ticketId',
        values: ['8842', '8850', '8877'],
        keep: (w) => [8842, 8850, 8877].includes(w.ticketId),
        check: (r) => [8842, 8850, 8877].includes(r.ticketId!),
      },
      {
        name: 'channels',
        filter: { channels: ['phone', 'walkIn'] },
        key: 'channel',
        values: ['phone', 'walkIn'],
        keep: (w) => ['phone', 'walkIn'].includes(ticketOf(w).channel),
        check: (r) => r.channel === 'phone' || r.channel === 'walkIn',
      },
      {
        name: 'topics',
        filter: { topics: ['Meter', 'Complaint'] },
        key: 'topic',
        values: ['Meter', 'Complaint'],
        keep: (w) => ['Meter', 'Complaint'].includes(topicOf(w)),
        check: (r) => r.topic === 'Meter' || r.topic === 'Complaint',
      },
    ];

    for (const c of cases) {
      it(`${c.name} reach enneo as filters[1][key]=${c.key}&…[comparator]=in&…[values][]= and the rows match the seed`, async () => {
        const expected = expectedRows(seed, zone, WHOLE_SEED.from, WHOLE_SEED.to, c.keep);
        expect(expected.length).toBeGreaterThan(5);

        const { rows } = await readAll(stack, { ...WHOLE_SEED, ...c.filter }, 1000);
        expect(ids(rows)).toEqual(expected.map((w) => w.worklogId));
        expect(rows.every(c.check)).toBe(true);

        const calls = exportCalls(stack);
        expect(calls.length).toBeGreaterThan(0);
        for (const call of calls) {
          const text = decodeURIComponent(call.query.toString());
          expect(text).toContain(
            'filters[0][key]=date&filters[0][comparator]=between&filters[0][from]=2025-09-01&filters[0][to]=2025-11-30',
          );
          expect(text).toContain(
            `filters[1][key]=${c.key}&filters[1][comparator]=in&${c.values.map((v) => `filters[1][values][]=${v}`).join('&')}`,
          );
          expect(call.query.getAll('filters[1][values][]')).toEqual(c.values);
          expect(call.query.has('filters[2][key]')).toBe(false);
        }
      });
    }

    it('combines every filter with AND, each as its own numbered filter', async () => {
      const filter: WorklogReportFilter = {
        ...WHOLE_SEED,
        actions: ['WRITE_ACTION', 'READ_ACTION', 'STATUS_ACTION'],
        channels: ['email', 'portal'],
        topics: ['Billing', 'Contract'],
      };
      const expected = expectedRows(
        seed,
        zone,
        WHOLE_SEED.from,
        WHOLE_SEED.to,
        (w) =>
          ['writeAction', 'readAction', 'statusAction'].includes(w.action) &&
          ['email', 'portal'].includes(ticketOf(w).channel) &&
          ['Billing', 'Contract'].includes(topicOf(w)),
      );
      expect(expected.length).toBeGreaterThan(5);
      const { rows } = await readAll(stack, filter, 1000);
      expect(ids(rows)).toEqual(expected.map((w) => w.worklogId));
      const call = exportCalls(stack)[0]!;
      expect(['date', 'action', 'channel', 'topic'].map((_, i) => call.query.get(`filters[${i}][key]`))).toEqual([
        'date',
        'action',
        'channel',
        'topic',
      ]);
      expect(call.query.getAll('filters[1][values][]')).toEqual(['writeAction', 'readAction', 'statusAction']);
    });

    it('treats from and to as inclusive local days: 23:xx on `to` is in, 00:xx the day after is out', async () => {
      // A day D with a session starting late in the evening and one starting just after midnight on D+1.
      const byLocal = allWorklogs(seed).map((w) => ({ w, local: localStart(w, zone) }));
      const pair = byLocal
        .filter((x) => x.local.slice(11) >= '23:00:00')
        .map((late) => ({
          late,
          early: byLocal.find(
            (x) => x.local.slice(0, 10) === addDays(late.local.slice(0, 10), 1) && x.local.slice(11) < '01:00:00',
          ),
        }))
        .find((p) => p.early !== undefined);
      expect(pair, 'the seed has a late-evening and an after-midnight session on consecutive days').toBeDefined();
      const day = pair!.late.local.slice(0, 10);
      const late = pair!.late.w;
      const early = pair!.early!.w;

      const upTo = await readAll(stack, { from: addDays(day, -1), to: day }, 1000);
      expect(ids(upTo.rows)).toContain(late.worklogId);
      expect(ids(upTo.rows)).not.toContain(early.worklogId);
      expect(ids(upTo.rows)).toEqual(expectedRows(seed, zone, addDays(day, -1), day).map((w) => w.worklogId));
      expect(decodeURIComponent(exportCalls(stack)[0]!.query.toString())).toContain(
        `filters[0][from]=${addDays(day, -1)}&filters[0][to]=${day}`,
      );

      const from = await readAll(stack, { from: addDays(day, 1), to: addDays(day, 2) }, 1000);
      expect(ids(from.rows)).toContain(early.worklogId);
      expect(ids(from.rows)).not.toContain(late.worklogId);
      expect(ids(from.rows)).toEqual(expectedRows(seed, zone, addDays(day, 1), addDays(day, 2)).map((w) => w.worklogId));

      // A one-day report holds that day's late session and nothing of the next day.
      const oneDay = await readAll(stack, { from: day, to: day }, 1000);
      expect(ids(oneDay.rows)).toContain(late.worklogId);
      expect(oneDay.rows.every((r) => formatLocal(new Date(r.date), zone).startsWith(day))).toBe(true);
    });
  });

  describe('time zones', () => {
    it("gives each row's date as the worklog's true start instant, on both sides of the 2025-10-26 change", async () => {
      const range = { from: '2025-10-20', to: '2025-11-02' };
      const { rows } = await readAll(stack, range, 1000);
      expect(ids(rows)).toEqual(expectedRows(seed, zone, range.from, range.to).map((w) => w.worklogId));
      const change = Date.parse('2025-10-26T01:00:00Z');
      const summer = rows.filter((r) => Date.parse(r.date) < change);
      const winter = rows.filter((r) => Date.parse(r.date) >= change);
      expect(summer.length).toBeGreaterThan(10);
      expect(winter.length).toBeGreaterThan(10);

      for (const row of rows) {
        const worklog = seed.worklogById.get(row.userWorklogId!)!;
        expect(row.date, `worklog ${worklog.worklogId}`).toBe(startOf(worklog).toISOString());
        expect(row.raw.date).toBe(localStart(worklog, zone));
      }
      // The wire value is Berlin wall time: two hours ahead of UTC in summer, one in winter.
      const wallAsUtc = (r: Row) => Date.parse(`${String(r.raw.date).replace(' ', 'T')}Z`);
      expect(summer.every((r) => wallAsUtc(r) - Date.parse(r.date) === 2 * 3_600_000)).toBe(true);
      expect(winter.every((r) => wallAsUtc(r) - Date.parse(r.date) === 3_600_000)).toBe(true);
    });
  });

  describe('column types', () => {
    it('types lists, flags, numbers and timestamps, and raw is the wire row exactly', async () => {
      const filter = { from: '2025-11-01', to: '2025-11-12' };
      const result = await stack.execute(ReportTyped, { filter });
      expect(result.errors).toBeUndefined();
      const rows = result.data!.worklogReport!.edges.map((e) => e.node);
      expect(ids(rows)).toEqual(expectedRows(seed, zone, filter.from, filter.to).map((w) => w.worklogId));
      const local = (d: Date | null) => (d ? d.toISOString() : null);

      for (const row of rows) {
        const w = seed.worklogById.get(row.userWorklogId!)!;
        const ticket = seed.tickets.get(w.ticketId)!;
        const profile = seed.profiles.get(w.userId)!;
        expect(row).toEqual({
          userWorklogId: w.worklogId,
          date: startOf(w).toISOString(),
          userName: `${profile.firstName} ${profile.lastName}`,
          email: profile.email,
          userId: w.userId,
          ticketId: w.ticketId,
          conversationId: w.conversationId,
          action: ACTION_BY_WIRE[w.action] ?? 'OTHER',
          rawAction: w.action,
          durationSeconds: w.duration,
          durationAfterWorkSeconds: w.durationAfterWork,
          status: w.statusAfter,
          topic: ticket.tags.find((t) => t.parentId === null)?.name ?? null,
          subTopic: ticket.tags.find((t) => t.parentId !== null)?.name ?? null,
          tags: ticket.tags.map((t) => t.name),
          channel: ticket.channel,
          department: profile.department,
          teams: profile.teamIds.map((id) => seed.teams.get(id)!.name),
          aiAutomationLevel: w.automationLevel,
          aiAgent: w.aiAgentIds.length > 0 ? seed.aiAgents.get(w.aiAgentIds[0]!)!.name : null,
          aiAgentsUsed: w.aiAgentIds.map(String),
          textAssistanceAccuracy: w.textAssistanceAccuracy,
          customerIdentifiedCorrectly: w.customerIdentifiedCorrectly,
          tagsIdentifiedCorrectly: w.tagsIdentifiedCorrectly,
          skippedTicket: w.skippedTicket,
          reopened: w.reOpened,
          reopenedAt: local(w.reopenedAt),
          timesSetToOpen: w.timesSetToOpen,
          netSecondsClosedAfterSla: w.netSecondsClosedAfterSla,
          closingDateForSla: local(w.closingDateForSLA),
          statusActionDetail: w.statusActionDetail,
          pendingDueBy: local(w.pendingDueBy),
          pendingSeconds: w.pendingSeconds,
          netPendingSeconds: w.netPendingSeconds,
          firstPendingAt: local(w.firstPendingAt),
          raw: expect.any(Object),
        });
        // The wire shapes the mapping undid.
        expect(typeof row.raw!.tags).toBe('string');
        expect(typeof row.raw!.teams).toBe('string');
        expect(typeof row.raw!.aiAgentsUsed).toBe('string');
        expect(row.raw!.reOpened).toBe(w.reOpened ? 1 : 0);
        expect(row.raw!.netSecondsClosedAfterSLA).toBe(row.netSecondsClosedAfterSla);
      }
      // The range exercises the interesting values, not only empty lists and false flags.
      expect(rows.some((r) => r.reopened === true)).toBe(true);
      expect(rows.some((r) => r.skippedTicket === true)).toBe(true);
      expect(rows.some((r) => r.aiAgentsUsed.length >= 2)).toBe(true);
      expect(rows.some((r) => r.teams.length >= 2)).toBe(true);
      expect(rows.some((r) => r.action === 'OTHER' || r.netSecondsClosedAfterSla! < 0)).toBe(true);

      // raw is exactly what enneo sends for the same query.
      const call = exportCalls(stack)[0]!;
      const direct = await fetch(`${stack.sandbox.enneo.url}/export/reporting_worklog?${call.query.toString()}`, {
        headers: { authorization: `Bearer ${stack.config.enneo!.token}` },
      });
      const wireRows = (await direct.json()) as Record<string, unknown>[];
      expect(rows.map((r) => r.raw)).toEqual(wireRows.slice(0, rows.length));
    });
  });

  describe('pseudonymized export', () => {
    it('answers null ticket, worklog, ticketId and email, date at local midnight, and calls no ticket or worklog route', async () => {
      stack.sandbox.enneo.setPrivacy('pseudonymized');
      const filter = { from: '2025-10-24', to: '2025-10-28' };
      const result = await stack.execute(ReportPseudonymized, { filter });
      expect(result.errors).toBeUndefined();
      const rows = result.data!.worklogReport!.edges.map((e) => e.node);
      const expected = expectedRows(seed, zone, filter.from, filter.to);
      expect(new Set(ids(rows))).toEqual(new Set(expected.map((w) => w.worklogId)));

      for (const row of rows) {
        expect(row).toMatchObject({
          ticketId: null,
          userId: null,
          email: null,
          conversationId: null,
          user: null,
          ticket: null,
          worklog: null,
        });
        expect(row.userName).toBeTruthy();
        const day = localStart(seed.worklogById.get(row.userWorklogId!)!, zone).slice(0, 10);
        expect(row.raw!.date).toBe(day);
        expect('ticketId' in row.raw! || 'email' in row.raw! || 'rawData' in row.raw!).toBe(false);
        // Midnight of that day in Berlin, as an instant (22:00Z in summer time, 23:00Z in winter time).
        expect(formatLocal(new Date(row.date), zone)).toBe(`${day} 00:00:00`);
        expect(row.date.slice(11)).toBe(day <= '2025-10-26' ? '22:00:00.000Z' : '23:00:00.000Z');
      }
      expect(rows.some((r) => r.date.endsWith('22:00:00.000Z')) && rows.some((r) => r.date.endsWith('23:00:00.000Z'))).toBe(true);
      expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(0);
      expect(stack.sandbox.enneo.count(ENNEO_ROUTES.worklogs)).toBe(0);
      expect(stack.sandbox.enneo.count(ENNEO_ROUTES.profile)).toBe(0);
      expect(stack.sandbox.enneo.count(ENNEO_ROUTES.export)).toBe(1);
    });
  });

  describe('ticket and worklog on rows', () => {
    it('loads a page of 500 rows touching N tickets with N ticket calls and N worklog calls', async () => {
      const result = await stack.execute(ReportLinked, { filter: WHOLE_SEED, first: 500 });
      const rows = result.data!.worklogReport!.edges.map((e) => e.node);
      expect(rows).toHaveLength(500);
      const tickets = new Set(rows.map((r) => r.ticketId!));
      expect(tickets.size).toBeGreaterThan(20);
      expect(tickets.size).toBeLessThan(200);

      const enneo = stack.sandbox.enneo;
      expect(enneo.count(ENNEO_ROUTES.ticket)).toBe(tickets.size);
      expect(enneo.count(ENNEO_ROUTES.worklogs)).toBe(tickets.size);
      const paths = (route: string) => new Set(enneo.requests.filter((r) => r.route === route).map((r) => r.path));
      expect(paths(ENNEO_ROUTES.ticket)).toEqual(new Set([...tickets].map((id) => `/api/mind/ticket/${id}`)));
      expect(paths(ENNEO_ROUTES.worklogs)).toEqual(new Set([...tickets].map((id) => `/api/mind/ticket/${id}/worklog`)));
      expect(enneo.count(ENNEO_ROUTES.export)).toBe(1);
      expect(enneo.viewingViolations).toEqual([]);

      // Each row links to its own ticket and worklog; the restricted ticket's rows say why they are null.
      const restricted = seed.restrictedTicketId;
      for (const [i, row] of rows.entries()) {
        if (row.ticketId === restricted) {
          expect(row.ticket).toBeNull();
          expect(row.worklog).toBeNull();
          const errors = result.errors!.filter((e) => e.path?.[2] === i);
          expect(errors.map((e) => e.path?.[4]).sort()).toEqual(['ticket', 'worklog']);
          const codes = errors.map((e) => e.extensions?.code);
          expect(codes).toEqual(['UPSTREAM_UNAUTHORIZED', 'UPSTREAM_UNAUTHORIZED']);
          continue;
        }
        expect(row.ticket).toEqual({ key: String(row.ticketId), title: seed.tickets.get(row.ticketId!)!.subject });
        expect(row.worklog).toEqual({
          worklogId: row.userWorklogId,
          ticketId: row.ticketId,
          startedAt: row.date,
          durationSeconds: seed.worklogById.get(row.userWorklogId!)!.duration,
        });
      }
      const restrictedRows = rows.filter((r) => r.ticketId === restricted).length;
      expect(restrictedRows).toBeGreaterThan(0);
      expect(result.errors ?? []).toHaveLength(restrictedRows * 2);
    });
  });
});

describe('worklogReport (instance and gateway in America/New_York)', () => {
  let stack: Stack;
  const zone = 'America/New_York';
  beforeAll(async () => {
    stack = await startStack({ sandbox: { enneoTimeZone: zone } });
  });
  afterAll(() => stack.close());

  it('is configured to read export times in the instance zone', () => {
    expect(stack.config.enneo!.timeZone).toBe(zone);
  });

  it("gives each row's date as the true start instant, except where the wall time itself is ambiguous", async () => {
    const seed = stack.sandbox.enneo.seed;
    const { rows } = await readAll(stack, WHOLE_SEED, 1000);
    expect(ids(rows)).toEqual(expectedRows(seed, zone, WHOLE_SEED.from, WHOLE_SEED.to).map((w) => w.worklogId));

    // 01:00–01:59 on 2025-11-02 happens twice in New York (EDT, then EST). A zone-less export value
    // from the second pass cannot be told from the first; the gateway reads it as the earlier one.
    const secondPass = (w: SeedWorklog) => {
      const start = startOf(w).getTime();
      return start >= Date.parse('2025-11-02T06:00:00Z') && start < Date.parse('2025-11-02T07:00:00Z');
    };
    const ambiguous = rows.filter((r) => secondPass(seed.worklogById.get(r.userWorklogId!)!));
    expect(ambiguous.length).toBeGreaterThan(0);
    for (const row of rows) {
      const worklog = seed.worklogById.get(row.userWorklogId!)!;
      expect(row.raw.date).toBe(localStart(worklog, zone));
      const shift = secondPass(worklog) ? 3_600_000 : 0;
      expect(row.date, `worklog ${worklog.worklogId}`).toBe(new Date(startOf(worklog).getTime() - shift).toISOString());
    }
    // Both sides of New York's change (2025-11-02 06:00Z) are read with their own offset.
    const wallAsUtc = (r: Row) => Date.parse(`${String(r.raw.date).replace(' ', 'T')}Z`);
    const change = Date.parse('2025-11-02T06:00:00Z');
    const unambiguous = rows.filter((r) => !ambiguous.includes(r));
    expect(
      unambiguous.filter((r) => Date.parse(r.date) < change).every((r) => Date.parse(r.date) - wallAsUtc(r) === 4 * 3_600_000),
    ).toBe(true);
    expect(
      unambiguous.filter((r) => Date.parse(r.date) >= change).every((r) => Date.parse(r.date) - wallAsUtc(r) === 5 * 3_600_000),
    ).toBe(true);
  });
});

describe('worklogReport when ENNEO_TIMEZONE does not match the instance', () => {
  let stack: Stack;
  beforeAll(async () => {
    // The instance prints Berlin wall time; the gateway is (wrongly) told the export is in UTC.
    stack = await startStack({ configure: (config) => ({ ...config, enneo: { ...config.enneo!, timeZone: 'UTC' } }) });
  });
  afterAll(() => stack.close());

  it('shifts every date by the instance offset, which is why the variable must name the instance zone', async () => {
    const seed = stack.sandbox.enneo.seed;
    const range = { from: '2025-10-20', to: '2025-11-02' };
    const { rows } = await readAll(stack, range, 1000);
    // enneo still filters by its own local days: the same rows come back…
    expect(ids(rows)).toEqual(expectedRows(seed, 'Europe/Berlin', range.from, range.to).map((w) => w.worklogId));
    const change = Date.parse('2025-10-26T01:00:00Z');
    let summer = 0;
    let winter = 0;
    for (const row of rows) {
      const start = startOf(seed.worklogById.get(row.userWorklogId!)!).getTime();
      // …but each date is off by Berlin's offset at that moment: 2 h in summer time, 1 h in winter time.
      const expectedShift = start < change ? 2 * 3_600_000 : 3_600_000;
      expect(Date.parse(row.date) - start).toBe(expectedShift);
      if (start < change) summer += 1;
      else winter += 1;
    }
    expect(summer).toBeGreaterThan(0);
    expect(winter).toBeGreaterThan(0);
  });
});

describe('worklogReport over an export of exactly 3,000 rows', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ sandbox: { enneoExtraExportRows: 3000, enneoExportSeedRows: false } });
  });
  afterAll(() => stack.close());

  it('walks it with first: 1000 in 4 export calls of limit 1000 — the fourth answers empty and ends the walk', async () => {
    const { rows, sizes } = await readAll(stack, { from: '2024-12-31', to: '2026-01-01' }, 1000, 'WORKLOG_ID_ASC');
    // A full page cannot know it was the last: the trade-off of one call per page (README).
    expect(sizes).toEqual([1000, 1000, 1000, 0]);
    expect(ids(rows)).toEqual(Array.from({ length: 3000 }, (_, i) => 1_000_000 + i));
    expect(exportCalls(stack).map((c) => [c.query.get('offset'), c.query.get('limit')])).toEqual([
      ['0', '1000'],
      ['1000', '1000'],
      ['2000', '1000'],
      ['3000', '1000'],
    ]);
  });

  it('still learns the end exactly when the page is smaller than enneo’s limit (one look-ahead row, one call)', async () => {
    stack.sandbox.enneo.resetRequests();
    const { sizes } = await readAll(stack, { from: '2024-12-31', to: '2026-01-01' }, 750, 'WORKLOG_ID_ASC');
    expect(sizes).toEqual([750, 750, 750, 750]);
    expect(exportCalls(stack).map((c) => c.query.get('limit'))).toEqual(['751', '751', '751', '751']);
  });
});
