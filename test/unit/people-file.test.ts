import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { parsePeopleFile, readPeopleFile } from '../../src/people/people-file.js';
import { decodePersonKey, encodePersonKey, normalizeEmail } from '../../src/people/person-key.js';
import { daysInclusive, isoWeek } from '../../src/reports/calendar.js';

/** PEOPLE_FILE's format and checks, person keys, and the report's calendar arithmetic. */

describe('parsePeopleFile', () => {
  it('reads the documented format; missing sources become empty lists', () => {
    const text = JSON.stringify([
      {
        id: 'olga-petrova',
        name: 'Olga Petrova',
        accounts: { ENNEO: ['36'], TRACKER: ['olga.p'], SOCIALBOARDS: ['3f2a9c4e-8b1d-4e7a-b6c5-1d9e0f2a7b34'] },
      },
      { id: 'x', name: 'X', email: 'x@example.com', accounts: {} },
    ]);
    expect(parsePeopleFile(text)).toEqual([
      {
        id: 'olga-petrova',
        name: 'Olga Petrova',
        email: null,
        accounts: { ENNEO: ['36'], TRACKER: ['olga.p'], SOCIALBOARDS: ['3f2a9c4e-8b1d-4e7a-b6c5-1d9e0f2a7b34'] },
      },
      { id: 'x', name: 'X', email: 'x@example.com', accounts: { ENNEO: [], TRACKER: [], SOCIALBOARDS: [] } },
    ]);
  });

  it('the sandbox example file (README) is valid', () => {
    expect(readPeopleFile('examples/people.sandbox.json').map((p) => p.id)).toEqual(['mateo-garcia']);
  });

  it.each([
    ['not JSON', '[{', /not valid JSON/],
    ['not an array', '{}', /JSON array/],
    ['a bad id', JSON.stringify([{ id: 'has space', name: 'A', accounts: {} }]), /id must be/],
    [
      'an id twice',
      JSON.stringify([
        { id: 'a', name: 'A', accounts: {} },
        { id: 'a', name: 'B', accounts: {} },
      ]),
      /"a" is used twice/,
    ],
    ['no name', JSON.stringify([{ id: 'a', accounts: {} }]), /name must be/],
    ['an unknown source', JSON.stringify([{ id: 'a', name: 'A', accounts: { JIRA: ['1'] } }]), /"JIRA" is not one of/],
    [
      'a numeric account id',
      JSON.stringify([{ id: 'a', name: 'A', accounts: { TRACKER: [12] } }]),
      /list of account ids as strings/,
    ],
    ['a non-numeric enneo id', JSON.stringify([{ id: 'a', name: 'A', accounts: { ENNEO: ['abc'] } }]), /enneo user ids/],
    [
      'an account of two people',
      JSON.stringify([
        { id: 'a', name: 'A', accounts: { TRACKER: ['t'] } },
        { id: 'b', name: 'B', accounts: { TRACKER: ['t'] } },
      ]),
      /already belongs to "a"/,
    ],
    ['an unknown field', JSON.stringify([{ id: 'a', name: 'A', accounts: {}, team: 'x' }]), /unknown field "team"/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parsePeopleFile(text)).toThrow(message);
  });

  it('a bad PEOPLE_FILE stops start-up with one line naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'people-'));
    const file = join(dir, 'people.json');
    writeFileSync(file, '{"not": "a list"}');
    try {
      loadConfig({ PEOPLE_FILE: file });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual(['PEOPLE_FILE must hold a JSON array of people']);
    }
    expect(() => loadConfig({ PEOPLE_FILE: join(dir, 'missing.json') })).toThrow(/PEOPLE_FILE cannot be read \(ENOENT\)/);
  });
});

describe('person keys', () => {
  it('round-trip, and e-mails compare trimmed and lower-cased', () => {
    for (const key of [
      { kind: 'file', id: 'olga-petrova' },
      { kind: 'email', email: 'a.b@example.com' },
      { kind: 'account', source: 'TRACKER', accountId: 'i:odd' },
    ] as const) {
      expect(decodePersonKey(encodePersonKey(key))).toEqual(key);
    }
    expect(normalizeEmail(' Ingrid.Solberg@Sandbox-Energy.example ')).toBe('ingrid.solberg@sandbox-energy.example');
    expect(normalizeEmail('')).toBeNull();
    expect(decodePersonKey('email:Upper@Case.example')).toBeUndefined();
    expect(decodePersonKey('account:JIRA:1')).toBeUndefined();
    expect(decodePersonKey('whatever')).toBeUndefined();
  });
});

describe('calendar', () => {
  it('ISO weeks across year ends, and inclusive day counts', () => {
    expect(isoWeek('2025-11-03')).toBe('2025-W45');
    expect(isoWeek('2025-12-29')).toBe('2026-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(daysInclusive('2025-11-01', '2025-11-30')).toBe(30);
    expect(daysInclusive('2024-01-01', '2024-12-31')).toBe(366);
  });
});
