/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActorKind =
  /** A member of the support team. */
  | 'AGENT'
  /** An automation: an AI agent or a bot user. */
  | 'BOT'
  /** The customer or another outside person. */
  | 'CUSTOMER'
  /** The source does not say. */
  | 'UNKNOWN';

/** What an enneo worklog session ended with (the worklog `action`). */
export type EnneoAction =
  /** autoProcessAction: an AI agent processed the ticket autonomously. */
  | 'AUTO_PROCESS_ACTION'
  /** closeAction: the ticket was closed. */
  | 'CLOSE_ACTION'
  /** A value enneo added after this gateway was written; see rawAction. */
  | 'OTHER'
  /** readAction: the ticket was only read. */
  | 'READ_ACTION'
  /** statusAction: the ticket was set to waiting/pending. */
  | 'STATUS_ACTION'
  /** writeAction: a reply was written. */
  | 'WRITE_ACTION';

/** The Socialboards action types known to this gateway; any other is OTHER (see actionType). */
export type LogEventType =
  /** An action type this gateway does not name; never an error. */
  | 'OTHER'
  /** reply_created */
  | 'REPLY_CREATED'
  /** ticket_assigned_to_user */
  | 'TICKET_ASSIGNED_TO_USER'
  /** ticket_created */
  | 'TICKET_CREATED'
  /** ticket_read */
  | 'TICKET_READ'
  /** ticket_status_changed */
  | 'TICKET_STATUS_CHANGED';

/** A ticket-log source behind the gateway. */
export type Source =
  /** enneo.MIND: AI customer-service tickets, worklogs, quality assessments, reporting export. */
  | 'ENNEO'
  /** Socialboards Ticket API: social/inbox tickets and their action logs. */
  | 'SOCIALBOARDS'
  /** Yandex Tracker: issues and their worklogs. */
  | 'TRACKER';

/** Names one ticket: its source and its key there. */
export type TicketRef = {
  /** enneo/Socialboards numeric id as a string ("8821"), Tracker issue key ("PAY-12"). */
  key: string;
  source: Source;
};

export type TimelineEntryKind =
  /** Socialboards action-log entries. */
  | 'LOG_EVENT'
  /** Time spent: enneo and Tracker worklogs. */
  | 'WORKLOG';

export type TimelineOrder =
  /** Latest occurredAt first. */
  | 'NEWEST_FIRST'
  /** Earliest occurredAt first. */
  | 'OLDEST_FIRST';

/** Which export rows to read. Every field becomes an enneo export filter, applied by enneo. */
export type WorklogReportFilter = {
  /** Only these actions (OTHER cannot be filtered on). */
  actions?: Array<EnneoAction> | null | undefined;
  /** email, phone, chat, letter, portal, system, walkIn. */
  channels?: Array<string> | null | undefined;
  /** First day, inclusive, in the instance time zone. */
  from: string;
  ticketIds?: Array<number> | null | undefined;
  /** Last day, inclusive. */
  to: string;
  /** Top-level tag names. */
  topics?: Array<string> | null | undefined;
  userIds?: Array<number> | null | undefined;
};

/** Row order; enneo sorts its export by date or userWorklogId only, with the row id as tiebreaker. */
export type WorklogReportOrder =
  | 'DATE_ASC'
  | 'DATE_DESC'
  | 'WORKLOG_ID_ASC'
  | 'WORKLOG_ID_DESC';

export type ErrTicketTitleQueryVariables = Exact<{
  key: string;
}>;


export type ErrTicketTitleQuery = { ticket:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null };

export type ErrTicketListQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type ErrTicketListQuery = { tickets: Array<
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null> };

export type ErrTwoTicketsWithWorklogsQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrTwoTicketsWithWorklogsQuery = { a:
    | { key: string, title: string | null, worklogs: { totalCount: number } }
    | { key: string, title: string | null, worklogs: { totalCount: number } }
    | { key: string, title: string | null, worklogs: { totalCount: number } }
   | null, b:
    | { key: string, title: string | null, worklogs: { totalCount: number } }
    | { key: string, title: string | null, worklogs: { totalCount: number } }
    | { key: string, title: string | null, worklogs: { totalCount: number } }
   | null };

export type ErrAssessmentQueryVariables = Exact<{
  id: number;
}>;


export type ErrAssessmentQuery = { assessment: { assessmentId: number, state: string | null } | null };

export type ErrWorklogPageQueryVariables = Exact<{
  key: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ErrWorklogPageQuery = { ticket:
    | { key: string, worklogs: { totalCount: number, edges: Array<{ cursor: string }> } }
    | { key: string, worklogs: { totalCount: number, edges: Array<{ cursor: string }> } }
    | { key: string, worklogs: { totalCount: number, edges: Array<{ cursor: string }> } }
   | null };

export type ErrNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ErrNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { worklogId: number, id: string, ticket:
        | { key: string }
        | { key: string }
        | { key: string }
       }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ErrReportQueryVariables = Exact<{
  filter: WorklogReportFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ErrReportQuery = { worklogReport: { edges: Array<{ cursor: string, node: { userWorklogId: number | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ErrReportLiteralDateQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrReportLiteralDateQuery = { worklogReport: { edges: Array<{ cursor: string }> } };

export type LoadersTicketIdQueryVariables = Exact<{
  key: string;
}>;


export type LoadersTicketIdQuery = { ticket:
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type SameTicketManyWaysQueryVariables = Exact<{
  id: string | number;
}>;


export type SameTicketManyWaysQuery = { a:
    | { title: string | null, worklogs: { totalCount: number } }
    | { title: string | null, worklogs: { totalCount: number } }
    | { title: string | null, worklogs: { totalCount: number } }
   | null, b:
    | { status: string | null, timeSpentSeconds: number, timeline: { totalCount: number } }
    | { status: string | null, timeSpentSeconds: number, timeline: { totalCount: number } }
    | { status: string | null, timeSpentSeconds: number, timeline: { totalCount: number } }
   | null, tickets: Array<
    | { key: string, worklogs: { totalCount: number } }
    | { key: string, worklogs: { totalCount: number } }
    | { key: string, worklogs: { totalCount: number } }
   | null>, node:
    | { id: string }
    | { id: string, subject: string | null, assessments: Array<{ assessmentId: number }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AuthorIdsQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type AuthorIdsQuery = { tickets: Array<
    | { key: string, worklogs: { edges: Array<{ node:
            | { author: { source: Source, id: string, kind: ActorKind } | null, actor: { id: string, kind: ActorKind } | null }
            | { author: { source: Source, id: string, kind: ActorKind } | null, actor: { id: string, kind: ActorKind } | null }
           }> } }
    | { key: string, worklogs: { edges: Array<{ node:
            | { author: { source: Source, id: string, kind: ActorKind } | null, actor: { id: string, kind: ActorKind } | null }
            | { author: { source: Source, id: string, kind: ActorKind } | null, actor: { id: string, kind: ActorKind } | null }
           }> } }
    | { key: string, worklogs: { edges: Array<{ node:
            | { author: { source: Source, id: string, kind: ActorKind } | null, actor: { id: string, kind: ActorKind } | null }
            | { author: { source: Source, id: string, kind: ActorKind } | null, actor: { id: string, kind: ActorKind } | null }
           }> } }
   | null> };

export type AuthorNamesQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type AuthorNamesQuery = { tickets: Array<
    | { key: string, worklogs: { edges: Array<{ node:
            | { author: { id: string, name: string | null, email: string | null } | null, actor: { name: string | null } | null }
            | { author: { id: string, name: string | null, email: string | null } | null, actor: { name: string | null } | null }
           }> } }
    | { key: string, worklogs: { edges: Array<{ node:
            | { author: { id: string, name: string | null, email: string | null } | null, actor: { name: string | null } | null }
            | { author: { id: string, name: string | null, email: string | null } | null, actor: { name: string | null } | null }
           }> } }
    | { key: string, worklogs: { edges: Array<{ node:
            | { author: { id: string, name: string | null, email: string | null } | null, actor: { name: string | null } | null }
            | { author: { id: string, name: string | null, email: string | null } | null, actor: { name: string | null } | null }
           }> } }
   | null> };

export type AssessmentRefsQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type AssessmentRefsQuery = { tickets: Array<
    | { assessments: Array<{ assessmentId: number, scorecardId: number }>, worklogs: { edges: Array<{ node:
            | { worklogId: number, assessments: Array<{ assessmentId: number, scorecardId: number }> }
            | Record<PropertyKey, never>
           }> } }
    | Record<PropertyKey, never>
   | null> };

export type AssessmentStatesQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type AssessmentStatesQuery = { tickets: Array<
    | { assessments: Array<{ assessmentId: number, state: string | null }>, worklogs: { edges: Array<{ node:
            | { assessments: Array<{ assessmentId: number, state: string | null, scorePercentage: number | null }> }
            | Record<PropertyKey, never>
           }> } }
    | Record<PropertyKey, never>
   | null> };

export type AssessmentScorecardsQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type AssessmentScorecardsQuery = { tickets: Array<
    | { assessments: Array<{ assessmentId: number, scorecardId: number, scorecard: { scorecardId: number, name: string | null } | null }> }
    | Record<PropertyKey, never>
   | null> };

export type TicketAndWorklogsQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketAndWorklogsQuery = { ticket:
    | { title: string | null, worklogs: { totalCount: number } }
    | { title: string | null, worklogs: { totalCount: number } }
    | { title: string | null, worklogs: { totalCount: number } }
   | null };

export type TicketTitlesQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type TicketTitlesQuery = { tickets: Array<
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null> };

export type ReportPageQueryVariables = Exact<{
  filter: WorklogReportFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: WorklogReportOrder | null | undefined;
}>;


export type ReportPageQuery = { worklogReport: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { userWorklogId: number | null, date: string, ticketId: number | null, userId: number | null, action: EnneoAction, rawAction: string, channel: string | null, topic: string | null, raw: Record<string, unknown> } }> } };

export type ReportTypedQueryVariables = Exact<{
  filter: WorklogReportFilter;
}>;


export type ReportTypedQuery = { worklogReport: { edges: Array<{ node: { userWorklogId: number | null, date: string, userName: string | null, email: string | null, userId: number | null, ticketId: number | null, conversationId: number | null, action: EnneoAction, rawAction: string, durationSeconds: number, durationAfterWorkSeconds: number, status: string | null, topic: string | null, subTopic: string | null, tags: Array<string>, channel: string | null, department: string | null, teams: Array<string>, aiAutomationLevel: number | null, aiAgent: string | null, aiAgentsUsed: Array<string>, textAssistanceAccuracy: number | null, customerIdentifiedCorrectly: boolean | null, tagsIdentifiedCorrectly: boolean | null, skippedTicket: boolean | null, reopened: boolean | null, reopenedAt: string | null, timesSetToOpen: number | null, netSecondsClosedAfterSla: number | null, closingDateForSla: string | null, statusActionDetail: string | null, pendingDueBy: string | null, pendingSeconds: number | null, netPendingSeconds: number | null, firstPendingAt: string | null, raw: Record<string, unknown> } }> } };

export type ReportPseudonymizedQueryVariables = Exact<{
  filter: WorklogReportFilter;
}>;


export type ReportPseudonymizedQuery = { worklogReport: { edges: Array<{ node: { userWorklogId: number | null, date: string, ticketId: number | null, userId: number | null, email: string | null, conversationId: number | null, userName: string | null, raw: Record<string, unknown>, user: { id: string } | null, ticket: { key: string } | null, worklog: { worklogId: number } | null } }> } };

export type ReportLinkedQueryVariables = Exact<{
  filter: WorklogReportFilter;
  first?: number | null | undefined;
}>;


export type ReportLinkedQuery = { worklogReport: { edges: Array<{ node: { userWorklogId: number | null, ticketId: number | null, date: string, ticket: { key: string, title: string | null } | null, worklog: { worklogId: number, ticketId: number, startedAt: string, durationSeconds: number } | null } }> } };

export type DocExampleTicketQueryVariables = Exact<{
  key: string;
}>;


export type DocExampleTicketQuery = { ticket:
    | { __typename: 'EnneoTicket', ticketId: number, channel: string | null, priority: string | null, createdAt: string | null, tags: Array<string>, id: string, source: Source, key: string, title: string | null, status: string | null, timeSpentSeconds: number, assessments: Array<{ assessmentId: number }>, worklogs: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ cursor: string, node:
            | { __typename: 'EnneoWorklog', worklogId: number, ticketId: number, conversationId: number | null, date: string, latestInteraction: string | null, action: EnneoAction, rawAction: string, actions: Array<string>, actionTexts: Array<string>, durationAfterWorkSeconds: number, automationLevel: number | null, automationLevelLabel: string | null, raw: Record<string, unknown>, id: string, source: Source, occurredAt: string, startedAt: string, durationSeconds: number, comment: string | null, summary: string, aiAgents: Array<{ id: number, name: string | null, description: string | null, intelligence: string | null, textAssistanceAccuracy: number | null, actions: unknown }>, segments: Array<{ userTimeTrackingId: number | null, from: string, to: string, durationSeconds: number, actions: Array<string>, actionTexts: Array<string> }>, customerExperience: { slaMet: boolean | null, netSecondsClosedAfterSla: number | null, closingDateForSla: string | null, dueDateForSla: string | null, reopened: boolean | null, csat: { id: number, scale: number | null, answerStars: number | null, answerText: string | null } | null } | null, assessments: Array<{ assessmentId: number, scorecardId: number, state: string | null, scorePercentage: number | null, scorecard: { scorecardId: number, name: string | null } | null, worklog: { worklogId: number } | null }>, author: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, actor: { id: string } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
            | { __typename: 'TrackerWorklog', id: string, source: Source, occurredAt: string, startedAt: string, durationSeconds: number, comment: string | null, summary: string, author: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, actor: { id: string } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
           }> } }
    | { __typename: 'SocialboardsTicket', id: string, source: Source, key: string, title: string | null, status: string | null, timeSpentSeconds: number, worklogs: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ cursor: string, node:
            | { __typename: 'EnneoWorklog', worklogId: number, ticketId: number, conversationId: number | null, date: string, latestInteraction: string | null, action: EnneoAction, rawAction: string, actions: Array<string>, actionTexts: Array<string>, durationAfterWorkSeconds: number, automationLevel: number | null, automationLevelLabel: string | null, raw: Record<string, unknown>, id: string, source: Source, occurredAt: string, startedAt: string, durationSeconds: number, comment: string | null, summary: string, aiAgents: Array<{ id: number, name: string | null, description: string | null, intelligence: string | null, textAssistanceAccuracy: number | null, actions: unknown }>, segments: Array<{ userTimeTrackingId: number | null, from: string, to: string, durationSeconds: number, actions: Array<string>, actionTexts: Array<string> }>, customerExperience: { slaMet: boolean | null, netSecondsClosedAfterSla: number | null, closingDateForSla: string | null, dueDateForSla: string | null, reopened: boolean | null, csat: { id: number, scale: number | null, answerStars: number | null, answerText: string | null } | null } | null, assessments: Array<{ assessmentId: number, scorecardId: number, state: string | null, scorePercentage: number | null, scorecard: { scorecardId: number, name: string | null } | null, worklog: { worklogId: number } | null }>, author: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, actor: { id: string } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
            | { __typename: 'TrackerWorklog', id: string, source: Source, occurredAt: string, startedAt: string, durationSeconds: number, comment: string | null, summary: string, author: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, actor: { id: string } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
           }> } }
    | { __typename: 'TrackerIssue', id: string, source: Source, key: string, title: string | null, status: string | null, timeSpentSeconds: number, worklogs: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ cursor: string, node:
            | { __typename: 'EnneoWorklog', worklogId: number, ticketId: number, conversationId: number | null, date: string, latestInteraction: string | null, action: EnneoAction, rawAction: string, actions: Array<string>, actionTexts: Array<string>, durationAfterWorkSeconds: number, automationLevel: number | null, automationLevelLabel: string | null, raw: Record<string, unknown>, id: string, source: Source, occurredAt: string, startedAt: string, durationSeconds: number, comment: string | null, summary: string, aiAgents: Array<{ id: number, name: string | null, description: string | null, intelligence: string | null, textAssistanceAccuracy: number | null, actions: unknown }>, segments: Array<{ userTimeTrackingId: number | null, from: string, to: string, durationSeconds: number, actions: Array<string>, actionTexts: Array<string> }>, customerExperience: { slaMet: boolean | null, netSecondsClosedAfterSla: number | null, closingDateForSla: string | null, dueDateForSla: string | null, reopened: boolean | null, csat: { id: number, scale: number | null, answerStars: number | null, answerText: string | null } | null } | null, assessments: Array<{ assessmentId: number, scorecardId: number, state: string | null, scorePercentage: number | null, scorecard: { scorecardId: number, name: string | null } | null, worklog: { worklogId: number } | null }>, author: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, actor: { id: string } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
            | { __typename: 'TrackerWorklog', id: string, source: Source, occurredAt: string, startedAt: string, durationSeconds: number, comment: string | null, summary: string, author: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, actor: { id: string } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
           }> } }
   | null };

export type EnneoTimelineQueryVariables = Exact<{
  key: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  order?: TimelineOrder | null | undefined;
}>;


export type EnneoTimelineQuery = { ticket:
    | { id: string, timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { __typename: 'EnneoWorklog', worklogId: number, startedAt: string, durationSeconds: number, id: string, source: Source, occurredAt: string, summary: string, assessments: Array<{ id: string, assessmentId: number, scorecard: { id: string, scorecardId: number } | null }>, actor: { id: string, kind: ActorKind } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
            | { __typename: 'LogEvent', id: string, source: Source, occurredAt: string, summary: string, actor: { id: string, kind: ActorKind } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
            | { __typename: 'TrackerWorklog', id: string, source: Source, occurredAt: string, summary: string, actor: { id: string, kind: ActorKind } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
           }> } }
    | { id: string, timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { __typename: 'EnneoWorklog', worklogId: number, startedAt: string, durationSeconds: number, id: string, source: Source, occurredAt: string, summary: string, assessments: Array<{ id: string, assessmentId: number, scorecard: { id: string, scorecardId: number } | null }>, actor: { id: string, kind: ActorKind } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
            | { __typename: 'LogEvent', id: string, source: Source, occurredAt: string, summary: string, actor: { id: string, kind: ActorKind } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
            | { __typename: 'TrackerWorklog', id: string, source: Source, occurredAt: string, summary: string, actor: { id: string, kind: ActorKind } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
           }> } }
    | { id: string, timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { __typename: 'EnneoWorklog', worklogId: number, startedAt: string, durationSeconds: number, id: string, source: Source, occurredAt: string, summary: string, assessments: Array<{ id: string, assessmentId: number, scorecard: { id: string, scorecardId: number } | null }>, actor: { id: string, kind: ActorKind } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
            | { __typename: 'LogEvent', id: string, source: Source, occurredAt: string, summary: string, actor: { id: string, kind: ActorKind } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
            | { __typename: 'TrackerWorklog', id: string, source: Source, occurredAt: string, summary: string, actor: { id: string, kind: ActorKind } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
           }> } }
   | null };

export type RefetchNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type RefetchNodeQuery = { node:
    | { __typename: 'Assessment', assessmentId: number, scorecardId: number, state: string | null, id: string }
    | { __typename: 'EnneoTicket', key: string, title: string | null, id: string }
    | { __typename: 'EnneoWorklog', worklogId: number, ticketId: number, startedAt: string, durationSeconds: number, id: string }
    | { __typename: 'LogEvent', id: string }
    | { __typename: 'Scorecard', scorecardId: number, name: string | null, id: string }
    | { __typename: 'SocialboardsTicket', id: string }
    | { __typename: 'TrackerIssue', id: string }
    | { __typename: 'TrackerWorklog', id: string }
   | null };

export type RefetchNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type RefetchNodesQuery = { nodes: Array<
    | { __typename: 'Assessment', assessmentId: number, id: string }
    | { __typename: 'EnneoTicket', key: string, id: string }
    | { __typename: 'EnneoWorklog', worklogId: number, id: string }
    | { __typename: 'LogEvent', id: string }
    | { __typename: 'Scorecard', scorecardId: number, id: string }
    | { __typename: 'SocialboardsTicket', id: string }
    | { __typename: 'TrackerIssue', id: string }
    | { __typename: 'TrackerWorklog', id: string }
   | null> };

export type SbLogEventsQueryVariables = Exact<{
  key: string;
  types?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SbLogEventsQuery = { ticket:
    | { key: string, logEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, source: Source, type: LogEventType, actionType: string, text: string, summary: string, time: string, occurredAt: string, ticketId: number, raw: Record<string, unknown>, actor: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, mentionedUsers: Array<{ source: Source, id: string, name: string | null, email: string | null, kind: ActorKind }>, ticket:
              | { key: string }
              | { key: string }
              | { key: string }
             } }> } }
    | { key: string, logEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, source: Source, type: LogEventType, actionType: string, text: string, summary: string, time: string, occurredAt: string, ticketId: number, raw: Record<string, unknown>, actor: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, mentionedUsers: Array<{ source: Source, id: string, name: string | null, email: string | null, kind: ActorKind }>, ticket:
              | { key: string }
              | { key: string }
              | { key: string }
             } }> } }
    | { key: string, logEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, source: Source, type: LogEventType, actionType: string, text: string, summary: string, time: string, occurredAt: string, ticketId: number, raw: Record<string, unknown>, actor: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, mentionedUsers: Array<{ source: Source, id: string, name: string | null, email: string | null, kind: ActorKind }>, ticket:
              | { key: string }
              | { key: string }
              | { key: string }
             } }> } }
   | null };

export type SbTicketTimelineQueryVariables = Exact<{
  key: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  order?: TimelineOrder | null | undefined;
}>;


export type SbTicketTimelineQuery = { ticket:
    | { key: string, timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'EnneoWorklog', id: string, source: Source, occurredAt: string, summary: string }
            | { __typename: 'LogEvent', id: string, source: Source, occurredAt: string, summary: string }
            | { __typename: 'TrackerWorklog', id: string, source: Source, occurredAt: string, summary: string }
           }> } }
    | { key: string, timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'EnneoWorklog', id: string, source: Source, occurredAt: string, summary: string }
            | { __typename: 'LogEvent', id: string, source: Source, occurredAt: string, summary: string }
            | { __typename: 'TrackerWorklog', id: string, source: Source, occurredAt: string, summary: string }
           }> } }
    | { key: string, timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
            | { __typename: 'EnneoWorklog', id: string, source: Source, occurredAt: string, summary: string }
            | { __typename: 'LogEvent', id: string, source: Source, occurredAt: string, summary: string }
            | { __typename: 'TrackerWorklog', id: string, source: Source, occurredAt: string, summary: string }
           }> } }
   | null };

export type SbRootTimelineQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type SbRootTimelineQuery = { timeline: { totalCount: number, edges: Array<{ node:
        | { id: string, source: Source, occurredAt: string }
        | { ticketId: number, actionType: string, id: string, source: Source, occurredAt: string }
        | { id: string, source: Source, occurredAt: string }
       }> } };

export type SbTicketsQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type SbTicketsQuery = { tickets: Array<
    | { id: string, source: Source, key: string, title: string | null, status: string | null }
    | { ticketId: number, id: string, source: Source, key: string, title: string | null, status: string | null, author: { id: string, kind: ActorKind } | null }
    | { id: string, source: Source, key: string, title: string | null, status: string | null }
   | null> };

export type SbTicketTitleQueryVariables = Exact<{
  key: string;
}>;


export type SbTicketTitleQuery = { ticket:
    | { id: string, key: string, title: string | null, status: string | null }
    | { id: string, key: string, title: string | null, status: string | null }
    | { id: string, key: string, title: string | null, status: string | null }
   | null };

export type SbTicketWithLogQueryVariables = Exact<{
  key: string;
}>;


export type SbTicketWithLogQuery = { ticket:
    | { key: string, title: string | null, logEvents: { totalCount: number } }
    | { key: string, title: string | null, logEvents: { totalCount: number } }
    | { key: string, title: string | null, logEvents: { totalCount: number } }
   | null };

export type SbNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type SbNodeQuery = { node:
    | { __typename: 'Assessment', id: string }
    | { __typename: 'EnneoTicket', id: string }
    | { __typename: 'EnneoWorklog', id: string }
    | { __typename: 'LogEvent', ticketId: number, actionType: string, time: string, text: string, summary: string, occurredAt: string, id: string }
    | { __typename: 'Scorecard', id: string }
    | { __typename: 'SocialboardsTicket', key: string, title: string | null, status: string | null, id: string }
    | { __typename: 'TrackerIssue', id: string }
    | { __typename: 'TrackerWorklog', id: string }
   | null };

export type SbNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SbNodesQuery = { nodes: Array<
    | { __typename: 'Assessment', id: string }
    | { __typename: 'EnneoTicket', id: string }
    | { __typename: 'EnneoWorklog', id: string }
    | { __typename: 'LogEvent', ticketId: number, actionType: string, time: string, id: string }
    | { __typename: 'Scorecard', id: string }
    | { __typename: 'SocialboardsTicket', key: string, title: string | null, id: string }
    | { __typename: 'TrackerIssue', id: string }
    | { __typename: 'TrackerWorklog', id: string }
   | null> };

export type TlBatchTimelineQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type TlBatchTimelineQuery = { timeline: { totalCount: number, edges: Array<{ node:
        | { id: string, source: Source }
        | { id: string, source: Source }
        | { id: string, source: Source }
       }> } };

export type TlBatchTimelineTicketsQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type TlBatchTimelineTicketsQuery = { timeline: { totalCount: number, edges: Array<{ node:
        | { id: string, source: Source, ticket:
            | { source: Source, key: string, title: string | null }
            | { source: Source, key: string, title: string | null }
            | { source: Source, key: string, title: string | null }
           }
        | { id: string, source: Source, ticket:
            | { source: Source, key: string, title: string | null }
            | { source: Source, key: string, title: string | null }
            | { source: Source, key: string, title: string | null }
           }
        | { id: string, source: Source, ticket:
            | { source: Source, key: string, title: string | null }
            | { source: Source, key: string, title: string | null }
            | { source: Source, key: string, title: string | null }
           }
       }> } };

export type TlBatchTicketsQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type TlBatchTicketsQuery = { tickets: Array<
    | { source: Source, key: string, title: string | null }
    | { source: Source, key: string, title: string | null }
    | { source: Source, key: string, title: string | null }
   | null> };

export type TlBatchWarmUpQueryVariables = Exact<{ [key: string]: never; }>;


export type TlBatchWarmUpQuery = { tickets: Array<
    | { key: string }
    | { key: string }
    | { key: string }
   | null> };

export type TlTimelineQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  order?: TimelineOrder | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  sources?: Array<Source> | Source | null | undefined;
  kinds?: Array<TimelineEntryKind> | TimelineEntryKind | null | undefined;
}>;


export type TlTimelineQuery = { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { __typename: 'EnneoWorklog', id: string, source: Source, occurredAt: string, summary: string, enneoWorklogId: number }
        | { __typename: 'LogEvent', actionType: string, time: string, id: string, source: Source, occurredAt: string, summary: string }
        | { __typename: 'TrackerWorklog', issueKey: string, id: string, source: Source, occurredAt: string, summary: string, trackerWorklogId: string }
       }> } };

export type TlNodeIdsQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type TlNodeIdsQuery = { timeline: { edges: Array<{ node:
        | { __typename: 'EnneoWorklog', id: string, assessments: Array<{ __typename: 'Assessment', id: string, scorecard: { __typename: 'Scorecard', id: string } | null }>, ticket:
            | { __typename: 'EnneoTicket', id: string }
            | { __typename: 'SocialboardsTicket', id: string }
            | { __typename: 'TrackerIssue', id: string }
           }
        | { __typename: 'LogEvent', id: string, ticket:
            | { __typename: 'EnneoTicket', id: string }
            | { __typename: 'SocialboardsTicket', id: string }
            | { __typename: 'TrackerIssue', id: string }
           }
        | { __typename: 'TrackerWorklog', id: string, ticket:
            | { __typename: 'EnneoTicket', id: string }
            | { __typename: 'SocialboardsTicket', id: string }
            | { __typename: 'TrackerIssue', id: string }
           }
       }> } };

export type TlNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type TlNodeQuery = { node:
    | { __typename: 'Assessment', id: string }
    | { __typename: 'EnneoTicket', id: string }
    | { __typename: 'EnneoWorklog', id: string }
    | { __typename: 'LogEvent', id: string }
    | { __typename: 'Scorecard', id: string }
    | { __typename: 'SocialboardsTicket', id: string }
    | { __typename: 'TrackerIssue', id: string }
    | { __typename: 'TrackerWorklog', id: string }
   | null };

export type TlNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type TlNodesQuery = { nodes: Array<
    | { __typename: 'Assessment', id: string }
    | { __typename: 'EnneoTicket', id: string }
    | { __typename: 'EnneoWorklog', id: string }
    | { __typename: 'LogEvent', id: string }
    | { __typename: 'Scorecard', id: string }
    | { __typename: 'SocialboardsTicket', id: string }
    | { __typename: 'TrackerIssue', id: string }
    | { __typename: 'TrackerWorklog', id: string }
   | null> };

export type TlTicketsQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type TlTicketsQuery = { tickets: Array<
    | { __typename: 'EnneoTicket', id: string, source: Source, key: string, title: string | null }
    | { __typename: 'SocialboardsTicket', id: string, source: Source, key: string, title: string | null }
    | { __typename: 'TrackerIssue', id: string, source: Source, key: string, title: string | null }
   | null> };

export type TrIssueQueryVariables = Exact<{
  key: string;
}>;


export type TrIssueQuery = { ticket:
    | { id: string, source: Source, key: string, title: string | null, status: string | null, timeSpentSeconds: number, worklogs: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node:
            | { id: string, startedAt: string, durationSeconds: number, comment: string | null, author: { source: Source, id: string, name: string | null, kind: ActorKind } | null }
            | { worklogId: string, issueKey: string, duration: string, createdAt: string, updatedAt: string | null, id: string, startedAt: string, durationSeconds: number, comment: string | null, updatedBy: { source: Source, id: string, name: string | null, kind: ActorKind } | null, author: { source: Source, id: string, name: string | null, kind: ActorKind } | null }
           }> } }
    | { id: string, source: Source, key: string, title: string | null, status: string | null, timeSpentSeconds: number, worklogs: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node:
            | { id: string, startedAt: string, durationSeconds: number, comment: string | null, author: { source: Source, id: string, name: string | null, kind: ActorKind } | null }
            | { worklogId: string, issueKey: string, duration: string, createdAt: string, updatedAt: string | null, id: string, startedAt: string, durationSeconds: number, comment: string | null, updatedBy: { source: Source, id: string, name: string | null, kind: ActorKind } | null, author: { source: Source, id: string, name: string | null, kind: ActorKind } | null }
           }> } }
    | { issueId: string, statusDisplay: string | null, createdAt: string | null, updatedAt: string | null, id: string, source: Source, key: string, title: string | null, status: string | null, timeSpentSeconds: number, assignee: { source: Source, id: string, name: string | null, kind: ActorKind } | null, worklogs: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node:
            | { id: string, startedAt: string, durationSeconds: number, comment: string | null, author: { source: Source, id: string, name: string | null, kind: ActorKind } | null }
            | { worklogId: string, issueKey: string, duration: string, createdAt: string, updatedAt: string | null, id: string, startedAt: string, durationSeconds: number, comment: string | null, updatedBy: { source: Source, id: string, name: string | null, kind: ActorKind } | null, author: { source: Source, id: string, name: string | null, kind: ActorKind } | null }
           }> } }
   | null };

export type TrTitleQueryVariables = Exact<{
  key: string;
}>;


export type TrTitleQuery = { ticket:
    | { key: string, title: string | null, status: string | null }
    | { key: string, title: string | null, status: string | null }
    | { key: string, title: string | null, status: string | null }
   | null };

export type TrTicketsQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type TrTicketsQuery = { tickets: Array<
    | { key: string, title: string | null, status: string | null }
    | { key: string, title: string | null, status: string | null }
    | { key: string, title: string | null, status: string | null }
   | null> };

export type TrDurationsQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type TrDurationsQuery = { tickets: Array<
    | { key: string, timeSpentSeconds: number, worklogs: { totalCount: number, edges: Array<{ node:
            | { durationSeconds: number }
            | { worklogId: string, duration: string, durationSeconds: number }
           }> } }
    | { key: string, timeSpentSeconds: number, worklogs: { totalCount: number, edges: Array<{ node:
            | { durationSeconds: number }
            | { worklogId: string, duration: string, durationSeconds: number }
           }> } }
    | { key: string, timeSpentSeconds: number, worklogs: { totalCount: number, edges: Array<{ node:
            | { durationSeconds: number }
            | { worklogId: string, duration: string, durationSeconds: number }
           }> } }
   | null> };

export type TrTicketsWorklogsQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type TrTicketsWorklogsQuery = { tickets: Array<
    | { key: string, timeSpentSeconds: number, worklogs: { totalCount: number }, timeline: { totalCount: number } }
    | { key: string, timeSpentSeconds: number, worklogs: { totalCount: number }, timeline: { totalCount: number } }
    | { key: string, timeSpentSeconds: number, worklogs: { totalCount: number }, timeline: { totalCount: number } }
   | null> };

export type TrTimelineQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type TrTimelineQuery = { timeline: { totalCount: number, edges: Array<{ node:
        | { source: Source, occurredAt: string }
        | { source: Source, occurredAt: string }
        | { issueKey: string, worklogId: string, source: Source, occurredAt: string }
       }> } };

export type TrBadDurationQueryVariables = Exact<{
  key: string;
}>;


export type TrBadDurationQuery = { plain:
    | { key: string, title: string | null, worklogs: { totalCount: number, edges: Array<{ node:
            | { worklogId: string, duration: string }
            | Record<PropertyKey, never>
           }> } }
    | { key: string, title: string | null, worklogs: { totalCount: number, edges: Array<{ node:
            | { worklogId: string, duration: string }
            | Record<PropertyKey, never>
           }> } }
    | { key: string, title: string | null, worklogs: { totalCount: number, edges: Array<{ node:
            | { worklogId: string, duration: string }
            | Record<PropertyKey, never>
           }> } }
   | null, seconds:
    | { worklogs: { edges: Array<{ node:
            | { durationSeconds: number }
            | { worklogId: string, durationSeconds: number }
           }> } }
    | { worklogs: { edges: Array<{ node:
            | { durationSeconds: number }
            | { worklogId: string, durationSeconds: number }
           }> } }
    | { worklogs: { edges: Array<{ node:
            | { durationSeconds: number }
            | { worklogId: string, durationSeconds: number }
           }> } }
   | null, total:
    | { timeSpentSeconds: number }
    | { timeSpentSeconds: number }
    | { timeSpentSeconds: number }
   | null };

export type TrNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type TrNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { key: string, title: string | null, status: string | null, timeSpentSeconds: number, id: string }
    | { worklogId: string, issueKey: string, duration: string, durationSeconds: number, startedAt: string, id: string, author: { name: string | null } | null, ticket:
        | { key: string }
        | { key: string }
        | { key: string }
       }
   | null };


export const ErrTicketTitleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrTicketTitle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ErrTicketTitleQuery, ErrTicketTitleQueryVariables>;
export const ErrTicketListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrTicketList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ErrTicketListQuery, ErrTicketListQueryVariables>;
export const ErrTwoTicketsWithWorklogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrTwoTicketsWithWorklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8821","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<ErrTwoTicketsWithWorklogsQuery, ErrTwoTicketsWithWorklogsQueryVariables>;
export const ErrAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ErrAssessmentQuery, ErrAssessmentQueryVariables>;
export const ErrWorklogPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrWorklogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ErrWorklogPageQuery, ErrWorklogPageQueryVariables>;
export const ErrNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ErrNodeQuery, ErrNodeQueryVariables>;
export const ErrReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorklogReportFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userWorklogId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ErrReportQuery, ErrReportQueryVariables>;
export const ErrReportLiteralDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrReportLiteralDate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2025-11-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2025-13-01","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<ErrReportLiteralDateQuery, ErrReportLiteralDateQueryVariables>;
export const LoadersTicketIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoadersTicketId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LoadersTicketIdQuery, LoadersTicketIdQueryVariables>;
export const SameTicketManyWaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SameTicketManyWays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeSpentSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"subject"},"name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SameTicketManyWaysQuery, SameTicketManyWaysQueryVariables>;
export const AuthorIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorIdsQuery, AuthorIdsQueryVariables>;
export const AuthorNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorNamesQuery, AuthorNamesQueryVariables>;
export const AssessmentRefsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentRefs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"scorecardId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"scorecardId"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentRefsQuery, AssessmentRefsQueryVariables>;
export const AssessmentStatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentStates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercentage"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentStatesQuery, AssessmentStatesQueryVariables>;
export const AssessmentScorecardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentScorecards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"scorecardId"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecardId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentScorecardsQuery, AssessmentScorecardsQueryVariables>;
export const TicketAndWorklogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketAndWorklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<TicketAndWorklogsQuery, TicketAndWorklogsQueryVariables>;
export const TicketTitlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TicketTitles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TicketTitlesQuery, TicketTitlesQueryVariables>;
export const ReportPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorklogReportFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorklogReportOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userWorklogId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rawAction"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportPageQuery, ReportPageQueryVariables>;
export const ReportTypedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportTyped"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorklogReportFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userWorklogId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rawAction"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"durationAfterWorkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"subTopic"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}},{"kind":"Field","name":{"kind":"Name","value":"aiAutomationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"aiAgent"}},{"kind":"Field","name":{"kind":"Name","value":"aiAgentsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"textAssistanceAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"customerIdentifiedCorrectly"}},{"kind":"Field","name":{"kind":"Name","value":"tagsIdentifiedCorrectly"}},{"kind":"Field","name":{"kind":"Name","value":"skippedTicket"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timesSetToOpen"}},{"kind":"Field","name":{"kind":"Name","value":"netSecondsClosedAfterSla"}},{"kind":"Field","name":{"kind":"Name","value":"closingDateForSla"}},{"kind":"Field","name":{"kind":"Name","value":"statusActionDetail"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"pendingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"netPendingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"firstPendingAt"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportTypedQuery, ReportTypedQueryVariables>;
export const ReportPseudonymizedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportPseudonymized"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorklogReportFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userWorklogId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worklog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportPseudonymizedQuery, ReportPseudonymizedQueryVariables>;
export const ReportLinkedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportLinked"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorklogReportFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userWorklogId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worklog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportLinkedQuery, ReportLinkedQueryVariables>;
export const DocExampleTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocExampleTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeSpentSeconds"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"latestInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"rawAction"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"actionTexts"}},{"kind":"Field","name":{"kind":"Name","value":"durationAfterWorkSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"automationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"automationLevelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"aiAgents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"intelligence"}},{"kind":"Field","name":{"kind":"Name","value":"textAssistanceAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userTimeTrackingId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"actionTexts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerExperience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slaMet"}},{"kind":"Field","name":{"kind":"Name","value":"netSecondsClosedAfterSla"}},{"kind":"Field","name":{"kind":"Name","value":"closingDateForSla"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateForSla"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"answerStars"}},{"kind":"Field","name":{"kind":"Name","value":"answerText"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"scorecardId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercentage"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecardId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worklog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocExampleTicketQuery, DocExampleTicketQueryVariables>;
export const EnneoTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnneoTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scorecardId"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnneoTimelineQuery, EnneoTimelineQueryVariables>;
export const RefetchNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RefetchNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"scorecardId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecardId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RefetchNodeQuery, RefetchNodeQueryVariables>;
export const RefetchNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RefetchNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scorecard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorecardId"}}]}}]}}]}}]} as unknown as DocumentNode<RefetchNodesQuery, RefetchNodesQueryVariables>;
export const SbLogEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SbLogEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"logEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actionType"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentionedUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SbLogEventsQuery, SbLogEventsQueryVariables>;
export const SbTicketTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SbTicketTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SbTicketTimelineQuery, SbTicketTimelineQueryVariables>;
export const SbRootTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SbRootTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"actionType"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SbRootTimelineQuery, SbRootTimelineQueryVariables>;
export const SbTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SbTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialboardsTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SbTicketsQuery, SbTicketsQueryVariables>;
export const SbTicketTitleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SbTicketTitle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SbTicketTitleQuery, SbTicketTitleQueryVariables>;
export const SbTicketWithLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SbTicketWithLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"logEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<SbTicketWithLogQuery, SbTicketWithLogQueryVariables>;
export const SbNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SbNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"actionType"}},{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialboardsTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SbNodeQuery, SbNodeQueryVariables>;
export const SbNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SbNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"actionType"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialboardsTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SbNodesQuery, SbNodesQueryVariables>;
export const TlBatchTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TlBatchTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TlBatchTimelineQuery, TlBatchTimelineQueryVariables>;
export const TlBatchTimelineTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TlBatchTimelineTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TlBatchTimelineTicketsQuery, TlBatchTimelineTicketsQueryVariables>;
export const TlBatchTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TlBatchTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TlBatchTicketsQuery, TlBatchTicketsQueryVariables>;
export const TlBatchWarmUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TlBatchWarmUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"5501","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<TlBatchWarmUpQuery, TlBatchWarmUpQueryVariables>;
export const TlTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TlTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEntryKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"enneoWorklogId"},"name":{"kind":"Name","value":"worklogId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionType"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackerWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"trackerWorklogId"},"name":{"kind":"Name","value":"worklogId"}},{"kind":"Field","name":{"kind":"Name","value":"issueKey"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TlTimelineQuery, TlTimelineQueryVariables>;
export const TlNodeIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TlNodeIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TlNodeIdsQuery, TlNodeIdsQueryVariables>;
export const TlNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TlNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TlNodeQuery, TlNodeQueryVariables>;
export const TlNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TlNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TlNodesQuery, TlNodesQueryVariables>;
export const TlTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TlTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TlTicketsQuery, TlTicketsQueryVariables>;
export const TrIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeSpentSeconds"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackerIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueId"}},{"kind":"Field","name":{"kind":"Name","value":"statusDisplay"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackerWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}},{"kind":"Field","name":{"kind":"Name","value":"issueKey"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrIssueQuery, TrIssueQueryVariables>;
export const TrTitleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrTitle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TrTitleQuery, TrTitleQueryVariables>;
export const TrTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TrTicketsQuery, TrTicketsQueryVariables>;
export const TrDurationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrDurations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"timeSpentSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackerWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrDurationsQuery, TrDurationsQueryVariables>;
export const TrTicketsWorklogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrTicketsWorklogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"timeSpentSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<TrTicketsWorklogsQuery, TrTicketsWorklogsQueryVariables>;
export const TrTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackerWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueKey"}},{"kind":"Field","name":{"kind":"Name","value":"worklogId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrTimelineQuery, TrTimelineQueryVariables>;
export const TrBadDurationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrBadDuration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"plain"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackerWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"seconds"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackerWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"total"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeSpentSeconds"}}]}}]}}]} as unknown as DocumentNode<TrBadDurationQuery, TrBadDurationQueryVariables>;
export const TrNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackerIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeSpentSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackerWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}},{"kind":"Field","name":{"kind":"Name","value":"issueKey"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrNodeQuery, TrNodeQueryVariables>;