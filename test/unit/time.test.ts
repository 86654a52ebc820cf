import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWallClock, isCalendarDate, parseTimestamp } from '../../src/transport/time.js';

/**
 * The timestamp parser with plain strings: every style the three sources send (7 fractional digits,
 * `+0000`, `+03:00`, `Z`, enneo's zone-less wall time), daylight-saving gaps and overlaps in both
 * hemispheres' sense of "forward", and that invalid or zone-less-without-zone input is undefined.
 */

const iso = (text: string, zone?: string) => parseTimestamp(text, zone)?.toISOString();

describe('parseTimestamp with an explicit zone', () => {
  it('reads Socialboards-style 7 fractional digits and keeps milliseconds exactly', () => {
    expect(iso('2025-11-03T08:15:42.1234567+03:00')).toBe('2025-11-03T05:15:42.123Z');
    expect(iso('2025-11-03T08:15:42.9999999Z')).toBe('2025-11-03T08:15:42.999Z');
    // .57 read with float maths becomes 569.99…; the digits are truncated as text instead.
    expect(iso('2025-11-03T08:15:42.57Z')).toBe('2025-11-03T08:15:42.570Z');
    expect(iso('2025-11-03T08:15:42,5Z')).toBe('2025-11-03T08:15:42.500Z');
  });

  it('reads Tracker-style offsets without a colon', () => {
    expect(iso('2025-11-03T08:15:42.000+0000')).toBe('2025-11-03T08:15:42.000Z');
    expect(iso('2025-11-03T08:15:42.000+0300')).toBe('2025-11-03T05:15:42.000Z');
    expect(iso('2025-11-03T08:15:42-0530')).toBe('2025-11-03T13:45:42.000Z');
  });

  it('reads offsets with a colon, hour-only offsets, Z and z', () => {
    expect(iso('2025-11-03T08:15:00+03:00')).toBe('2025-11-03T05:15:00.000Z');
    expect(iso('2025-11-03T08:15:00-04:00')).toBe('2025-11-03T12:15:00.000Z');
    expect(iso('2025-11-03T08:15:00+05')).toBe('2025-11-03T03:15:00.000Z');
    expect(iso('2025-11-03T08:15:00Z')).toBe('2025-11-03T08:15:00.000Z');
    expect(iso('2025-11-03T08:15:00z')).toBe('2025-11-03T08:15:00.000Z');
    expect(iso('2025-11-03 08:15:00Z')).toBe('2025-11-03T08:15:00.000Z');
    expect(iso('2025-11-03T08:15Z')).toBe('2025-11-03T08:15:00.000Z');
  });

  it('ignores the zone argument when the text carries its own offset', () => {
    expect(iso('2025-07-01T12:00:00Z', 'Europe/Berlin')).toBe('2025-07-01T12:00:00.000Z');
    expect(iso('2025-07-01T12:00:00+0200', 'America/New_York')).toBe('2025-07-01T10:00:00.000Z');
  });

  it('crosses day, month and year boundaries through the offset', () => {
    expect(iso('2025-01-01T01:30:00+03:00')).toBe('2024-12-31T22:30:00.000Z');
    expect(iso('2024-12-31T22:00:00-05:00')).toBe('2025-01-01T03:00:00.000Z');
  });

  it('keeps four-digit years below 100 (Date.UTC would make 0025 into 1925)', () => {
    expect(parseTimestamp('0025-06-15T00:00:00Z')?.getUTCFullYear()).toBe(25);
    expect(parseTimestamp('0099-12-31T23:59:59Z')?.getUTCFullYear()).toBe(99);
  });

  it('trims surrounding whitespace', () => {
    expect(iso('  2025-11-03T08:15:00Z \n')).toBe('2025-11-03T08:15:00.000Z');
  });
});

describe('parseTimestamp of zone-less wall time (enneo exports)', () => {
  it('reads the wall clock in the given zone, summer and winter', () => {
    // The export documentation example, read as Berlin time (CEST, +02:00).
    expect(iso('2024-05-10 14:52:37', 'Europe/Berlin')).toBe('2024-05-10T12:52:37.000Z');
    expect(iso('2025-01-15 10:00:00', 'Europe/Berlin')).toBe('2025-01-15T09:00:00.000Z');
    expect(iso('2025-07-01 10:00:00', 'America/New_York')).toBe('2025-07-01T14:00:00.000Z');
    expect(iso('2025-01-15 10:00:00', 'America/New_York')).toBe('2025-01-15T15:00:00.000Z');
    expect(iso('2025-01-15T10:00:00', 'UTC')).toBe('2025-01-15T10:00:00.000Z');
    expect(iso('2025-01-15 10:00:00', 'Asia/Kolkata')).toBe('2025-01-15T04:30:00.000Z');
  });

  it('reads a date-only value as local midnight', () => {
    expect(iso('2025-10-26', 'Europe/Berlin')).toBe('2025-10-25T22:00:00.000Z');
    expect(iso('2025-10-27', 'Europe/Berlin')).toBe('2025-10-26T23:00:00.000Z');
    expect(iso('2025-11-02', 'America/New_York')).toBe('2025-11-02T04:00:00.000Z');
    expect(iso('2025-11-03', 'America/New_York')).toBe('2025-11-03T05:00:00.000Z');
  });

  it('takes each side of the Europe/Berlin autumn change at its own offset', () => {
    expect(iso('2025-10-26 01:59:59', 'Europe/Berlin')).toBe('2025-10-25T23:59:59.000Z');
    expect(iso('2025-10-26 03:00:00', 'Europe/Berlin')).toBe('2025-10-26T02:00:00.000Z');
  });

  it('resolves the repeated hour of an autumn overlap to the earlier instant', () => {
    // 02:30 happens twice in Berlin on 2025-10-26 (00:30Z in CEST, 01:30Z in CET).
    expect(iso('2025-10-26 02:30:00', 'Europe/Berlin')).toBe('2025-10-26T00:30:00.000Z');
    // 01:30 happens twice in New York on 2025-11-02 (05:30Z in EDT, 06:30Z in EST).
    expect(iso('2025-11-02 01:30:00', 'America/New_York')).toBe('2025-11-02T05:30:00.000Z');
  });

  it('moves a wall time inside a spring gap forward by the gap, east and west of UTC', () => {
    // 02:30 does not exist in Berlin on 2025-03-30: read as 03:30 CEST.
    expect(iso('2025-03-30 02:30:00', 'Europe/Berlin')).toBe('2025-03-30T01:30:00.000Z');
    expect(formatWallClock(parseTimestamp('2025-03-30 02:30:00', 'Europe/Berlin')!, 'Europe/Berlin')).toBe('2025-03-30 03:30:00');
    // 02:30 does not exist in New York on 2025-03-09: read as 03:30 EDT (not 01:30 EST).
    expect(iso('2025-03-09 02:30:00', 'America/New_York')).toBe('2025-03-09T07:30:00.000Z');
    expect(formatWallClock(parseTimestamp('2025-03-09 02:30:00', 'America/New_York')!, 'America/New_York')).toBe(
      '2025-03-09 03:30:00',
    );
  });

  it('takes the wall times right around the spring change exactly', () => {
    expect(iso('2025-03-30 01:59:59', 'Europe/Berlin')).toBe('2025-03-30T00:59:59.000Z');
    expect(iso('2025-03-30 03:00:00', 'Europe/Berlin')).toBe('2025-03-30T01:00:00.000Z');
    expect(iso('2025-03-09 01:59:59', 'America/New_York')).toBe('2025-03-09T06:59:59.000Z');
    expect(iso('2025-03-09 03:00:00', 'America/New_York')).toBe('2025-03-09T07:00:00.000Z');
  });

  it('round-trips every half hour of two years except the second pass of each repeated hour', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York']) {
      const misses: { instant: number; read: number }[] = [];
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2026, 0, 1); t += 30 * 60_000) {
        const read = parseTimestamp(formatWallClock(new Date(t), zone), zone)!.getTime();
        if (read !== t) misses.push({ instant: t, read });
      }
      // Two half hours per autumn, two autumns; each is read as the same wall time one hour earlier.
      expect(misses, zone).toHaveLength(4);
      for (const { instant, read } of misses) {
        expect(instant - read).toBe(3_600_000);
        expect(formatWallClock(new Date(read), zone)).toBe(formatWallClock(new Date(instant), zone));
      }
    }
  });

  it('reads YYYY-MM-DD HH:MM:SS and YYYY-MM-DD (the fast path) exactly as the general parser reads them', () => {
    // Surrounding whitespace sends the same text through the regular expression instead.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(' ', 'T', 'x', ':'),
        fc.constantFrom('Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'UTC'),
        fc.boolean(),
        (y, mo, d, h, mi, s, separator, zone, dateOnly) => {
          const p = (n: number, len = 2) => String(n).padStart(len, '0');
          const day = `${p(y, 4)}-${p(mo)}-${p(d)}`;
          const text = dateOnly ? day : `${day}${separator}${p(h)}:${p(mi)}:${p(s)}`;
          expect(iso(text, zone)).toBe(iso(` ${text} `, zone));
        },
      ),
      { numRuns: 3000 },
    );
    for (const text of ['2025-1a-03 08:15:00', '2025-11-03 08:15:0a', '2025/11/03', '2025-11-03 08-15-00', '２０２５-11-03']) {
      expect(iso(text, 'Europe/Berlin')).toBe(iso(` ${text} `, 'Europe/Berlin'));
    }
  });

  it('rejects a zone-less value when no zone is given, instead of guessing', () => {
    expect(parseTimestamp('2024-05-10 14:52:37')).toBeUndefined();
    expect(parseTimestamp('2024-05-10T14:52:37.123')).toBeUndefined();
    expect(parseTimestamp('2024-05-10')).toBeUndefined();
  });
});

describe('parseTimestamp of invalid input', () => {
  it.each([
    ['2025-02-30T10:00:00Z'],
    ['2025-02-29 10:00:00'],
    ['2025-04-31'],
    ['2025-13-01T00:00:00Z'],
    ['2025-00-10T00:00:00Z'],
    ['2025-01-00T00:00:00Z'],
    ['2025-01-01 25:00:00'],
    ['2025-01-01T24:00:00Z'],
    ['2025-01-01T10:60:00Z'],
    ['2025-01-01T10:00:60Z'],
    ['2025-01-01T10:00:00+25:00'],
    ['2025-01-01T10:00:00+01:75'],
    ['2025-1-1T10:00:00Z'],
    ['20250101T100000Z'],
    ['2025-01-01T10:00:00 CET'],
    ['10.05.2024 14:52'],
    ['yesterday'],
    [''],
  ])('%j is undefined', (text) => {
    expect(parseTimestamp(text, 'Europe/Berlin')).toBeUndefined();
  });

  it('accepts 29 February only in leap years', () => {
    expect(iso('2024-02-29T12:00:00Z')).toBe('2024-02-29T12:00:00.000Z');
    expect(iso('2000-02-29T12:00:00Z')).toBe('2000-02-29T12:00:00.000Z');
    expect(parseTimestamp('1900-02-29T12:00:00Z')).toBeUndefined();
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2025-11-03', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2025-12-31', true],
    ['0025-01-01', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-01', false],
    ['2025-11-00', false],
    ['2025-11-3', false],
    ['25-11-03', false],
    ['2025/11/03', false],
    ['2025-11-03T00:00:00Z', false],
    ['2025-11-03 00:00:00', false],
    [' 2025-11-03', false],
    ['2025-11-03\n', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});
