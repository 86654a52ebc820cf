import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { TRACKER_ROUTES, createTrackerSimulator, type TrackerSimulator } from '../../src/sandbox/tracker.js';
import {
  TRACKER_CALENDAR,
  TRACKER_DURATION_FORMS,
  TRACKER_SHOWCASE,
  createTrackerSeed,
  expectedIssueSeconds,
  expectedWorklogSeconds,
  type TrackerSeed,
  type TrackerSeedWorklog,
} from '../../src/sandbox/tracker-seed.js';
import type { IssueWire, WorklogWire } from '../../src/upstreams/tracker/wire.js';

/**
 * Contract tests of the Yandex Tracker simulator over real HTTP: what it accepts, what it refuses,
 * how it pages, and that the data it serves matches the seed.
 */

const TOKEN = 'sandbox-tracker-token';
const AUTH = { authorization: `OAuth ${TOKEN}`, 'x-org-id': 'sandbox-org' };
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/;

let sim: TrackerSimulator;

beforeAll(async () => {
  sim = await createTrackerSimulator({ port: 0 });
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

interface CallOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: unknown;
  base?: string;
}

/** Calls a path below the server root (or an absolute URL, e.g. from a Link header). */
async function call(pathOrUrl: string, options: CallOptions = {}): Promise<Answer> {
  const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${options.base ?? sim.url}${pathOrUrl}`;
  const res = await request(url, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: { ...(options.headers ?? AUTH), ...(options.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(options.body === undefined
      ? {}
      : { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }),
  });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, text, json: () => JSON.parse(text) };
}

/** The target of `rel="<rel>"` in a Link header, if any. */
function linkTarget(answer: Answer, rel: string): string | undefined {
  const header = answer.headers.link;
  if (typeof header !== 'string') return undefined;
  for (const entry of header.split(',')) {
    const m = /^\s*<([^>]+)>\s*;\s*rel="([^"]+)"\s*$/.exec(entry);
    if (m && m[2] === rel) return m[1];
  }
  return undefined;
}

/** Follows `rel="next"` from a first request to the end; returns every page's body. */
async function followPages(first: string, options: CallOptions = {}): Promise<{ pages: any[][]; urls: string[] }> {
  const pages: any[][] = [];
  const urls: string[] = [];
  let next: string | undefined = first;
  while (next !== undefined) {
    urls.push(next);
    const answer = await call(next, options);
    expect(answer.status, answer.text).toBe(200);
    pages.push(answer.json());
    next = linkTarget(answer, 'next');
    expect(pages.length).toBeLessThan(50);
  }
  return { pages, urls };
}

const errorShape = (status: number) => ({ errors: expect.any(Object), errorMessages: expect.any(Array), statusCode: status });
const ids = (list: { id: number }[]) => list.map((w) => w.id);
const seedOf = (): TrackerSeed => sim.seed;
const createdIn = (w: TrackerSeedWorklog, from: string, to: string) =>
  w.createdAt.getTime() >= Date.parse(from) && w.createdAt.getTime() <= Date.parse(to);

describe('seed', () => {
  it('has the documented key facts', () => {
    const seed = seedOf();
    expect([...seed.issues.keys()]).toEqual([
      ...Array.from({ length: 14 }, (_, i) => `PAY-${i + 1}`),
      ...Array.from({ length: 8 }, (_, i) => `SUP-${i + 1}`),
    ]);
    expect(seed.worklogs.get('SUP-7')).toHaveLength(123);
    expect(seed.worklogs.get('SUP-3')).toHaveLength(50);
    expect(seed.worklogs.get('PAY-12')).toHaveLength(3);
    for (const key of seed.emptyIssueKeys) expect(seed.worklogs.get(key)).toEqual([]);
    expect(seed.allWorklogs.length).toBeGreaterThanOrEqual(400);
    expect(new Set(seed.allWorklogs.map((w) => w.createdBy))).toEqual(
      new Set(['veikus', 'i.solberg', 'o.hansen', 'a.ivanova', 'm.garcia', 'p.nair']),
    );
    expect(seed.allWorklogs.some((w) => w.updatedBy !== w.createdBy)).toBe(true);
    expect(seed.allWorklogs.some((w) => w.updatedAt.getTime() !== w.createdAt.getTime())).toBe(true);
    expect(seed.allWorklogs.some((w) => w.comment === '')).toBe(true);
    // Ids are one ascending sequence in creation order.
    for (let i = 1; i < seed.allWorklogs.length; i++) {
      const [a, b] = [seed.allWorklogs[i - 1]!, seed.allWorklogs[i]!];
      expect(a.id < b.id && a.createdAt <= b.createdAt).toBe(true);
    }
    const created = seed.allWorklogs.map((w) => w.createdAt.getTime());
    expect(Math.min(...created)).toBeGreaterThanOrEqual(Date.parse('2025-09-01T00:00:00Z'));
    expect(Math.max(...created)).toBeLessThanOrEqual(Date.parse('2025-11-30T23:59:59.999Z'));
  });

  it('computes expected seconds on the business calendar (1W = 5d, 1D = 8h), calendar configurable', () => {
    const seed = seedOf();
    const byDuration = (d: string) => seed.allWorklogs.find((w) => w.duration === d)!;
    expect(expectedWorklogSeconds(byDuration('P1W2DT3H'))).toBe(212_400);
    expect(expectedWorklogSeconds(byDuration('P6W'))).toBe(30 * 8 * 3600);
    expect(expectedWorklogSeconds(byDuration('P1W'))).toBe(40 * 3600);
    expect(expectedWorklogSeconds(byDuration('P2D'))).toBe(16 * 3600);
    expect(expectedWorklogSeconds(byDuration('PT300M'))).toBe(5 * 3600);
    expect(expectedWorklogSeconds(byDuration('PT1.5H'))).toBe(5400);
    expect(expectedWorklogSeconds(byDuration('PT2H15M30S'))).toBe(8130);
    expect(expectedWorklogSeconds(byDuration('P1DT2H'), { daysPerWeek: 5, hoursPerDay: 7.5 })).toBe(9.5 * 3600);
    expect(expectedWorklogSeconds(byDuration('P1W'), { daysPerWeek: 7, hoursPerDay: 24 })).toBe(7 * 86_400);
    expect(TRACKER_CALENDAR).toEqual({ daysPerWeek: 5, hoursPerDay: 8 });
    expect(expectedIssueSeconds(seed, 'PAY-12')).toBe(TRACKER_SHOWCASE.totalSeconds);
    expect(expectedIssueSeconds(seed, 'PAY-3')).toBe(0);
    for (const w of seed.allWorklogs) expect(expectedWorklogSeconds(w)).toBeGreaterThan(0);
  });

  it('is identical under any process time zone', () => {
    const fingerprint = (seed: TrackerSeed) =>
      createHash('sha256')
        .update(JSON.stringify([[...seed.issues.values()], seed.allWorklogs]))
        .digest('hex');
    const script = [
      "import { createHash } from 'node:crypto';",
      "import { createTrackerSeed } from './src/sandbox/tracker-seed.ts';",
      'const seed = createTrackerSeed();',
      "process.stdout.write(createHash('sha256').update(JSON.stringify([[...seed.issues.values()], seed.allWorklogs])).digest('hex'));",
    ].join('\n');
    const here = fingerprint(createTrackerSeed());
    for (const tz of ['Pacific/Chatham', 'America/Los_Angeles']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: process.cwd(),
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      expect(out, tz).toBe(here);
    }
  });
});

describe('auth and organization headers', () => {
  it('accepts OAuth with the configured token and org', async () => {
    const answer = await call('/v3/issues/PAY-12');
    expect(answer.status).toBe(200);
  });

  it.each([
    ['missing Authorization', { 'x-org-id': 'sandbox-org' }],
    ['Bearer instead of OAuth', { authorization: `Bearer ${TOKEN}`, 'x-org-id': 'sandbox-org' }],
    ['wrong token', { authorization: 'OAuth nope', 'x-org-id': 'sandbox-org' }],
    ['lower-case scheme', { authorization: `oauth ${TOKEN}`, 'x-org-id': 'sandbox-org' }],
  ])('answers 401 in Tracker’s error shape for %s', async (_label, headers) => {
    const answer = await call('/v3/issues/PAY-12', { headers });
    expect(answer.status).toBe(401);
    expect(answer.json()).toStrictEqual({ errors: {}, errorMessages: ['Not authorized'], statusCode: 401 });
  });

  it.each([
    ['no org header', { authorization: `OAuth ${TOKEN}` }],
    ['both org headers', { ...AUTH, 'x-cloud-org-id': 'sandbox-org' }],
    ['a wrong org id', { authorization: `OAuth ${TOKEN}`, 'x-org-id': 'other-org' }],
    ['the other org header', { authorization: `OAuth ${TOKEN}`, 'x-cloud-org-id': 'sandbox-org' }],
  ])('answers 403 for %s', async (_label, headers) => {
    const answer = await call('/v3/issues/PAY-12/worklog', { headers });
    expect(answer.status).toBe(403);
    expect(answer.json()).toMatchObject(errorShape(403));
    expect(answer.json().errorMessages[0]).toEqual(expect.any(String));
  });

  it('accepts Bearer and X-Cloud-Org-ID when configured so, and refuses OAuth and X-Org-ID then', async () => {
    const cloud = await createTrackerSimulator({
      token: 'iam-token',
      authScheme: 'Bearer',
      org: { header: 'X-Cloud-Org-ID', id: 'bpf-cloud-org' },
    });
    try {
      const ok = { authorization: 'Bearer iam-token', 'x-cloud-org-id': 'bpf-cloud-org' };
      expect((await call('/v3/issues/PAY-12', { headers: ok, base: cloud.url })).status).toBe(200);
      const oauth = await call('/v3/issues/PAY-12', { headers: { ...ok, authorization: 'OAuth iam-token' }, base: cloud.url });
      expect(oauth.status).toBe(401);
      expect(oauth.json()).toStrictEqual({ errors: {}, errorMessages: ['Not authorized'], statusCode: 401 });
      const defaultToken = await call('/v3/issues/PAY-12', {
        headers: { ...ok, authorization: `Bearer ${TOKEN}` },
        base: cloud.url,
      });
      expect(defaultToken.status).toBe(401);
      const orgId = await call('/v3/issues/PAY-12', {
        headers: { authorization: 'Bearer iam-token', 'x-org-id': 'bpf-cloud-org' },
        base: cloud.url,
      });
      expect(orgId.status).toBe(403);
    } finally {
      await cloud.close();
    }
  });
});

describe('versions, localization and formats', () => {
  it('answers under /v2 and /v3 with self URLs of that version, and 404 for any other version', async () => {
    for (const v of ['v2', 'v3']) {
      const answer = await call(`/${v}/issues/PAY-12`);
      expect(answer.status).toBe(200);
      expect(answer.json().self).toBe(`${sim.url}/${v}/issues/PAY-12`);
      const worklogs = await call(`/${v}/issues/PAY-12/worklog`);
      expect(worklogs.json()[0].self).toMatch(new RegExp(`^${sim.url}/${v}/issues/PAY-12/worklog/\\d+$`));
    }
    for (const path of ['/v1/issues/PAY-12', '/v4/issues/PAY-12/worklog', '/api/issues/PAY-12']) {
      const answer = await call(path);
      expect(answer.status, path).toBe(404);
      expect(answer.json()).toMatchObject(errorShape(404));
    }
    expect((await call('/v1/issues/_search', { body: { keys: ['PAY-12'] } })).status).toBe(404);
    expect((await call('/v3/nothing/here')).status).toBe(404);
  });

  it('localizes display names: Russian by default and for other languages, English for en*', async () => {
    const ru = (await call('/v3/issues/SUP-1')).json();
    expect(ru.createdBy).toStrictEqual({ self: `${sim.url}/v3/users/1120000000016772`, id: 'veikus', display: 'Артем Вейкус' });
    expect(ru.status).toMatchObject({ key: 'closed', display: 'Закрыт' });
    expect(ru.type).toMatchObject({ id: '2', key: 'task', display: 'Задача' });
    expect((await call('/v3/issues/SUP-7')).json().status.display).toBe('В работе');
    expect((await call('/v3/issues/PAY-3')).json().status.display).toBe('Открыт');

    const en = (await call('/v3/issues/SUP-1', { headers: { ...AUTH, 'accept-language': 'en-US,en;q=0.9' } })).json();
    expect(en.createdBy.display).toBe('Artem Veikus');
    expect(en.status.display).toBe('Closed');
    expect(en.type.display).toBe('Task');
    const inProgress = (await call('/v3/issues/SUP-7', { headers: { ...AUTH, 'accept-language': 'en' } })).json();
    expect(inProgress.status).toMatchObject({ key: 'inProgress', display: 'In progress' });
    expect((await call('/v3/issues/PAY-3', { headers: { ...AUTH, 'accept-language': 'EN' } })).json().status.display).toBe(
      'Open',
    );

    for (const lang of ['ru', 'de-DE,de;q=0.8']) {
      expect((await call('/v3/issues/SUP-1', { headers: { ...AUTH, 'accept-language': lang } })).json().createdBy.display).toBe(
        'Артем Вейкус',
      );
    }
    // Keys, ids and user content are the same in every language.
    expect(en.status.key).toBe(ru.status.key);
    expect(en.summary).toBe(ru.summary);
    expect(en.queue.display).toBe(ru.queue.display);
  });

  it('sends every timestamp as YYYY-MM-DDThh:mm:ss.sss+0000 (UTC), matching the seed', async () => {
    const issue = (await call('/v3/issues/PAY-9')).json();
    for (const field of ['createdAt', 'updatedAt', 'statusStartTime']) expect(issue[field], field).toMatch(TIMESTAMP);
    const list: WorklogWire[] = (await call('/v3/issues/PAY-9/worklog?perPage=100')).json();
    const seeded = seedOf().worklogs.get('PAY-9')!;
    expect(list).toHaveLength(seeded.length);
    list.forEach((w, i) => {
      for (const value of [w.createdAt, w.updatedAt, w.start]) expect(value).toMatch(TIMESTAMP);
      expect(Date.parse(w.start.replace('+0000', 'Z'))).toBe(seeded[i]!.start.getTime());
      expect(Date.parse(w.createdAt.replace('+0000', 'Z'))).toBe(seeded[i]!.createdAt.getTime());
    });
  });
});

describe('GET /{v}/issues/{key}', () => {
  it('answers the showcase issue PAY-12 as a plain object', async () => {
    const answer = await call('/v3/issues/PAY-12');
    expect(answer.status).toBe(200);
    const issue: IssueWire = answer.json();
    expect(Array.isArray(issue)).toBe(false);
    expect(issue).toMatchObject({
      self: `${sim.url}/v3/issues/PAY-12`,
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      key: 'PAY-12',
      version: expect.any(Number),
      summary: TRACKER_SHOWCASE.summary,
      status: { self: `${sim.url}/v3/statuses/4`, id: '4', key: 'closed', display: 'Закрыт' },
      queue: { self: `${sim.url}/v3/queues/PAY`, key: 'PAY', display: 'Payments' },
      assignee: { id: 'i.solberg', display: 'Ингрид Сульберг' },
      createdBy: { id: 'o.hansen' },
      priority: { key: 'critical' },
      type: { key: 'task' },
    });
    // The same issue by its id.
    const byId = await call(`/v3/issues/${issue.id}`);
    expect(byId.json().key).toBe('PAY-12');
  });

  it('leaves fields without a value out instead of sending null', async () => {
    const unassigned = (await call('/v3/issues/PAY-3')).json();
    expect(unassigned).not.toHaveProperty('assignee');
    expect(unassigned).not.toHaveProperty('description');
    expect(unassigned).not.toHaveProperty('deadline');
    expect((await call('/v3/issues/PAY-13')).json().deadline).toBe('2025-12-05');
    expect((await call('/v3/issues/SUP-4')).json().status).toMatchObject({ key: 'needInfo', display: 'Требуется информация' });
  });

  it('answers 404 for an unknown issue and 400 for a malformed key, in the error shape', async () => {
    for (const key of ['PAY-999', 'NOPE-1', 'ffffffffffffffffffffffff']) {
      const answer = await call(`/v3/issues/${key}`);
      expect(answer.status, key).toBe(404);
      expect(answer.json()).toStrictEqual({ errors: {}, errorMessages: ['Issue does not exist.'], statusCode: 404 });
    }
    for (const key of ['pay-12', 'PAY-0', 'PAY12', 'PAY-12a', '-12']) {
      const answer = await call(`/v3/issues/${encodeURIComponent(key)}`);
      expect(answer.status, key).toBe(400);
      expect(answer.json()).toMatchObject(errorShape(400));
    }
  });
});

describe('GET /{v}/issues/{key}/worklog', () => {
  it('serves PAY-12’s three showcase worklogs', async () => {
    const list: WorklogWire[] = (await call('/v3/issues/PAY-12/worklog')).json();
    expect(list.map((w) => [w.start, w.duration, w.comment, w.createdBy.id, w.createdAt])).toEqual(
      TRACKER_SHOWCASE.worklogs.map((w) => [w.start, w.duration, w.comment, w.createdBy, w.createdAt]),
    );
    expect(list[0]!.issue).toStrictEqual({
      self: `${sim.url}/v3/issues/PAY-12`,
      id: seedOf().issues.get('PAY-12')!.id,
      key: 'PAY-12',
      display: TRACKER_SHOWCASE.summary,
    });
    expect(list[2]!.updatedBy!.id).toBe('o.hansen');
    expect(list[2]!.updatedAt).toBe('2025-11-06T08:12:55.030+0000');
    expect(list[0]!.updatedBy).toStrictEqual(list[0]!.createdBy);
    expect(list[1]!.createdBy.display).toBe('Уле Хансен');
  });

  it('pages SUP-7 by following Link rel="next": 50 + 50 + 23, each once, ascending', async () => {
    sim.resetRequests();
    const { pages, urls } = await followPages('/v3/issues/SUP-7/worklog?perPage=50');
    expect(pages.map((p) => p.length)).toEqual([50, 50, 23]);
    const all = pages.flat();
    expect(ids(all)).toEqual(ids(seedOf().worklogs.get('SUP-7')!));
    expect(new Set(ids(all)).size).toBe(123);
    expect(ids(all)).toEqual([...ids(all)].sort((a, b) => a - b));
    // Absolute next links with the id cursor of the last record of the previous page.
    expect(urls[1]).toBe(`${sim.url}/v3/issues/SUP-7/worklog?perPage=50&id=${pages[0]!.at(-1).id}`);
    expect(urls[2]).toBe(`${sim.url}/v3/issues/SUP-7/worklog?perPage=50&id=${pages[1]!.at(-1).id}`);
    expect(sim.count(TRACKER_ROUTES.worklog)).toBe(3);
  });

  it('pages with perPage=100 in two requests, defaults to 50, and keeps the version in the links', async () => {
    const { pages } = await followPages('/v3/issues/SUP-7/worklog?perPage=100');
    expect(pages.map((p) => p.length)).toEqual([100, 23]);
    const first = await call('/v2/issues/SUP-7/worklog');
    expect(first.json()).toHaveLength(50);
    expect(linkTarget(first, 'next')).toBe(`${sim.url}/v2/issues/SUP-7/worklog?perPage=50&id=${first.json()[49].id}`);
    expect(linkTarget(first, 'first')).toBe(`${sim.url}/v2/issues/SUP-7/worklog?perPage=50`);
  });

  it('has no rel="next" on the last page, even when it is full (SUP-3 has exactly 50)', async () => {
    const full = await call('/v3/issues/SUP-3/worklog');
    expect(full.json()).toHaveLength(50);
    expect(linkTarget(full, 'next')).toBeUndefined();
    const small = await call('/v3/issues/PAY-12/worklog');
    expect(linkTarget(small, 'next')).toBeUndefined();
  });

  it('honours an id cursor given directly', async () => {
    const seeded = seedOf().worklogs.get('SUP-7')!;
    const after = seeded[119]!.id;
    const answer = await call(`/v3/issues/SUP-7/worklog?id=${after}`);
    expect(ids(answer.json())).toEqual(ids(seeded.slice(120)));
    expect(linkTarget(answer, 'next')).toBeUndefined();
    expect((await call(`/v3/issues/SUP-7/worklog?id=${seeded.at(-1)!.id}`)).json()).toEqual([]);
  });

  it('answers [] for an issue without worklogs, 404 for an unknown issue, 400 for bad paging', async () => {
    expect((await call('/v3/issues/PAY-3/worklog')).json()).toEqual([]);
    const unknown = await call('/v3/issues/SUP-99/worklog');
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toMatchObject(errorShape(404));
    for (const query of ['perPage=101', 'perPage=1000', 'perPage=0', 'perPage=ten', 'id=abc', 'id=-5']) {
      const answer = await call(`/v3/issues/SUP-7/worklog?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.json()).toMatchObject(errorShape(400));
    }
    expect((await call('/v3/issues/SUP-7/worklog?perPage=100')).status).toBe(200);
  });

  it('serves every duration form at least once, none of them zero', async () => {
    const { pages } = await followPages('/v3/worklog/_search?perPage=100', { body: {} });
    const durations = new Set(pages.flat().map((w: WorklogWire) => w.duration));
    for (const form of TRACKER_DURATION_FORMS) expect(durations.has(form), form).toBe(true);
    for (const d of durations) {
      expect(d).toMatch(/^P(?:\d+W)?(?:\d+D)?(?:T(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?$/);
      expect(d).not.toMatch(/^P(T)?$|^PT0S$/);
    }
  });
});

describe('POST /{v}/issues/_search', () => {
  it('returns the existing issues in the order of the keys given; unknown keys are absent', async () => {
    const answer = await call('/v3/issues/_search', { body: { keys: ['SUP-7', 'PAY-999', 'PAY-12', 'nope', 'SUP-7'] } });
    expect(answer.status).toBe(200);
    expect(answer.json().map((i: IssueWire) => i.key)).toEqual(['SUP-7', 'PAY-12']);
    expect(answer.json()[1]).toStrictEqual((await call('/v3/issues/PAY-12')).json());
    expect((await call('/v3/issues/_search', { body: { keys: [] } })).json()).toEqual([]);
  });

  it('pages with perPage and page, following Link rel="next" with the same body', async () => {
    const keys = ['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'SUP-1'];
    const first = await call('/v3/issues/_search?perPage=2', { body: { keys } });
    expect(first.headers['x-total-count']).toBe('5');
    expect(first.headers['x-total-pages']).toBe('3');
    const { pages, urls } = await followPages('/v3/issues/_search?perPage=2', { body: { keys } });
    expect(pages.map((p) => p.map((i: IssueWire) => i.key))).toEqual([['PAY-1', 'PAY-2'], ['PAY-3', 'PAY-4'], ['SUP-1']]);
    expect(urls[1]).toBe(`${sim.url}/v3/issues/_search?perPage=2&page=2`);
    expect((await call('/v3/issues/_search?perPage=101', { body: { keys } })).status).toBe(400);
  });

  it('supports a minimal filter (queue, status, assignee …) and queue', async () => {
    const closedPay = (await call('/v3/issues/_search', { body: { filter: { queue: 'PAY', status: 'closed' } } })).json();
    const expected = [...seedOf().issues.values()].filter((i) => i.queue === 'PAY' && i.status === 'closed').map((i) => i.key);
    expect(closedPay.map((i: IssueWire) => i.key)).toEqual(expected);
    const sup = (await call('/v3/issues/_search?perPage=100', { body: { queue: 'SUP' } })).json();
    expect(sup).toHaveLength(8);
    const mine = (await call('/v3/issues/_search', { body: { filter: { assignee: ['i.solberg'] } } })).json();
    expect(mine.map((i: IssueWire) => i.key)).toEqual(['PAY-4', 'PAY-8', 'PAY-12', 'PAY-13']);
  });

  it('answers 400 for bodies it does not understand', async () => {
    for (const body of [
      '{"keys": ',
      '[]',
      { query: 'Queue: PAY' },
      { keys: 'PAY-12' },
      { keys: ['PAY-12'], queue: 'PAY' },
      {},
      { filter: { summary: 'x' } },
    ]) {
      const answer = await call('/v3/issues/_search', { body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json()).toMatchObject(errorShape(400));
    }
  });
});

describe('POST /{v}/worklog/_search', () => {
  const window = { from: '2025-10-06T00:00:00.000+0000', to: '2025-10-12T23:59:59.999+0000' };

  it('filters on createdAt (bounds inclusive), not on start', async () => {
    const { pages } = await followPages('/v3/worklog/_search?perPage=100', { body: { createdAt: window } });
    const served: WorklogWire[] = pages.flat();
    const expected = seedOf().allWorklogs.filter((w) => createdIn(w, '2025-10-06T00:00:00Z', '2025-10-12T23:59:59.999Z'));
    expect(expected.length).toBeGreaterThan(10);
    expect(ids(served)).toEqual(ids(expected));
    // A worklog created in the window for work started before it is in; the reverse is not.
    const from = Date.parse('2025-10-06T00:00:00Z');
    const to = Date.parse('2025-10-12T23:59:59.999Z');
    const backfilled = seedOf().allWorklogs.filter(
      (w) => w.start.getTime() < from && createdIn(w, '2025-10-06T00:00:00Z', '2025-10-12T23:59:59.999Z'),
    );
    const loggedLater = seedOf().allWorklogs.filter(
      (w) => w.start.getTime() >= from && w.start.getTime() <= to && w.createdAt.getTime() > to,
    );
    expect(backfilled.length).toBeGreaterThan(0);
    expect(loggedLater.length).toBeGreaterThan(0);
    for (const w of backfilled) expect(ids(served)).toContain(w.id);
    for (const w of loggedLater) expect(ids(served)).not.toContain(w.id);
  });

  it('reads bounds with an offset, without one (UTC), and with Z', async () => {
    const at = async (from: string, to: string) =>
      ids((await call('/v3/worklog/_search?perPage=100', { body: { createdAt: { from, to } } })).json());
    const utc = await at('2025-10-06T00:00:00.000', '2025-10-07T00:00:00.000');
    expect(utc.length).toBeGreaterThan(0);
    expect(await at('2025-10-06T03:00:00.000+0300', '2025-10-07T03:00:00.000+0300')).toEqual(utc);
    expect(await at('2025-10-06T00:00:00Z', '2025-10-07T00:00:00Z')).toEqual(utc);
    // The boundary record created at exactly midnight is in both adjacent inclusive windows.
    const boundary = seedOf().allWorklogs.find((w) => w.createdAt.toISOString() === '2025-10-01T00:00:00.000Z')!;
    expect(await at('2025-09-30T00:00:00.000', '2025-10-01T00:00:00.000')).toContain(boundary.id);
    expect(await at('2025-10-01T00:00:00.000', '2025-10-02T00:00:00.000')).toContain(boundary.id);
    expect(await at('2025-10-01T00:00:00.001', '2025-10-02T00:00:00.000')).not.toContain(boundary.id);
  });

  it('filters on createdBy (login or uid) and combines it with createdAt', async () => {
    const expected = seedOf().allWorklogs.filter((w) => w.createdBy === 'veikus');
    const { pages } = await followPages('/v3/worklog/_search?perPage=100', { body: { createdBy: 'veikus' } });
    expect(ids(pages.flat())).toEqual(ids(expected));
    expect(pages.flat().every((w: WorklogWire) => w.createdBy.id === 'veikus')).toBe(true);
    const byUid = await followPages('/v3/worklog/_search?perPage=100', { body: { createdBy: '1120000000016772' } });
    expect(ids(byUid.pages.flat())).toEqual(ids(expected));
    const both = (await call('/v3/worklog/_search?perPage=100', { body: { createdBy: 'i.solberg', createdAt: window } })).json();
    expect(ids(both)).toEqual(
      ids(
        seedOf().allWorklogs.filter(
          (w) => w.createdBy === 'i.solberg' && createdIn(w, '2025-10-06T00:00:00Z', '2025-10-12T23:59:59.999Z'),
        ),
      ),
    );
    expect((await call('/v3/worklog/_search', { body: { createdBy: 'nobody' } })).json()).toEqual([]);
  });

  it('pages the whole data set with the id cursor, each record once', async () => {
    sim.resetRequests();
    const { pages, urls } = await followPages('/v3/worklog/_search?perPage=100', { body: {} });
    const all = pages.flat();
    expect(ids(all)).toEqual(ids(seedOf().allWorklogs));
    expect(pages.map((p) => p.length)).toEqual([100, 100, 100, 100, seedOf().allWorklogs.length - 400]);
    expect(urls[1]).toBe(`${sim.url}/v3/worklog/_search?perPage=100&id=${pages[0]!.at(-1).id}`);
    expect(sim.count(TRACKER_ROUTES.searchWorklogs)).toBe(5);
    // Default page size is 50.
    expect((await call('/v3/worklog/_search', { body: {} })).json()).toHaveLength(50);
  });

  it('answers 400 for unknown fields (e.g. start), bad dates, bad types and bad paging', async () => {
    const bodies: unknown[] = [
      { start: { from: '2025-10-01T00:00:00.000' } },
      { createdAt: { from: 'yesterday' } },
      { createdAt: { from: '2025-02-30T00:00:00.000' } },
      { createdAt: { since: '2025-10-01T00:00:00.000' } },
      { createdAt: '2025-10-01' },
      { createdBy: 42 },
      'not json',
      [],
    ];
    for (const body of bodies) {
      const answer = await call('/v3/worklog/_search', { body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json()).toMatchObject(errorShape(400));
    }
    expect((await call('/v3/worklog/_search', { body: { start: {} } })).json()).toStrictEqual({
      errors: { start: 'Unknown search field' },
      errorMessages: [],
      statusCode: 400,
    });
    expect((await call('/v3/worklog/_search?perPage=101', { body: {} })).status).toBe(400);
  });
});

describe('search item limit', () => {
  let limited: TrackerSimulator;
  const LIMIT = 50;

  beforeAll(async () => {
    limited = await createTrackerSimulator({ searchItemLimit: LIMIT });
  });
  afterAll(async () => {
    await limited?.close();
  });

  const search = (body: unknown, query = '') => call(`/v3/worklog/_search${query}`, { body, base: limited.url });

  it('answers 400 "Request exceeds N items limit" when more records match, whatever the page size', async () => {
    for (const body of [{}, { createdAt: { from: '2025-09-01T00:00:00.000+0000', to: '2025-11-30T23:59:59.999+0000' } }]) {
      const answer = await search(body, '?perPage=10');
      expect(answer.status).toBe(400);
      expect(answer.json()).toStrictEqual({
        errors: {},
        errorMessages: [`Request exceeds ${LIMIT} items limit`],
        statusCode: 400,
      });
    }
    // The id cursor does not get around the cap: it counts everything the filter matches.
    const last = limited.seed.allWorklogs.at(-5)!.id;
    expect((await search({}, `?id=${last}`)).status).toBe(400);
  });

  it('answers a narrower createdAt window, and windows split until they fit cover every record once', async () => {
    const narrow = await search({ createdAt: { from: '2025-10-06T00:00:00.000+0000', to: '2025-10-08T00:00:00.000+0000' } });
    expect(narrow.status).toBe(200);

    // What a gateway does: bisect the window on 400 until each part fits, then page each part.
    const seen = new Map<number, WorklogWire>();
    let requests = 0;
    const fetchWindow = async (from: number, to: number): Promise<void> => {
      const body = {
        createdAt: {
          from: new Date(from).toISOString().replace('Z', '+0000'),
          to: new Date(to).toISOString().replace('Z', '+0000'),
        },
      };
      requests += 1;
      const first = await search(body, '?perPage=100');
      if (first.status === 400) {
        const middle = Math.floor((from + to) / 2);
        await fetchWindow(from, middle);
        await fetchWindow(middle + 1, to);
        return;
      }
      expect(first.status).toBe(200);
      for (const w of first.json() as WorklogWire[]) seen.set(w.id, w);
      expect(linkTarget(first, 'next')).toBeUndefined();
    };
    await fetchWindow(Date.parse('2025-09-01T00:00:00Z'), Date.parse('2025-11-30T23:59:59.999Z'));
    expect(requests).toBeGreaterThan(10);
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(ids(limited.seed.allWorklogs));
  });

  it('does not cap the per-issue worklog list', async () => {
    const answer = await call('/v3/issues/SUP-7/worklog?perPage=100', { base: limited.url });
    expect(answer.status).toBe(200);
    expect(answer.json()).toHaveLength(100);
  });
});

describe('counters and fault knobs', () => {
  it('counts requests per route, whatever the version', async () => {
    sim.resetRequests();
    await call('/v3/issues/PAY-12');
    await call('/v2/issues/PAY-1');
    await call('/v3/issues/PAY-12/worklog');
    await call('/v3/issues/_search', { body: { keys: ['PAY-12'] } });
    expect(sim.count(TRACKER_ROUTES.issue)).toBe(2);
    expect(sim.count(TRACKER_ROUTES.worklog)).toBe(1);
    expect(sim.count(TRACKER_ROUTES.searchIssues)).toBe(1);
    expect(sim.count(TRACKER_ROUTES.searchWorklogs)).toBe(0);
    expect(sim.count()).toBe(4);
    expect(sim.requests[3]!.body).toBe('{"keys":["PAY-12"]}');
  });

  it('fails the next request with 429 and Retry-After in Tracker’s error shape, then recovers', async () => {
    sim.faults.failNext(TRACKER_ROUTES.worklog, { count: 2, status: 429, retryAfter: '1' });
    for (let i = 0; i < 2; i++) {
      const failed = await call('/v3/issues/PAY-12/worklog');
      expect(failed.status).toBe(429);
      expect(failed.headers['retry-after']).toBe('1');
      expect(failed.json()).toMatchObject({ errors: {}, errorMessages: [expect.any(String)], statusCode: 429 });
    }
    expect((await call('/v3/issues/PAY-12/worklog')).status).toBe(200);
    // Other routes were not affected.
    sim.faults.failNext(TRACKER_ROUTES.issue, { count: 1, status: 503 });
    expect((await call('/v3/issues/PAY-12/worklog')).status).toBe(200);
    expect((await call('/v3/issues/PAY-12')).status).toBe(503);
  });

  it('refuses bad credentials before injecting a fault', async () => {
    sim.faults.failNext('*', { count: 1, status: 500 });
    expect((await call('/v3/issues/PAY-12', { headers: { 'x-org-id': 'sandbox-org' } })).status).toBe(401);
    expect((await call('/v3/issues/PAY-12')).status).toBe(500);
  });

  it('answers a malformed body once when asked', async () => {
    sim.faults.malformedNext(TRACKER_ROUTES.searchWorklogs, 1);
    const broken = await call('/v3/worklog/_search', { body: {} });
    expect(broken.status).toBe(200);
    expect(() => broken.json()).toThrow();
    expect((await call('/v3/worklog/_search', { body: {} })).json()).toHaveLength(50);
  });

  it('delays a route and records start and end times', async () => {
    sim.resetRequests();
    sim.faults.delay(TRACKER_ROUTES.issue, 150);
    const started = performance.now();
    expect((await call('/v3/issues/PAY-12')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    const [record] = sim.requests;
    expect(record!.route).toBe(TRACKER_ROUTES.issue);
    expect(record!.endedAt! - record!.startedAt).toBeGreaterThanOrEqual(140);
    const quick = performance.now();
    await call('/v3/issues/PAY-12/worklog');
    expect(performance.now() - quick).toBeLessThan(140);
  });
});
