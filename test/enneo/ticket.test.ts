import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { ENNEO_ROUTES } from '../../src/sandbox/enneo.js';
import { type Stack, startStack } from '../support/stack.js';

/** The documentation example (ticket 8821, worklogs 551 and 552) read through the gateway, field by field. */

const DocExampleTicket = graphql(`
  query DocExampleTicket($key: String!) {
    ticket(source: ENNEO, key: $key) {
      __typename
      id
      source
      key
      title
      status
      timeSpentSeconds
      ... on EnneoTicket {
        ticketId
        channel
        priority
        createdAt
        tags
        assessments { assessmentId }
      }
      worklogs {
        totalCount
        pageInfo { hasNextPage hasPreviousPage }
        edges {
          cursor
          node {
            __typename
            id
            source
            occurredAt
            startedAt
            durationSeconds
            comment
            summary
            author { source id name email kind }
            actor { id }
            ticket { key }
            ... on EnneoWorklog {
              worklogId
              ticketId
              conversationId
              date
              latestInteraction
              action
              rawAction
              actions
              actionTexts
              durationAfterWorkSeconds
              automationLevel
              automationLevelLabel
              aiAgents { id name description intelligence textAssistanceAccuracy actions }
              segments { userTimeTrackingId from to durationSeconds actions actionTexts }
              customerExperience {
                slaMet
                netSecondsClosedAfterSla
                closingDateForSla
                dueDateForSla
                reopened
                csat { id scale answerStars answerText }
              }
              assessments { assessmentId scorecardId state scorePercentage scorecard { scorecardId name } worklog { worklogId } }
              raw
            }
          }
        }
      }
    }
  }
`);

describe('enneo ticket and worklogs (documentation example)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.sandbox.enneo.resetRequests());

  it('maps every field of the example worklog entries', async () => {
    const result = await stack.execute(DocExampleTicket, { key: '8821' });
    expect(result.errors).toBeUndefined();
    const ticket = result.data!.ticket!;
    expect(ticket).toMatchObject({
      __typename: 'EnneoTicket',
      source: 'ENNEO',
      key: '8821',
      ticketId: 8821,
      timeSpentSeconds: 840,
    });
    expect(ticket.worklogs.totalCount).toBe(2);

    const [first, second] = ticket.worklogs.edges.map((e) => e.node);
    expect(first).toMatchObject({
      __typename: 'EnneoWorklog',
      source: 'ENNEO',
      worklogId: 551,
      ticketId: 8821,
      conversationId: 331,
      date: '2024-06-12',
      latestInteraction: '2024-06-12T09:59:00.000Z',
      startedAt: '2024-06-12T09:51:00.000Z',
      occurredAt: '2024-06-12T09:51:00.000Z',
      durationSeconds: 480,
      durationAfterWorkSeconds: 120,
      comment: null,
      action: 'CLOSE_ACTION',
      rawAction: 'closeAction',
      actions: ['reply', 'closed'],
      actionTexts: ['Sent reply to customer', 'Closed ticket'],
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
          from: '2024-06-12T09:51:00.000Z',
          to: '2024-06-12T09:59:00.000Z',
          durationSeconds: 480,
          actions: ['reply', 'closed'],
          actionTexts: ['Sent reply to customer', 'Closed ticket'],
        },
      ],
      customerExperience: {
        slaMet: true,
        netSecondsClosedAfterSla: -1800,
        closingDateForSla: '2024-06-12T09:59:00.000Z',
        dueDateForSla: '2024-06-12T10:30:00.000Z',
        reopened: false,
        csat: { id: 88, scale: 5, answerStars: 5, answerText: 'Great service!' },
      },
      author: { source: 'ENNEO', id: '23', kind: 'AGENT' },
      actor: { id: '23' },
      ticket: { key: '8821' },
    });
    expect(first!.author!.name).toBeTruthy();
    expect(first!.summary).toContain('Sent reply to customer');
    if (first!.__typename !== 'EnneoWorklog') throw new Error('expected an EnneoWorklog');
    expect(first!.assessments.map((a) => [a.assessmentId, a.scorecardId])).toEqual([
      [901, 42],
      [902, 43],
    ]);
    expect(first!.assessments.every((a) => a.worklog?.worklogId === 551 && a.scorecard?.scorecardId === a.scorecardId)).toBe(
      true,
    );
    // raw is the entry exactly as enneo sent it
    expect(first!.raw).toMatchObject({ id: 551, ticketId: 8821, worklog: { action: 'closeAction', conversationId: 331 } });

    expect(second).toMatchObject({
      worklogId: 552,
      date: '2024-06-13',
      action: 'WRITE_ACTION',
      automationLevel: 1,
      automationLevelLabel: 'Monitor',
      aiAgents: [],
      assessments: [],
    });
    expect(second).toMatchObject({ customerExperience: { csat: null, netSecondsClosedAfterSla: 0 } });
    if (ticket.__typename !== 'EnneoTicket') throw new Error('expected an EnneoTicket');
    expect(ticket.assessments).toEqual([{ assessmentId: 901 }, { assessmentId: 902 }]);
  });

  it('never opens a ticket without viewing=false', async () => {
    await stack.execute(DocExampleTicket, { key: '8821' });
    expect(stack.sandbox.enneo.count(ENNEO_ROUTES.ticket)).toBeGreaterThan(0);
    expect(stack.sandbox.enneo.viewingViolations).toEqual([]);
  });
});
