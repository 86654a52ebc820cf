import { describe, expect, it } from 'vitest';
import {
  byStart,
  type MapContext,
  mapAssessment,
  mapProfile,
  enneoDurationOf,
  mapReportRow,
  rawDataOf,
  mapScorecard,
  mapTicket,
  mapWorklog,
  mapWorklogs,
  toEnneoAction,
  WIRE_BY_ACTION,
} from '../../src/sources/enneo/models.js';
import { UpstreamError } from '../../src/transport/errors.js';
import { enneoDocWorklogs } from '../support/enneo-doc-example.js';

/**
 * Every enneo mapper with plain wire values: the documentation example entry becomes the model
 * field for field; the export's typing quirks (zone-less dates, JSON-in-a-string lists, 0/1 flags,
 * `netSecondsClosedAfterSLA`, pseudonymized rows) are undone; an unknown action is OTHER with the
 * raw value kept; and every malformed shape is an UPSTREAM_BAD_RESPONSE, never a silent default.
 */

const berlin: MapContext = { timeZone: 'Europe/Berlin', route: 'GET /ticket/{id}/worklog' };
const exportCtx: MapContext = { timeZone: 'Europe/Berlin', route: 'GET /export/reporting_worklog' };

/** `GET /ticket/{ticketId}/worklog` example from docs.enneo.ai: its first element. */
const docEntry = () => enneoDocWorklogs()[0]!;

/** `GET /export/reporting_worklog?format=json` example row (docs.enneo.ai export page, extended with every column). */
const exportRow = () => ({
  date: '2024-05-10 14:52:37',
  name: 'Lena Hoffmann',
  ticketId: 8821,
  conversationId: 331,
  userId: 23,
  action: 'writeAction',
  duration: 480,
  durationAfterWork: 120,
  reOpened: 0,
  reopenedAt: null,
  status: 'closed',
  aiAgent: 'Email Assistant',
  topic: 'Billing',
  subTopic: 'Payment reminder',
  allTags: 'Billing, Payment reminder',
  tags: '["Billing", "Payment reminder"]',
  channel: 'email',
  department: 'Customer care',
  teams: '["Customer care", "Billing"]',
  email: 'lena.hoffmann@sandbox-energy.example',
  rawData: '{"id":8821}',
  aiAutomationLevel: 2,
  customerIdentifiedCorrectly: 1,
  tagsIdentifiedCorrectly: 0,
  textAssistanceAccuracy: 0.92,
  aiAgentsUsed: '[5, 6]',
  skippedTicket: 0,
  netSecondsClosedAfterSLA: -1800,
  closingDateForSLA: '2024-05-10 15:00:37',
  statusActionDetail: null,
  pendingDueBy: '2024-11-10 09:00:00',
  pendingSeconds: 3600,
  netPendingSeconds: 2160,
  firstPendingAt: '2024-05-10 14:00:00',
  timesSetToOpen: 1,
  userWorklogId: 551,
});

/** Runs `map` and returns the UpstreamError it must throw. */
function badResponse(map: () => unknown): UpstreamError {
  let thrown: unknown;
  try {
    map();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected an UpstreamError').toBeInstanceOf(UpstreamError);
  const error = thrown as UpstreamError;
  expect(error.code).toBe('UPSTREAM_BAD_RESPONSE');
  expect(error.source).toBe('ENNEO');
  expect(error.status).toBe(200);
  return error;
}

describe('enneo actions', () => {
  it('maps the documented values both ways and unknown ones to OTHER', () => {
    expect(toEnneoAction('closeAction')).toBe('CLOSE_ACTION');
    expect(toEnneoAction('readAction')).toBe('READ_ACTION');
    expect(toEnneoAction('statusAction')).toBe('STATUS_ACTION');
    expect(toEnneoAction('writeAction')).toBe('WRITE_ACTION');
    expect(toEnneoAction('autoProcessAction')).toBe('AUTO_PROCESS_ACTION');
    expect(toEnneoAction('mergeAction')).toBe('OTHER');
    expect(toEnneoAction('CloseAction')).toBe('OTHER');
    expect(toEnneoAction('toString')).toBe('OTHER');
    expect(WIRE_BY_ACTION).toEqual({
      CLOSE_ACTION: 'closeAction',
      READ_ACTION: 'readAction',
      STATUS_ACTION: 'statusAction',
      WRITE_ACTION: 'writeAction',
      AUTO_PROCESS_ACTION: 'autoProcessAction',
    });
  });
});

describe('mapWorklog', () => {
  it('maps the documentation example entry field for field', () => {
    const wire = docEntry();
    expect(mapWorklog(berlin, wire)).toEqual({
      source: 'ENNEO',
      ticketId: 8821,
      worklogId: 551,
      date: '2024-06-12',
      startedAt: new Date('2024-06-12T09:51:00Z'),
      latestInteraction: new Date('2024-06-12T09:59:00Z'),
      userId: 23,
      conversationId: 331,
      action: 'CLOSE_ACTION',
      rawAction: 'closeAction',
      actions: ['reply', 'closed'],
      actionTexts: ['Sent reply to customer', 'Closed ticket'],
      durationSeconds: 480,
      durationProblem: null,
      durationAfterWorkSeconds: 120,
      automationLevel: 2,
      automationLevelLabel: 'Assisted',
      aiAgents: [
        {
          id: 5,
          name: 'Email Assistant',
          description: 'Generates email responses',
          intelligence: 'smart',
          textAssistanceAccuracy: 0.92,
          actions: null,
        },
      ],
      segments: [
        {
          userTimeTrackingId: 1201,
          from: new Date('2024-06-12T09:51:00Z'),
          to: new Date('2024-06-12T09:59:00Z'),
          durationSeconds: 480,
          actions: ['reply', 'closed'],
          actionTexts: ['Sent reply to customer', 'Closed ticket'],
        },
      ],
      customerExperience: {
        slaMet: true,
        netSecondsClosedAfterSla: -1800,
        closingDateForSla: new Date('2024-06-12T09:59:00Z'),
        dueDateForSla: new Date('2024-06-12T10:30:00Z'),
        reopened: false,
        csat: { id: 88, scale: 5, answerStars: 5, answerText: 'Great service!' },
      },
      assessments: [
        { assessmentId: 901, scorecardId: 42 },
        { assessmentId: 902, scorecardId: 43 },
      ],
      raw: wire,
    });
    expect(mapWorklog(berlin, wire).raw).toBe(wire);
  });

  it('with a page cache of lists: the same cells read the same lists, a bad cell still fails on its own', () => {
    const ctx = { ...exportCtx, lists: { json: new Map<string, string[]>(), names: new Map<string, string[]>() } };
    const first = mapReportRow(ctx, exportRow());
    const second = mapReportRow(ctx, { ...exportRow(), teams: '["Billing"]', allTags: 'Refund, Billing' });
    expect(second.tags).toEqual(first.tags);
    expect(second.teams).toEqual(['Billing']);
    expect(second.allTags).toEqual(['Refund', 'Billing']);
    expect(mapReportRow(ctx, exportRow())).toEqual(mapReportRow(exportCtx, exportRow()));
    expect(() => mapReportRow(ctx, { ...exportRow(), tags: 'Billing, Payment reminder' })).toThrow(
      /tags is not a JSON-encoded list/,
    );
    expect(() => mapReportRow(ctx, { ...exportRow(), teams: '{"a":1}' })).toThrow(/teams is neither a list/);
  });

  it('keeps an unknown action as OTHER with the raw value', () => {
    const wire = docEntry();
    wire.worklog.action = 'mergeAction';
    expect(mapWorklog(berlin, wire)).toMatchObject({ action: 'OTHER', rawAction: 'mergeAction' });
  });

  it('a time.duration that is not whole seconds costs only durationSeconds (null, with the reason), not the worklog', () => {
    const wire = { ...docEntry(), time: { ...docEntry().time, duration: '480' } };
    const model = mapWorklog(berlin, wire);
    expect(model).toMatchObject({ durationSeconds: null, worklogId: 551, durationAfterWorkSeconds: 120 });
    expect(model.durationProblem).toMatch(/time.duration of worklog 551 is not a whole number of seconds/);
    expect(() => enneoDurationOf(model, 'worklog 551')).toThrow(
      expect.objectContaining({ code: 'UPSTREAM_BAD_RESPONSE', source: 'ENNEO' }),
    );
  });

  it('starts at the earliest segment, whatever order the segments come in', () => {
    const wire = docEntry();
    wire.time.segments = [
      { userTimeTrackingId: 2, from: '2024-06-12T11:00:00Z', to: '2024-06-12T11:05:00Z', actionList: [], actionListText: [] },
      { userTimeTrackingId: 1, from: '2024-06-12T09:00:00Z', to: '2024-06-12T09:10:00Z', actionList: [], actionListText: [] },
    ];
    const model = mapWorklog(berlin, wire);
    expect(model.startedAt.toISOString()).toBe('2024-06-12T09:00:00.000Z');
    expect(model.segments.map((s) => s.durationSeconds)).toEqual([300, 600]);
    expect(model.durationSeconds).toBe(480); // time.duration wins over the segments' sum
  });

  it('falls back to latestInteraction − duration, then to local midnight of the date, without segments', () => {
    const wire = docEntry();
    wire.time = { duration: 480, durationAfterWork: 120, segments: [] };
    expect(mapWorklog(berlin, wire).startedAt.toISOString()).toBe('2024-06-12T09:51:00.000Z');
    const bare = {
      ...docEntry(),
      latestInteraction: null,
      worklog: { ...docEntry().worklog, latestInteraction: null },
      time: null,
    };
    expect(mapWorklog(berlin, bare).startedAt.toISOString()).toBe('2024-06-11T22:00:00.000Z');
    expect(mapWorklog({ ...berlin, timeZone: 'America/New_York' }, bare).startedAt.toISOString()).toBe(
      '2024-06-12T04:00:00.000Z',
    );
  });

  it('sums the segments when time.duration is absent, and leaves absent optional parts empty', () => {
    const wire = { ...docEntry(), assessments: undefined, aiUsage: undefined, customerExperience: null };
    wire.time = { ...wire.time, duration: undefined as unknown as number, durationAfterWork: undefined as unknown as number };
    const model = mapWorklog(berlin, wire);
    expect(model).toMatchObject({
      durationSeconds: 480,
      durationAfterWorkSeconds: 0,
      aiAgents: [],
      assessments: [],
      customerExperience: null,
      automationLevel: null,
    });
  });

  it('reads the worklog id and ticket id from either level', () => {
    const wire = { ...docEntry(), ticketId: undefined, worklog: { ...docEntry().worklog, worklogId: undefined } };
    expect(mapWorklog(berlin, wire)).toMatchObject({ worklogId: 551, ticketId: 8821 });
  });

  it.each([
    ['not an object', () => 'nope', /no worklog object/],
    ['no worklog object', () => ({ ...docEntry(), worklog: null }), /no worklog object/],
    [
      'worklog id not an integer',
      () => ({ ...docEntry(), id: 'x', worklog: { ...docEntry().worklog, worklogId: 1.5 } }),
      /worklogId/,
    ],
    [
      'no ticket id',
      () => ({ ...docEntry(), ticketId: null, worklog: { ...docEntry().worklog, ticketId: null } }),
      /ticketId is missing/,
    ],
    ['no action', () => ({ ...docEntry(), worklog: { ...docEntry().worklog, action: 7 } }), /no action/],
    ['date not a calendar date', () => ({ ...docEntry(), date: '12.06.2024' }), /YYYY-MM-DD/],
    ['date impossible', () => ({ ...docEntry(), date: '2024-02-30' }), /YYYY-MM-DD/],
    ['segments not a list', () => ({ ...docEntry(), time: { ...docEntry().time, segments: {} } }), /time.segments is not a list/],
    ['segment null', () => ({ ...docEntry(), time: { ...docEntry().time, segments: [null] } }), /segments\[0\] is not an object/],
    [
      'segment without from',
      () => ({ ...docEntry(), time: { ...docEntry().time, segments: [{ to: '2024-06-12T09:59:00Z' }] } }),
      /segments\[0\].from is missing/,
    ],
    [
      'segment with unreadable to',
      () => ({ ...docEntry(), time: { ...docEntry().time, segments: [{ from: '2024-06-12T09:51:00Z', to: 'soon' }] } }),
      /segments\[0\].to is not a timestamp/,
    ],
    [
      'segment ending before it starts',
      () => ({
        ...docEntry(),
        time: { ...docEntry().time, segments: [{ from: '2024-06-12T09:59:00Z', to: '2024-06-12T09:51:00Z' }] },
      }),
      /ends before it starts/,
    ],
    [
      'durationAfterWork fractional',
      () => ({ ...docEntry(), time: { ...docEntry().time, durationAfterWork: 1.5 } }),
      /durationAfterWork is not an integer/,
    ],
    ['time not an object', () => ({ ...docEntry(), time: 480 }), /time is not an object/],
    ['aiUsage not an object', () => ({ ...docEntry(), aiUsage: [] }), /aiUsage is not an object/],
    ['AI agent without id', () => ({ ...docEntry(), aiUsage: { aiAgents: [{ name: 'x' }] } }), /aiAgents\[0\].id is missing/],
    [
      'AI agent actions not a list',
      () => ({ ...docEntry(), aiUsage: { aiAgents: [{ id: 5, actions: 'none' }] } }),
      /actions is not a list/,
    ],
    [
      'actionList not strings',
      () => ({ ...docEntry(), worklog: { ...docEntry().worklog, actionList: [1, 2] } }),
      /actionList is not a list of strings/,
    ],
    ['assessment null', () => ({ ...docEntry(), assessments: [null] }), /assessments\[0\] is not an object/],
    [
      'assessment without scorecard',
      () => ({ ...docEntry(), assessments: [{ id: 901 }] }),
      /assessments\[0\].scorecardId is missing/,
    ],
    [
      'customerExperience not an object',
      () => ({ ...docEntry(), customerExperience: 'ok' }),
      /customerExperience is not an object/,
    ],
    [
      'slaMet not a flag',
      () => ({ ...docEntry(), customerExperience: { ...docEntry().customerExperience, slaMet: 'yes' } }),
      /slaMet is not a 0\/1/,
    ],
    [
      'csat without id',
      () => ({ ...docEntry(), customerExperience: { ...docEntry().customerExperience, csat: { scale: 5 } } }),
      /csat.id is missing/,
    ],
    [
      'closingDateForSLA unreadable',
      () => ({ ...docEntry(), customerExperience: { ...docEntry().customerExperience, closingDateForSLA: 'tomorrow' } }),
      /closingDateForSLA is not a timestamp/,
    ],
  ])('%s → UPSTREAM_BAD_RESPONSE', (_name, wire, detail) => {
    const error = badResponse(() => mapWorklog(berlin, wire()));
    expect(error.message).toMatch(detail);
    expect(error.message).toContain('GET /ticket/{id}/worklog');
  });
});

describe('mapWorklogs', () => {
  it('maps the list and sorts it by start, then worklog id', () => {
    const later = docEntry();
    const early = {
      ...docEntry(),
      id: 550,
      worklog: { ...docEntry().worklog, worklogId: 550 },
      time: { ...docEntry().time, segments: [{ ...docEntry().time.segments[0]!, from: '2024-06-12T08:00:00Z' }] },
    };
    const tie = { ...docEntry(), id: 549, worklog: { ...docEntry().worklog, worklogId: 549 } };
    expect(mapWorklogs(berlin, [later, early, tie]).map((w) => w.worklogId)).toEqual([550, 549, 551]);
    expect(mapWorklogs(berlin, [])).toEqual([]);
  });

  it('rejects a body that is not an array', () => {
    expect(badResponse(() => mapWorklogs(berlin, { worklogs: [] })).message).toMatch(/not an array/);
  });

  it('byStart orders by start then id', () => {
    const a = mapWorklog(berlin, docEntry());
    const b = { ...a, worklogId: 552 };
    expect(byStart(a, b)).toBeLessThan(0);
    expect(byStart(b, a)).toBeGreaterThan(0);
    expect(byStart({ ...a, startedAt: new Date(0) }, b)).toBeLessThan(0);
  });
});

describe('mapTicket', () => {
  const wire = () => ({
    success: true,
    id: 8821,
    status: 'closed',
    channel: 'email',
    direction: 'in',
    priority: 'medium',
    subject: 'Payment reminder although I paid',
    summary: 'Customer received a payment reminder.',
    from: 'anna.mueller@example.org',
    fromName: 'Anna Müller',
    contractId: 7142042,
    customerId: '510042',
    aiSupportLevel: 'assisted',
    spamStatus: 'notSpam',
    tags: [
      { id: 1, name: 'Billing', parentId: null },
      { id: 11, name: 'Payment reminder', parentId: 1 },
    ],
    tagIds: [1, 11],
    createdAt: '2024-06-12 11:30:00',
    modifiedAt: '2024-12-01 10:00:00',
  });

  it('maps the ticket, reading zone-less timestamps in the instance zone', () => {
    const t = wire();
    expect(mapTicket(berlin, t)).toEqual({
      source: 'ENNEO',
      ticketId: 8821,
      key: '8821',
      title: 'Payment reminder although I paid',
      status: 'closed',
      channel: 'email',
      direction: 'in',
      priority: 'medium',
      summary: 'Customer received a payment reminder.',
      customerId: '510042',
      contractId: '7142042',
      fromName: 'Anna Müller',
      fromAddress: 'anna.mueller@example.org',
      tags: ['Billing', 'Payment reminder'],
      aiSupportLevel: 'assisted',
      createdAt: new Date('2024-06-12T09:30:00Z'),
      modifiedAt: new Date('2024-12-01T09:00:00Z'),
      raw: t,
    });
  });

  it('accepts plain tag names and absent optional fields', () => {
    expect(mapTicket(berlin, { id: 1, tags: ['Billing'] })).toMatchObject({
      tags: ['Billing'],
      title: null,
      createdAt: null,
      status: null,
    });
    expect(mapTicket(berlin, { id: 1 })).toMatchObject({ tags: [], customerId: null });
  });

  it.each([
    ['not an object', () => [wire()], /not an object/],
    ['id missing', () => ({ ...wire(), id: undefined }), /id is missing/],
    ['id as text', () => ({ ...wire(), id: '8821' }), /id is not an integer/],
    ['subject an object', () => ({ ...wire(), subject: { de: 'x' } }), /subject is not a string/],
    ['tags not a list', () => ({ ...wire(), tags: 'Billing' }), /tags is not a list/],
    ['tag without a name', () => ({ ...wire(), tags: [{ id: 1 }] }), /tags\[0\] has no name/],
    ['createdAt unreadable', () => ({ ...wire(), createdAt: '12.06.2024' }), /createdAt is not a timestamp/],
  ])('%s → UPSTREAM_BAD_RESPONSE', (_name, t, detail) => {
    expect(badResponse(() => mapTicket({ ...berlin, route: 'GET /ticket/{id}' }, t())).message).toMatch(detail);
  });
});

describe('mapAssessment', () => {
  const wire = () => ({
    id: 901,
    scorecardId: 42,
    scorecardBaseId: 42,
    state: 'reviewedBySupervisor',
    assessedUser: 23,
    assessedByUser: 201,
    ticketId: 8821,
    worklogId: 551,
    createdAt: '2024-06-13 10:00:00',
    modifiedAt: '2024-06-14 10:00:00',
    deletedAt: null,
    canEdit: true,
    data: {
      aiSummary: 'Fine.',
      categories: [
        {
          categoryId: 4201,
          criteria: [
            {
              id: 420101,
              score: 1,
              reason: 'Met.',
              state: 'humanVerified',
              lastEditedByUserId: 201,
              lastEditedAt: '2024-06-14 10:00:00',
            },
          ],
        },
      ],
      totals: { scoredPoints: 9, usedMaxPoints: 12, totalMaxPoints: 12, percentage: 75 },
      supervisorAssessment: 'Good tone.',
    },
    worklog: { lastInteraction: '2024-06-12T09:59:00Z', action: 'reply' },
  });

  it('maps the assessment with its totals and criteria', () => {
    const a = wire();
    expect(mapAssessment(berlin, a)).toEqual({
      assessmentId: 901,
      scorecardId: 42,
      scorecardBaseId: 42,
      state: 'reviewedBySupervisor',
      assessedUserId: 23,
      assessedByUserId: 201,
      ticketId: 8821,
      worklogId: 551,
      createdAt: new Date('2024-06-13T08:00:00Z'),
      modifiedAt: new Date('2024-06-14T08:00:00Z'),
      aiSummary: 'Fine.',
      supervisorAssessment: 'Good tone.',
      scoredPoints: 9,
      usedMaxPoints: 12,
      totalMaxPoints: 12,
      scorePercentage: 75,
      categories: [
        {
          categoryId: 4201,
          criteria: [
            {
              id: 420101,
              score: 1,
              reason: 'Met.',
              state: 'humanVerified',
              lastEditedByUserId: 201,
              lastEditedAt: new Date('2024-06-14T08:00:00Z'),
            },
          ],
        },
      ],
      raw: a,
    });
  });

  it('keeps unscored totals as null', () => {
    expect(mapAssessment(berlin, { id: 1, scorecardId: 2, data: { totals: { percentage: null } } })).toMatchObject({
      scorePercentage: null,
      categories: [],
      state: null,
    });
  });

  it.each([
    ['no scorecard id', () => ({ ...wire(), scorecardId: null }), /scorecardId is missing/],
    ['data not an object', () => ({ ...wire(), data: 'x' }), /data is not an object/],
    [
      'percentage as text',
      () => ({ ...wire(), data: { ...wire().data, totals: { percentage: '75%' } } }),
      /percentage is not a number/,
    ],
    [
      'criterion null',
      () => ({ ...wire(), data: { ...wire().data, categories: [{ categoryId: 1, criteria: [null] }] } }),
      /criteria\[0\] is not an object/,
    ],
  ])('%s → UPSTREAM_BAD_RESPONSE', (_name, a, detail) => {
    expect(badResponse(() => mapAssessment(berlin, a())).message).toMatch(detail);
  });
});

describe('mapScorecard', () => {
  it('maps the scorecard', () => {
    const wire = {
      id: 44,
      baseId: 42,
      revision: 2,
      name: 'Email quality',
      state: 'active',
      categories: [
        {
          categoryId: 4401,
          label: 'Tone',
          order: 1,
          criteria: [{ id: 440101, label: 'Greeting', description: 'By name', maxPoints: 1, scoringType: 'metNotMet' }],
        },
      ],
      assignment: { channels: ['email'] },
      createdAt: '2025-10-01 09:00:00',
      modifiedAt: '2025-10-01 09:00:00',
      canEdit: true,
    };
    expect(mapScorecard(berlin, wire)).toEqual({
      scorecardId: 44,
      baseId: 42,
      revision: 2,
      name: 'Email quality',
      state: 'active',
      categories: [
        {
          categoryId: 4401,
          label: 'Tone',
          order: 1,
          criteria: [{ id: 440101, label: 'Greeting', description: 'By name', maxPoints: 1, scoringType: 'metNotMet' }],
        },
      ],
      createdAt: new Date('2025-10-01T07:00:00Z'),
      modifiedAt: new Date('2025-10-01T07:00:00Z'),
    });
  });

  it('rejects malformed scorecards', () => {
    expect(badResponse(() => mapScorecard(berlin, null)).message).toMatch(/not an object/);
    expect(badResponse(() => mapScorecard(berlin, { id: 1, categories: [{ label: 'x' }] })).message).toMatch(
      /categoryId is missing/,
    );
    expect(badResponse(() => mapScorecard(berlin, { id: 1, revision: '2' })).message).toMatch(/revision is not an integer/);
  });
});

describe('mapProfile', () => {
  it('names the user by alias, else first and last name, else null', () => {
    const base = {
      id: 23,
      firstName: 'Lena',
      lastName: 'Hoffmann',
      email: 'lena@x.example',
      type: 'agent',
      lastSeen: '2025-11-28 09:00:00',
    };
    expect(mapProfile(berlin, base)).toEqual({ userId: 23, name: 'Lena Hoffmann', email: 'lena@x.example', type: 'agent' });
    expect(mapProfile(berlin, { ...base, nameAlias: 'Lena H.' }).name).toBe('Lena H.');
    expect(mapProfile(berlin, { ...base, lastName: null }).name).toBe('Lena');
    expect(mapProfile(berlin, { id: 1 })).toEqual({ userId: 1, name: null, email: null, type: null });
  });

  it('rejects malformed profiles', () => {
    expect(badResponse(() => mapProfile(berlin, { firstName: 'x' })).message).toMatch(/id is missing/);
    expect(badResponse(() => mapProfile(berlin, { id: 1, email: ['a@b'] })).message).toMatch(/email is not a string/);
  });
});

describe('mapReportRow', () => {
  it('types every column of an export row', () => {
    const wire = exportRow();
    expect(mapReportRow(exportCtx, wire)).toEqual({
      userWorklogId: 551,
      date: new Date('2024-05-10T12:52:37Z'),
      userName: 'Lena Hoffmann',
      email: 'lena.hoffmann@sandbox-energy.example',
      userId: 23,
      ticketId: 8821,
      conversationId: 331,
      action: 'WRITE_ACTION',
      rawAction: 'writeAction',
      durationSeconds: 480,
      durationProblem: null,
      durationAfterWorkSeconds: 120,
      reopened: false,
      reopenedAt: null,
      status: 'closed',
      aiAgent: 'Email Assistant',
      topic: 'Billing',
      subTopic: 'Payment reminder',
      tags: ['Billing', 'Payment reminder'],
      allTags: ['Billing', 'Payment reminder'],
      channel: 'email',
      department: 'Customer care',
      teams: ['Customer care', 'Billing'],
      rawData: '{"id":8821}',
      aiAutomationLevel: 2,
      customerIdentifiedCorrectly: true,
      tagsIdentifiedCorrectly: false,
      textAssistanceAccuracy: 0.92,
      aiAgentsUsed: ['5', '6'],
      skippedTicket: false,
      netSecondsClosedAfterSla: -1800,
      closingDateForSla: new Date('2024-05-10T13:00:37Z'),
      statusActionDetail: null,
      pendingDueBy: new Date('2024-11-10T08:00:00Z'),
      pendingSeconds: 3600,
      netPendingSeconds: 2160,
      firstPendingAt: new Date('2024-05-10T12:00:00Z'),
      timesSetToOpen: 1,
      raw: wire,
    });
  });

  it('a duration that is not whole seconds costs only durationSeconds (null, with the reason), not the row', () => {
    const row = mapReportRow(exportCtx, { ...exportRow(), duration: '480' });
    expect(row).toMatchObject({
      durationSeconds: null,
      durationProblem: 'duration of row 551 is not a whole number of seconds',
      ticketId: 8821,
    });
    expect(() => enneoDurationOf(row, 'GET /export/reporting_worklog')).toThrow(
      expect.objectContaining({
        code: 'UPSTREAM_BAD_RESPONSE',
        source: 'ENNEO',
        message: expect.stringMatching(/not a whole number of seconds/),
      }),
    );
  });

  it('allTags: comma-separated names (or a JSON list) → a list; rawData: the JSON string parsed, an unreadable one an error of its own', () => {
    const row = (patch: Record<string, unknown>) => mapReportRow(exportCtx, { ...exportRow(), ...patch });
    expect(row({ allTags: 'Billing, Double charge ,Refund' }).allTags).toEqual(['Billing', 'Double charge', 'Refund']);
    expect(row({ allTags: '["Billing","A, B"]' }).allTags).toEqual(['Billing', 'A, B']);
    expect(row({ allTags: '' }).allTags).toEqual([]);
    expect(row({ allTags: null }).allTags).toEqual([]);
    expect(rawDataOf(row({ rawData: '{"id":8821,"tags":["Billing"]}' }))).toEqual({ id: 8821, tags: ['Billing'] });
    expect(rawDataOf(row({ rawData: undefined }))).toBeNull();
    const unreadable = row({ rawData: '{"id":' });
    expect(() => rawDataOf(unreadable)).toThrow(expect.objectContaining({ code: 'UPSTREAM_BAD_RESPONSE', source: 'ENNEO' }));
  });

  it('reads the zone-less date in the configured zone (why ENNEO_TIMEZONE matters)', () => {
    const row = exportRow();
    expect(mapReportRow({ ...exportCtx, timeZone: 'UTC' }, row).date.toISOString()).toBe('2024-05-10T14:52:37.000Z');
    expect(mapReportRow({ ...exportCtx, timeZone: 'America/New_York' }, row).date.toISOString()).toBe('2024-05-10T18:52:37.000Z');
  });

  it('reads the quirky typing: flags 0/1 (and true/false, "0"/"1"), JSON-in-a-string or real lists, empty list cells', () => {
    const model = mapReportRow(exportCtx, {
      ...exportRow(),
      reOpened: 1,
      skippedTicket: true,
      customerIdentifiedCorrectly: '0',
      tags: ['Billing'],
      teams: '',
      aiAgentsUsed: '[]',
      netSecondsClosedAfterSLA: 0,
    });
    expect(model).toMatchObject({
      reopened: true,
      skippedTicket: true,
      customerIdentifiedCorrectly: false,
      tags: ['Billing'],
      teams: [],
      aiAgentsUsed: [],
      netSecondsClosedAfterSla: 0,
    });
    // enneo spells the column netSecondsClosedAfterSLA; the ticket worklog's lower-case spelling is not read here.
    const { netSecondsClosedAfterSLA: _dropped, ...withoutSla } = exportRow();
    expect(mapReportRow(exportCtx, { ...withoutSla, netSecondsClosedAfterSla: -5 }).netSecondsClosedAfterSla).toBeNull();
  });

  it('maps a pseudonymized row: no ids, no email, date cut to the day (local midnight)', () => {
    const { ticketId: _t, conversationId: _c, userId: _u, email: _e, rawData: _r, ...rest } = exportRow();
    const wire = { ...rest, date: '2024-05-10' };
    const model = mapReportRow(exportCtx, wire);
    expect(model).toMatchObject({
      ticketId: null,
      conversationId: null,
      userId: null,
      email: null,
      userWorklogId: 551,
      userName: 'Lena Hoffmann',
    });
    expect(model.date.toISOString()).toBe('2024-05-09T22:00:00.000Z');
    expect(model.raw).toBe(wire);
  });

  it('keeps an unknown action as OTHER with the raw value', () => {
    expect(mapReportRow(exportCtx, { ...exportRow(), action: 'mergeAction' })).toMatchObject({
      action: 'OTHER',
      rawAction: 'mergeAction',
    });
  });

  it('treats empty duration cells as no tracked time', () => {
    expect(mapReportRow(exportCtx, { ...exportRow(), duration: null, durationAfterWork: undefined })).toMatchObject({
      durationSeconds: 0,
      durationAfterWorkSeconds: 0,
    });
  });

  it.each([
    ['not an object', () => 'row', /not an object/],
    ['no action', () => ({ ...exportRow(), action: null }), /no action/],
    ['no date', () => ({ ...exportRow(), date: null }), /date is missing/],
    ['date unreadable', () => ({ ...exportRow(), date: '10.05.2024 14:52' }), /date is not a timestamp/],
    ['date impossible', () => ({ ...exportRow(), date: '2024-02-30 10:00:00' }), /date is not a timestamp/],
    ['tags not JSON', () => ({ ...exportRow(), tags: 'Billing, Payment reminder' }), /tags is not a JSON-encoded list/],
    ['teams JSON but not a list', () => ({ ...exportRow(), teams: '{"a":1}' }), /teams is neither a list/],
    ['tags a number', () => ({ ...exportRow(), tags: 5 }), /tags is neither a list/],
    ['aiAgentsUsed with a nested list', () => ({ ...exportRow(), aiAgentsUsed: '[[5]]' }), /aiAgentsUsed\[0\]/],
    ['flag 2', () => ({ ...exportRow(), reOpened: 2 }), /reOpened is not a 0\/1/],
    ['flag "yes"', () => ({ ...exportRow(), skippedTicket: 'yes' }), /skippedTicket is not a 0\/1/],
    ['ticketId as text', () => ({ ...exportRow(), ticketId: '8821' }), /ticketId is not an integer/],
    ['userWorklogId fractional', () => ({ ...exportRow(), userWorklogId: 5.5 }), /userWorklogId is not an integer/],
    ['accuracy as text', () => ({ ...exportRow(), textAssistanceAccuracy: 'high' }), /textAssistanceAccuracy is not a number/],
    [
      'netSecondsClosedAfterSLA as text',
      () => ({ ...exportRow(), netSecondsClosedAfterSLA: '-1800' }),
      /netSecondsClosedAfterSLA is not an integer/,
    ],
    ['pendingDueBy unreadable', () => ({ ...exportRow(), pendingDueBy: 'next week' }), /pendingDueBy is not a timestamp/],
  ])('%s → UPSTREAM_BAD_RESPONSE', (_name, row, detail) => {
    const error = badResponse(() => mapReportRow(exportCtx, row()));
    expect(error.message).toMatch(detail);
    expect(error.message).toContain('GET /export/reporting_worklog');
  });
});
