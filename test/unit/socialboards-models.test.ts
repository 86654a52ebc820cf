import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/transport/errors.js';
import {
  compareLogEvents,
  type MapContext,
  mapLogEntry,
  mapTicket,
  mapTicketLog,
  mapTickets,
  mapUser,
  summarize,
  toLogEventType,
  WIRE_BY_LOG_EVENT_TYPE,
} from '../../src/sources/socialboards/models.js';

/**
 * The Socialboards mappers with plain wire values: the vendor's documentation examples
 * (from the vendor documentation) become models field for field; times in any precision and offset
 * become the right instants; placeholders become names; actor kinds follow `isBot` first, then
 * `status`; ids are stable, unique, and suffixed for identical entries; unknown action types are
 * OTHER with the raw value kept; and every malformed shape is an UPSTREAM_BAD_RESPONSE.
 */

const ctx: MapContext = { route: 'POST /tickets/{id}/log' };

const GARRICK = {
  customIdentifier: null,
  email: 'wandmaster@olivanders.com',
  id: '841c30d5-6ae4-4df1-939e-04c55aed5e98',
  image: null,
  isBot: false,
  name: 'Garrick Ollivander',
  status: 'team',
};
const HARRY = {
  customIdentifier: null,
  email: 'harrypotter@wizardmail.com',
  id: '4c115b95-7b5e-42d6-bef8-f58d96c9615d',
  image: null,
  isBot: false,
  name: 'Harry Potter',
  status: 'client',
};
const { customIdentifier: _omitted, ...GARRICK_INCLUDED } = GARRICK;
const none = () => ({ categories: [], tags: [], users: [] });

/** The Ticket Log object example (from the vendor documentation), newest first as printed. */
const docLog = () => [
  {
    actionString: 'changed the status from "Open" to "Pending"',
    actionType: 'ticket_status_changed',
    includedItems: none(),
    time: '2023-12-13T22:11:52.9031351+00:00',
    user: { ...GARRICK },
  },
  {
    actionString: 'sent a reply',
    actionType: 'reply_created',
    includedItems: none(),
    time: '2023-12-13T22:11:52.7825391+00:00',
    user: { ...GARRICK },
  },
  {
    actionString: 'changed ticket assignee to {User:841c30d5-6ae4-4df1-939e-04c55aed5e98}',
    actionType: 'ticket_assigned_to_user',
    includedItems: { categories: [], tags: [], users: [{ ...GARRICK_INCLUDED }] },
    time: '2023-12-13T22:11:39.031395+00:00',
    user: { ...GARRICK },
  },
  {
    actionString: 'read the ticket',
    actionType: 'ticket_read',
    includedItems: none(),
    time: '2023-12-13T22:01:32.3169513+00:00',
    user: { ...GARRICK },
  },
  {
    actionString: 'created the ticket',
    actionType: 'ticket_created',
    includedItems: none(),
    time: '2023-08-03T20:39:35.01+03:00',
    user: { ...HARRY },
  },
];

/** The Get Ticket Log response example (from the vendor documentation), Norwegian. */
const ANTON = {
  id: '7ada8318-adf9-46d1-97ff-81aee80a8415',
  image: null,
  name: 'Anton Checkhov',
  email: 'Anton@Checkhov.com',
  status: 'team',
  isBot: false,
};
const norwegianLog = () => [
  {
    actionString: 'leste saken',
    actionType: 'ticket_read',
    includedItems: none(),
    user: { ...ANTON },
    time: '2022-10-28T12:41:36.6267804+00:00',
  },
  {
    actionString: 'endret sakens status fra "På vent" til "Åpen"',
    actionType: 'ticket_status_changed',
    includedItems: none(),
    user: { ...ANTON },
    time: '2022-09-27T23:05:58.7768791+00:00',
  },
];

function mappingError(run: () => unknown): UpstreamError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UpstreamError);
    return error as UpstreamError;
  }
  throw new Error('expected the mapping to fail');
}

describe('mapTicketLog on the documentation examples', () => {
  it('maps the Ticket Log object example field for field', () => {
    const wire = docLog();
    const events = mapTicketLog(ctx, 5502, wire);
    expect(events).toHaveLength(5);
    expect(events.map((e) => e.type)).toEqual([
      'TICKET_STATUS_CHANGED',
      'REPLY_CREATED',
      'TICKET_ASSIGNED_TO_USER',
      'TICKET_READ',
      'TICKET_CREATED',
    ]);
    const assigned = events[2]!;
    expect(assigned).toMatchObject({
      source: 'SOCIALBOARDS',
      ticketId: 5502,
      time: '2023-12-13T22:11:39.031395+00:00',
      actionType: 'ticket_assigned_to_user',
      text: 'changed ticket assignee to {User:841c30d5-6ae4-4df1-939e-04c55aed5e98}',
      summary: 'Garrick Ollivander: changed ticket assignee to Garrick Ollivander',
      user: {
        id: GARRICK.id,
        name: 'Garrick Ollivander',
        email: 'wandmaster@olivanders.com',
        isBot: false,
        status: 'team',
        customIdentifier: null,
        kind: 'AGENT',
      },
      mentionedUsers: [{ id: GARRICK.id, name: 'Garrick Ollivander', customIdentifier: null, kind: 'AGENT' }],
      categories: [],
      tags: [],
    });
    expect(assigned.occurredAt.toISOString()).toBe('2023-12-13T22:11:39.031Z');
    expect(assigned.raw).toBe(wire[2]);
    expect(events[4]!.user).toMatchObject({ name: 'Harry Potter', kind: 'CUSTOMER' });
    expect(events[4]!.summary).toBe('Harry Potter: created the ticket');
  });

  it('reads 7 digits, fewer and offsets into the right instants (milliseconds kept, not rounded)', () => {
    const events = mapTicketLog(ctx, 5502, docLog());
    expect(events.map((e) => e.occurredAt.toISOString())).toEqual([
      '2023-12-13T22:11:52.903Z',
      '2023-12-13T22:11:52.782Z',
      '2023-12-13T22:11:39.031Z',
      '2023-12-13T22:01:32.316Z',
      '2023-08-03T17:39:35.010Z', // `.01+03:00`
    ]);
  });

  it.each([
    ['2025-11-03T08:20:05+00:00', '2025-11-03T08:20:05.000Z'], // no fraction at all
    ['2025-11-02T22:58:12.1234567-08:00', '2025-11-03T06:58:12.123Z'], // previous local day
    ['2025-11-04T16:45:00.9999999+05:30', '2025-11-04T11:15:00.999Z'], // half-hour offset, never rounded up
    ['2025-11-05T05:34:10.1-05:00', '2025-11-05T10:34:10.100Z'],
    ['2025-11-03T08:20:05.5Z', '2025-11-03T08:20:05.500Z'],
  ])('time %s → %s', (time, iso) => {
    const [event] = mapTicketLog(ctx, 1, [{ ...docLog()[0], time }]);
    expect(event!.occurredAt.toISOString()).toBe(iso);
    expect(event!.time).toBe(time);
  });

  it('prefixes the actor in the Norwegian example and keeps the localized text as sent', () => {
    const events = mapTicketLog(ctx, 77, norwegianLog());
    expect(events.map((e) => e.summary)).toEqual([
      'Anton Checkhov: leste saken',
      'Anton Checkhov: endret sakens status fra "På vent" til "Åpen"',
    ]);
    expect(events[1]!.text).toBe('endret sakens status fra "På vent" til "Åpen"');
    // The Get Ticket Log example prints no customIdentifier at all.
    expect(events[0]!.user).toMatchObject({ customIdentifier: null, email: 'Anton@Checkhov.com', kind: 'AGENT' });
  });
});

describe('summaries', () => {
  const actor = mapUser(ctx, { ...ANTON });
  const ingrid = mapUser(ctx, {
    id: '3F2A9C4E-8B1D-4E7A-B6C5-1D9E0F2A7B34',
    name: 'Ingrid Solberg',
    status: 'team',
    isBot: false,
  });

  it('replaces every placeholder, matching uuids case-insensitively', () => {
    expect(
      summarize(
        'tildelte saken til {User:3f2a9c4e-8b1d-4e7a-b6c5-1d9e0f2a7b34} og {User:7ADA8318-ADF9-46D1-97FF-81AEE80A8415}',
        actor,
        [ingrid],
      ),
    ).toBe('Anton Checkhov: tildelte saken til Ingrid Solberg og Anton Checkhov');
  });

  it('an unknown or nameless user reads "a user", never the raw placeholder', () => {
    const nameless = mapUser(ctx, { id: 'aaaaaaaa-0000-4000-8000-000000000000', status: 'team' });
    const summary = summarize(
      'la til et notat og nevnte {User:bbbbbbbb-0000-4000-8000-000000000000} og {User:aaaaaaaa-0000-4000-8000-000000000000}',
      actor,
      [nameless],
    );
    expect(summary).toBe('Anton Checkhov: la til et notat og nevnte a user og a user');
    expect(summary).not.toContain('{User:');
  });

  it('without an actor the text stands alone; a nameless actor is "Unknown user"', () => {
    expect(summarize('opprettet saken', null, [])).toBe('opprettet saken');
    expect(summarize('opprettet saken', mapUser(ctx, { id: 'x-1' }), [])).toBe('Unknown user: opprettet saken');
  });

  it('leaves braces that are not user placeholders alone', () => {
    expect(summarize('changed the tags to "{vip}"', null, [])).toBe('changed the tags to "{vip}"');
  });
});

describe('actor kinds', () => {
  it.each<[{ isBot?: boolean; status?: string | null }, string]>([
    [{ isBot: true, status: 'team' }, 'BOT'], // a bot's status is team too: isBot is checked first
    [{ isBot: true, status: 'client' }, 'BOT'],
    [{ isBot: false, status: 'team' }, 'AGENT'],
    [{ isBot: false, status: 'client' }, 'CUSTOMER'],
    [{ isBot: false, status: 'Team' }, 'AGENT'],
    [{ isBot: false, status: 'visitor' }, 'UNKNOWN'],
    [{ isBot: false, status: null }, 'UNKNOWN'],
    [{}, 'UNKNOWN'],
  ])('%j → %s', (fields, kind) => {
    const user = mapUser(ctx, { id: 'u-1', name: 'N', ...fields });
    expect(user.kind).toBe(kind);
    expect(user.isBot).toBe(fields.isBot ?? false);
    expect(user.status).toBe(fields.status ?? null);
  });
});

describe('action types', () => {
  it('maps the five documented values and round-trips them', () => {
    for (const [type, wire] of Object.entries(WIRE_BY_LOG_EVENT_TYPE)) expect(toLogEventType(wire)).toBe(type);
    expect(Object.keys(WIRE_BY_LOG_EVENT_TYPE)).toHaveLength(5);
  });

  it.each([
    ['ticket_merged'],
    ['note_created'],
    ['toString'],
    ['constructor'],
    ['__proto__'],
    ['hasOwnProperty'],
    [''],
    ['TICKET_READ'],
  ])('unknown %j → OTHER, raw value kept, never an error', (actionType) => {
    expect(toLogEventType(actionType)).toBe('OTHER');
    const [event] = mapTicketLog(ctx, 1, [{ ...docLog()[1], actionType }]);
    expect(event).toMatchObject({ type: 'OTHER', actionType });
  });
});

describe('event ids', () => {
  it('are short hashes, unique within a log and the same on every read', () => {
    const first = mapTicketLog(ctx, 5502, docLog()).map((e) => e.eventId);
    const second = mapTicketLog(ctx, 5502, JSON.parse(JSON.stringify(docLog()))).map((e) => e.eventId);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(5);
    for (const id of first) expect(id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('do not depend on the position in the log (paging or new entries do not move them)', () => {
    const whole = mapTicketLog(ctx, 5502, docLog());
    const tail = mapTicketLog(ctx, 5502, docLog().slice(3));
    expect(tail.map((e) => e.eventId)).toEqual(whole.slice(3).map((e) => e.eventId));
  });

  it('differ by ticket, time, type, actor and text', () => {
    const base = docLog()[1]!;
    const id = (entry: object, ticketId = 5502) => mapTicketLog(ctx, ticketId, [entry])[0]!.eventId;
    const ids = [
      id(base),
      id(base, 5503),
      id({ ...base, time: '2023-12-13T22:11:52.7825392+00:00' }),
      id({ ...base, actionType: 'note_created' }),
      id({ ...base, user: { ...HARRY } }),
      id({ ...base, actionString: 'sent a reply.' }),
      id({ ...base, user: null }),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('identical entries get an occurrence suffix', () => {
    const entry = docLog()[1];
    const events = mapTicketLog(ctx, 5502, [entry, { ...entry }, docLog()[0], { ...entry }]);
    const base = events[0]!.eventId;
    expect(events.map((e) => e.eventId)).toEqual([base, `${base}-2`, events[2]!.eventId, `${base}-3`]);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(4);
  });
});

describe('compareLogEvents', () => {
  it('orders by instant at 100-ns precision, whatever the offset', () => {
    const [a, b, c] = mapTicketLog(ctx, 1, [
      { ...docLog()[0], time: '2025-01-01T10:00:00.1234568+00:00' },
      { ...docLog()[0], time: '2025-01-01T12:00:00.1234567+02:00' },
      { ...docLog()[0], time: '2025-01-01T05:00:00.123-05:00' },
    ]);
    expect(a!.occurredAt.getTime()).toBe(b!.occurredAt.getTime());
    expect([a!, b!, c!].sort(compareLogEvents).map((e) => e.time)).toEqual([c!.time, b!.time, a!.time]);
    expect(compareLogEvents(b!, b!)).toBe(0);
  });
});

describe('mapTicket', () => {
  const ticket = () => ({
    id: 5501,
    title: 'Double charge on invoice 2025-10',
    message: 'Hei! Jeg er belastet to ganger.',
    htmlMessage: '<div>Hei!</div>',
    author: {
      customIdentifier: 'cust-510042',
      email: 'kari.nordmann@example.no',
      id: '5b0e7c1a-2f4d-4c61-9a8e-0d3f6b7c8a21',
      image: null,
      isBot: false,
      name: 'Kari Nordmann',
      status: 'client',
    },
    category: { id: 15801, name: 'Double charge', parents: [{ id: 15800, name: 'Billing', parents: [] }] },
    creationTime: '2025-11-02T22:58:12.1234567-08:00',
    customFields: [],
    lastThreadElementCreationTime: '2025-11-04T16:45:00.9999999+05:30',
    lockedBy: {
      customIdentifier: null,
      email: 'ingrid.solberg@sandbox-energy.example',
      id: '3f2a9c4e-8b1d-4e7a-b6c5-1d9e0f2a7b34',
      image: null,
      isBot: false,
      name: 'Ingrid Solberg',
      status: 'team',
    },
    originalLink: null,
    properties: { isLocked: true },
    replyCount: 2,
    isMuted: false,
    sentiment: 'negative',
    source: 'email',
    detailedSource: 'email_inbox',
    sourceName: 'kundeservice@sandbox-energy.example',
    status: 'closed',
    tags: [{ id: 301, name: 'refund' }],
    attachments: [],
  });

  it('maps the ticket object', () => {
    const wire = ticket();
    const t = mapTicket({ route: 'POST /tickets/list' }, wire);
    expect(t).toMatchObject({
      source: 'SOCIALBOARDS',
      ticketId: 5501,
      key: '5501',
      title: 'Double charge on invoice 2025-10',
      status: 'closed',
      message: 'Hei! Jeg er belastet to ganger.',
      author: { name: 'Kari Nordmann', kind: 'CUSTOMER', customIdentifier: 'cust-510042' },
      assignee: { name: 'Ingrid Solberg', kind: 'AGENT' },
      category: { id: 15801, name: 'Double charge', path: ['Billing', 'Double charge'] },
      tags: ['refund'],
      sourceName: 'kundeservice@sandbox-energy.example',
      replyCount: 2,
    });
    expect(t.createdAt!.toISOString()).toBe('2025-11-03T06:58:12.123Z');
    expect(t.lastActivityAt!.toISOString()).toBe('2025-11-04T11:15:00.999Z');
    expect(t.raw).toBe(wire);
  });

  it('absent optional parts are null or empty, not errors', () => {
    const t = mapTicket({ route: 'POST /tickets/list' }, { id: 9 });
    expect(t).toMatchObject({
      key: '9',
      title: null,
      status: null,
      author: null,
      assignee: null,
      category: null,
      tags: [],
      createdAt: null,
      replyCount: null,
    });
    expect(
      mapTicket({ route: 'POST /tickets/list' }, { ...ticket(), category: { id: 15721, name: 'Other cases' } }).category,
    ).toEqual({
      id: 15721,
      name: 'Other cases',
      path: ['Other cases'],
    });
  });

  it.each([
    ['no id', { id: undefined }, 'id'],
    ['a string id', { id: '5501' }, 'id'],
    ['a tag without a name', { tags: [{ id: 301 }] }, 'tags[0]'],
    ['a category id that is text', { category: { id: 'Billing' } }, 'category.id'],
    ['an unreadable creationTime', { creationTime: 'yesterday' }, 'creationTime'],
    ['a lockedBy that is a string', { lockedBy: 'Ingrid' }, 'lockedBy'],
    ['a fractional replyCount', { replyCount: 1.5 }, 'replyCount'],
  ])('%s → UPSTREAM_BAD_RESPONSE naming %s', (_, patch, field) => {
    const error = mappingError(() => mapTicket({ route: 'POST /tickets/list' }, { ...ticket(), ...patch }));
    expect(error).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', source: 'SOCIALBOARDS', status: 200 });
    expect(error.message).toContain(field);
  });

  it('a list that is not a list is a bad response', () => {
    expect(mappingError(() => mapTickets({ route: 'POST /tickets/list' }, { data: [] })).code).toBe('UPSTREAM_BAD_RESPONSE');
  });
});

describe('bad log shapes → UPSTREAM_BAD_RESPONSE, never a silent default', () => {
  const entry = () => docLog()[2] as Record<string, unknown>;

  it.each([
    ['an entry that is not an object', 'leste saken', 'data[0]'],
    ['no actionType', { ...entry(), actionType: undefined }, 'actionType'],
    ['a numeric actionType', { ...entry(), actionType: 3 }, 'actionType'],
    ['no actionString', { ...entry(), actionString: null }, 'actionString'],
    ['no time', { ...entry(), time: undefined }, 'time'],
    ['an unreadable time', { ...entry(), time: 'in a while s3cr3t' }, 'time'],
    ['a time without an offset', { ...entry(), time: '2023-12-13T22:11:52.9031351' }, 'time'],
    ['an impossible time', { ...entry(), time: '2023-02-30T22:11:52+00:00' }, 'time'],
    ['a user that is not an object', { ...entry(), user: 'Garrick' }, 'user'],
    ['a user without an id', { ...entry(), user: { ...GARRICK, id: undefined } }, 'user.id'],
    ['isBot as text', { ...entry(), user: { ...GARRICK, isBot: 'no' } }, 'user.isBot'],
    ['includedItems.users not a list', { ...entry(), includedItems: { users: {} } }, 'includedItems.users'],
    ['an included user without an id', { ...entry(), includedItems: { users: [{ name: 'X' }] } }, 'includedItems.users[0].id'],
    ['includedItems.tags not a list', { ...entry(), includedItems: { tags: 'vip' } }, 'includedItems.tags'],
  ])('%s', (_, wire, field) => {
    const error = mappingError(() => mapTicketLog(ctx, 5502, [wire]));
    expect(error).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', source: 'SOCIALBOARDS' });
    expect(error.message).toContain(field);
    expect(error.message).toContain('POST /tickets/{id}/log');
    expect(error.message).not.toContain('s3cr3t');
  });

  it('a log that is not a list', () => {
    expect(mappingError(() => mapTicketLog(ctx, 1, { data: [] })).message).toContain('not a list');
    expect(mappingError(() => mapTicketLog(ctx, 1, null)).code).toBe('UPSTREAM_BAD_RESPONSE');
  });

  it('absent includedItems and user are empty, not errors', () => {
    const event = mapLogEntry(ctx, 1, {
      actionType: 'ticket_read',
      actionString: 'leste saken',
      time: '2025-11-03T08:20:05+00:00',
    });
    expect(event).toMatchObject({ user: null, mentionedUsers: [], categories: [], tags: [], summary: 'leste saken' });
  });
});
