import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HttpConfig } from '../../src/config.js';
import type { TrackerConfig } from '../../src/sources/tracker/config.js';
import { createLogger } from '../../src/logger.js';
import { TRACKER_ROUTES, createTrackerSimulator, type TrackerSimulator } from '../../src/sources/tracker/sim/simulator.js';
import {
  TRACKER_DURATION_FORMS,
  TRACKER_SHOWCASE,
  expectedIssueSeconds,
  expectedWorklogSeconds,
  type TrackerSeedWorklog,
} from '../../src/sources/tracker/sim/seed.js';
import { UpstreamError } from '../../src/transport/errors.js';
import { createHttpTransport, type HttpTransport } from '../../src/transport/http.js';
import {
  createTrackerClient,
  parseLinkHeader,
  trackerClientOptions,
  trackerHttpOptions,
  type TrackerClient,
} from '../../src/sources/tracker/client.js';
import { durationSecondsOf, type TrackerWorklog, uniqueWorklogsById } from '../../src/sources/tracker/models.js';
import type { TrackerWorklogSearch } from '../../src/sources/tracker/client.js';

/** Every worklog `searchWorklogPages` yields for a query, ascending by id, each once. */
async function searchWorklogs(client: TrackerClient, query: TrackerWorklogSearch): Promise<TrackerWorklog[]> {
  const all: TrackerWorklog[] = [];
  for await (const page of client.searchWorklogPages(query)) all.push(...page);
  return uniqueWorklogsById(all);
}

/**
 * The Tracker client over real HTTP against the Tracker simulator (and, for what the simulator
 * never does — off-origin or looping `Link` headers, lists without `Link`, foreign error texts —
 * against small `node:http` servers of this file): complete paging by `Link: rel="next"`, business
 * calendar durations, `+0000` instants, both org headers and auth schemes, both API versions,
 * not-found as null, error codes, chunked issue search, and worklog search that splits windows
 * Tracker refuses as too large without losing or duplicating a record.
 */

const TOKEN = 'sandbox-tracker-token';

const HTTP: HttpConfig = {
  connectTimeoutMs: 2_000,
  headersTimeoutMs: 5_000,
  bodyTimeoutMs: 5_000,
  retries: 0,
  retryBaseDelayMs: 1,
  maxRetryAfterMs: 100,
  connections: 8,
};

const logs: string[] = [];
const logger = createLogger({ level: 'debug', secrets: [TOKEN], write: (line) => logs.push(line) });
let transport: HttpTransport;

function trackerConfig(url: string, patch: Partial<TrackerConfig> = {}): TrackerConfig {
  return {
    url,
    token: TOKEN,
    authScheme: 'OAuth',
    org: { header: 'X-Org-ID', id: 'sandbox-org' },
    apiVersion: 'v3',
    acceptLanguage: 'en',
    weekDays: 5,
    dayHours: 8,
    ...patch,
  };
}

function clientFor(config: TrackerConfig): TrackerClient {
  return createTrackerClient(transport.client(trackerHttpOptions(config)), trackerClientOptions(config, logger));
}

async function upstreamError(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

const idsOf = (list: { worklogId: string }[]) => list.map((w) => Number(w.worklogId));
const seedIds = (list: readonly TrackerSeedWorklog[]) => list.map((w) => w.id);

let sim: TrackerSimulator;
let client: TrackerClient;

beforeAll(async () => {
  transport = createHttpTransport(HTTP, logger);
  sim = await createTrackerSimulator();
  client = clientFor(trackerConfig(sim.url));
});

afterAll(async () => {
  await transport?.close();
  await sim?.close();
});

beforeEach(() => {
  sim.resetRequests();
});

describe('trackerHttpOptions', () => {
  it('sends the scheme and token, exactly one org header, and Accept-Language', async () => {
    const options = trackerHttpOptions(
      trackerConfig('https://api.tracker.yandex.net', { authScheme: 'Bearer', org: { header: 'X-Cloud-Org-ID', id: 'bpf123' } }),
    );
    expect(options.source).toBe('TRACKER');
    expect(options.baseUrl).toBe('https://api.tracker.yandex.net');
    expect(await options.auth!.headers()).toEqual({ authorization: `Bearer ${TOKEN}` });
    expect(options.headers).toEqual({ 'X-Cloud-Org-ID': 'bpf123', 'accept-language': 'en' });
  });
});

describe('getIssueWorklogs', () => {
  it('reads all 123 worklogs of SUP-7 through Link pages: 2 requests with perPage=100, ascending, each once', async () => {
    const worklogs = await client.getIssueWorklogs('SUP-7');
    expect(worklogs).toHaveLength(123);
    expect(idsOf(worklogs!)).toEqual(seedIds(sim.seed.worklogs.get('SUP-7')!));
    expect(new Set(idsOf(worklogs!)).size).toBe(123);
    const requests = sim.requests.filter((r) => r.route === TRACKER_ROUTES.worklog);
    expect(requests).toHaveLength(2);
    for (const r of requests) {
      expect(r.query.get('perPage')).toBe('100');
      expect(r.path).toBe('/v3/issues/SUP-7/worklog');
      expect(r.status).toBe(200);
    }
    // The second request is the `rel="next"` target (id cursor), not `rel="first"` again.
    expect(requests[0]!.query.get('id')).toBeNull();
    expect(requests[1]!.query.get('id')).toBe(String(sim.seed.worklogs.get('SUP-7')![99]!.id));
  });

  it('reads SUP-3 (exactly 50) in one request, and an issue without worklogs as []', async () => {
    expect(idsOf((await client.getIssueWorklogs('SUP-3'))!)).toEqual(seedIds(sim.seed.worklogs.get('SUP-3')!));
    expect(sim.count(TRACKER_ROUTES.worklog)).toBe(1);
    expect(await client.getIssueWorklogs('PAY-3')).toEqual([]);
    expect(await client.getIssueWorklogs('SUP-2')).toEqual([]);
  });

  it('converts every seeded duration on the business calendar, and the sums match', async () => {
    const seen = new Set<string>();
    for (const key of sim.seed.issues.keys()) {
      const worklogs = (await client.getIssueWorklogs(key))!;
      const seeded = sim.seed.worklogs.get(key)!;
      expect(worklogs.map((w) => w.worklogId)).toEqual(seeded.map((w) => String(w.id)));
      worklogs.forEach((w, i) => {
        expect(w.duration).toBe(seeded[i]!.duration);
        expect(durationSecondsOf(w), `${key} ${w.duration}`).toBe(expectedWorklogSeconds(seeded[i]!));
        seen.add(w.duration);
      });
      expect(worklogs.reduce((sum, w) => sum + durationSecondsOf(w), 0)).toBe(expectedIssueSeconds(sim.seed, key));
    }
    for (const form of TRACKER_DURATION_FORMS) expect(seen).toContain(form);
  });

  it('maps the showcase PAY-12: +0000 instants, authors, the correction, 44100 s in all', async () => {
    const worklogs = (await client.getIssueWorklogs('PAY-12'))!;
    expect(worklogs.reduce((sum, w) => sum + durationSecondsOf(w), 0)).toBe(44_100);
    expect(TRACKER_SHOWCASE.totalSeconds).toBe(44_100);
    const instant = (s: string) => new Date(s.replace(/\+0000$/, 'Z')).toISOString();
    worklogs.forEach((w, i) => {
      const expected = TRACKER_SHOWCASE.worklogs[i]!;
      expect(w.issueKey).toBe('PAY-12');
      expect(w.startedAt.toISOString()).toBe(instant(expected.start));
      expect(w.createdAt.toISOString()).toBe(instant(expected.createdAt));
      expect(w.duration).toBe(expected.duration);
      expect(w.durationSeconds).toBe(expected.seconds);
      expect(w.comment).toBe(expected.comment);
      expect(w.createdBy?.id).toBe(expected.createdBy);
      expect(w.createdBy?.uid).toBe(sim.seed.users.get(expected.createdBy)!.uid);
    });
    expect(worklogs[0]!.startedAt.toISOString()).toBe('2025-11-03T10:00:00.000Z');
    expect(worklogs[2]!.updatedBy).toEqual({ id: 'o.hansen', uid: sim.seed.users.get('o.hansen')!.uid, display: 'Ole Hansen' });
    expect(worklogs[2]!.updatedAt?.toISOString()).toBe('2025-11-06T08:12:55.030Z');
  });

  it('answers null for an issue that does not exist', async () => {
    expect(await client.getIssueWorklogs('PAY-999')).toBeNull();
  });
});

describe('issue mapping', () => {
  it('maps an issue with an unknown status, English display names by Accept-Language', async () => {
    const issue = (await client.searchIssues(['SUP-4']))[0]!;
    const seeded = sim.seed.issues.get('SUP-4')!;
    expect(issue).toMatchObject({
      source: 'TRACKER',
      key: 'SUP-4',
      issueId: seeded.id,
      title: seeded.summary,
      status: 'needInfo',
      statusDisplay: 'Need info',
      type: 'task',
      priority: 'normal',
      queue: 'SUP',
      deadline: '2025-11-28',
      assignee: { id: 'a.ivanova', uid: sim.seed.users.get('a.ivanova')!.uid, display: 'Anna Ivanova' },
    });
    expect(issue.createdAt?.toISOString()).toBe(seeded.createdAt.toISOString());
    expect(issue.updatedAt?.toISOString()).toBe(seeded.updatedAt.toISOString());
    expect(sim.requests[0]!.headers['accept-language']).toBe('en');
  });

  it('maps absent fields (no assignee, no description, no deadline) to null', async () => {
    const issue = (await client.searchIssues(['PAY-3']))[0]!;
    expect(issue).toMatchObject({ key: 'PAY-3', assignee: null, description: null, deadline: null, status: 'open' });
  });

  it('path-encodes the key', async () => {
    const error = await upstreamError(client.getIssueWorklogs('PAY 1/../x'));
    expect(error.code).toBe('UPSTREAM_BAD_RESPONSE'); // the simulator's 400 for a malformed key
    expect(sim.requests[0]!.path).toBe('/v3/issues/PAY%201%2F..%2Fx/worklog');
  });
});

describe('versions, org headers and auth schemes', () => {
  it('v2 serves the same data under /v2', async () => {
    const v2 = clientFor(trackerConfig(sim.url, { apiVersion: 'v2' }));
    expect(idsOf((await v2.getIssueWorklogs('SUP-7'))!)).toEqual(seedIds(sim.seed.worklogs.get('SUP-7')!));
    const issues = await v2.searchIssues(['PAY-12']);
    expect(issues.map((i) => [i.key, i.title])).toEqual([['PAY-12', TRACKER_SHOWCASE.summary]]);
    expect(sim.requests.length).toBe(3);
    for (const r of sim.requests) expect(r.path.startsWith('/v2/')).toBe(true);
  });

  it('sends exactly the X-Org-ID header with the OAuth scheme by default', async () => {
    await client.getIssueWorklogs('PAY-1');
    const headers = sim.requests[0]!.headers;
    expect(headers.authorization).toBe(`OAuth ${TOKEN}`);
    expect(headers['x-org-id']).toBe('sandbox-org');
    expect(headers['x-cloud-org-id']).toBeUndefined();
  });

  describe('against a simulator for a Yandex Cloud organisation with IAM (Bearer) tokens', () => {
    let cloud: TrackerSimulator;
    const org = { header: 'X-Cloud-Org-ID', id: 'bpf3crucp1v2cloudorg' } as const;

    beforeAll(async () => {
      cloud = await createTrackerSimulator({ authScheme: 'Bearer', token: 'iam-token-value', org });
    });
    afterAll(async () => {
      await cloud?.close();
    });

    it('reads with X-Cloud-Org-ID and Bearer', async () => {
      const c = clientFor(trackerConfig(cloud.url, { authScheme: 'Bearer', token: 'iam-token-value', org }));
      expect(await c.getIssueWorklogs('SUP-7')).toHaveLength(123);
      expect(cloud.requests.length).toBe(2);
      for (const r of cloud.requests) {
        expect(r.headers.authorization).toBe('Bearer iam-token-value');
        expect(r.headers['x-cloud-org-id']).toBe(org.id);
        expect(r.headers['x-org-id']).toBeUndefined();
      }
    });

    it('the OAuth scheme with the same token is refused: 401', async () => {
      const c = clientFor(trackerConfig(cloud.url, { authScheme: 'OAuth', token: 'iam-token-value', org }));
      const error = await upstreamError(c.searchIssues(['PAY-1']));
      expect([error.code, error.source, error.status]).toEqual(['UPSTREAM_UNAUTHORIZED', 'TRACKER', 401]);
    });

    it('the other org header is refused: 403', async () => {
      const c = clientFor(
        trackerConfig(cloud.url, { authScheme: 'Bearer', token: 'iam-token-value', org: { header: 'X-Org-ID', id: org.id } }),
      );
      const error = await upstreamError(c.getIssueWorklogs('PAY-1'));
      expect([error.code, error.source, error.status]).toEqual(['UPSTREAM_UNAUTHORIZED', 'TRACKER', 403]);
    });
  });
});

describe('errors', () => {
  it('a wrong token is UPSTREAM_UNAUTHORIZED 401, without the token or Tracker’s text in the message', async () => {
    const c = clientFor(trackerConfig(sim.url, { token: 'wrong-token-value' }));
    for (const call of [() => c.getIssueWorklogs('PAY-1'), () => c.searchIssues(['PAY-1'])]) {
      const error = await upstreamError(call());
      expect([error.code, error.source, error.status]).toEqual(['UPSTREAM_UNAUTHORIZED', 'TRACKER', 401]);
      expect(error.message).not.toContain('wrong-token-value');
      expect(error.message).not.toContain('Not authorized');
    }
  });

  it('a wrong org id is UPSTREAM_UNAUTHORIZED 403', async () => {
    const c = clientFor(trackerConfig(sim.url, { org: { header: 'X-Org-ID', id: 'another-org' } }));
    const error = await upstreamError(
      searchWorklogs(c, { createdAt: { from: new Date('2025-10-01T00:00:00Z'), to: new Date('2025-10-02T00:00:00Z') } }),
    );
    expect([error.code, error.source, error.status]).toEqual(['UPSTREAM_UNAUTHORIZED', 'TRACKER', 403]);
  });

  it('5xx is UPSTREAM_UNAVAILABLE, 429 UPSTREAM_RATE_LIMITED', async () => {
    sim.faults.failNext(TRACKER_ROUTES.worklog, { count: 1, status: 503 });
    const unavailable = await upstreamError(client.getIssueWorklogs('PAY-12'));
    expect([unavailable.code, unavailable.status]).toEqual(['UPSTREAM_UNAVAILABLE', 503]);
    sim.faults.failNext(TRACKER_ROUTES.searchWorklogs, { count: 1, status: 429 });
    const limited = await upstreamError(
      searchWorklogs(client, { createdAt: { from: new Date('2025-10-01T00:00:00Z'), to: new Date('2025-10-02T00:00:00Z') } }),
    );
    expect([limited.code, limited.status]).toEqual(['UPSTREAM_RATE_LIMITED', 429]);
    sim.faults.clear();
  });

  it('a body that is not JSON is UPSTREAM_BAD_RESPONSE', async () => {
    sim.faults.malformedNext(TRACKER_ROUTES.searchIssues, 1);
    const error = await upstreamError(client.searchIssues(['PAY-1']));
    expect([error.code, error.source, error.status]).toEqual(['UPSTREAM_BAD_RESPONSE', 'TRACKER', 200]);
    sim.faults.clear();
  });
});

describe('searchIssues', () => {
  it('returns the issues that exist, in the order asked; unknown keys are absent', async () => {
    const issues = await client.searchIssues(['SUP-4', 'NOPE-1', 'PAY-12', 'PAY-999', 'SUP-4']);
    expect(issues.map((i) => i.key)).toEqual(['SUP-4', 'PAY-12']);
    expect(issues[0]!.status).toBe('needInfo');
    expect(sim.requests).toHaveLength(1);
    const request = sim.requests[0]!;
    expect(request.method).toBe('POST');
    expect(JSON.parse(request.body)).toEqual({ keys: ['SUP-4', 'NOPE-1', 'PAY-12', 'PAY-999'] });
  });

  it('sends nothing for no keys', async () => {
    expect(await client.searchIssues([])).toEqual([]);
    expect(sim.requests).toHaveLength(0);
  });

  it('splits more than 100 keys into calls of at most 100, sent in parallel', async () => {
    const unknown = Array.from({ length: 230 }, (_, i) => `ZZZ-${i + 1}`);
    const keys = [...unknown.slice(0, 120), 'PAY-1', ...unknown.slice(120), 'SUP-8'];
    sim.faults.delay(TRACKER_ROUTES.searchIssues, 150);
    const issues = await client.searchIssues(keys).finally(() => sim.faults.clear());
    expect(issues.map((i) => i.key)).toEqual(['PAY-1', 'SUP-8']);
    const bodies = sim.requests.map((r) => JSON.parse(r.body) as { keys: string[] });
    expect(bodies.map((b) => b.keys.length)).toEqual([100, 100, 32]);
    expect(bodies.flatMap((b) => b.keys)).toEqual(keys);
    // All three were in flight together.
    const starts = sim.requests.map((r) => r.startedAt);
    const ends = sim.requests.map((r) => r.endedAt!);
    expect(Math.max(...starts)).toBeLessThan(Math.min(...ends));
  });
});

describe('searchWorklogs', () => {
  const window = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });
  const createdIn = (w: TrackerSeedWorklog, from: Date, to: Date) =>
    w.createdAt.getTime() >= from.getTime() && w.createdAt.getTime() <= to.getTime();
  const BOUNDARIES = ['2025-10-01T00:00:00.000Z', '2025-11-01T00:00:00.000Z'];

  it('pages one window with the same body, bounds in Tracker’s format', async () => {
    const createdAt = window('2025-10-01T00:00:00.000Z', '2025-10-31T23:59:59.999Z');
    const found = await searchWorklogs(client, { createdAt });
    const expected = sim.seed.allWorklogs.filter((w) => createdIn(w, createdAt.from, createdAt.to));
    expect(expected.length).toBeGreaterThan(100); // so paging happens
    expect(idsOf(found)).toEqual(seedIds(expected));
    expect(found.some((w) => w.createdAt.toISOString() === BOUNDARIES[0])).toBe(true);
    expect(found.some((w) => w.createdAt.toISOString() === BOUNDARIES[1])).toBe(false);
    const requests = sim.requests;
    expect(requests.length).toBe(Math.ceil(expected.length / 100));
    for (const r of requests) {
      expect(r.route).toBe(TRACKER_ROUTES.searchWorklogs);
      expect(r.query.get('perPage')).toBe('100');
      expect(JSON.parse(r.body)).toEqual({
        createdAt: { from: '2025-10-01T00:00:00.000+0000', to: '2025-10-31T23:59:59.999+0000' },
      });
    }
  });

  it('filters by author (login or uid)', async () => {
    const createdAt = window('2025-09-01T00:00:00.000Z', '2025-11-30T23:59:59.999Z');
    const expected = seedIds(sim.seed.allWorklogs.filter((w) => w.createdBy === 'i.solberg'));
    expect(expected.length).toBeGreaterThan(10);
    const byLogin = await searchWorklogs(client, { createdBy: 'i.solberg', createdAt });
    expect(idsOf(byLogin)).toEqual(expected);
    expect(byLogin.every((w) => w.createdBy?.id === 'i.solberg')).toBe(true);
    expect(JSON.parse(sim.requests[0]!.body)).toMatchObject({ createdBy: 'i.solberg' });
    const byUid = await searchWorklogs(client, { createdBy: sim.seed.users.get('i.solberg')!.uid, createdAt });
    expect(idsOf(byUid)).toEqual(expected);
  });

  it('refuses bounds in the wrong order', async () => {
    await expect(searchWorklogs(client, { createdAt: window('2025-10-02T00:00:00Z', '2025-10-01T00:00:00Z') })).rejects.toThrow(
      RangeError,
    );
    await expect(searchWorklogs(client, { createdAt: { from: new Date(NaN), to: new Date() } })).rejects.toThrow(RangeError);
    expect(sim.requests).toHaveLength(0);
  });

  describe('with the item cap lowered to 40', () => {
    let capped: TrackerSimulator;
    let cappedClient: TrackerClient;

    beforeAll(async () => {
      capped = await createTrackerSimulator({ searchItemLimit: 40 });
      cappedClient = clientFor(trackerConfig(capped.url));
    });
    afterAll(async () => {
      await capped?.close();
    });
    beforeEach(() => capped.resetRequests());

    interface Seen {
      from: number;
      to: number;
      status: number;
    }
    const seenWindows = (): Seen[] =>
      capped.requests.map((r) => {
        const body = JSON.parse(r.body) as { createdAt: { from: string; to: string } };
        const parse = (s: string) => Date.parse(s.replace(/\+0000$/, 'Z'));
        return { from: parse(body.createdAt.from), to: parse(body.createdAt.to), status: r.status! };
      });

    it('splits 2025-09-01..2025-11-30 until every window fits: every record once, none lost', async () => {
      const createdAt = window('2025-09-01T00:00:00.000Z', '2025-11-30T23:59:59.999Z');
      const found = await searchWorklogs(cappedClient, { createdAt });
      const expected = capped.seed.allWorklogs.filter((w) => createdIn(w, createdAt.from, createdAt.to));
      expect(expected.length).toBe(capped.seed.allWorklogs.length);
      expect(idsOf(found)).toEqual(seedIds(expected));
      expect(new Set(found.map((w) => w.worklogId)).size).toBe(found.length);
      for (const boundary of BOUNDARIES) expect(found.filter((w) => w.createdAt.toISOString() === boundary)).toHaveLength(1);
      // Durations still convert in search results.
      const byId = new Map(expected.map((w) => [String(w.id), w]));
      for (const w of found) expect(durationSecondsOf(w)).toBe(expectedWorklogSeconds(byId.get(w.worklogId)!));

      const windows = seenWindows();
      expect(windows[0]).toEqual({ from: createdAt.from.getTime(), to: createdAt.to.getTime(), status: 400 });
      const refused = windows.filter((w) => w.status === 400);
      const answered = windows.filter((w) => w.status === 200);
      expect(refused.length).toBeGreaterThan(1);
      expect(answered.length + refused.length).toBe(windows.length);
      // Every refused window is followed by its first half.
      for (const r of refused) {
        expect(windows.some((w) => w.from === r.from && w.to === r.from + Math.floor((r.to - r.from) / 2))).toBe(true);
      }
      // The answered windows tile the whole range: no gap, no overlap.
      const tiles = [...new Map(answered.map((w) => [`${w.from}-${w.to}`, w])).values()].sort((a, b) => a.from - b.from);
      expect(tiles[0]!.from).toBe(createdAt.from.getTime());
      expect(tiles[tiles.length - 1]!.to).toBe(createdAt.to.getTime());
      for (let i = 1; i < tiles.length; i++) expect(tiles[i]!.from).toBe(tiles[i - 1]!.to + 1);
      for (const t of tiles) {
        expect(t.to - t.from).toBeLessThan(createdAt.to.getTime() - createdAt.from.getTime());
        expect(capped.seed.allWorklogs.filter((w) => createdIn(w, new Date(t.from), new Date(t.to))).length).toBeLessThanOrEqual(
          40,
        );
      }
    });

    it('a split exactly at a boundary worklog puts it in the earlier half only', async () => {
      // The midpoint of this window is 2025-10-01T00:00:00.000Z, the creation time of a SUP-7 worklog.
      const createdAt = window('2025-09-16T00:00:00.000Z', '2025-10-16T00:00:00.000Z');
      const found = await searchWorklogs(cappedClient, { createdAt });
      const expected = capped.seed.allWorklogs.filter((w) => createdIn(w, createdAt.from, createdAt.to));
      expect(idsOf(found)).toEqual(seedIds(expected));
      expect(found.filter((w) => w.createdAt.toISOString() === BOUNDARIES[0])).toHaveLength(1);
      const bodies = capped.requests.map((r) => JSON.parse(r.body) as { createdAt: { from: string; to: string } });
      expect(bodies.some((b) => b.createdAt.to === '2025-10-01T00:00:00.000+0000')).toBe(true);
      expect(bodies.some((b) => b.createdAt.from === '2025-10-01T00:00:00.001+0000')).toBe(true);
    });

    it('agrees with an uncapped search of the same window and author', async () => {
      const createdAt = window('2025-09-20T12:00:00.000Z', '2025-11-10T08:30:00.000Z');
      const a = await searchWorklogs(cappedClient, { createdBy: 'veikus', createdAt });
      const b = await searchWorklogs(client, { createdBy: 'veikus', createdAt });
      expect(a.length).toBeGreaterThan(40);
      expect(idsOf(a)).toEqual(idsOf(b));
      expect(capped.requests.some((r) => r.status === 400)).toBe(true);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// What the simulator never does, from small servers of our own

interface OwnServer {
  url: string;
  requests: { method: string; url: string; body: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

async function ownServer(handle: (req: IncomingMessage, res: ServerResponse, self: OwnServer) => void): Promise<OwnServer> {
  const self: OwnServer = { url: '', requests: [], close: async () => undefined };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      self.requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        body: Buffer.concat(chunks).toString(),
        headers: req.headers,
      });
      handle(req, res, self);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  self.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  self.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return self;
}

const worklogWire = (id: number, issueKey = 'X-1') => ({
  self: `https://tracker.example/v3/issues/${issueKey}/worklog/${id}`,
  id,
  issue: { self: `https://tracker.example/v3/issues/${issueKey}`, id: 'abc', key: issueKey },
  createdBy: { self: 'https://tracker.example/v3/users/1', id: 'someone' },
  createdAt: '2025-10-01T10:00:00.000+0000',
  start: '2025-10-01T09:00:00.000+0000',
  duration: 'PT1H',
});

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

describe('Link handling against servers of our own', () => {
  const servers: OwnServer[] = [];
  const start = async (handle: Parameters<typeof ownServer>[0]) => {
    const s = await ownServer(handle);
    servers.push(s);
    return s;
  };
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  it('refuses a next link to another origin, and never sends the token there', async () => {
    const elsewhere = await start((_req, res) => sendJson(res, 200, [worklogWire(2)]));
    const tracker = await start((_req, res) =>
      sendJson(res, 200, [worklogWire(1)], {
        link: `<${elsewhere.url}/v3/issues/X-1/worklog?perPage=100&id=1>; rel="next"`,
      }),
    );
    const error = await upstreamError(clientFor(trackerConfig(tracker.url)).getIssueWorklogs('X-1'));
    expect([error.code, error.source]).toEqual(['UPSTREAM_BAD_RESPONSE', 'TRACKER']);
    expect(error.message).toMatch(/another origin/);
    expect(error.message).not.toContain(elsewhere.url);
    expect(tracker.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('treats another host name for the same server as another origin', async () => {
    const tracker = await start((_req, res, self) =>
      sendJson(res, 200, [worklogWire(1)], {
        link: `<${self.url.replace('127.0.0.1', 'localhost')}/v3/issues/X-1/worklog?perPage=100&id=1>; rel="next"`,
      }),
    );
    const error = await upstreamError(clientFor(trackerConfig(tracker.url)).getIssueWorklogs('X-1'));
    expect(error.code).toBe('UPSTREAM_BAD_RESPONSE');
    expect(tracker.requests).toHaveLength(1);
  });

  it('a failure on a later page fails the whole list, never a partial one', async () => {
    const tracker = await start((req, res, self) => {
      if (new URL(req.url!, self.url).searchParams.get('id') === null) {
        sendJson(res, 200, [worklogWire(1)], { link: `<${self.url}/v3/issues/X-1/worklog?perPage=100&id=1>; rel="next"` });
      } else {
        sendJson(res, 503, { errors: {}, errorMessages: ['busy'], statusCode: 503 });
      }
    });
    const error = await upstreamError(clientFor(trackerConfig(tracker.url)).getIssueWorklogs('X-1'));
    expect([error.code, error.status]).toEqual(['UPSTREAM_UNAVAILABLE', 503]);
    expect(tracker.requests).toHaveLength(2);
  });

  it('a 404 on a later page is a bad response, not "no such issue"', async () => {
    const tracker = await start((req, res, self) => {
      if (new URL(req.url!, self.url).searchParams.get('id') === null) {
        sendJson(res, 200, [worklogWire(1)], { link: `<${self.url}/v3/issues/X-1/worklog?perPage=100&id=1>; rel="next"` });
      } else {
        sendJson(res, 404, { errors: {}, errorMessages: ['gone'], statusCode: 404 });
      }
    });
    const error = await upstreamError(clientFor(trackerConfig(tracker.url)).getIssueWorklogs('X-1'));
    expect([error.code, error.status]).toEqual(['UPSTREAM_BAD_RESPONSE', 404]);
  });

  it('refuses a link that comes back to a page already read (a loop)', async () => {
    const tracker = await start((req, res, self) => {
      const id = new URL(req.url!, self.url).searchParams.get('id');
      // page 1 → page 2 → page 1 again
      const next =
        id === null ? `${self.url}/v3/issues/X-1/worklog?perPage=100&id=1` : `${self.url}/v3/issues/X-1/worklog?perPage=100`;
      sendJson(res, 200, [worklogWire(id === null ? 1 : 2)], { link: `<${next}>; rel="next"` });
    });
    const error = await upstreamError(clientFor(trackerConfig(tracker.url)).getIssueWorklogs('X-1'));
    expect(error.code).toBe('UPSTREAM_BAD_RESPONSE');
    expect(error.message).toMatch(/loop/);
    expect(tracker.requests).toHaveLength(2);
  });

  it('follows relative links, picks rel="next" among several entries and rels, and ignores the rest', async () => {
    const tracker = await start((req, res, self) => {
      const id = Number(new URL(req.url!, self.url).searchParams.get('id') ?? '0');
      const page = [worklogWire(id + 1), worklogWire(id + 2)];
      const links = [`<${self.url}/v3/issues/X-1/worklog?perPage=100>; rel="first"`];
      if (id === 0) links.push(`</v3/issues/X-1/worklog?perPage=100&id=2&note=a,b>; title="page, two"; rel="next last"`);
      if (id === 2) links.push(`<worklog?perPage=100&id=4>; REL=next`);
      sendJson(res, 200, page, { link: links.join(', ') });
    });
    const worklogs = await clientFor(trackerConfig(tracker.url)).getIssueWorklogs('X-1');
    expect(idsOf(worklogs!)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(tracker.requests.map((r) => r.url)).toEqual([
      '/v3/issues/X-1/worklog?perPage=100',
      '/v3/issues/X-1/worklog?perPage=100&id=2&note=a,b',
      '/v3/issues/X-1/worklog?perPage=100&id=4',
    ]);
    // Credentials travel with every followed page.
    for (const r of tracker.requests) expect(r.headers.authorization).toBe(`OAuth ${TOKEN}`);
  });

  it('without any Link header, continues after a full page by id cursor and stops on a short one', async () => {
    const tracker = await start((req, res, self) => {
      const after = Number(new URL(req.url!, self.url).searchParams.get('id') ?? '0');
      const total = 105;
      const page = Array.from({ length: Math.max(0, Math.min(100, total - after)) }, (_, i) => worklogWire(after + i + 1));
      sendJson(res, 200, page);
    });
    const worklogs = await clientFor(trackerConfig(tracker.url)).getIssueWorklogs('X-1');
    expect(worklogs).toHaveLength(105);
    expect(tracker.requests.map((r) => r.url)).toEqual([
      '/v3/issues/X-1/worklog?perPage=100',
      '/v3/issues/X-1/worklog?perPage=100&id=100',
    ]);
  });

  it('without any Link header, a server that ignores the cursor ends the list instead of looping', async () => {
    const tracker = await start((_req, res) =>
      sendJson(
        res,
        200,
        Array.from({ length: 100 }, (_, i) => worklogWire(i + 1)),
      ),
    );
    const worklogs = await clientFor(trackerConfig(tracker.url)).getIssueWorklogs('X-1');
    expect(idsOf(worklogs!)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(tracker.requests).toHaveLength(2);
  });

  it('follows links below a base URL with a path prefix, and refuses one outside it', async () => {
    const proxy = await start((req, res, self) => {
      const url = new URL(req.url!, self.url);
      if (url.searchParams.get('id') === null) {
        sendJson(res, 200, [worklogWire(1)], {
          link: `<${self.url}/tracker/v3/issues/X-1/worklog?perPage=100&id=1>; rel="next"`,
        });
      } else if (url.searchParams.get('id') === '1') {
        sendJson(res, 200, [worklogWire(2)], { link: `<${self.url}/v3/issues/X-1/worklog?perPage=100&id=2>; rel="next"` });
      } else {
        sendJson(res, 200, []);
      }
    });
    const error = await upstreamError(clientFor(trackerConfig(`${proxy.url}/tracker`)).getIssueWorklogs('X-1'));
    expect(error.code).toBe('UPSTREAM_BAD_RESPONSE');
    expect(proxy.requests.map((r) => r.url)).toEqual([
      '/tracker/v3/issues/X-1/worklog?perPage=100',
      '/tracker/v3/issues/X-1/worklog?perPage=100&id=1',
    ]);
  });

  it('re-sends the same body when following a search’s next link', async () => {
    const tracker = await start((req, res, self) => {
      const id = new URL(req.url!, self.url).searchParams.get('id');
      if (id === null)
        sendJson(res, 200, [worklogWire(7)], { link: `<${self.url}/v3/worklog/_search?perPage=100&id=7>; rel="next"` });
      else sendJson(res, 200, [worklogWire(8)]);
    });
    const found = await searchWorklogs(clientFor(trackerConfig(tracker.url)), {
      createdBy: 'someone',
      createdAt: { from: new Date('2025-10-01T00:00:00Z'), to: new Date('2025-10-02T00:00:00Z') },
    });
    expect(idsOf(found)).toEqual([7, 8]);
    expect(tracker.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(tracker.requests[1]!.body).toBe(tracker.requests[0]!.body);
  });

  it('a malformed Link header is a bad response, not a silently short list', async () => {
    const tracker = await start((_req, res) => sendJson(res, 200, [worklogWire(1)], { link: 'http://x/next; rel=next' }));
    const error = await upstreamError(clientFor(trackerConfig(tracker.url)).getIssueWorklogs('X-1'));
    expect(error.code).toBe('UPSTREAM_BAD_RESPONSE');
    expect(error.message).toMatch(/Link header is malformed/);
  });

  it('keeps Tracker’s own error text out of the error (it goes to the debug log)', async () => {
    const tracker = await start((_req, res) =>
      sendJson(res, 400, {
        errors: { createdAt: 'Ungültiger Wert geheim-123' },
        errorMessages: ['Interner Text geheim-456'],
        statusCode: 400,
      }),
    );
    logs.length = 0;
    const error = await upstreamError(
      searchWorklogs(clientFor(trackerConfig(tracker.url)), {
        createdAt: { from: new Date('2025-10-01T00:00:00Z'), to: new Date('2025-10-02T00:00:00Z') },
      }),
    );
    expect([error.code, error.source, error.status]).toEqual(['UPSTREAM_BAD_RESPONSE', 'TRACKER', 400]);
    expect(error.message).not.toMatch(/geheim/);
    expect(tracker.requests).toHaveLength(1); // not mistaken for the item cap: no split
    expect(logs.some((line) => line.includes('geheim-456'))).toBe(true);
  });

  it('a 1 ms window still over the cap ends in a bad response, not an endless split', async () => {
    const tracker = await start((_req, res) =>
      sendJson(res, 400, { errors: {}, errorMessages: ['Request exceeds 10000 items limit'], statusCode: 400 }),
    );
    const error = await upstreamError(
      searchWorklogs(clientFor(trackerConfig(tracker.url)), {
        createdAt: { from: new Date('2025-10-01T00:00:00.000Z'), to: new Date('2025-10-01T00:00:00.007Z') },
      }),
    );
    expect(error.code).toBe('UPSTREAM_BAD_RESPONSE');
    expect(error.message).toMatch(/1 ms/);
    // 8 ms → 4 → 2 → 1: the first 1 ms window stops the search.
    expect(tracker.requests).toHaveLength(4);
  });

  it('a worklog with a duration the calendar cannot express fails only its own seconds', async () => {
    const tracker = await start((_req, res) =>
      sendJson(res, 200, [worklogWire(1), { ...worklogWire(2), duration: 'P1M' }, { ...worklogWire(3), duration: 'PT30M' }]),
    );
    const worklogs = (await clientFor(trackerConfig(tracker.url)).getIssueWorklogs('X-1'))!;
    expect(worklogs.map((w: TrackerWorklog) => w.durationSeconds)).toEqual([3600, null, 1800]);
    const error = (() => {
      try {
        durationSecondsOf(worklogs[1]!);
      } catch (e) {
        return e as UpstreamError;
      }
      return undefined;
    })();
    expect(error?.code).toBe('UPSTREAM_BAD_RESPONSE');
    expect(error?.message).toContain('"P1M"');
  });
});

describe('parseLinkHeader', () => {
  it('reads several entries, quoted and bare rels, several rels, commas inside <> and quotes', () => {
    expect(
      parseLinkHeader(
        '<https://a/x?perPage=100>; rel="first", <https://a/x?p=1,2>; title="a, b"; rel="next last", </rel>; REL=Prev; rel=ignored',
      ),
    ).toEqual([
      { url: 'https://a/x?perPage=100', rels: ['first'] },
      { url: 'https://a/x?p=1,2', rels: ['next', 'last'] },
      { url: '/rel', rels: ['prev'] },
    ]);
  });

  it('answers undefined for a malformed header and [] for an empty one', () => {
    expect(parseLinkHeader('https://a/x; rel=next')).toBeUndefined();
    expect(parseLinkHeader('<https://a/x; rel=next')).toBeUndefined();
    expect(parseLinkHeader('<https://a/x>; rel="next')).toBeUndefined();
    expect(parseLinkHeader('<https://a/x> rel=next')).toBeUndefined();
    expect(parseLinkHeader('')).toEqual([]);
  });
});
