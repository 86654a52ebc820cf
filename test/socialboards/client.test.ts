import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HttpConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import {
  SOCIALBOARDS_ROUTES,
  createSocialboardsSimulator,
  type SocialboardsSimulator,
} from '../../src/sources/socialboards/sim/simulator.js';
import {
  AUTO_RESPONDER_ID,
  INGRID_SOLBERG_ID,
  KARI_NORDMANN_ID,
  SEED_EXTRA_ACTION_TYPES,
  SOCIALBOARDS_SHOWCASE,
  formatSocialboardsTime,
} from '../../src/sources/socialboards/sim/seed.js';
import { UpstreamError } from '../../src/transport/errors.js';
import { createHttpTransport, type HttpTransport } from '../../src/transport/http.js';
import { createSocialboardsAuth } from '../../src/sources/socialboards/auth.js';
import { createSocialboardsClient, type SocialboardsClient } from '../../src/sources/socialboards/client.js';
import { WIRE_BY_LOG_EVENT_TYPE } from '../../src/sources/socialboards/models.js';

/**
 * The Socialboards client over real HTTP against the simulator: whole logs paged with take=50
 * until a short page (5520's 123 entries in exactly 3 calls), the action-type filter sent in the
 * body, times in every precision and offset read to the right instants, placeholders rendered,
 * unknown types kept as OTHER, actor kinds, stable unique ids, ticket lists by id with `take`
 * sent, and the envelope checked on every answer without ever forwarding `errorText`.
 */

const TEST_HTTP: HttpConfig = {
  connectTimeoutMs: 2_000,
  headersTimeoutMs: 5_000,
  bodyTimeoutMs: 5_000,
  retries: 2,
  retryBaseDelayMs: 5,
  maxRetryAfterMs: 1_000,
  connections: 16,
};

const TOKEN = 'sandbox-socialboards-token';

let sim: SocialboardsSimulator;
let transport: HttpTransport;
let client: SocialboardsClient;

beforeAll(async () => {
  sim = await createSocialboardsSimulator();
  transport = createHttpTransport(TEST_HTTP, silentLogger);
  const config = { url: sim.url, auth: { kind: 'token', token: TOKEN } } as const;
  const auth = createSocialboardsAuth(config, transport.client({ source: 'SOCIALBOARDS', baseUrl: sim.url }));
  client = createSocialboardsClient(transport.client({ source: 'SOCIALBOARDS', baseUrl: sim.url, auth }));
});

afterAll(async () => {
  await transport.close();
  await sim.close();
});

beforeEach(() => {
  sim.faults.clear();
  sim.resetRequests();
});

const logCalls = () => sim.requests.filter((r) => r.route === SOCIALBOARDS_ROUTES.log);
const seedLog = (ticketId: number) => sim.seed.logs.get(ticketId)!;

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UpstreamError);
    return error as UpstreamError;
  }
  throw new Error('expected the call to fail');
}

describe('readTicketLog: the whole log', () => {
  it('reads 5520 (123 entries) in exactly 3 calls of take=50, skip 0/50/100, oldest first', async () => {
    const events = (await client.readTicketLog(5520))!;
    const calls = logCalls();
    expect(calls).toHaveLength(3);
    expect(calls.map((r) => [r.query.get('take'), r.query.get('skip')])).toEqual([
      ['50', '0'],
      ['50', '50'],
      ['50', '100'],
    ]);
    for (const call of calls) {
      expect(call.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(call.body)).toEqual({ action_types: [] });
      expect(call.path).toBe('/tickets/5520/log');
    }
    expect(events).toHaveLength(123);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(123);
    // Same entries, same order as the seed (oldest first), at the same instants.
    const seed = seedLog(5520);
    expect(events.map((e) => e.time)).toEqual(seed.map((e) => formatSocialboardsTime(e.time)));
    expect(events.map((e) => e.occurredAt.getTime())).toEqual(seed.map((e) => e.time.epochMs));
    expect(events.map((e) => e.actionType)).toEqual(seed.map((e) => e.actionType));
    for (let i = 1; i < events.length; i++)
      expect(events[i]!.occurredAt.getTime()).toBeGreaterThanOrEqual(events[i - 1]!.occurredAt.getTime());
    expect(events.every((e) => e.ticketId === 5520 && e.source === 'SOCIALBOARDS')).toBe(true);
  });

  it('stops at the first page shorter than 50: calls = floor(n / 50) + 1 for every ticket', async () => {
    for (const ticketId of [5501, 5502, 5503, 5520, 5530]) {
      sim.resetRequests();
      const events = (await client.readTicketLog(ticketId))!;
      expect(events).toHaveLength(seedLog(ticketId).length);
      expect(logCalls()).toHaveLength(Math.floor(seedLog(ticketId).length / 50) + 1);
    }
  });

  it('a last page of exactly 50 costs one more call, which comes back empty', async () => {
    // In 5520 these three types make exactly 50 entries (20 + 21 + 9).
    const types = ['ticket_read', 'ticket_status_changed', 'ticket_assigned_to_user'];
    expect(seedLog(5520).filter((e) => types.includes(e.actionType))).toHaveLength(50);
    const events = (await client.readTicketLog(5520, types))!;
    expect(events).toHaveLength(50);
    expect(logCalls().map((r) => r.query.get('skip'))).toEqual(['0', '50']);
    expect(logCalls().map((r) => JSON.parse(r.body))).toEqual([{ action_types: types }, { action_types: types }]);
  });

  it('sends the actionTypes filter in the body and gets only those types', async () => {
    const types = ['ticket_read', 'note_created'];
    const events = (await client.readTicketLog(5520, types))!;
    const expected = seedLog(5520).filter((e) => types.includes(e.actionType));
    expect(expected.length).toBeGreaterThan(0);
    expect(events.map((e) => e.time)).toEqual(expected.map((e) => formatSocialboardsTime(e.time)));
    expect(new Set(events.map((e) => e.actionType))).toEqual(new Set(types));
    for (const call of logCalls()) expect(JSON.parse(call.body)).toEqual({ action_types: types });
    expect(logCalls()).toHaveLength(Math.floor(expected.length / 50) + 1);
  });

  it('reads the showcase times (7 digits, every offset, previous local day) to the right instants', async () => {
    const events = (await client.readTicketLog(5501))!;
    const expected = SOCIALBOARDS_SHOWCASE.entries;
    expect(events).toHaveLength(expected.length);
    events.forEach((event, i) => {
      expect(event.time).toBe(expected[i]!.time);
      // `utc` carries 7 digits; the instant keeps milliseconds, truncated.
      expect(event.occurredAt.toISOString()).toBe(expected[i]!.utc.replace(/(\.\d{3})\d*Z$/, '$1Z'));
      expect(event.actionType).toBe(expected[i]!.actionType);
      expect(event.user?.id).toBe(expected[i]!.userId);
    });
  });

  it('reads fewer and no fractional digits to the right instants (5502 and every generated log)', async () => {
    const doc = (await client.readTicketLog(5502))!;
    expect(doc.map((e) => [e.time, e.occurredAt.toISOString()])).toEqual([
      ['2023-08-03T20:39:35.01+03:00', '2023-08-03T17:39:35.010Z'],
      ['2023-12-13T22:01:32.3169513+00:00', '2023-12-13T22:01:32.316Z'],
      ['2023-12-13T22:11:39.031395+00:00', '2023-12-13T22:11:39.031Z'],
      ['2023-12-13T22:11:52.7825391+00:00', '2023-12-13T22:11:52.782Z'],
      ['2023-12-13T22:11:52.9031351+00:00', '2023-12-13T22:11:52.903Z'],
    ]);

    const shapes = new Set<string>();
    for (const ticketId of sim.seed.tickets.keys()) {
      const events = (await client.readTicketLog(ticketId))!;
      const seed = seedLog(ticketId);
      expect(events.map((e) => e.occurredAt.getTime())).toEqual(seed.map((e) => e.time.epochMs));
      for (const e of events) {
        const digits = /\.(\d+)/.exec(e.time)?.[1]?.length ?? 0;
        shapes.add(digits === 7 ? '7' : digits === 0 ? 'none' : 'fewer');
        shapes.add(e.time.slice(-6));
      }
    }
    // The data really covers every printing style this test claims to check.
    for (const shape of ['7', 'fewer', 'none']) expect(shapes.has(shape)).toBe(true);
    expect([...shapes].filter((s) => /^[+-]\d{2}:\d{2}$/.test(s)).length).toBeGreaterThanOrEqual(5);
  });

  it('renders placeholders by name and prefixes the actor', async () => {
    const showcase = (await client.readTicketLog(5501))!;
    const assigned = showcase.find((e) => e.type === 'TICKET_ASSIGNED_TO_USER')!;
    expect(assigned.text).toBe(`tildelte saken til {User:${INGRID_SOLBERG_ID}}`);
    expect(assigned.summary).toBe('Ingrid Solberg: tildelte saken til Ingrid Solberg');
    expect(assigned.mentionedUsers.map((u) => u.id)).toEqual([INGRID_SOLBERG_ID]);
    expect(showcase[1]!.summary).toBe('Ingrid Solberg: leste saken');

    const long = (await client.readTicketLog(5520))!;
    const withPlaceholders = long.filter((e) => e.text.includes('{User:'));
    expect(withPlaceholders.length).toBeGreaterThanOrEqual(2);
    for (const e of long) {
      expect(e.summary).not.toContain('{User:');
      expect(e.summary.startsWith(`${e.user!.name}: `)).toBe(true);
    }
    for (const e of withPlaceholders) {
      for (const u of e.mentionedUsers) expect(e.summary).toContain(u.name!);
    }
  });

  it('keeps unknown action types as OTHER with the raw value, and maps the known ones', async () => {
    const events = (await client.readTicketLog(5520))!;
    const unknown = events.filter((e) => SEED_EXTRA_ACTION_TYPES.includes(e.actionType));
    expect(new Set(unknown.map((e) => e.actionType)).size).toBeGreaterThanOrEqual(3);
    for (const e of unknown) {
      expect(e.type).toBe('OTHER');
      expect(e.raw.actionType).toBe(e.actionType);
    }
    for (const e of events.filter((x) => !SEED_EXTRA_ACTION_TYPES.includes(x.actionType))) {
      expect(WIRE_BY_LOG_EVENT_TYPE[e.type as keyof typeof WIRE_BY_LOG_EVENT_TYPE]).toBe(e.actionType);
    }
  });

  it('tells bots, customers and agents apart', async () => {
    const events = (await client.readTicketLog(5520))!;
    const kinds = new Map(events.map((e) => [e.user!.id, e.user!.kind]));
    expect(kinds.get(AUTO_RESPONDER_ID)).toBe('BOT');
    const author = sim.seed.tickets.get(5520)!.authorId;
    expect(kinds.get(author)).toBe('CUSTOMER');
    for (const [id, kind] of kinds) {
      const seedUser = sim.seed.users.get(id)!;
      expect(kind).toBe(seedUser.isBot ? 'BOT' : seedUser.status === 'team' ? 'AGENT' : 'CUSTOMER');
    }
    expect([...kinds.values()]).toContain('AGENT');

    const showcase = (await client.readTicketLog(5501))!;
    expect(showcase[0]!.user).toMatchObject({
      id: KARI_NORDMANN_ID,
      name: 'Kari Nordmann',
      email: 'kari.nordmann@example.no',
      customIdentifier: 'cust-510042',
      kind: 'CUSTOMER',
      isBot: false,
    });
    expect(showcase[1]!.user).toMatchObject({ id: INGRID_SOLBERG_ID, kind: 'AGENT', status: 'team' });
  });

  it('gives the same ids on every read, unique within the ticket', async () => {
    const first = (await client.readTicketLog(5520))!.map((e) => e.eventId);
    const second = (await client.readTicketLog(5520))!.map((e) => e.eventId);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    // A filtered read finds the same entries under the same ids (node(id) can re-read by type).
    const reads = await client.readTicketLog(5520, ['ticket_read']);
    for (const e of reads!) expect(first).toContain(e.eventId);
  });

  it('answers null for a ticket that does not exist, after one call', async () => {
    expect(await client.readTicketLog(999_999)).toBeNull();
    expect(logCalls()).toHaveLength(1);
  });
});

describe('listTickets', () => {
  it('lists the tickets asked for, sends take = number of ids, leaves unknown ids out', async () => {
    const tickets = await client.listTickets({ ticketIds: [5501, 999_999, 5502, 5520] });
    expect(tickets.map((t) => t.ticketId).sort()).toEqual([5501, 5502, 5520]);
    const calls = sim.requests.filter((r) => r.route === SOCIALBOARDS_ROUTES.list);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(calls[0]!.body)).toMatchObject({ ticketIds: [5501, 999_999, 5502, 5520], take: 4 });

    const showcase = tickets.find((t) => t.ticketId === 5501)!;
    expect(showcase).toMatchObject({
      source: 'SOCIALBOARDS',
      key: '5501',
      title: SOCIALBOARDS_SHOWCASE.title,
      status: 'closed',
      author: { id: KARI_NORDMANN_ID, kind: 'CUSTOMER' },
      assignee: { id: INGRID_SOLBERG_ID, name: 'Ingrid Solberg', kind: 'AGENT' },
      category: { id: 15801, name: 'Double charge', path: ['Billing', 'Double charge'] },
      tags: ['refund'],
      replyCount: 2,
    });
    expect(showcase.createdAt!.toISOString()).toBe('2025-11-03T06:58:12.123Z');
    expect(showcase.lastActivityAt!.toISOString()).toBe('2025-11-04T11:15:00.999Z');
  });

  it('gets all of 50 ids in one call (take is not left at its default of 25)', async () => {
    const ids = [...sim.seed.tickets.keys()];
    expect(ids.length).toBeGreaterThan(25);
    const tickets = await client.listTickets({ ticketIds: ids });
    expect(tickets).toHaveLength(ids.length);
    expect(sim.count(SOCIALBOARDS_ROUTES.list)).toBe(1);
  });

  it('refuses more than 50 ids and never sends an empty filter (which would list everything)', async () => {
    await expect(client.listTickets({ ticketIds: Array.from({ length: 51 }, (_, i) => 6000 + i) })).rejects.toThrow(/at most 50/);
    expect(await client.listTickets({ ticketIds: [] })).toEqual([]);
    expect(sim.count(SOCIALBOARDS_ROUTES.list)).toBe(0);
  });
});

describe('envelope and transport failures', () => {
  it('an error envelope under HTTP 200 is an UpstreamError without errorText or the token', async () => {
    sim.envelopeErrorNext(SOCIALBOARDS_ROUTES.log, 1);
    const error = await failure(client.readTicketLog(5501));
    expect(error).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', source: 'SOCIALBOARDS', status: 200 });
    expect(error.message).toContain('POST /tickets/{id}/log');
    expect(error.message).toContain('error code 1');
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toContain('Internal error');
    // Not retried: the source answered, and said no.
    expect(logCalls()).toHaveLength(1);
    expect(logCalls()[0]!.status).toBe(200);
  });

  it('the same for the ticket list', async () => {
    sim.envelopeErrorNext(SOCIALBOARDS_ROUTES.list, 1);
    const error = await failure(client.listTickets({ ticketIds: [5501] }));
    expect(error).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', source: 'SOCIALBOARDS', status: 200 });
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toContain('Internal error');
  });

  it('a body that is not JSON, or not the envelope, is UPSTREAM_BAD_RESPONSE', async () => {
    sim.faults.malformedNext(SOCIALBOARDS_ROUTES.log, 1);
    expect(await failure(client.readTicketLog(5501))).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', status: 200 });
    sim.faults.failNext(SOCIALBOARDS_ROUTES.log, { count: 1, status: 404, body: '{"message":"Not Found"}' });
    expect(await failure(client.readTicketLog(5501))).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', status: 404 });
  });

  it('the log POST is retried like a read: one 503, then the answer', async () => {
    sim.faults.failNext(SOCIALBOARDS_ROUTES.log, { count: 1, status: 503 });
    expect(await client.readTicketLog(5501)).toHaveLength(7);
    expect(logCalls().map((r) => r.status)).toEqual([503, 200]);
  });

  it('a refusal with another status keeps that status', async () => {
    sim.faults.failNext(SOCIALBOARDS_ROUTES.list, { count: 1, status: 400 });
    expect(await failure(client.listTickets({ ticketIds: [5501] }))).toMatchObject({
      code: 'UPSTREAM_BAD_RESPONSE',
      status: 400,
    });
    sim.faults.failNext(SOCIALBOARDS_ROUTES.log, { count: 1, status: 403 });
    expect(await failure(client.readTicketLog(5501))).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', status: 403 });
  });
});
