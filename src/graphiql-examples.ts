/**
 * The operations GraphiQL opens with: each a tab, the first one the default. They query the
 * sandbox's seeded data — the showcase case of customer Kari Nordmann appears in all three
 * sources (enneo ticket 8842, Socialboards ticket 5501, Tracker issue PAY-12) — so `npm start` on
 * a fresh clone shows real answers with one click.
 */

export const DEFAULT_OPERATION = /* GraphQL */ `# Ticketlog Gateway: one GraphQL endpoint over enneo, Socialboards and Yandex Tracker.
# Press the run button: one customer case, from all three sources, in one time-ordered list.
# Other tabs hold more examples; the Docs panel lists every field.
query CaseTimeline {
  timeline(
    refs: [
      { source: ENNEO, key: "8842" }
      { source: SOCIALBOARDS, key: "5501" }
      { source: TRACKER, key: "PAY-12" }
    ]
    first: 20
  ) {
    totalCount
    edges {
      node {
        occurredAt
        source
        summary
        actor { name kind }
        ... on Worklog { durationSeconds }
      }
    }
  }
}
`;

const ONE_TICKET = /* GraphQL */ `query OneEnneoTicket {
  ticket(source: ENNEO, key: "8821") {
    id
    title
    timeSpentSeconds
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

const TICKETS_ACROSS_SOURCES = /* GraphQL */ `query CaseTickets {
  tickets(refs: [
    { source: ENNEO, key: "8842" }
    { source: SOCIALBOARDS, key: "5501" }
    { source: TRACKER, key: "PAY-12" }
  ]) {
    __typename
    key
    title
    status
    timeSpentSeconds
    ... on SocialboardsTicket {
      author { name kind }
      category { path }
      logEvents(types: ["reply_created"]) { totalCount edges { node { occurredAt summary } } }
    }
    ... on TrackerIssue {
      statusDisplay
      worklogs { edges { node { ... on TrackerWorklog { duration durationSeconds comment } } } }
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

const TIME_REPORT = /* GraphQL */ `# Who spent how long in November, across enneo and Tracker: one row per person and source.
# Accounts are linked into people by PEOPLE_FILE, else by e-mail. The same report as CSV:
# GET /reports/time.csv?from=2025-11-01&to=2025-11-30&groupBy=PERSON,SOURCE
query TimeReport {
  timeReport(from: "2025-11-01", to: "2025-11-30", groupBy: [PERSON, SOURCE]) {
    totalSeconds
    coverage { source complete rows calls seconds note }
    rows {
      person { name accounts { source id } }
      source
      seconds
      entries
    }
  }
}
`;

export const EXAMPLE_TABS = [
  { query: DEFAULT_OPERATION },
  { query: ONE_TICKET },
  { query: TICKETS_ACROSS_SOURCES },
  { query: REPORT },
  { query: TIME_REPORT },
];
