import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/transport/errors.js';
import {
  compareWorklogIds,
  durationSecondsOf,
  mapIssue,
  mapIssues,
  mapWorklog,
  mapWorklogs,
  type TrackerMapContext,
  uniqueWorklogsById,
} from '../../src/sources/tracker/models.js';

/**
 * Tracker mappers with plain wire values: the documentation's worklog example (with its
 * `https://https://` self URLs and `+0000` times) becomes the model field for field, an issue maps
 * its references to keys and display names, ids become strings, absent optional fields become
 * null, an unconvertible duration fails only `durationSecondsOf`, and every malformed shape is an
 * UPSTREAM_BAD_RESPONSE.
 */

const ctx: TrackerMapContext = { route: 'GET /v2/issues/{key}/worklog', calendar: { weekDays: 5, dayHours: 8 } };

/** The vendor documentation's worklog example, the one element of the example (with `{{ host }}` filled in as the docs' typo does). */
const docWorklog = (): Record<string, unknown> => ({
  self: 'https://https://api.tracker.yandex.net/v2/issues/TEST-324/worklog/1',
  id: 1,
  version: 1402121720882,
  issue: {
    self: 'https://https://api.tracker.yandex.net/v2/issues/TEST-324',
    id: '515ec9eae4b09cfa********',
    key: 'TEST-324',
    display: 'important issue',
  },
  comment: 'important comment',
  createdBy: {
    self: 'https://https://api.tracker.yandex.net/v2/users/66********',
    id: 'veikus',
    display: 'Artem Veikus',
  },
  updatedBy: {
    self: 'https://https://api.tracker.yandex.net/v2/users/66********',
    id: 'veikus',
    display: 'Artem Veikus',
  },
  createdAt: '2021-09-28T08:42:06.258+0000',
  updatedAt: '2021-09-28T08:42:06.258+0000',
  start: '2021-09-21T10:30:00.000+0000',
  duration: 'P3W',
});

/** An issue as the simulator renders it (Tracker's field order; absent fields left out). */
const issueWire = (): Record<string, unknown> => ({
  self: 'https://api.tracker.yandex.net/v3/issues/SUP-4',
  id: '5f1e0c9a2b3d4e5f6a7b8c9d',
  key: 'SUP-4',
  version: 14,
  summary: 'Customer satisfaction survey follow-up',
  statusStartTime: '2025-10-02T10:00:00.000+0000',
  updatedBy: { self: 'https://api.tracker.yandex.net/v3/users/1130000041762305', id: 'a.ivanova', display: 'Anna Ivanova' },
  description: 'Call back customers who rated 1–2 stars in September.',
  type: { self: 'https://api.tracker.yandex.net/v3/issuetypes/2', id: '2', key: 'task', display: 'Task' },
  priority: { self: 'https://api.tracker.yandex.net/v3/priorities/3', id: '3', key: 'normal', display: 'Normal' },
  createdAt: '2025-10-02T10:00:00.000+0000',
  createdBy: { self: 'https://api.tracker.yandex.net/v3/users/1120000000016772', id: 'veikus', display: 'Artem Veikus' },
  assignee: { self: 'https://api.tracker.yandex.net/v3/users/1130000041762305', id: 'a.ivanova', display: 'Anna Ivanova' },
  queue: { self: 'https://api.tracker.yandex.net/v3/queues/SUP', id: '12', key: 'SUP', display: 'Support' },
  updatedAt: '2025-10-30T17:21:09.412+0000',
  status: { self: 'https://api.tracker.yandex.net/v3/statuses/2', id: '2', key: 'needInfo', display: 'Need info' },
  deadline: '2025-11-28',
  votes: 0,
  favorite: false,
});

function expectBadResponse(fn: () => unknown, detail?: RegExp): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(UpstreamError);
  const error = thrown as UpstreamError;
  expect(error.code).toBe('UPSTREAM_BAD_RESPONSE');
  expect(error.source).toBe('TRACKER');
  if (detail) expect(error.message).toMatch(detail);
}

describe('mapWorklog', () => {
  it('maps the documentation example field for field', () => {
    const wire = docWorklog();
    expect(mapWorklog(ctx, wire)).toEqual({
      source: 'TRACKER',
      issueKey: 'TEST-324',
      worklogId: '1',
      duration: 'P3W',
      durationSeconds: 3 * 5 * 8 * 3600,
      durationProblem: null,
      startedAt: new Date('2021-09-21T10:30:00.000Z'),
      createdAt: new Date('2021-09-28T08:42:06.258Z'),
      updatedAt: new Date('2021-09-28T08:42:06.258Z'),
      createdBy: { id: 'veikus', uid: '66********', display: 'Artem Veikus' },
      updatedBy: { id: 'veikus', uid: '66********', display: 'Artem Veikus' },
      comment: 'important comment',
      raw: wire,
    });
  });

  it('reads +0000 and other colon-less offsets as the right instants', () => {
    const w = mapWorklog(ctx, {
      ...docWorklog(),
      start: '2025-11-03T10:00:00.000+0300',
      createdAt: '2025-11-03T11:41:07.512+0000',
    });
    expect(w.startedAt.toISOString()).toBe('2025-11-03T07:00:00.000Z');
    expect(w.createdAt.toISOString()).toBe('2025-11-03T11:41:07.512Z');
  });

  it('keeps a numeric id as a string, and a string id as sent', () => {
    expect(mapWorklog(ctx, { ...docWorklog(), id: 4711 }).worklogId).toBe('4711');
    expect(mapWorklog(ctx, { ...docWorklog(), id: '4712' }).worklogId).toBe('4712');
  });

  it('keeps a numeric user id as a string and takes the uid from the end of self', () => {
    const w = mapWorklog(ctx, {
      ...docWorklog(),
      createdBy: { self: 'https://api.tracker.yandex.net/v3/users/1120000000016772', id: 1120000000016772, display: 'X' },
    });
    expect(w.createdBy).toEqual({ id: '1120000000016772', uid: '1120000000016772', display: 'X' });
  });

  it('maps absent optional fields to null (Tracker omits them)', () => {
    const wire = docWorklog();
    delete wire.comment;
    delete wire.updatedAt;
    delete wire.updatedBy;
    delete wire.version;
    (wire.createdBy as Record<string, unknown>).display = undefined;
    delete (wire.createdBy as Record<string, unknown>).self;
    const w = mapWorklog(ctx, wire);
    expect(w.comment).toBeNull();
    expect(w.updatedAt).toBeNull();
    expect(w.updatedBy).toBeNull();
    expect(w.createdBy).toEqual({ id: 'veikus', uid: null, display: null });
  });

  it('keeps an empty comment as an empty string', () => {
    expect(mapWorklog(ctx, { ...docWorklog(), comment: '' }).comment).toBe('');
  });

  it('converts with the context calendar', () => {
    const w = mapWorklog({ ...ctx, calendar: { weekDays: 6, dayHours: 7.5 } }, { ...docWorklog(), duration: 'P1W2DT3H' });
    expect(w.durationSeconds).toBe((45 + 15 + 3) * 3600);
  });

  it.each(['P1Y', 'P2M', 'P1DT', 'soon', '-PT1H', ''])(
    'a duration %j it cannot convert keeps the worklog, with durationSeconds null and the problem named',
    (duration) => {
      const w = mapWorklog(ctx, { ...docWorklog(), duration });
      expect(w.duration).toBe(duration);
      expect(w.durationSeconds).toBeNull();
      expect(w.durationProblem).toContain(JSON.stringify(duration));
      expectBadResponse(() => durationSecondsOf(w), new RegExp(JSON.stringify(duration).replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')));
    },
  );

  it('one unconvertible duration does not fail the list', () => {
    const list = mapWorklogs(ctx, [
      docWorklog(),
      { ...docWorklog(), id: 2, duration: 'P1Y' },
      { ...docWorklog(), id: 3, duration: 'PT45M' },
    ]);
    expect(list.map((w) => w.durationSeconds)).toEqual([432_000, null, 2_700]);
    expect(durationSecondsOf(list[0]!)).toBe(432_000);
    expect(durationSecondsOf(list[2]!)).toBe(2_700);
    expectBadResponse(() => durationSecondsOf(list[1]!));
  });

  it.each([
    ['start missing', { start: undefined }, /start is missing/],
    ['start without offset', { start: '2021-09-21T10:30:00.000' }, /start is not a timestamp/],
    ['start garbage', { start: 'yesterday' }, /start is not a timestamp/],
    ['createdAt missing', { createdAt: undefined }, /createdAt is missing/],
    ['createdAt impossible', { createdAt: '2021-02-30T08:42:06.258+0000' }, /createdAt is not a timestamp/],
    ['updatedAt present but unreadable', { updatedAt: '28.09.2021' }, /updatedAt is not a timestamp/],
    ['start a number', { start: 1632220200000 }, /start is not a timestamp/],
  ])('%s → UPSTREAM_BAD_RESPONSE', (_, patch, detail) => {
    expectBadResponse(() => mapWorklog(ctx, { ...docWorklog(), ...patch }), detail);
    expectBadResponse(() => mapWorklogs(ctx, [docWorklog(), { ...docWorklog(), id: 2, ...patch }]), detail);
  });

  it.each([
    ['no id', { id: undefined }],
    ['id an object', { id: { n: 1 } }],
    ['no issue', { issue: undefined }],
    ['issue without key', { issue: { self: 'x', id: 'y' } }],
    ['duration missing', { duration: undefined }],
    ['duration a number', { duration: 3600 }],
    ['comment a number', { comment: 5 }],
    ['createdBy a string', { createdBy: 'veikus' }],
    ['createdBy without id', { createdBy: { self: 'https://x/v2/users/1', display: 'A' } }],
  ])('%s → UPSTREAM_BAD_RESPONSE', (_, patch) => {
    expectBadResponse(() => mapWorklog(ctx, { ...docWorklog(), ...patch }));
  });

  it('a list that is not an array, or holds a non-object, is a bad response', () => {
    expectBadResponse(() => mapWorklogs(ctx, { worklogs: [] }));
    expectBadResponse(() => mapWorklogs(ctx, [docWorklog(), 'x']));
    expect(mapWorklogs(ctx, [])).toEqual([]);
  });
});

describe('mapIssue', () => {
  it('maps references to keys and display names and keeps an unknown status', () => {
    const wire = issueWire();
    expect(mapIssue(ctx, wire)).toEqual({
      source: 'TRACKER',
      key: 'SUP-4',
      issueId: '5f1e0c9a2b3d4e5f6a7b8c9d',
      title: 'Customer satisfaction survey follow-up',
      status: 'needInfo',
      statusDisplay: 'Need info',
      description: 'Call back customers who rated 1–2 stars in September.',
      assignee: { id: 'a.ivanova', uid: '1130000041762305', display: 'Anna Ivanova' },
      createdBy: { id: 'veikus', uid: '1120000000016772', display: 'Artem Veikus' },
      updatedBy: { id: 'a.ivanova', uid: '1130000041762305', display: 'Anna Ivanova' },
      createdAt: new Date('2025-10-02T10:00:00.000Z'),
      updatedAt: new Date('2025-10-30T17:21:09.412Z'),
      type: 'task',
      typeDisplay: 'Task',
      priority: 'normal',
      priorityDisplay: 'Normal',
      queue: 'SUP',
      deadline: '2025-11-28',
      raw: wire,
    });
  });

  it('maps absent optional fields to null', () => {
    const issue = mapIssue(ctx, { self: 'https://api.tracker.yandex.net/v3/issues/PAY-3', id: 'abc', key: 'PAY-3' });
    expect(issue).toMatchObject({
      key: 'PAY-3',
      issueId: 'abc',
      title: null,
      status: null,
      statusDisplay: null,
      description: null,
      assignee: null,
      createdBy: null,
      updatedBy: null,
      createdAt: null,
      updatedAt: null,
      type: null,
      typeDisplay: null,
      priority: null,
      priorityDisplay: null,
      queue: null,
      deadline: null,
    });
  });

  it('accepts a numeric issue id', () => {
    expect(mapIssue(ctx, { ...issueWire(), id: 77 }).issueId).toBe('77');
  });

  it.each([
    ['not an object', 'SUP-4'],
    ['an array', [issueWire()]],
    ['no key', { ...issueWire(), key: undefined }],
    ['no id', { ...issueWire(), id: undefined }],
    ['status a string', { ...issueWire(), status: 'open' }],
    ['status key a number', { ...issueWire(), status: { self: 's', id: '1', key: 1 } }],
    ['summary an object', { ...issueWire(), summary: { ru: 'x' } }],
    ['bad deadline', { ...issueWire(), deadline: '28.11.2025' }],
    ['impossible deadline', { ...issueWire(), deadline: '2025-02-30' }],
    ['bad createdAt', { ...issueWire(), createdAt: '2025-10-02' }],
  ])('%s → UPSTREAM_BAD_RESPONSE', (_, wire) => {
    expectBadResponse(() => mapIssue(ctx, wire));
  });

  it('mapIssues needs an array', () => {
    expect(mapIssues(ctx, [issueWire()])).toHaveLength(1);
    expectBadResponse(() => mapIssues(ctx, issueWire()));
  });
});

describe('worklog ids', () => {
  it('order numerically, not as text', () => {
    expect(['1001', '999', '10000', '2'].sort(compareWorklogIds)).toEqual(['2', '999', '1001', '10000']);
    expect(compareWorklogIds('9007199254740993', '9007199254740992')).toBeGreaterThan(0);
    expect(['b', '10', 'a', '9'].sort(compareWorklogIds)).toEqual(['9', '10', 'a', 'b']);
  });

  it('uniqueWorklogsById keeps the first of each id, in id order', () => {
    const list = mapWorklogs(ctx, [
      { ...docWorklog(), id: 12, comment: 'first 12' },
      { ...docWorklog(), id: 3 },
      { ...docWorklog(), id: 12, comment: 'second 12' },
    ]);
    const unique = uniqueWorklogsById(list);
    expect(unique.map((w) => w.worklogId)).toEqual(['3', '12']);
    expect(unique[1]!.comment).toBe('first 12');
  });
});
