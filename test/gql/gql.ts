/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DocExampleTicket($key: String!) {\n    ticket(source: ENNEO, key: $key) {\n      __typename\n      id\n      source\n      key\n      title\n      status\n      timeSpentSeconds\n      ... on EnneoTicket {\n        ticketId\n        channel\n        priority\n        createdAt\n        tags\n        assessments { assessmentId }\n      }\n      worklogs {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage }\n        edges {\n          cursor\n          node {\n            __typename\n            id\n            source\n            occurredAt\n            startedAt\n            durationSeconds\n            comment\n            summary\n            author { source id name email kind }\n            actor { id }\n            ticket { key }\n            ... on EnneoWorklog {\n              worklogId\n              ticketId\n              conversationId\n              date\n              latestInteraction\n              action\n              rawAction\n              actions\n              actionTexts\n              durationAfterWorkSeconds\n              automationLevel\n              automationLevelLabel\n              aiAgents { id name description intelligence textAssistanceAccuracy actions }\n              segments { userTimeTrackingId from to durationSeconds actions actionTexts }\n              customerExperience {\n                slaMet\n                netSecondsClosedAfterSla\n                closingDateForSla\n                dueDateForSla\n                reopened\n                csat { id scale answerStars answerText }\n              }\n              assessments { assessmentId scorecardId state scorePercentage scorecard { scorecardId name } worklog { worklogId } }\n              raw\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DocExampleTicketDocument,
};
const documents: Documents = {
    "\n  query DocExampleTicket($key: String!) {\n    ticket(source: ENNEO, key: $key) {\n      __typename\n      id\n      source\n      key\n      title\n      status\n      timeSpentSeconds\n      ... on EnneoTicket {\n        ticketId\n        channel\n        priority\n        createdAt\n        tags\n        assessments { assessmentId }\n      }\n      worklogs {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage }\n        edges {\n          cursor\n          node {\n            __typename\n            id\n            source\n            occurredAt\n            startedAt\n            durationSeconds\n            comment\n            summary\n            author { source id name email kind }\n            actor { id }\n            ticket { key }\n            ... on EnneoWorklog {\n              worklogId\n              ticketId\n              conversationId\n              date\n              latestInteraction\n              action\n              rawAction\n              actions\n              actionTexts\n              durationAfterWorkSeconds\n              automationLevel\n              automationLevelLabel\n              aiAgents { id name description intelligence textAssistanceAccuracy actions }\n              segments { userTimeTrackingId from to durationSeconds actions actionTexts }\n              customerExperience {\n                slaMet\n                netSecondsClosedAfterSla\n                closingDateForSla\n                dueDateForSla\n                reopened\n                csat { id scale answerStars answerText }\n              }\n              assessments { assessmentId scorecardId state scorePercentage scorecard { scorecardId name } worklog { worklogId } }\n              raw\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DocExampleTicketDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocExampleTicket($key: String!) {\n    ticket(source: ENNEO, key: $key) {\n      __typename\n      id\n      source\n      key\n      title\n      status\n      timeSpentSeconds\n      ... on EnneoTicket {\n        ticketId\n        channel\n        priority\n        createdAt\n        tags\n        assessments { assessmentId }\n      }\n      worklogs {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage }\n        edges {\n          cursor\n          node {\n            __typename\n            id\n            source\n            occurredAt\n            startedAt\n            durationSeconds\n            comment\n            summary\n            author { source id name email kind }\n            actor { id }\n            ticket { key }\n            ... on EnneoWorklog {\n              worklogId\n              ticketId\n              conversationId\n              date\n              latestInteraction\n              action\n              rawAction\n              actions\n              actionTexts\n              durationAfterWorkSeconds\n              automationLevel\n              automationLevelLabel\n              aiAgents { id name description intelligence textAssistanceAccuracy actions }\n              segments { userTimeTrackingId from to durationSeconds actions actionTexts }\n              customerExperience {\n                slaMet\n                netSecondsClosedAfterSla\n                closingDateForSla\n                dueDateForSla\n                reopened\n                csat { id scale answerStars answerText }\n              }\n              assessments { assessmentId scorecardId state scorePercentage scorecard { scorecardId name } worklog { worklogId } }\n              raw\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocExampleTicket($key: String!) {\n    ticket(source: ENNEO, key: $key) {\n      __typename\n      id\n      source\n      key\n      title\n      status\n      timeSpentSeconds\n      ... on EnneoTicket {\n        ticketId\n        channel\n        priority\n        createdAt\n        tags\n        assessments { assessmentId }\n      }\n      worklogs {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage }\n        edges {\n          cursor\n          node {\n            __typename\n            id\n            source\n            occurredAt\n            startedAt\n            durationSeconds\n            comment\n            summary\n            author { source id name email kind }\n            actor { id }\n            ticket { key }\n            ... on EnneoWorklog {\n              worklogId\n              ticketId\n              conversationId\n              date\n              latestInteraction\n              action\n              rawAction\n              actions\n              actionTexts\n              durationAfterWorkSeconds\n              automationLevel\n              automationLevelLabel\n              aiAgents { id name description intelligence textAssistanceAccuracy actions }\n              segments { userTimeTrackingId from to durationSeconds actions actionTexts }\n              customerExperience {\n                slaMet\n                netSecondsClosedAfterSla\n                closingDateForSla\n                dueDateForSla\n                reopened\n                csat { id scale answerStars answerText }\n              }\n              assessments { assessmentId scorecardId state scorePercentage scorecard { scorecardId name } worklog { worklogId } }\n              raw\n            }\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;