import { print } from 'graphql';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { SOCIALBOARDS_ROUTES, type SocialboardsSimulator } from '../../src/sandbox/socialboards.js';
import {
  AUTO_RESPONDER_ID,
  DOC_AGENT_ID,
  INGRID_SOLBERG_ID,
  KARI_NORDMANN_ID,
  ROUTING_BOT_ID,
  SEED_EXTRA_ACTION_TYPES,
  SOCIALBOARDS_SHOWCASE,
  createSocialboardsSeed,
  formatSocialboardsTime,
  type SeedLogEntry,
} from '../../src/sandbox/socialboards-seed.js';
import type { RecordedRequest } from '../../src/sandbox/sim-server.js';
import { recordingStacks } from '../support/recording.js';
import type { Result, Stack } from '../support/stack.js';

/**
 * Issue 3 proven through GraphQL: the real gateway on a real port against the Socialboards
 * simulator. Logs are read whole in pages of take=50 (5520's 123 entries in exactly 3 calls),
 * oldest first, with placeholders rendered, instants right in every offset and precision, unknown
 * action types as OTHER and the `types` filter sent upstream; ticket details of a request go out in
 * `/tickets/list` calls of at most 50 ids, in parallel; LogEvent ids are stable and refetchable;
 * access tokens are fetched once, renewed before expiry and once after a 401 however many requests
 * got one; envelope errors, refused credentials, 503s and unknown tickets answer as the contract
 * says; and no Socialboards secret ever reaches a response or a log line.
 */

const SbLogEvents = graphql(`
  query SbLogEvents($key: String!, $types: [String!], $first: Int, $after: String) {
    ticket(source: SOCIALBOARDS, key: $key) {
      key
      logEvents(types: $types, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          cursor
          node {
            id
            source
            type
            actionType
            text
            summary
            time
            occurredAt
            ticketId
            raw
            actor { source id name email kind }
            mentionedUsers { source id name email kind }
            ticket { key }
          }
        }
      }
    }
  }
`);

const SbTicketTimeline = graphql(`
  query SbTicketTimeline($key: String!, $first: Int, $after: String, $order: TimelineOrder) {
    ticket(source: SOCIALBOARDS, key: $key) {
      key
      timeline(first: $first, after: $after, order: $order) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { __typename id source occurredAt summary } }
      }
    }
  }
`);

const SbRootTimeline = graphql(`
  query SbRootTimeline($refs: [TicketRef!]!) {
    timeline(refs: $refs, first: 500) {
      totalCount
      edges { node { id source occurredAt ... on LogEvent { ticketId actionType } } }
    }
  }
`);

const SbTickets = graphql(`
  query SbTickets($refs: [TicketRef!]!) {
    tickets(refs: $refs) {
      id
      source
      key
      title
      status
      ... on SocialboardsTicket { ticketId author { id kind } }
    }
  }
`);

const SbTicketTitle = graphql(`
  query SbTicketTitle($key: String!) {
    ticket(source: SOCIALBOARDS, key: $key) { id key title status }
  }
`);

const SbTicketWithLog = graphql(`
  query SbTicketWithLog($key: String!) {
    ticket(source: SOCIALBOARDS, key: $key) { key title logEvents(first: 500) { totalCount } }
  }
`);

const SbNode = graphql(`
  query SbNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on LogEvent { ticketId actionType time text summary occurredAt }
      ... on SocialboardsTicket { key title status }
    }
  }
`);

const SbNodes = graphql(`
  query SbNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on LogEvent { ticketId actionType time }
      ... on SocialboardsTicket { key title }
    }
  }
`);

type Extensions = { code?: string; source?: string; status?: number };

const seed = createSocialboardsSeed();
const LONG = 5520;
const CLIENT_ID = 'sandbox-client';
const REFRESH_TOKEN = 'sandbox-refresh-token';
const WRONG_REFRESH_TOKEN = 'wrong-refresh-token-4711';
/** What the simulator's `envelopeErrorNext` writes into errorText (with the access token after it). */
const ERROR_TEXT = 'Internal error while processing the request';

/** Every response body, every stack, and every secret seen on the wire, for the final check. */
const { bodies, stacks, open, run, closeAll } = recordingStacks();
const secrets = new Set<string>([CLIENT_ID, REFRESH_TOKEN, WRONG_REFRESH_TOKEN]);

/** Collects what the simulator saw of the credentials: issued access tokens and the refresh form. */
function harvestSecrets(sim: SocialboardsSimulator): void {
  for (const r of sim.requests) {
    const token = /^Bearer (\S+)$/.exec(r.headers.authorization ?? '')?.[1];
    if (token) secrets.add(token);
    if (r.route === SOCIALBOARDS_ROUTES.token) {
      const form = new URLSearchParams(r.body);
      for (const name of ['client_id', 'refresh_token']) {
        const value = form.get(name);
        if (value) secrets.add(value);
      }
    }
  }
}

/** Forgets the simulator's request log (after keeping its secrets) and its faults. */
function reset(stack: Stack): void {
  harvestSecrets(stack.sandbox.socialboards);
  stack.sandbox.socialboards.faults.clear();
  stack.sandbox.socialboards.resetRequests();
}

const sb = (stack: Stack) => stack.sandbox.socialboards;
const calls = (stack: Stack, route: string): RecordedRequest[] => sb(stack).requests.filter((r) => r.route === route);
const bearerOf = (r: RecordedRequest) => r.headers.authorization ?? '';
const toMs = (utc: string) => utc.replace(/(\.\d{3})\d*Z$/, '$1Z');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const globalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`, 'utf8').toString('base64url');

/** `text` as the gateway should summarise it, computed from the seed alone. */
function expectedSummary(entry: SeedLogEntry): string {
  const rendered = entry.actionString.replace(/\{User:([^{}]*)\}/g, (_, id: string) => seed.users.get(id)!.name);
  return `${seed.users.get(entry.userId)!.name}: ${rendered}`;
}

function expectedKind(userId: string): string {
  const user = seed.users.get(userId)!;
  return user.isBot ? 'BOT' : user.status === 'team' ? 'AGENT' : 'CUSTOMER';
}

function overlap(a: RecordedRequest, b: RecordedRequest): boolean {
  return a.startedAt < b.endedAt! && b.startedAt < a.endedAt!;
}

afterEach(() => {
  for (const stack of stacks) harvestSecrets(stack.sandbox.socialboards);
});

afterAll(async () => {
  await closeAll();
});

let stack: Stack;

beforeAll(async () => {
  stack = await open();
});

describe('logs through GraphQL', () => {
  beforeEach(() => reset(stack));

  it('5520: 123 entries in exactly 3 log calls (take=50, skip 0/50/100), oldest first, each once', async () => {
    const result = await run(stack, SbLogEvents, { key: String(LONG), first: 500 });
    expect(result.errors).toBeUndefined();
    const connection = result.data!.ticket!.logEvents;
    const nodes = connection.edges.map((e) => e.node);
    expect(connection.totalCount).toBe(123);
    expect(nodes).toHaveLength(123);
    expect(connection.pageInfo.hasNextPage).toBe(false);

    const logCalls = calls(stack, SOCIALBOARDS_ROUTES.log);
    expect(logCalls.map((r) => [r.query.get('take'), r.query.get('skip')])).toEqual([
      ['50', '0'],
      ['50', '50'],
      ['50', '100'],
    ]);
    for (const call of logCalls) {
      expect(call.path).toBe('/tickets/5520/log');
      expect(JSON.parse(call.body)).toEqual({ action_types: [] });
    }
    // The ticket itself once, for the whole query (each entry's `ticket` comes from the same loader).
    expect(calls(stack, SOCIALBOARDS_ROUTES.list)).toHaveLength(1);

    const log = seed.logs.get(LONG)!;
    expect(nodes.map((n) => n.time)).toEqual(log.map((e) => formatSocialboardsTime(e.time)));
    expect(nodes.map((n) => n.occurredAt)).toEqual(log.map((e) => new Date(e.time.epochMs).toISOString()));
    expect(nodes.map((n) => n.actionType)).toEqual(log.map((e) => e.actionType));
    expect(new Set(nodes.map((n) => n.id)).size).toBe(123);
    for (const node of nodes) {
      expect(node).toMatchObject({ source: 'SOCIALBOARDS', ticketId: LONG, ticket: { key: '5520' } });
    }
  });

  it('pages logEvents with first/after: every entry once, in the same order', async () => {
    const whole = await run(stack, SbLogEvents, { key: String(LONG), first: 500 });
    const all = whole.data!.ticket!.logEvents.edges.map((e) => e.node.id);
    const paged: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 20; page++) {
      const result = await run(stack, SbLogEvents, { key: String(LONG), first: 50, after });
      expect(result.errors).toBeUndefined();
      const connection = result.data!.ticket!.logEvents;
      expect(connection.totalCount).toBe(123);
      paged.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  });

  it('Ticket.timeline of 5520: time order in both orders, and pages of first: 3 yield each entry once', async () => {
    const logResult = await run(stack, SbLogEvents, { key: String(LONG), first: 500 });
    const logIds = logResult.data!.ticket!.logEvents.edges.map((e) => e.node.id);

    const oldest = await run(stack, SbTicketTimeline, { key: String(LONG), first: 500 });
    const newest = await run(stack, SbTicketTimeline, { key: String(LONG), first: 500, order: 'NEWEST_FIRST' });
    expect(oldest.errors).toBeUndefined();
    expect(newest.errors).toBeUndefined();
    const oldestNodes = oldest.data!.ticket!.timeline.edges.map((e) => e.node);
    expect(oldest.data!.ticket!.timeline.totalCount).toBe(123);
    expect(oldestNodes.every((n) => n.__typename === 'LogEvent' && n.source === 'SOCIALBOARDS')).toBe(true);
    expect(oldestNodes.map((n) => n.id)).toEqual(logIds);
    const times = oldestNodes.map((n) => Date.parse(n.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(123);
    expect(newest.data!.ticket!.timeline.edges.map((e) => e.node.id)).toEqual([...logIds].reverse());

    for (const order of ['OLDEST_FIRST', 'NEWEST_FIRST'] as const) {
      const seen: string[] = [];
      let after: string | null | undefined;
      let pages = 0;
      for (;;) {
        const result = await run(stack, SbTicketTimeline, { key: String(LONG), first: 3, after, order });
        expect(result.errors).toBeUndefined();
        const timeline = result.data!.ticket!.timeline;
        expect(timeline.edges.length).toBeLessThanOrEqual(3);
        seen.push(...timeline.edges.map((e) => e.node.id));
        pages += 1;
        if (!timeline.pageInfo.hasNextPage) break;
        expect(pages).toBeLessThan(50);
        after = timeline.pageInfo.endCursor;
      }
      expect(pages).toBe(41);
      expect(seen).toEqual(order === 'OLDEST_FIRST' ? logIds : [...logIds].reverse());
    }
  });

  it('renders {User:…} placeholders as names in summary; text keeps them; mentionedUsers = includedItems.users', async () => {
    const showcase = await run(stack, SbLogEvents, { key: '5501' });
    const assigned = showcase.data!.ticket!.logEvents.edges.map((e) => e.node).find((n) => n.type === 'TICKET_ASSIGNED_TO_USER')!;
    expect(assigned.text).toBe(`tildelte saken til {User:${INGRID_SOLBERG_ID}}`);
    expect(assigned.summary).toBe('Ingrid Solberg: tildelte saken til Ingrid Solberg');
    expect(assigned.mentionedUsers).toEqual([
      {
        source: 'SOCIALBOARDS',
        id: INGRID_SOLBERG_ID,
        name: 'Ingrid Solberg',
        email: 'ingrid.solberg@sandbox-energy.example',
        kind: 'AGENT',
      },
    ]);

    const doc = await run(stack, SbLogEvents, { key: '5502' });
    const docAssigned = doc
      .data!.ticket!.logEvents.edges.map((e) => e.node)
      .find((n) => n.actionType === 'ticket_assigned_to_user')!;
    expect(docAssigned.text).toBe(`changed ticket assignee to {User:${DOC_AGENT_ID}}`);
    expect(docAssigned.summary).toBe('Garrick Ollivander: changed ticket assignee to Garrick Ollivander');

    const long = await run(stack, SbLogEvents, { key: String(LONG), first: 500 });
    const nodes = long.data!.ticket!.logEvents.edges.map((e) => e.node);
    const log = seed.logs.get(LONG)!;
    const withPlaceholders = nodes.filter((n) => n.text.includes('{User:'));
    expect(withPlaceholders.length).toBeGreaterThanOrEqual(2);
    nodes.forEach((node, i) => {
      expect(node.text).toBe(log[i]!.actionString);
      expect(node.summary).toBe(expectedSummary(log[i]!));
      expect(node.summary).not.toContain('{User:');
      const included = (node.raw!.includedItems as { users: { id: string; name: string; email: string | null }[] }).users;
      expect(node.mentionedUsers.map((u) => [u.id, u.name, u.email])).toEqual(included.map((u) => [u.id, u.name, u.email]));
      expect(node.mentionedUsers.map((u) => u.id)).toEqual(log[i]!.includedUserIds);
    });
  });

  it('reads every showcase offset and 7-digit fraction to the right UTC instant, and keeps time exactly as sent', async () => {
    const result = await run(stack, SbLogEvents, { key: '5501' });
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.ticket!.logEvents.edges.map((e) => e.node);
    expect(nodes.map((n) => n.time)).toEqual(SOCIALBOARDS_SHOWCASE.entries.map((e) => e.time));
    expect(nodes.map((n) => n.occurredAt)).toEqual(SOCIALBOARDS_SHOWCASE.entries.map((e) => toMs(e.utc)));
    expect(nodes.map((n) => n.actionType)).toEqual(SOCIALBOARDS_SHOWCASE.entries.map((e) => e.actionType));
    // The wire times really vary in offset, and the first lies on the previous local day.
    expect(new Set(nodes.map((n) => n.time.slice(-6))).size).toBe(SOCIALBOARDS_SHOWCASE.entries.length);
    expect(nodes[0]!.time.slice(0, 10)).toBe('2025-11-02');
    expect(nodes[0]!.occurredAt).toBe('2025-11-03T06:58:12.123Z');

    const doc = await run(stack, SbLogEvents, { key: '5502' });
    expect(doc.data!.ticket!.logEvents.edges.map((e) => [e.node.time, e.node.occurredAt])).toEqual([
      ['2023-08-03T20:39:35.01+03:00', '2023-08-03T17:39:35.010Z'],
      ['2023-12-13T22:01:32.3169513+00:00', '2023-12-13T22:01:32.316Z'],
      ['2023-12-13T22:11:39.031395+00:00', '2023-12-13T22:11:39.031Z'],
      ['2023-12-13T22:11:52.7825391+00:00', '2023-12-13T22:11:52.782Z'],
      ['2023-12-13T22:11:52.9031351+00:00', '2023-12-13T22:11:52.903Z'],
    ]);
  });

  it('unknown action types are type OTHER with the raw actionType, never an error', async () => {
    const long = await run(stack, SbLogEvents, { key: String(LONG), first: 500 });
    expect(long.errors).toBeUndefined();
    const nodes = long.data!.ticket!.logEvents.edges.map((e) => e.node);
    const unknown = nodes.filter((n) => SEED_EXTRA_ACTION_TYPES.includes(n.actionType));
    expect(new Set(unknown.map((n) => n.actionType))).toEqual(
      new Set(['ticket_category_changed', 'ticket_tags_changed', 'note_created']),
    );
    for (const n of unknown) {
      expect(n.type).toBe('OTHER');
      expect(n.raw!.actionType).toBe(n.actionType);
    }
    for (const n of nodes.filter((x) => !SEED_EXTRA_ACTION_TYPES.includes(x.actionType))) {
      expect(n.type).toBe(n.actionType.toUpperCase());
    }

    // 5512 ends with `ticket_merged`.
    const merged = await run(stack, SbLogEvents, { key: '5512' });
    expect(merged.errors).toBeUndefined();
    const last = merged.data!.ticket!.logEvents.edges.at(-1)!.node;
    expect(last).toMatchObject({ type: 'OTHER', actionType: 'ticket_merged' });
  });

  it('types reaches Socialboards as the body {"action_types": [...]} and filters', async () => {
    const types = ['ticket_read', 'note_created'];
    const result = await run(stack, SbLogEvents, { key: String(LONG), types, first: 500 });
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.ticket!.logEvents.edges.map((e) => e.node);
    const expected = seed.logs.get(LONG)!.filter((e) => types.includes(e.actionType));
    expect(expected.length).toBeGreaterThan(0);
    expect(result.data!.ticket!.logEvents.totalCount).toBe(expected.length);
    expect(nodes.map((n) => n.time)).toEqual(expected.map((e) => formatSocialboardsTime(e.time)));
    expect(new Set(nodes.map((n) => n.actionType))).toEqual(new Set(types));
    const logCalls = calls(stack, SOCIALBOARDS_ROUTES.log);
    expect(logCalls).toHaveLength(Math.floor(expected.length / 50) + 1);
    for (const call of logCalls) expect(JSON.parse(call.body)).toEqual({ action_types: types });

    // The same entries carry the same ids whether read filtered or whole.
    reset(stack);
    const whole = await run(stack, SbLogEvents, { key: String(LONG), first: 500 });
    const byId = new Map(whole.data!.ticket!.logEvents.edges.map((e) => [e.node.id, e.node.time]));
    for (const n of nodes) expect(byId.get(n.id)).toBe(n.time);
  });

  it.each([
    ['an empty list', [] as string[]],
    ['"Not A Type"', ['Not A Type']],
  ])('types as %s is BAD_USER_INPUT and never reaches the log endpoint', async (_label, types) => {
    const result = await run(stack, SbLogEvents, { key: String(LONG), types });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    // Arguments are checked before execution: the request is refused whole, nothing goes upstream.
    expect(result.data).toBeUndefined();
    expect(stack.sandbox.socialboards.count()).toBe(0);
  });

  it('actors: team → AGENT, client → CUSTOMER, bot → BOT', async () => {
    const long = await run(stack, SbLogEvents, { key: String(LONG), first: 500 });
    const nodes = long.data!.ticket!.logEvents.edges.map((e) => e.node);
    const log = seed.logs.get(LONG)!;
    nodes.forEach((node, i) => {
      const user = seed.users.get(log[i]!.userId)!;
      expect(node.actor).toEqual({
        source: 'SOCIALBOARDS',
        id: user.id,
        name: user.name,
        email: user.email,
        kind: expectedKind(user.id),
      });
    });
    const kinds = new Map(nodes.map((n) => [n.actor!.id, n.actor!.kind]));
    expect(kinds.get(AUTO_RESPONDER_ID)).toBe('BOT');
    expect(kinds.get(ROUTING_BOT_ID)).toBe('BOT');
    expect(kinds.get(seed.tickets.get(LONG)!.authorId)).toBe('CUSTOMER');
    expect([...kinds.values()]).toContain('AGENT');

    const showcase = await run(stack, SbLogEvents, { key: '5501' });
    const actors = showcase.data!.ticket!.logEvents.edges.map((e) => e.node.actor);
    expect(actors[0]).toEqual({
      source: 'SOCIALBOARDS',
      id: KARI_NORDMANN_ID,
      name: 'Kari Nordmann',
      email: 'kari.nordmann@example.no',
      kind: 'CUSTOMER',
    });
    expect(actors[1]).toMatchObject({ id: INGRID_SOLBERG_ID, kind: 'AGENT' });
  });
});

describe('batched ticket details', () => {
  beforeEach(() => reset(stack));

  it('60 distinct refs (20 unknown) → exactly 2 /tickets/list calls of ≤ 50 ids, in parallel; answers in ref order, null for unknown', async () => {
    const known = [...seed.tickets.keys()].sort((a, b) => a - b);
    expect(known).toHaveLength(40);
    const unknown = Array.from({ length: 20 }, (_, i) => 9001 + i);
    // Interleaved: known, known, unknown, …
    const ids: number[] = [];
    for (let k = 0, u = 0; ids.length < 60; ) ids.push(ids.length % 3 === 2 ? unknown[u++]! : known[k++]!);
    expect(new Set(ids).size).toBe(60);
    sb(stack).faults.delay(SOCIALBOARDS_ROUTES.list, 150);

    const result = await run(stack, SbTickets, { refs: ids.map((id) => ({ source: 'SOCIALBOARDS' as const, key: String(id) })) });
    expect(result.errors).toBeUndefined();
    const tickets = result.data!.tickets;
    expect(tickets).toHaveLength(60);
    ids.forEach((id, i) => {
      const t = seed.tickets.get(id);
      if (!t) expect(tickets[i]).toBeNull();
      else {
        expect(tickets[i]).toEqual({
          id: globalId('SocialboardsTicket', String(id)),
          source: 'SOCIALBOARDS',
          key: String(id),
          ticketId: id,
          title: t.title,
          status: t.status,
          author: { id: t.authorId, kind: expectedKind(t.authorId) },
        });
      }
    });

    const listCalls = calls(stack, SOCIALBOARDS_ROUTES.list);
    expect(listCalls).toHaveLength(2);
    const sent = listCalls.map((r) => (JSON.parse(r.body) as { ticketIds: number[] }).ticketIds);
    for (const batch of sent) expect(batch.length).toBeLessThanOrEqual(50);
    expect(sent.flat().sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    expect(overlap(listCalls[0]!, listCalls[1]!)).toBe(true);
    expect(calls(stack, SOCIALBOARDS_ROUTES.log)).toHaveLength(0);
  });

  it('3 refs → 1 call', async () => {
    const result = await run(stack, SbTickets, {
      refs: [
        { source: 'SOCIALBOARDS', key: '5530' },
        { source: 'SOCIALBOARDS', key: '9999' },
        { source: 'SOCIALBOARDS', key: '5501' },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.tickets.map((t) => t && [t.key, t.title])).toEqual([
      ['5530', seed.tickets.get(5530)!.title],
      null,
      ['5501', SOCIALBOARDS_SHOWCASE.title],
    ]);
    const listCalls = calls(stack, SOCIALBOARDS_ROUTES.list);
    expect(listCalls).toHaveLength(1);
    expect((JSON.parse(listCalls[0]!.body) as { ticketIds: number[] }).ticketIds.sort()).toEqual([5501, 5530, 9999]);
  });
});

describe('ids and node refetch', () => {
  beforeEach(() => reset(stack));

  it('LogEvent ids are the same across two requests', async () => {
    const first = await run(stack, SbLogEvents, { key: String(LONG), first: 500 });
    const second = await run(stack, SbLogEvents, { key: String(LONG), first: 500 });
    const a = first.data!.ticket!.logEvents.edges.map((e) => e.node.id);
    const b = second.data!.ticket!.logEvents.edges.map((e) => e.node.id);
    expect(a).toHaveLength(123);
    expect(b).toEqual(a);
    // Two GraphQL requests share no cache: each read the log itself.
    expect(calls(stack, SOCIALBOARDS_ROUTES.log)).toHaveLength(6);
  });

  it('node(id) refetches a LogEvent and a SocialboardsTicket; nodes keeps order', async () => {
    const log = await run(stack, SbLogEvents, { key: String(LONG), first: 500 });
    const events = log.data!.ticket!.logEvents.edges.map((e) => e.node);
    const picked = events[77]!;
    const ticketResult = await run(stack, SbTicketTitle, { key: '5501' });
    const ticket = ticketResult.data!.ticket!;

    const event = await run(stack, SbNode, { id: picked.id });
    expect(event.errors).toBeUndefined();
    expect(event.data!.node).toEqual({
      __typename: 'LogEvent',
      id: picked.id,
      ticketId: LONG,
      actionType: picked.actionType,
      time: picked.time,
      text: picked.text,
      summary: picked.summary,
      occurredAt: picked.occurredAt,
    });

    const refetched = await run(stack, SbNode, { id: ticket.id });
    expect(refetched.errors).toBeUndefined();
    expect(refetched.data!.node).toEqual({
      __typename: 'SocialboardsTicket',
      id: ticket.id,
      key: '5501',
      title: SOCIALBOARDS_SHOWCASE.title,
      status: 'closed',
    });

    const missingEvent = globalId('LogEvent', '5501:0000000000000000');
    const missingTicket = globalId('SocialboardsTicket', '9999');
    const ids = [events[5]!.id, ticket.id, missingEvent, picked.id, missingTicket, events[0]!.id];
    const many = await run(stack, SbNodes, { ids });
    expect(many.errors).toBeUndefined();
    expect(many.data!.nodes.map((n) => n && n.id)).toEqual([events[5]!.id, ticket.id, null, picked.id, null, events[0]!.id]);
    expect(many.data!.nodes[0]).toMatchObject({ __typename: 'LogEvent', time: events[5]!.time });
    expect(many.data!.nodes[1]).toMatchObject({ __typename: 'SocialboardsTicket', key: '5501' });
  });
});

describe('access tokens through the gateway', () => {
  it('a fresh stack makes exactly 1 POST /token for many concurrent GraphQL requests', async () => {
    const fresh = await open();
    expect(fresh.config.socialboards?.auth.kind).toBe('refresh');
    const keys = Array.from({ length: 20 }, (_, i) => String(5501 + i));
    const results = await Promise.all(keys.map((key) => run(fresh, SbTicketWithLog, { key })));
    results.forEach((result, i) => {
      expect(result.errors).toBeUndefined();
      expect(result.data!.ticket).toMatchObject({
        key: keys[i],
        logEvents: { totalCount: seed.logs.get(Number(keys[i]))!.length },
      });
    });
    expect(calls(fresh, SOCIALBOARDS_ROUTES.token)).toHaveLength(1);
    expect(sb(fresh).requests.filter((r) => r.status === 401)).toHaveLength(0);
    const used = new Set(
      sb(fresh)
        .requests.filter((r) => r.route !== SOCIALBOARDS_ROUTES.token)
        .map(bearerOf),
    );
    expect(used.size).toBe(1);
  });

  it('a gateway configured only with a client id and a refresh token reads logs', async () => {
    const fresh = await open();
    const auth = fresh.config.socialboards!.auth;
    expect(auth).toEqual({ kind: 'refresh', clientId: CLIENT_ID, refreshToken: REFRESH_TOKEN });
    const result = await run(fresh, SbLogEvents, { key: '5501' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.ticket!.logEvents.totalCount).toBe(SOCIALBOARDS_SHOWCASE.entries.length);
    const [tokenCall] = calls(fresh, SOCIALBOARDS_ROUTES.token);
    expect(tokenCall!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(tokenCall!.body))).toEqual({
      grant_type: 'refresh_token',
      client_id: CLIENT_ID,
      refresh_token: REFRESH_TOKEN,
    });
    expect(tokenCall!.headers.authorization).toBeUndefined();
    for (const r of calls(fresh, SOCIALBOARDS_ROUTES.log)) expect(bearerOf(r)).toMatch(/^Bearer \S+$/);
  });

  it('with 2-second tokens, a request after expiry renews before use (no 401 seen)', async () => {
    const shortLived = await open({ sandbox: { socialboardsTokenLifetimeSeconds: 2 } });
    const before = await run(shortLived, SbTicketWithLog, { key: '5501' });
    expect(before.errors).toBeUndefined();
    expect(calls(shortLived, SOCIALBOARDS_ROUTES.token)).toHaveLength(1);
    // Past the simulator's expiry (the stack's clock, shared by gateway and simulator): a gateway
    // that kept the old token would now get a 401.
    shortLived.clock.advance(2_200);
    const after = await run(shortLived, SbTicketWithLog, { key: '5520' });
    expect(after.errors).toBeUndefined();
    expect(after.data!.ticket!.logEvents.totalCount).toBe(123);
    expect(calls(shortLived, SOCIALBOARDS_ROUTES.token)).toHaveLength(2);
    expect(sb(shortLived).requests.filter((r) => r.status === 401)).toHaveLength(0);
    const tokens = sb(shortLived)
      .requests.filter((r) => r.route !== SOCIALBOARDS_ROUTES.token)
      .map(bearerOf);
    expect(new Set(tokens).size).toBe(2);
  });

  it('revokeIssuedTokens() mid-way through a log read → exactly one 401, one renewal, and the data arrives', async () => {
    // Warm up so the stack holds a token, then start from a clean request log.
    expect((await run(stack, SbTicketTitle, { key: '5501' })).errors).toBeUndefined();
    reset(stack);
    const sim = sb(stack);
    // Each page waits 400 ms before the simulator checks its token: time to revoke in between.
    sim.faults.delay(SOCIALBOARDS_ROUTES.log, 400);
    const pending = run(stack, SbRootTimeline, { refs: [{ source: 'SOCIALBOARDS', key: String(LONG) }] });
    // Revoke as soon as the first page has been answered: the second page is then refused.
    for (let i = 0; i < 1000 && sim.requests[0]?.endedAt === undefined; i++) await sleep(2);
    expect(sim.requests[0]).toMatchObject({ route: SOCIALBOARDS_ROUTES.log, status: 200 });
    sim.revokeIssuedTokens();
    const result = await pending;

    expect(result.errors).toBeUndefined();
    expect(result.data!.timeline.totalCount).toBe(123);
    const logCalls = calls(stack, SOCIALBOARDS_ROUTES.log);
    expect(logCalls.map((r) => [r.query.get('skip'), r.status])).toEqual([
      ['0', 200],
      ['50', 401],
      ['50', 200],
      ['100', 200],
    ]);
    expect(calls(stack, SOCIALBOARDS_ROUTES.token)).toHaveLength(1);
    expect(bearerOf(logCalls[1]!)).toBe(bearerOf(logCalls[0]!));
    expect(bearerOf(logCalls[2]!)).not.toBe(bearerOf(logCalls[1]!));
    expect(bearerOf(logCalls[3]!)).toBe(bearerOf(logCalls[2]!));
  });

  it('20 concurrent GraphQL requests after a revoke → exactly one renewal, all answered', async () => {
    expect((await run(stack, SbTicketTitle, { key: '5501' })).errors).toBeUndefined();
    reset(stack);
    sb(stack).revokeIssuedTokens();
    const keys = Array.from({ length: 20 }, (_, i) => String(5501 + i));
    const results = await Promise.all(keys.map((key) => run(stack, SbTicketWithLog, { key })));
    results.forEach((result, i) => {
      expect(result.errors).toBeUndefined();
      expect(result.data!.ticket).toMatchObject({ key: keys[i], title: seed.tickets.get(Number(keys[i]))!.title });
    });
    expect(calls(stack, SOCIALBOARDS_ROUTES.token)).toHaveLength(1);
    const refused = sb(stack).requests.filter((r) => r.status === 401);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    // Every refused request was sent again, with the one new token.
    const renewed = new Set(
      sb(stack)
        .requests.filter((r) => r.route !== SOCIALBOARDS_ROUTES.token && r.status === 200)
        .map(bearerOf),
    );
    expect(renewed.size).toBe(1);
    expect(renewed.has(bearerOf(refused[0]!))).toBe(false);
  });
});

describe('errors', () => {
  beforeEach(() => reset(stack));

  it('an error envelope under HTTP 200 → a labelled error without errorText or any access token', async () => {
    sb(stack).envelopeErrorNext(SOCIALBOARDS_ROUTES.log, 1);
    const { text } = await stack.post({
      query: print(SbRootTimeline),
      variables: {
        refs: [
          { source: 'SOCIALBOARDS', key: '5501' },
          { source: 'SOCIALBOARDS', key: '5502' },
        ],
      },
    });
    bodies.push(text);
    const result = JSON.parse(text) as Result<{ timeline: { totalCount: number } }>;
    expect(result.errors).toHaveLength(1);
    const error = result.errors![0]!;
    expect(error.extensions).toMatchObject({
      code: 'UPSTREAM_BAD_RESPONSE',
      source: 'SOCIALBOARDS',
      status: 200,
    } satisfies Extensions);
    expect(error.message).toMatch(/error code 1 \(HTTP 200\)/);
    // Whichever ticket's call came first failed; the other ticket's entries still arrive.
    const failed = (error.extensions as { ref?: { source: string; key: string } }).ref;
    expect(failed?.source).toBe('SOCIALBOARDS');
    expect(['5501', '5502']).toContain(failed?.key);
    const other = failed?.key === '5501' ? 5502 : 5501;
    expect(result.data!.timeline.totalCount).toBe(seed.logs.get(other)!.length);
    const logCalls = calls(stack, SOCIALBOARDS_ROUTES.log);
    expect(logCalls).toHaveLength(2);
    const token = /^Bearer (\S+)$/.exec(bearerOf(logCalls[0]!))![1]!;
    expect(token.length).toBeGreaterThan(10);
    for (const leak of [ERROR_TEXT, token]) {
      expect(error.message).not.toContain(leak);
      expect(text).not.toContain(leak);
    }

    // The same on a ticket's own field: the envelope of /tickets/list.
    reset(stack);
    sb(stack).envelopeErrorNext(SOCIALBOARDS_ROUTES.list, 1);
    const listed = await stack.post({ query: print(SbTicketTitle), variables: { key: '5501' } });
    bodies.push(listed.text);
    const listedResult = JSON.parse(listed.text) as Result<{ ticket: unknown }>;
    expect(listedResult.data).toEqual({ ticket: null });
    expect(listedResult.errors).toHaveLength(1);
    expect(listedResult.errors![0]!.extensions).toMatchObject({
      code: 'UPSTREAM_BAD_RESPONSE',
      source: 'SOCIALBOARDS',
      status: 200,
    });
    expect(listedResult.errors![0]!.path).toEqual(['ticket']);
    expect(listed.text).not.toContain(ERROR_TEXT);
    expect(listed.text).not.toContain(token);
  });

  it('a wrong refresh token → UPSTREAM_UNAUTHORIZED, and no ticket-API call', async () => {
    const wrong = await open({
      configure: (config) => ({
        ...config,
        socialboards: {
          ...config.socialboards!,
          auth: { kind: 'refresh', clientId: CLIENT_ID, refreshToken: WRONG_REFRESH_TOKEN },
        },
      }),
    });
    const result = await run(wrong, SbTicketTitle, { key: '5501' });
    expect(result.data).toEqual({ ticket: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', source: 'SOCIALBOARDS' });
    expect(result.errors![0]!.message).not.toContain(WRONG_REFRESH_TOKEN);
    expect(calls(wrong, SOCIALBOARDS_ROUTES.token).length).toBeGreaterThanOrEqual(1);
    expect(calls(wrong, SOCIALBOARDS_ROUTES.list)).toHaveLength(0);
    expect(calls(wrong, SOCIALBOARDS_ROUTES.log)).toHaveLength(0);
  });

  it('a 503 on the log is retried and the data arrives', async () => {
    sb(stack).faults.failNext(SOCIALBOARDS_ROUTES.log, { count: 1, status: 503 });
    const result = await run(stack, SbLogEvents, { key: '5501' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.ticket!.logEvents.totalCount).toBe(SOCIALBOARDS_SHOWCASE.entries.length);
    expect(calls(stack, SOCIALBOARDS_ROUTES.log).map((r) => r.status)).toEqual([503, 200]);
  });

  it('an unknown ticket: ticket is null with no error; in timeline(refs:) it contributes nothing', async () => {
    const missing = await run(stack, SbLogEvents, { key: '9999' });
    expect(missing).toEqual({ data: { ticket: null } });
    expect(calls(stack, SOCIALBOARDS_ROUTES.list)).toHaveLength(1);

    reset(stack);
    const merged = await run(stack, SbRootTimeline, {
      refs: [
        { source: 'SOCIALBOARDS', key: '9999' },
        { source: 'SOCIALBOARDS', key: '5501' },
      ],
    });
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.timeline.totalCount).toBe(SOCIALBOARDS_SHOWCASE.entries.length);
    expect(
      merged.data!.timeline.edges.every(
        (e) => e.node.source === 'SOCIALBOARDS' && 'ticketId' in e.node && e.node.ticketId === 5501,
      ),
    ).toBe(true);
    const logCalls = calls(stack, SOCIALBOARDS_ROUTES.log);
    expect(logCalls.map((r) => [r.path, r.status]).sort()).toEqual([
      ['/tickets/5501/log', 200],
      ['/tickets/9999/log', 404],
    ]);
  });
});

describe('secrets', () => {
  it('no client id, refresh token or issued access token appears in any response body or log line', () => {
    for (const s of stacks) harvestSecrets(s.sandbox.socialboards);
    // The check means something: tokens were issued and read, and the gateway did log. (The n-th
    // token of every fresh simulator is the same, so the stacks share their first tokens.)
    const accessTokens = [...secrets].filter((s) => ![CLIENT_ID, REFRESH_TOKEN, WRONG_REFRESH_TOKEN].includes(s));
    expect(accessTokens.length).toBeGreaterThanOrEqual(3);
    expect(bodies.length).toBeGreaterThan(50);
    const logs = stacks.flatMap((s) => s.logs);
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of secrets) {
      for (const body of bodies) expect(body).not.toContain(secret);
      for (const line of logs) expect(line).not.toContain(secret);
    }
  });
});
