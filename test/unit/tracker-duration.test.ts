import { describe, expect, it } from 'vitest';
import {
  TRACKER_CALENDAR,
  TRACKER_DURATION_FORMS,
  createTrackerSeed,
  expectedWorklogSeconds,
} from '../../src/sources/tracker/sim/seed.js';
import { parseTrackerDuration } from '../../src/sources/tracker/duration.js';

/**
 * Tracker durations on the business calendar (1W = weekDays days, 1D = dayHours hours): every
 * form the seed uses, the DESIGN example, other calendars, ISO 8601 fractions, and the forms that
 * have no business-calendar meaning or are not durations at all (undefined, never 0).
 */

const DEFAULT = { weekDays: 5, dayHours: 8 };
const H = 3600;

/** Hand-computed seconds under 5 days × 8 hours. */
const TABLE: Record<string, number> = {
  PT1H30M: 1.5 * H,
  PT45M: 45 * 60,
  P2D: 16 * H,
  P1W: 40 * H,
  P1W2DT3H: 212_400, // 59 h
  PT300M: 5 * H,
  P6W: 240 * H, // 30 business days
  'PT1.5H': 1.5 * H,
  P1DT2H: 10 * H,
  P1DT4H30M: 12.5 * H,
  PT2H15M30S: 2 * H + 15 * 60 + 30,
  P3W: 120 * H,
};

describe('parseTrackerDuration on the default calendar (5 × 8)', () => {
  it('has an expectation for every duration form the simulator seeds', () => {
    for (const form of TRACKER_DURATION_FORMS) expect(Object.keys(TABLE)).toContain(form);
  });

  it.each(Object.entries(TABLE))('%s = %i s', (text, seconds) => {
    expect(parseTrackerDuration(text, DEFAULT)).toBe(seconds);
  });

  it('P1W2DT3H is 59 hours, not 7 + 2 calendar days', () => {
    expect(parseTrackerDuration('P1W2DT3H', DEFAULT)).toBe(212_400);
    expect(parseTrackerDuration('P1W2DT3H', DEFAULT)).not.toBe((9 * 24 + 3) * H);
  });

  it('agrees with the seed’s independent oracle for every seeded worklog', () => {
    const seed = createTrackerSeed();
    const calendar = { weekDays: TRACKER_CALENDAR.daysPerWeek, dayHours: TRACKER_CALENDAR.hoursPerDay };
    expect(seed.allWorklogs.length).toBeGreaterThan(300);
    for (const worklog of seed.allWorklogs) {
      expect(parseTrackerDuration(worklog.duration, calendar), worklog.duration).toBe(expectedWorklogSeconds(worklog));
    }
  });

  it('reads minutes after T and zero durations', () => {
    expect(parseTrackerDuration('PT1M', DEFAULT)).toBe(60);
    expect(parseTrackerDuration('PT0S', DEFAULT)).toBe(0);
    expect(parseTrackerDuration('P0D', DEFAULT)).toBe(0);
    expect(parseTrackerDuration('PT90S', DEFAULT)).toBe(90);
  });
});

describe('other business calendars', () => {
  const sixBySevenAndAHalf = { weekDays: 6, dayHours: 7.5 };

  it.each([
    ['P1W', 6 * 7.5 * H],
    ['P1D', 7.5 * H],
    ['P2D', 15 * H],
    ['P1W2DT3H', (45 + 15 + 3) * H],
    ['PT1H30M', 1.5 * H],
    ['P6W', 6 * 6 * 7.5 * H],
  ])('%s under 6 × 7.5 = %i s', (text, seconds) => {
    expect(parseTrackerDuration(text, sixBySevenAndAHalf)).toBe(seconds);
  });

  it('matches the seed oracle under another calendar', () => {
    const seed = createTrackerSeed();
    for (const worklog of seed.allWorklogs.slice(0, 80)) {
      expect(parseTrackerDuration(worklog.duration, { weekDays: 6, dayHours: 7.5 })).toBe(
        expectedWorklogSeconds(worklog, { daysPerWeek: 6, hoursPerDay: 7.5 }),
      );
    }
  });

  it('a seven-day, 24-hour calendar gives the plain ISO 8601 reading', () => {
    expect(parseTrackerDuration('P1W', { weekDays: 7, dayHours: 24 })).toBe(7 * 24 * H);
    expect(parseTrackerDuration('P1DT1H', { weekDays: 7, dayHours: 24 })).toBe(25 * H);
  });
});

describe('fractions', () => {
  it.each([
    ['PT1,5H', 1.5 * H],
    ['PT0.5M', 30],
    ['PT0.25H', 900],
    ['P1.5D', 12 * H],
    ['P0.5W', 20 * H],
    ['PT1H0.5M', H + 30],
    ['P1DT1.5H', 9.5 * H],
    ['PT2.5S', 3], // rounded to whole seconds
    ['PT1.4S', 1],
    ['PT0.001H', 4], // 3.6 s
  ])('%s = %i s', (text, seconds) => {
    expect(parseTrackerDuration(text, DEFAULT)).toBe(seconds);
  });

  it('is allowed only on the smallest unit given', () => {
    expect(parseTrackerDuration('PT1.5H30M', DEFAULT)).toBeUndefined();
    expect(parseTrackerDuration('P1.5DT2H', DEFAULT)).toBeUndefined();
    expect(parseTrackerDuration('P1.5W2D', DEFAULT)).toBeUndefined();
  });

  it('needs digits on both sides of the decimal sign', () => {
    expect(parseTrackerDuration('PT.5H', DEFAULT)).toBeUndefined();
    expect(parseTrackerDuration('PT1.H', DEFAULT)).toBeUndefined();
  });
});

describe('forms without a business-calendar meaning, and non-durations', () => {
  it.each([
    ['', 'empty'],
    ['P', 'no component'],
    ['PT', 'no time component'],
    ['P1DT', 'T without a time part'],
    ['-PT1H', 'negative'],
    ['P-1D', 'negative component'],
    ['P1Y', 'years'],
    ['P1M', 'months'],
    ['P1Y2D', 'years with days'],
    ['P2M3DT1H', 'months with days'],
    ['P0Y', 'even zero years'],
    ['PT1H30', 'number without designator'],
    ['P1H', 'hours without T'],
    ['PT1D', 'days after T'],
    ['P1D1W', 'units out of order'],
    ['P1W1W', 'a unit twice'],
    ['pt1h', 'lower case'],
    [' PT1H', 'leading space'],
    ['1H', 'no P'],
    ['garbage', 'garbage'],
    ['P1WT', 'trailing T'],
  ])('%j (%s) → undefined', (text) => {
    expect(parseTrackerDuration(text, DEFAULT)).toBeUndefined();
  });

  it('refuses values too large to be exact seconds', () => {
    expect(parseTrackerDuration(`P${'9'.repeat(20)}W`, DEFAULT)).toBeUndefined();
  });
});
