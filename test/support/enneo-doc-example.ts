/**
 * The example of `GET /ticket/{ticketId}/worklog` from enneo's API reference
 * (/work/shared/seeds/enneo-get-ticket-worklogs.md), field for field: ticket 8821, worklogs 551
 * and 552. A fresh copy on every call, so a test may change it.
 */
export function enneoDocWorklogs() {
  return [
    {
      id: 551,
      ticketId: 8821,
      date: '2024-06-12',
      latestInteraction: '2024-06-12T09:59:00Z',
      assessments: [
        { id: 901, scorecardId: 42 },
        { id: 902, scorecardId: 43 },
      ],
      worklog: {
        userId: 23,
        worklogId: 551,
        latestInteraction: '2024-06-12T09:59:00Z',
        ticketId: 8821,
        conversationId: 331,
        action: 'closeAction',
        actionList: ['reply', 'closed'],
        actionListText: ['Sent reply to customer', 'Closed ticket'],
      },
      aiUsage: {
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
      },
      time: {
        duration: 480,
        durationAfterWork: 120,
        segments: [
          {
            userTimeTrackingId: 1201,
            from: '2024-06-12T09:51:00Z',
            to: '2024-06-12T09:59:00Z',
            actionList: ['reply', 'closed'],
            actionListText: ['Sent reply to customer', 'Closed ticket'],
          },
        ],
      },
      customerExperience: {
        slaMet: true,
        netSecondsClosedAfterSla: -1800,
        closingDateForSLA: '2024-06-12T09:59:00Z',
        dueDateForSLA: '2024-06-12T10:30:00Z',
        reOpened: false,
        csat: { id: 88, scale: 5, answerStars: 5, answerText: 'Great service!' },
      },
    },
    {
      id: 552,
      ticketId: 8821,
      date: '2024-06-13',
      latestInteraction: '2024-06-13T07:45:00Z',
      assessments: [],
      worklog: {
        userId: 23,
        worklogId: 552,
        latestInteraction: '2024-06-13T07:45:00Z',
        ticketId: 8821,
        conversationId: 332,
        action: 'writeAction',
        actionList: ['reply'],
        actionListText: ['Sent reply to customer'],
      },
      aiUsage: { automationLevel: 1, automationLevelLabel: 'Monitor', aiAgents: [] },
      time: {
        duration: 360,
        durationAfterWork: 60,
        segments: [
          {
            userTimeTrackingId: 1215,
            from: '2024-06-13T07:39:00Z',
            to: '2024-06-13T07:45:00Z',
            actionList: ['reply'],
            actionListText: ['Sent reply to customer'],
          },
        ],
      },
      customerExperience: {
        slaMet: true,
        netSecondsClosedAfterSla: 0,
        closingDateForSLA: '2024-06-13T08:10:00Z',
        dueDateForSLA: '2024-06-13T08:30:00Z',
        reOpened: false,
        csat: null,
      },
    },
  ];
}
