import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { ENNEO_ROUTES } from '../../src/sources/enneo/sim/simulator.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { SANDBOX_CREDENTIALS } from '../support/sandbox-credentials.js';
import { SOCIALBOARDS_ROUTES } from '../../src/sources/socialboards/sim/simulator.js';
import { spawnGateway, type SpawnedGateway } from '../support/spawn-gateway.js';

/**
 * The gateway process as an operator runs it (`LOG_FORMAT=json`, secrets from files, metrics on
 * their own port), against simulators this test controls. Its stdout is read line by line: every
 * line is one JSON object with `level`, `time`, `msg`; each request writes one request line with
 * its id, operation, status, duration and upstream calls per source; each failed upstream attempt
 * writes one line with `source`, `route`, `status`, `code`, `attempt` at a level that fits, and
 * nothing is written twice.
 */

const OpsTicket = graphql(`
  query OpsTicket {
    ticket(source: ENNEO, key: "8842") { key title }
  }
`);

const OpsMissing = graphql(`
  query OpsMissing {
    ticket(source: ENNEO, key: "999999") { key }
  }
`);

const OpsReport = graphql(`
  query OpsReport($filter: WorklogReportFilter!) {
    worklogReport(filter: $filter, first: 500) {
      edges { node { ticketId ticket { key title } worklog { worklogId } } }
    }
  }
`);

const OpsTimeline = graphql(`
  query OpsTimeline($refs: [TicketRef!]!) {
    timeline(refs: $refs, first: 100) { edges { node { source occurredAt } } }
  }
`);

type Line = Record<string, unknown> & { level: string; time: string; msg: string };

let sandbox: Sandbox;
let gateway: SpawnedGateway;
let refreshFile: string;
const ENNEO_FILE_TOKEN = SANDBOX_CREDENTIALS.enneoToken;

beforeAll(async () => {
  sandbox = await startSandbox({ socialboardsRotateRefreshTokens: true });
  const dir = mkdtempSync(join(tmpdir(), 'ticketlog-logs-'));
  const enneoFile = join(dir, 'enneo-token');
  writeFileSync(enneoFile, `${ENNEO_FILE_TOKEN}\n`);
  refreshFile = join(dir, 'socialboards-refresh-token');
  writeFileSync(refreshFile, `${SANDBOX_CREDENTIALS.socialboardsRefreshToken}\n`);
  gateway = await spawnGateway({
    SANDBOX: '0',
    HOST: '127.0.0.1',
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
    METRICS_PORT: '0',
    UPSTREAM_RETRY_BASE_MS: '5',
    ENNEO_URL: sandbox.enneo.url,
    ENNEO_TOKEN_FILE: enneoFile,
    ENNEO_TIMEZONE: 'Europe/Berlin',
    SOCIALBOARDS_URL: sandbox.socialboards.url,
    SOCIALBOARDS_CLIENT_ID: SANDBOX_CREDENTIALS.socialboardsClientId,
    SOCIALBOARDS_REFRESH_TOKEN_FILE: refreshFile,
    TRACKER_URL: sandbox.tracker.url,
    TRACKER_TOKEN: SANDBOX_CREDENTIALS.trackerToken,
    TRACKER_ORG_ID: SANDBOX_CREDENTIALS.trackerOrgId,
  });
}, 60_000);

afterAll(async () => {
  await gateway?.stop();
  await sandbox?.close();
});

/** Every stdout line, parsed; fails the test on a line that is not one JSON object. */
function lines(): Line[] {
  return gateway
    .stdout()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const parsed = JSON.parse(line) as unknown;
      expect(parsed).toBeTypeOf('object');
      return parsed as Line;
    });
}

/** Lines of one request; the request line is written when the response is, so wait for it. */
async function linesOf(requestId: string): Promise<Line[]> {
  await expect.poll(() => lines().some((l) => l.requestId === requestId && l.msg === 'request'), { timeout: 5_000 }).toBe(true);
  return lines().filter((l) => l.requestId === requestId);
}

async function post(
  document: Parameters<typeof print>[0],
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { response, body: (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } };
}

describe('request lines and request ids', () => {
  it('every line is one JSON object: level as a string, ISO 8601 time, msg', async () => {
    await post(OpsTicket, {});
    const all = lines();
    expect(all.length).toBeGreaterThan(1);
    for (const line of all) {
      expect(['debug', 'info', 'warn', 'error']).toContain(line.level);
      expect(line.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(line.msg).toBeTypeOf('string');
    }
  });

  it('one request line per request: its id (echoed), operation, status, duration, upstream calls per source', async () => {
    const before = sandbox.enneo.count();
    const { response, body } = await post(OpsTicket, {}, { 'x-request-id': 'ops-ticket-1' });
    expect(body.data).toEqual({ ticket: { key: '8842', title: 'Double charge on invoice 2025-10' } });
    expect(response.headers.get('x-request-id')).toBe('ops-ticket-1');
    const own = await linesOf('ops-ticket-1');
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      operationName: 'OpsTicket',
      status: 200,
      upstream: { ENNEO: sandbox.enneo.count() - before },
    });
    expect(own[0]!.durationMs).toBeTypeOf('number');
    expect(sandbox.enneo.count() - before).toBe(1);
  });

  it('an x-request-id that is not a plausible id is replaced by a new one', async () => {
    const { response } = await post(OpsTicket, {}, { 'x-request-id': 'no spaces allowed' });
    const id = response.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await linesOf(id)).map((l) => l.msg)).toEqual(['request']);
    const tooLong = await post(OpsTicket, {}, { 'x-request-id': 'x'.repeat(129) });
    expect(tooLong.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('upstream failure lines', () => {
  it('a ticket that does not exist (404) is an answer, not a failure: only the request line', async () => {
    const { body } = await post(OpsMissing, {}, { 'x-request-id': 'ops-missing' });
    expect(body).toEqual({ data: { ticket: null } });
    expect(sandbox.enneo.requests.at(-1)?.status).toBe(404);
    expect((await linesOf('ops-missing')).map((l) => [l.level, l.msg])).toEqual([['info', 'request']]);
  });

  it('a report touching the restricted ticket: one warn line per refused upstream call, none twice, none at error', async () => {
    sandbox.enneo.resetRequests();
    const { body } = await post(
      OpsReport,
      { filter: { from: '2025-09-01', to: '2025-11-30' } },
      { 'x-request-id': 'ops-report' },
    );
    const refused = sandbox.enneo.requests.filter((r) => r.status === 403);
    expect(refused.map((r) => r.route).sort()).toEqual([ENNEO_ROUTES.ticket, ENNEO_ROUTES.worklogs].sort());
    // Many rows of that ticket carry the error; the log says it once per upstream call.
    expect(body.errors!.length).toBeGreaterThan(2);

    const own = await linesOf('ops-report');
    const failures = own.filter((l) => l.msg !== 'request');
    expect(failures).toHaveLength(refused.length);
    for (const line of failures) {
      expect(line).toMatchObject({ level: 'warn', source: 'ENNEO', status: 403, code: 'UPSTREAM_UNAUTHORIZED', attempt: 1 });
    }
    expect(failures.map((l) => l.route).sort()).toEqual(refused.map((r) => r.route).sort());
    const request = own.find((l) => l.msg === 'request')!;
    expect(request).toMatchObject({ level: 'info', operationName: 'OpsReport', status: 200 });
    expect(request.upstream).toEqual({ ENNEO: sandbox.enneo.count() });
    expect(own.some((l) => l.level === 'error')).toBe(false);
  });

  it('a retried 503 logs each attempt: warn while retrying, error when the source stays down', async () => {
    sandbox.enneo.faults.failNext(ENNEO_ROUTES.ticket, { count: 3, status: 503 });
    const { body } = await post(OpsTicket, {}, { 'x-request-id': 'ops-503' });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', source: 'ENNEO', status: 503 });
    const failures = (await linesOf('ops-503')).filter((l) => l.msg !== 'request');
    expect(failures.map((l) => [l.level, l.attempt, l.status, l.code, l.route])).toEqual([
      ['warn', 1, 503, 'UPSTREAM_UNAVAILABLE', ENNEO_ROUTES.ticket],
      ['warn', 2, 503, 'UPSTREAM_UNAVAILABLE', ENNEO_ROUTES.ticket],
      ['error', 3, 503, 'UPSTREAM_UNAVAILABLE', ENNEO_ROUTES.ticket],
    ]);
  });
});

describe('secrets from files and the rotated refresh token', () => {
  it('reads ENNEO_TOKEN_FILE, and writes a rotated Socialboards refresh token back to its file', async () => {
    expect(sandbox.enneo.requests.at(-1)?.headers.authorization).toBe(`Bearer ${ENNEO_FILE_TOKEN}`);
    const { body } = await post(OpsTimeline, { refs: [{ source: 'SOCIALBOARDS', key: '5501' }] });
    expect(body.errors).toBeUndefined();
    expect(sandbox.socialboards.count(SOCIALBOARDS_ROUTES.token)).toBe(1);
    // The simulator no longer accepts the token the process started with.
    expect(sandbox.socialboards.refreshToken).not.toBe(SANDBOX_CREDENTIALS.socialboardsRefreshToken);
    expect(readFileSync(refreshFile, 'utf8')).toBe(`${sandbox.socialboards.refreshToken}\n`);
    const stdout = gateway.stdout();
    for (const secret of [ENNEO_FILE_TOKEN, SANDBOX_CREDENTIALS.trackerToken, sandbox.socialboards.refreshToken]) {
      expect(stdout).not.toContain(secret);
    }
  });
});

describe('metrics on METRICS_PORT', () => {
  it('serves /metrics on its own port, not on the gateway port', async () => {
    const ready = lines().find((l) => typeof l.metricsPort === 'number');
    expect(ready).toBeDefined();
    const metrics = await fetch(`http://127.0.0.1:${ready!.metricsPort as number}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toMatch(
      /^ticketlog_upstream_requests_total\{source="ENNEO",route="GET \/ticket\/\{id\}",status="200"\} \d+$/m,
    );
    expect((await fetch(new URL('/metrics', gateway.url))).status).toBe(404);
  });
});

// Last: it stops the Tracker simulator.
describe('a source that refuses connections', () => {
  it('a timeline whose Tracker is down logs each ECONNREFUSED attempt, the last at error', async () => {
    await sandbox.tracker.close();
    const refs = [
      { source: 'ENNEO', key: '8842' },
      { source: 'TRACKER', key: 'PAY-12' },
    ];
    const { body } = await post(OpsTimeline, { refs }, { 'x-request-id': 'ops-down' });
    expect(body.errors?.map((e) => e.extensions?.code)).toContain('UPSTREAM_UNAVAILABLE');
    const failures = (await linesOf('ops-down')).filter((l) => l.msg !== 'request');
    expect(failures.length).toBeGreaterThan(0);
    for (const line of failures) {
      expect(line).toMatchObject({ source: 'TRACKER', status: 0, code: 'UPSTREAM_UNAVAILABLE', cause: 'ECONNREFUSED' });
    }
    expect(failures.at(-1)!.level).toBe('error');
    expect(failures.slice(0, -1).every((l) => l.level === 'warn')).toBe(true);
    expect(failures.map((l) => l.attempt)).toEqual(failures.map((_, i) => i + 1));
  });
});
