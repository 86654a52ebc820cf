/**
 * The operations GraphiQL opens with: each a tab, the first one the default. They query the
 * sandbox's seeded data (the showcase case is enneo ticket 8842), so `npm start` on a fresh clone
 * shows real answers with one click.
 */

export const DEFAULT_OPERATION = /* GraphQL */ `# Ticketlog Gateway: one GraphQL endpoint over enneo, Socialboards and Yandex Tracker.
# Press the run button. Other tabs hold more examples; the Docs panel lists every field.
query CaseTimeline {
  ticket(source: ENNEO, key: "8842") {
    title
    status
    timeSpentSeconds
    timeline(first: 20) {
      totalCount
      edges {
        node {
          occurredAt
          source
          summary
          actor { name kind }
        }
      }
    }
  }
}
`;

const ONE_TICKET = /* GraphQL */ `query OneTicket {
  ticket(source: ENNEO, key: "8821") {
    id
    title
    ... on EnneoTicket { channel priority createdAt }
    worklogs(first: 10) {
      totalCount
      edges {
        node {
          startedAt
          durationSeconds
          author { name email }
          ... on EnneoWorklog {
            action
            actionTexts
            automationLevel
            aiAgents { name intelligence }
            customerExperience { slaMet csat { answerStars answerText } }
            assessments { state scorePercentage scorecard { name } }
          }
        }
      }
    }
  }
}
`;

const REPORT = /* GraphQL */ `query WorklogReport {
  worklogReport(filter: { from: "2025-11-01", to: "2025-11-07", actions: [WRITE_ACTION, CLOSE_ACTION] }, first: 25) {
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        date
        userName
        action
        durationSeconds
        channel
        topic
        teams
        ticket { title }
      }
    }
  }
}
`;

export const EXAMPLE_TABS = [{ query: DEFAULT_OPERATION }, { query: ONE_TICKET }, { query: REPORT }];
