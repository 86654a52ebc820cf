import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpConfig } from '../../src/config.js';
import type { TrackerConfig } from '../../src/sources/tracker/config.js';
import { silentLogger } from '../../src/logger.js';
import { TRACKER_ROUTES, createTrackerSimulator, type TrackerSimulator } from '../../src/sources/tracker/sim/simulator.js';
import { createHttpTransport, type HttpTransport } from '../../src/transport/http.js';
import {
  createTrackerClient,
  trackerClientOptions,
  trackerHttpOptions,
  type TrackerClient,
} from '../../src/sources/tracker/client.js';
import type { TrackerWorklog } from '../../src/sources/tracker/models.js';

/**
 * The Tracker client's `GET /v3/users/{login}` (the e-mail that links a login to a person) and
 * `searchWorklogPages` (the worklog search read page by page, as the time report reads it),
 * against the Tracker simulator over real HTTP.
 */

const HTTP: HttpConfig = {
  connectTimeoutMs: 2_000,
  headersTimeoutMs: 5_000,
  bodyTimeoutMs: 5_000,
  retries: 0,
  retryBaseDelayMs: 1,
  maxRetryAfterMs: 100,
  connections: 8,
};

function clientFor(sim: TrackerSimulator, transport: HttpTransport): TrackerClient {
  const config: TrackerConfig = {
    url: sim.url,
    token: 'sandbox-tracker-token',
    authScheme: 'OAuth',
    org: { header: 'X-Org-ID', id: 'sandbox-org' },
    apiVersion: 'v3',
    acceptLanguage: 'en',
    weekDays: 5,
    dayHours: 8,
  };
  return createTrackerClient(transport.client(trackerHttpOptions(config)), trackerClientOptions(config));
}

describe('Tracker users and paged worklog search', () => {
  let sim: TrackerSimulator;
  let capped: TrackerSimulator;
  let transport: HttpTransport;
  beforeAll(async () => {
    sim = await createTrackerSimulator();
    capped = await createTrackerSimulator({ searchItemLimit: 25 });
    transport = createHttpTransport(HTTP, silentLogger);
  });
  afterAll(async () => {
    await transport.close();
    await Promise.all([sim.close(), capped.close()]);
  });

  it('GET /v3/users/{login}: login, uid, name and e-mail as Tracker knows them; unknown → null', async () => {
    const client = clientFor(sim, transport);
    expect(await client.getUser('i.solberg')).toEqual({
      login: 'i.solberg',
      uid: '1130000041762210',
      display: 'Ingrid Solberg',
      email: 'Ingrid.Solberg@sandbox-energy.example',
    });
    expect(await client.getUser('nobody')).toBeNull();
    // A login of digits only must be sent as `login:<digits>`, or Tracker reads it as a uid.
    sim.resetRequests();
    expect(await client.getUser('12345')).toBeNull();
    expect(sim.requests.map((r) => r.path)).toEqual(['/v3/users/login:12345']);
  });

  it('searchWorklogPages yields every worklog of the window, split under the item cap, each worklog once', async () => {
    const client = clientFor(capped, transport);
    const createdAt = { from: new Date('2025-10-01T00:00:00.000Z'), to: new Date('2025-11-30T23:59:59.999Z') };
    capped.resetRequests();
    const stats = { calls: 0 };
    const paged: TrackerWorklog[] = [];
    let pages = 0;
    for await (const page of client.searchWorklogPages({ createdAt }, stats)) {
      pages += 1;
      expect(page.length).toBeLessThanOrEqual(100);
      paged.push(...page);
    }
    expect(stats.calls).toBe(capped.count(TRACKER_ROUTES.searchWorklogs));
    expect(capped.requests.some((r) => r.status === 400)).toBe(true);
    expect(pages).toBeGreaterThan(1);
    const ids = paged.map((w) => w.worklogId);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = capped.seed.allWorklogs
      .filter((w) => w.createdAt >= createdAt.from && w.createdAt <= createdAt.to)
      .map((w) => String(w.id));
    expect([...ids].sort()).toEqual([...expected].sort());
  });

  it('a window refused after pages were read: the halves skip what was already yielded', async () => {
    // A Tracker whose count grows while it is read: the first window answers one page, then
    // refuses the next with the item-cap error; each half then repeats ids of that page.
    const worklog = (id: number) => ({
      self: 'x',
      id,
      issue: { self: 'x', id: 'a', key: 'SUP-1', display: 'x' },
      createdBy: { self: 'x/1', id: 'veikus', display: 'A' },
      createdAt: '2025-10-05T10:00:00.000+0000',
      start: '2025-10-05T09:00:00.000+0000',
      duration: 'PT1H',
    });
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => worklog(from + i));
    let windows = 0;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk));
      req.on('end', () => {
        const url = new URL(req.url!, 'http://x');
        const send = (status: number, json: unknown, link?: string) => {
          res.writeHead(status, { 'content-type': 'application/json', ...(link ? { link } : {}) });
          res.end(JSON.stringify(json));
        };
        if (!url.searchParams.has('id')) windows += 1;
        if (windows === 1) {
          if (!url.searchParams.has('id')) return send(200, range(1, 100), `<${url.pathname}?perPage=100&id=100>; rel="next"`);
          return send(400, { errors: {}, errorMessages: ['Request exceeds 10000 items limit'], statusCode: 400 });
        }
        if (windows === 2) return send(200, [...range(1, 60), worklog(150)], '<x>; rel="first"');
        return send(200, [...range(61, 100), worklog(200)], '<x>; rel="first"');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const config: TrackerConfig = {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        token: 't',
        authScheme: 'OAuth',
        org: { header: 'X-Org-ID', id: 'o' },
        apiVersion: 'v3',
        acceptLanguage: 'en',
        weekDays: 5,
        dayHours: 8,
      };
      const client = createTrackerClient(transport.client(trackerHttpOptions(config)), trackerClientOptions(config));
      const ids: string[] = [];
      const createdAt = { from: new Date('2025-10-01T00:00:00Z'), to: new Date('2025-10-31T00:00:00Z') };
      for await (const page of client.searchWorklogPages({ createdAt })) ids.push(...page.map((w) => w.worklogId));
      expect(ids).toEqual([...range(1, 100).map((w) => String(w.id)), '150', '200']);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
