import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { ENNEO_ROUTES } from '../../src/sandbox/enneo.js';
import { onlyError, recordingStacks } from '../support/recording.js';
import type { Result, Stack } from '../support/stack.js';

/**
 * How enneo failures reach a client, over real HTTP against the enneo simulator: every upstream
 * failure becomes a labelled error `{ code, source: 'ENNEO', status }` on the field it backs (with
 * the exact number of upstream attempts the retry policy allows), the rest of the answer survives,
 * not-found is null, invalid arguments are BAD_USER_INPUT before any upstream request, unexpected
 * errors stay masked, and no token or raw upstream body ever reaches a response or a log line.
 */

const TicketTitle = graphql(`
  query ErrTicketTitle($key: String!) {
    ticket(source: ENNEO, key: $key) { key title }
  }
`);

const TicketList = graphql(`
  query ErrTicketList($refs: [TicketRef!]!) {
    tickets(refs: $refs) { key title }
  }
`);

const TwoTicketsWithWorklogs = graphql(`
  query ErrTwoTicketsWithWorklogs {
    a: ticket(source: ENNEO, key: "8821") { key title worklogs { totalCount } }
    b: ticket(source: ENNEO, key: "8842") { key title worklogs { totalCount } }
  }
`);

const AssessmentById = graphql(`
  query ErrAssessment($id: Int!) {
    assessment(id: $id) { assessmentId state }
  }
`);

const WorklogPage = graphql(`
  query ErrWorklogPage($key: String!, $first: Int, $after: String) {
    ticket(source: ENNEO, key: $key) {
      key
      worklogs(first: $first, after: $after) { totalCount edges { cursor } }
    }
  }
`);

const NodeById = graphql(`
  query ErrNode($id: ID!) {
    node(id: $id) {
      id
      ... on EnneoWorklog { worklogId ticket { key } }
    }
  }
`);

const Report = graphql(`
  query ErrReport($filter: WorklogReportFilter!, $first: Int, $after: String) {
    worklogReport(filter: $filter, first: $first, after: $after) {
      edges { cursor node { userWorklogId } }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

const ReportWithLiteralDate = graphql(`
  query ErrReportLiteralDate {
    worklogReport(filter: { from: "2025-11-01", to: "2025-13-01" }) { edges { cursor } }
  }
`);

const ENNEO_TOKEN = 'sandbox-enneo-token';
const WRONG_TOKEN = 'wrong-token-value';

/** Every response body and every stack of this file, for the "no secret anywhere" check at the end. */
const { bodies, stacks, open, run, closeAll } = recordingStacks();

const globalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`, 'utf8').toString('base64url');

afterAll(async () => {
  await closeAll();
});

describe('upstream failures (UPSTREAM_RETRIES=2, UPSTREAM_MAX_RETRY_AFTER_MS=2000)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await open({ env: { UPSTREAM_RETRIES: '2', UPSTREAM_MAX_RETRY_AFTER_MS: '2000' } });
  });
  beforeEach(() => {
    stack.sandbox.enneo.faults.clear();
    stack.sandbox.enneo.resetRequests();
  });

  it('HTTP 500 on every attempt → UPSTREAM_UNAVAILABLE with status 500 after retries + 1 calls', async () => {
    stack.sandbox.enneo.faults.failNext(ENNEO_ROUTES.ticket, { count: 10, status: 500 });
    const result = await run(stack, TicketTitle, { key: '8821' });
    expect(result.data).toEqual({ ticket: null });
    const error = onlyError(result);
    expect(error.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', source: 'ENNEO', status: 500 });
    expect(error.path).toEqual(['ticket']);
    expect(error.message).toContain('after 3 attempts');
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(3);
  });

  it('HTTP 503 once, then success → the data arrives after 2 calls', async () => {
    stack.sandbox.enneo.faults.failNext(ENNEO_ROUTES.ticket, { count: 1, status: 503 });
    const result = await run(stack, TicketTitle, { key: '8842' });
    expect(result).toEqual({ data: { ticket: { key: '8842', title: 'Double charge on invoice 2025-10' } } });
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(2);
  });

  it('HTTP 429 with Retry-After: 1 → waits a second, then succeeds', async () => {
    stack.sandbox.enneo.faults.failNext(ENNEO_ROUTES.ticket, { count: 1, status: 429, retryAfter: '1' });
    const sleptBefore = stack.clock.sleeps.length;
    const result = await run(stack, TicketTitle, { key: '8842' });
    expect(result).toEqual({ data: { ticket: { key: '8842', title: 'Double charge on invoice 2025-10' } } });
    const [first, second] = stack.sandbox.enneo.requests.filter((r) => r.route === ENNEO_ROUTES.ticket);
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(2);
    expect(first!.status).toBe(429);
    expect(second!.status).toBe(200);
    // The one wait between the 429 and the next request, on the transport's clock (the stack's
    // test clock: the second passes at once and is recorded): the second asked for.
    expect(stack.clock.sleeps.slice(sleptBefore)).toEqual([1_000]);
    expect(second!.startedAt).toBeGreaterThanOrEqual(first!.endedAt!);
  });

  it('HTTP 429 asking to wait longer than UPSTREAM_MAX_RETRY_AFTER_MS → UPSTREAM_RATE_LIMITED after 1 call', async () => {
    stack.sandbox.enneo.faults.failNext(ENNEO_ROUTES.ticket, { count: 1, status: 429, retryAfter: '30' });
    const result = await run(stack, TicketTitle, { key: '8821' });
    expect(result.data).toEqual({ ticket: null });
    expect(onlyError(result).extensions).toEqual({ code: 'UPSTREAM_RATE_LIMITED', source: 'ENNEO', status: 429 });
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(1);
  });

  it('HTTP 429 on every attempt (Retry-After within the cap) → UPSTREAM_RATE_LIMITED after retries + 1 calls', async () => {
    stack.sandbox.enneo.faults.failNext(ENNEO_ROUTES.ticket, { count: 10, status: 429, retryAfter: '0' });
    const result = await run(stack, TicketTitle, { key: '8821' });
    expect(onlyError(result).extensions).toEqual({ code: 'UPSTREAM_RATE_LIMITED', source: 'ENNEO', status: 429 });
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(3);
  });

  it('ticket 8900 (HTTP 403) → UPSTREAM_UNAUTHORIZED with status 403, not retried', async () => {
    const result = await run(stack, TicketTitle, { key: '8900' });
    expect(result.data).toEqual({ ticket: null });
    const error = onlyError(result);
    expect(error.extensions).toEqual({ code: 'UPSTREAM_UNAUTHORIZED', source: 'ENNEO', status: 403 });
    expect(error.path).toEqual(['ticket']);
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(1);
  });

  it('a 200 whose body is not JSON → UPSTREAM_BAD_RESPONSE, not retried', async () => {
    stack.sandbox.enneo.faults.malformedNext(ENNEO_ROUTES.ticket, 1);
    const result = await run(stack, TicketTitle, { key: '8821' });
    expect(result.data).toEqual({ ticket: null });
    expect(onlyError(result).extensions).toEqual({ code: 'UPSTREAM_BAD_RESPONSE', source: 'ENNEO', status: 200 });
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(1);
  });

  it('tickets: found, forbidden and missing refs keep their positions; only the forbidden one has an error', async () => {
    const result = await run(stack, TicketList, {
      refs: [
        { source: 'ENNEO', key: '8821' },
        { source: 'ENNEO', key: '8900' },
        { source: 'ENNEO', key: '9999' },
      ],
    });
    expect(result.data?.tickets).toHaveLength(3);
    expect(result.data!.tickets[0]).toMatchObject({ key: '8821' });
    expect(result.data!.tickets[0]!.title).toBeTruthy();
    expect(result.data!.tickets[1]).toBeNull();
    expect(result.data!.tickets[2]).toBeNull();
    const error = onlyError(result);
    expect(error.path).toEqual(['tickets', 1]);
    expect(error.extensions).toEqual({ code: 'UPSTREAM_UNAUTHORIZED', source: 'ENNEO', status: 403 });
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(3);
  });

  it("one ticket's failing worklogs do not take the other ticket down", async () => {
    stack.sandbox.enneo.faults.malformedNext(ENNEO_ROUTES.worklogs, 1);
    const result = await run(stack, TwoTicketsWithWorklogs);
    // The first worklog request the simulator saw got the malformed body; find out whose it was.
    const hit = stack.sandbox.enneo.requests.find((r) => r.route === ENNEO_ROUTES.worklogs)!;
    const [failed, ok] = hit.path.endsWith('/ticket/8821/worklog') ? (['a', 'b'] as const) : (['b', 'a'] as const);
    expect(hit.path).toMatch(/\/ticket\/(8821|8842)\/worklog$/);

    expect(result.data![failed]).toBeNull();
    expect(result.data![ok]).toMatchObject({ key: ok === 'a' ? '8821' : '8842' });
    expect(result.data![ok]!.title).toBeTruthy();
    expect(result.data![ok]!.worklogs.totalCount).toBeGreaterThan(0);
    const error = onlyError(result);
    expect(error.path).toEqual([failed, 'worklogs']);
    expect(error.extensions).toEqual({ code: 'UPSTREAM_BAD_RESPONSE', source: 'ENNEO', status: 200 });
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.worklogs)).toBe(2);
  });

  it('a ticket the source does not have is null, without an error', async () => {
    const result = await run(stack, TicketTitle, { key: '99999' });
    expect(result).toEqual({ data: { ticket: null } });
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(1);
  });

  it('an assessment the source does not have is null, without an error', async () => {
    const result = await run(stack, AssessmentById, { id: 999999 });
    expect(result).toEqual({ data: { assessment: null } });
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.assessment)).toBe(1);
  });

  it('a worklog whose ticket enneo says is gone is a labelled UPSTREAM_BAD_RESPONSE on that field', async () => {
    // The worklog exists but its ticket answers 404 (deleted in between): an inconsistent source,
    // reported as such (not masked as a gateway bug) on the field that needs the ticket.
    stack.sandbox.enneo.faults.failNext(ENNEO_ROUTES.ticket, { count: 1, status: 404 });
    const result = await run(stack, NodeById, { id: globalId('EnneoWorklog', '8821:551') });
    const error = onlyError(result);
    expect(error.message).toContain('says the ticket does not exist');
    expect(error.extensions).toEqual({ code: 'UPSTREAM_BAD_RESPONSE', source: 'ENNEO', status: 404 });
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.worklogs)).toBe(1);
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(1);
  });

  describe('BAD_USER_INPUT, before any upstream request', () => {
    const refs = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ source: 'ENNEO' as const, key: String(8801 + (i % 100)) }));
    const filter = { from: '2025-11-01', to: '2025-11-30' };

    const cases: [name: string, call: () => Promise<Result<unknown>>, message: RegExp][] = [
      ['enneo key "abc"', () => run(stack, TicketTitle, { key: 'abc' }), /key must be a numeric enneo ticket id such as "8821"/],
      ['enneo key "-1"', () => run(stack, TicketTitle, { key: '-1' }), /key must be a numeric enneo ticket id/],
      ['enneo key "0"', () => run(stack, TicketTitle, { key: '0' }), /key must be a numeric enneo ticket id/],
      [
        'malformed key inside tickets(refs)',
        () =>
          run(stack, TicketList, {
            refs: [
              { source: 'ENNEO', key: '8821' },
              { source: 'ENNEO', key: 'x1' },
            ],
          }),
        /refs\[1\]\.key must be/,
      ],
      ['worklogs(first: 501)', () => run(stack, WorklogPage, { key: '8821', first: 501 }), /first must be between 0 and 500/],
      ['worklogs(first: -1)', () => run(stack, WorklogPage, { key: '8821', first: -1 }), /first must be between 0 and 500/],
      [
        'worklogs(after: <not a cursor>)',
        () => run(stack, WorklogPage, { key: '8821', after: '!!not-a-cursor!!' }),
        /after is not a cursor of this field/,
      ],
      ['node(id: "garbage")', () => run(stack, NodeById, { id: 'garbage' }), /not an id this gateway issued/],
      [
        'node(id) of a type that does not exist',
        () => run(stack, NodeById, { id: globalId('NoSuchType', '1') }),
        /not a Node type/,
      ],
      ['tickets with 101 refs', () => run(stack, TicketList, { refs: refs(101) }), /at most 100/],
      [
        'worklogReport with from > to',
        () => run(stack, Report, { filter: { from: '2025-11-30', to: '2025-11-01' } }),
        /filter\.from .* is after filter\.to/,
      ],
      [
        'worklogReport with actions: []',
        () => run(stack, Report, { filter: { ...filter, actions: [] } }),
        /filter\.actions is empty/,
      ],
      ['worklogReport(first: 1001)', () => run(stack, Report, { filter, first: 1001 }), /first must be between 0 and 1000/],
      [
        'worklogReport with to: "2025-13-01" (variable)',
        () => run(stack, Report, { filter: { from: '2025-11-01', to: '2025-13-01' } }),
        /YYYY-MM-DD/,
      ],
      ['worklogReport with to: "2025-13-01" (literal)', () => run(stack, ReportWithLiteralDate), /YYYY-MM-DD/],
    ];

    it.each(cases)('%s', async (_name, call, message) => {
      const result = await call();
      const error = onlyError(result);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(message);
      expect(stack.sandbox.enneo.count()).toBe(0);
    });

    it('a cursor issued by another field (a report cursor on worklogs)', async () => {
      const report = await run(stack, Report, { filter, first: 1 });
      const reportCursor = report.data!.worklogReport!.pageInfo.endCursor;
      expect(reportCursor).toEqual(expect.any(String));
      stack.sandbox.enneo.resetRequests();

      const result = await run(stack, WorklogPage, { key: '8821', after: reportCursor });
      const error = onlyError(result);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/after is not a cursor of this field/);
      expect(stack.sandbox.enneo.count()).toBe(0);
    });
  });
});

describe('a slow source (UPSTREAM_HEADERS_TIMEOUT_MS=300, simulator delay 1500 ms)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await open({ env: { UPSTREAM_HEADERS_TIMEOUT_MS: '300' } });
  });

  it('→ UPSTREAM_TIMEOUT with status 0, not retried', async () => {
    stack.sandbox.enneo.faults.delay(ENNEO_ROUTES.ticket, 1500);
    const result = await run(stack, TicketTitle, { key: '8821' });
    expect(result.data).toEqual({ ticket: null });
    expect(onlyError(result).extensions).toEqual({ code: 'UPSTREAM_TIMEOUT', source: 'ENNEO', status: 0 });
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(1);
  });
});

describe('wrong credentials', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await open({ configure: (c) => ({ ...c, enneo: { ...c.enneo!, token: WRONG_TOKEN } }) });
  });

  it('HTTP 401 → UPSTREAM_UNAUTHORIZED with status 401, not retried', async () => {
    const result = await run(stack, TicketTitle, { key: '8821' });
    expect(result.data).toEqual({ ticket: null });
    const error = onlyError(result);
    expect(error.extensions).toEqual({ code: 'UPSTREAM_UNAUTHORIZED', source: 'ENNEO', status: 401 });
    expect(error.message).toMatch(/rejected the gateway's credentials/);
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBe(1);
    // The simulator really saw the wrong token, so the 401 is the one under test.
    expect(stack.sandbox.enneo.requests[0]!.headers.authorization).toBe(`Bearer ${WRONG_TOKEN}`);
  });
});

describe('an unreachable source (connection refused)', () => {
  let stack: Stack;
  beforeAll(async () => {
    const port = await closedPort();
    stack = await open({ configure: (c) => ({ ...c, enneo: { ...c.enneo!, url: `http://127.0.0.1:${port}/api/mind` } }) });
  });

  it('→ UPSTREAM_UNAVAILABLE with status 0', async () => {
    const result = await run(stack, TicketTitle, { key: '8821' });
    expect(result.data).toEqual({ ticket: null });
    const error = onlyError(result);
    expect(error.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', source: 'ENNEO', status: 0 });
    expect(error.message).toMatch(/could not be reached/);
    expect(stack.sandbox.enneo.count()).toBe(0);
  });
});

describe('enneo not configured', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await open({ configure: (c) => ({ ...c, enneo: undefined }) });
  });

  it('→ SOURCE_NOT_CONFIGURED with status 0, and no request to the simulator', async () => {
    const result = await run(stack, TicketTitle, { key: '8821' });
    expect(result.data).toEqual({ ticket: null });
    const error = onlyError(result);
    expect(error.extensions).toEqual({ code: 'SOURCE_NOT_CONFIGURED', source: 'ENNEO', status: 0 });
    expect(error.message).toMatch(/ENNEO_URL and ENNEO_TOKEN/);
    expect(stack.sandbox.enneo.count()).toBe(0);
  });

  it('→ SOURCE_NOT_CONFIGURED for the report too', async () => {
    const result = await run(stack, Report, { filter: { from: '2025-11-01', to: '2025-11-30' } });
    expect(onlyError(result).extensions).toEqual({ code: 'SOURCE_NOT_CONFIGURED', source: 'ENNEO', status: 0 });
  });
});

describe('no secret and no raw upstream body anywhere (runs last, over every answer above)', () => {
  it('responses and logs never carry a token, "Bearer" or the upstream error text', () => {
    // Every failure case above recorded its body; a filtered run of this test alone has nothing to check.
    expect(bodies.length).toBeGreaterThanOrEqual(30);
    const logs = stacks.flatMap((s) => s.logs);
    expect(logs.length).toBeGreaterThan(0);
    for (const text of [...bodies, ...logs]) {
      expect(text).not.toContain(ENNEO_TOKEN);
      expect(text).not.toContain(WRONG_TOKEN);
      expect(text).not.toContain('Bearer');
    }
    for (const body of bodies) {
      // The simulator's error envelope is {"success": false, "error": "Injected failure …" / "… denied …"}.
      expect(body).not.toContain('Injected failure');
      expect(body).not.toContain('success');
      expect(body).not.toContain('outside your tags');
      expect(body).not.toContain('invalid or expired token');
    }
  });
});

/** A port nothing listens on: bound by the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
