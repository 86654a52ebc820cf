/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  /** The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `"4"`) or integer (such as `4`) input value will be accepted as an ID. */
  ID: { input: string; output: string; }
  /** The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text. */
  String: { input: string; output: string; }
  /** The `Boolean` scalar type represents `true` or `false`. */
  Boolean: { input: boolean; output: boolean; }
  /** The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1. */
  Int: { input: number; output: number; }
  /** The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point). */
  Float: { input: number; output: number; }
  /** A calendar date written YYYY-MM-DD (ISO 8601), without time or time zone. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

/** A person or bot as a source identifies them. */
export type Actor = {
  __typename?: 'Actor';
  /** enneo: from the profile; Tracker: from the user record; Socialboards: as sent. Needs pii:read and the scope of the actor's source. */
  email?: Maybe<Scalars['String']['output']>;
  /** The source's own user id (enneo user id, Socialboards uuid, Tracker login or uid). */
  id: Scalars['String']['output'];
  kind: ActorKind;
  name?: Maybe<Scalars['String']['output']>;
  /** The person this account belongs to (PEOPLE_FILE, else e-mail); null when the look-up of its e-mail failed. */
  person?: Maybe<Person>;
  source: Source;
};

export type ActorKind =
  /** A member of the support team. */
  | 'AGENT'
  /** An automation: an AI agent or a bot user. */
  | 'BOT'
  /** The customer or another outside person. */
  | 'CUSTOMER'
  /** The source does not say. */
  | 'UNKNOWN';

/** An enneo AI agent that took part in a worklog. */
export type AiAgent = {
  __typename?: 'AiAgent';
  /** The agent's actions as enneo sent them. */
  actions?: Maybe<Scalars['JSON']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['Int']['output'];
  /** e.g. "smart". */
  intelligence?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  textAssistanceAccuracy?: Maybe<Scalars['Float']['output']>;
};

/** An enneo quality assessment of one worklog against a scorecard. */
export type Assessment = Node & {
  __typename?: 'Assessment';
  aiSummary?: Maybe<Scalars['String']['output']>;
  assessedBy?: Maybe<Actor>;
  assessedUser?: Maybe<Actor>;
  assessmentId: Scalars['Int']['output'];
  categories?: Maybe<Array<AssessmentCategory>>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  modifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The assessment exactly as enneo sent it (needs pii:read). */
  raw?: Maybe<Scalars['JSONObject']['output']>;
  /** data.totals.percentage (0–100). */
  scorePercentage?: Maybe<Scalars['Float']['output']>;
  scorecard?: Maybe<Scorecard>;
  /** Identifies the scorecard across revisions. */
  scorecardBaseId?: Maybe<Scalars['Int']['output']>;
  /** The scorecard revision used. */
  scorecardId: Scalars['Int']['output'];
  scoredPoints?: Maybe<Scalars['Float']['output']>;
  /** unprocessed, aiInProgress, aiReady, reviewOngoing, reviewedBySupervisor, discussedWithAssessee, error, deleted. */
  state?: Maybe<Scalars['String']['output']>;
  supervisorAssessment?: Maybe<Scalars['String']['output']>;
  ticket?: Maybe<EnneoTicket>;
  totalMaxPoints?: Maybe<Scalars['Float']['output']>;
  usedMaxPoints?: Maybe<Scalars['Float']['output']>;
  /** The assessed worklog. */
  worklog?: Maybe<EnneoWorklog>;
};

export type AssessmentCategory = {
  __typename?: 'AssessmentCategory';
  categoryId: Scalars['Int']['output'];
  criteria: Array<AssessmentCriterion>;
};

/** The score given on one scorecard criterion. */
export type AssessmentCriterion = {
  __typename?: 'AssessmentCriterion';
  criterionId: Scalars['Int']['output'];
  lastEditedAt?: Maybe<Scalars['DateTime']['output']>;
  lastEditedBy?: Maybe<Actor>;
  reason?: Maybe<Scalars['String']['output']>;
  score?: Maybe<Scalars['Float']['output']>;
  /** unscored, aiGenerated or humanVerified. */
  state?: Maybe<Scalars['String']['output']>;
};

/** A customer-satisfaction answer. */
export type Csat = {
  __typename?: 'Csat';
  answerStars?: Maybe<Scalars['Float']['output']>;
  /** The customer's own words (needs pii:read). */
  answerText?: Maybe<Scalars['String']['output']>;
  id: Scalars['Int']['output'];
  scale?: Maybe<Scalars['Int']['output']>;
};

/** SLA and satisfaction facts of a worklog. */
export type CustomerExperience = {
  __typename?: 'CustomerExperience';
  closingDateForSla?: Maybe<Scalars['DateTime']['output']>;
  csat?: Maybe<Csat>;
  dueDateForSla?: Maybe<Scalars['DateTime']['output']>;
  /** Negative: closed before the SLA deadline. */
  netSecondsClosedAfterSla?: Maybe<Scalars['Int']['output']>;
  reopened?: Maybe<Scalars['Boolean']['output']>;
  slaMet?: Maybe<Scalars['Boolean']['output']>;
};

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

/** An enneo ticket, read with viewing=false so the gateway never shows up as working on it. */
export type EnneoTicket = Node & Ticket & {
  __typename?: 'EnneoTicket';
  aiSupportLevel?: Maybe<Scalars['String']['output']>;
  /** Quality assessments of all the ticket's worklogs. */
  assessments: Array<Assessment>;
  /** email, phone, chat, letter, portal, system, walkIn. */
  channel?: Maybe<Scalars['String']['output']>;
  contractId?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  customerId?: Maybe<Scalars['String']['output']>;
  /** in, out or internal. */
  direction?: Maybe<Scalars['String']['output']>;
  /** The `from` field: address or number the ticket came from. */
  fromAddress?: Maybe<Scalars['String']['output']>;
  fromName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The key the source knows it by ("8821", "PAY-12"). */
  key: Scalars['String']['output'];
  /** Socialboards action-log entries, oldest first; always empty for other sources. */
  logEvents: LogEventConnection;
  modifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** low, medium, high or urgent. */
  priority?: Maybe<Scalars['String']['output']>;
  /** The ticket exactly as enneo sent it (needs pii:read). */
  raw?: Maybe<Scalars['JSONObject']['output']>;
  source: Source;
  /** open, pending or closed. */
  status?: Maybe<Scalars['String']['output']>;
  /** enneo's summary of the case. */
  summary?: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  ticketId: Scalars['Int']['output'];
  /** Sum of the ticket's worklog durations, in seconds; null (with an UPSTREAM_BAD_RESPONSE error) when a duration is unreadable or the sum does not fit a GraphQL Int. */
  timeSpentSeconds?: Maybe<Scalars['Int']['output']>;
  /** Every worklog and log event of the ticket, in time order. */
  timeline: TimelineConnection;
  /** The subject. */
  title?: Maybe<Scalars['String']['output']>;
  /** Time spent on the ticket, oldest first. Always empty for Socialboards tickets. */
  worklogs: WorklogConnection;
};


/** An enneo ticket, read with viewing=false so the gateway never shows up as working on it. */
export type EnneoTicketLogEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** An enneo ticket, read with viewing=false so the gateway never shows up as working on it. */
export type EnneoTicketTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<TimelineOrder>;
};


/** An enneo ticket, read with viewing=false so the gateway never shows up as working on it. */
export type EnneoTicketWorklogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One enneo worklog: a session of work on a ticket, with its AI usage, SLA facts and assessments. */
export type EnneoWorklog = Node & TimelineEntry & Worklog & {
  __typename?: 'EnneoWorklog';
  action: EnneoAction;
  /** actionListText (display text; do not parse). */
  actionTexts: Array<Scalars['String']['output']>;
  /** actionList, e.g. ["reply", "closed"]. */
  actions: Array<Scalars['String']['output']>;
  actor?: Maybe<Actor>;
  aiAgents: Array<AiAgent>;
  assessments: Array<Assessment>;
  author?: Maybe<Actor>;
  /** 0 (no AI) to 5 (dark processing without approval). */
  automationLevel?: Maybe<Scalars['Int']['output']>;
  /** Display text only. */
  automationLevelLabel?: Maybe<Scalars['String']['output']>;
  /** enneo worklogs have no comment: always null. */
  comment?: Maybe<Scalars['String']['output']>;
  conversationId?: Maybe<Scalars['Int']['output']>;
  customerExperience?: Maybe<CustomerExperience>;
  /** The worklog day as enneo sent it. */
  date: Scalars['Date']['output'];
  /** time.durationAfterWork, in seconds. */
  durationAfterWorkSeconds?: Maybe<Scalars['Int']['output']>;
  /** time.duration: handling time in seconds; an UPSTREAM_BAD_RESPONSE here alone when enneo sent something else. */
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  latestInteraction?: Maybe<Scalars['DateTime']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  /** The worklog entry exactly as enneo sent it (needs pii:read). */
  raw?: Maybe<Scalars['JSONObject']['output']>;
  /** The action exactly as sent (for values newer than this gateway). */
  rawAction: Scalars['String']['output'];
  segments: Array<WorkSegment>;
  source: Source;
  /** First tracked segment start (else latest interaction − duration). */
  startedAt: Scalars['DateTime']['output'];
  summary: Scalars['String']['output'];
  ticket: Ticket;
  ticketId: Scalars['Int']['output'];
  worklogId: Scalars['Int']['output'];
};

/** One entry of a Socialboards ticket action log (read, replied, status changed, assigned …). */
export type LogEvent = Node & TimelineEntry & {
  __typename?: 'LogEvent';
  /** The raw actionType, always. */
  actionType: Scalars['String']['output'];
  /** The `user` who acted. */
  actor?: Maybe<Actor>;
  id: Scalars['ID']['output'];
  /** includedItems.users: the users the text refers to. */
  mentionedUsers: Array<Actor>;
  /** `time`, as a UTC instant (milliseconds). */
  occurredAt: Scalars['DateTime']['output'];
  /** The entry exactly as Socialboards sent it (needs pii:read). */
  raw?: Maybe<Scalars['JSONObject']['output']>;
  source: Source;
  /** The actor and `text` with `{User:…}` placeholders replaced by names. */
  summary: Scalars['String']['output'];
  /** actionString as sent: localized, may hold {User:<uuid>} placeholders. */
  text: Scalars['String']['output'];
  ticket: Ticket;
  ticketId: Scalars['Int']['output'];
  /** `time` exactly as sent (7 fractional digits, its own offset). */
  time: Scalars['String']['output'];
  type: LogEventType;
};

export type LogEventConnection = {
  __typename?: 'LogEventConnection';
  edges: Array<LogEventEdge>;
  pageInfo: PageInfo;
  /** Entries of the (filtered) log, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type LogEventEdge = {
  __typename?: 'LogEventEdge';
  cursor: Scalars['String']['output'];
  node: LogEvent;
};

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

export type Node = {
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A person behind accounts in several sources, linked by PEOPLE_FILE (authoritative) or by e-mail. The id stays the same across requests. */
export type Person = Node & {
  __typename?: 'Person';
  /** The person's accounts: PEOPLE_FILE's list, or — for people linked by e-mail — the accounts with that e-mail this request has met. */
  accounts: Array<Actor>;
  /** The e-mail the accounts were linked by (PEOPLE_FILE: its email, else the first account e-mail found). Needs pii:read. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** PEOPLE_FILE's name, else the first linked account's (enneo, then Tracker, then Socialboards). */
  name?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** One enneo quality assessment; null when enneo does not have it. */
  assessment?: Maybe<Assessment>;
  /** Refetches any object by its global id; null when its source no longer has it. */
  node?: Maybe<Node>;
  /** Refetches several objects by global id, in the order given (at most 100). */
  nodes: Array<Maybe<Node>>;
  /** One ticket; null when its source says it does not exist. Needs the source's scope (enneo:read …). */
  ticket?: Maybe<Ticket>;
  /** Refetches one of this gateway's objects by its global id; null when its source no longer has it. The same as `node(id)`, under a name that stays unique in a supergraph. */
  ticketlogNode?: Maybe<Node>;
  /** Refetches several of this gateway's objects by global id, in the order given (at most 100). The same as `nodes(ids)`, under a name that stays unique in a supergraph. */
  ticketlogNodes: Array<Maybe<Node>>;
  /** Several tickets from any sources, in the order of refs; null where one does not exist. At most 100 refs. */
  tickets: Array<Maybe<Ticket>>;
  /** Who spent how long across the sources in a period (from and to inclusive, at most 366 days): enneo's reporting export and Tracker worklogs, summed by the groupBy dimensions. A failing source adds an error and coverage complete: false; the rest arrives. Needs reports:read; a source the caller may not read is left out with one FORBIDDEN error. */
  timeReport?: Maybe<TimeReport>;
  /** Every worklog and log event of the given tickets (any sources, at most 100), merged by occurredAt. A ref that does not exist contributes nothing; a ref whose source fails adds an error (with extensions.ref) while the other refs' entries still arrive. */
  timeline: TimelineConnection;
  /** Rows of the enneo reporting export (worklogs of all tickets) for a bounded period (needs enneo:read and reports:read). first: default 50, at most 1000. */
  worklogReport?: Maybe<WorklogReportConnection>;
};


export type QueryAssessmentArgs = {
  id: Scalars['Int']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryTicketArgs = {
  key: Scalars['String']['input'];
  source: Source;
};


export type QueryTicketlogNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketlogNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryTicketsArgs = {
  refs: Array<TicketRef>;
};


export type QueryTimeReportArgs = {
  from: Scalars['Date']['input'];
  groupBy?: InputMaybe<Array<TimeReportDimension>>;
  people?: InputMaybe<Array<Scalars['ID']['input']>>;
  sources?: InputMaybe<Array<Source>>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<TimelineEntryKind>>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<TimelineOrder>;
  refs: Array<TicketRef>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  sources?: InputMaybe<Array<Source>>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryWorklogReportArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: WorklogReportFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WorklogReportOrder>;
};

/** One revision of an enneo quality scorecard. */
export type Scorecard = Node & {
  __typename?: 'Scorecard';
  /** Identifies the scorecard across revisions. */
  baseId?: Maybe<Scalars['Int']['output']>;
  categories: Array<ScorecardCategory>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  modifiedAt?: Maybe<Scalars['DateTime']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  revision?: Maybe<Scalars['Int']['output']>;
  /** The revision id (what assessments reference). */
  scorecardId: Scalars['Int']['output'];
  /** draft, active, retired or deleted. */
  state?: Maybe<Scalars['String']['output']>;
};

export type ScorecardCategory = {
  __typename?: 'ScorecardCategory';
  categoryId: Scalars['Int']['output'];
  criteria: Array<ScorecardCriterion>;
  label?: Maybe<Scalars['String']['output']>;
  order?: Maybe<Scalars['Int']['output']>;
};

export type ScorecardCriterion = {
  __typename?: 'ScorecardCriterion';
  criterionId: Scalars['Int']['output'];
  description?: Maybe<Scalars['String']['output']>;
  label?: Maybe<Scalars['String']['output']>;
  maxPoints?: Maybe<Scalars['Float']['output']>;
  /** metNotMet or numericScale. */
  scoringType?: Maybe<Scalars['String']['output']>;
};

export type SocialboardsCategory = {
  __typename?: 'SocialboardsCategory';
  categoryId: Scalars['Int']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** Names from the root category down to this one. */
  path: Array<Scalars['String']['output']>;
};

/** A Socialboards inbox ticket (details from POST /tickets/list). It has log events, no worklogs. */
export type SocialboardsTicket = Node & Ticket & {
  __typename?: 'SocialboardsTicket';
  /** lockedBy: the assigned teammate. */
  assignee?: Maybe<Actor>;
  author?: Maybe<Actor>;
  category?: Maybe<SocialboardsCategory>;
  /** creationTime. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The key the source knows it by ("8821", "PAY-12"). */
  key: Scalars['String']['output'];
  /** lastThreadElementCreationTime. */
  lastActivityAt?: Maybe<Scalars['DateTime']['output']>;
  /** Socialboards action-log entries, oldest first; always empty for other sources. */
  logEvents: LogEventConnection;
  /** The first message of the ticket (plain text). */
  message?: Maybe<Scalars['String']['output']>;
  /** The ticket exactly as Socialboards sent it (needs pii:read). */
  raw?: Maybe<Scalars['JSONObject']['output']>;
  replyCount?: Maybe<Scalars['Int']['output']>;
  source: Source;
  /** Where the ticket came from (channel name). */
  sourceName?: Maybe<Scalars['String']['output']>;
  /** As Socialboards sends it. */
  status?: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  ticketId: Scalars['Int']['output'];
  /** Sum of the ticket's worklog durations, in seconds; null (with an UPSTREAM_BAD_RESPONSE error) when a duration is unreadable or the sum does not fit a GraphQL Int. */
  timeSpentSeconds?: Maybe<Scalars['Int']['output']>;
  /** Every worklog and log event of the ticket, in time order. */
  timeline: TimelineConnection;
  title?: Maybe<Scalars['String']['output']>;
  /** Time spent on the ticket, oldest first. Always empty for Socialboards tickets. */
  worklogs: WorklogConnection;
};


/** A Socialboards inbox ticket (details from POST /tickets/list). It has log events, no worklogs. */
export type SocialboardsTicketLogEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A Socialboards inbox ticket (details from POST /tickets/list). It has log events, no worklogs. */
export type SocialboardsTicketTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<TimelineOrder>;
};


/** A Socialboards inbox ticket (details from POST /tickets/list). It has log events, no worklogs. */
export type SocialboardsTicketWorklogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A ticket-log source behind the gateway. */
export type Source =
  /** enneo.MIND: AI customer-service tickets, worklogs, quality assessments, reporting export. */
  | 'ENNEO'
  /** Socialboards Ticket API: social/inbox tickets and their action logs. */
  | 'SOCIALBOARDS'
  /** Yandex Tracker: issues and their worklogs. */
  | 'TRACKER';

/** A ticket (enneo), inbox ticket (Socialboards) or issue (Tracker). */
export type Ticket = {
  id: Scalars['ID']['output'];
  /** The key the source knows it by ("8821", "PAY-12"). */
  key: Scalars['String']['output'];
  /** Socialboards action-log entries, oldest first; always empty for other sources. */
  logEvents: LogEventConnection;
  source: Source;
  /** Status as the source sends it (Tracker: the status key). */
  status?: Maybe<Scalars['String']['output']>;
  /** Sum of the ticket's worklog durations, in seconds; null (with an UPSTREAM_BAD_RESPONSE error) when a duration is unreadable or the sum does not fit a GraphQL Int. */
  timeSpentSeconds?: Maybe<Scalars['Int']['output']>;
  /** Every worklog and log event of the ticket, in time order. */
  timeline: TimelineConnection;
  /** enneo subject · Socialboards title · Tracker summary. */
  title?: Maybe<Scalars['String']['output']>;
  /** Time spent on the ticket, oldest first. Always empty for Socialboards tickets. */
  worklogs: WorklogConnection;
};


/** A ticket (enneo), inbox ticket (Socialboards) or issue (Tracker). */
export type TicketLogEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A ticket (enneo), inbox ticket (Socialboards) or issue (Tracker). */
export type TicketTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<TimelineOrder>;
};


/** A ticket (enneo), inbox ticket (Socialboards) or issue (Tracker). */
export type TicketWorklogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Names one ticket: its source and its key there. */
export type TicketRef = {
  /** enneo/Socialboards numeric id as a string ("8821"), Tracker issue key ("PAY-12"). */
  key: Scalars['String']['input'];
  source: Source;
};

/** Who spent how long, across the sources, for a period. */
export type TimeReport = {
  __typename?: 'TimeReport';
  /** One entry per source read. */
  coverage: Array<TimeReportCoverage>;
  from: Scalars['Date']['output'];
  groupBy: Array<TimeReportDimension>;
  rows: Array<TimeReportRow>;
  timeZone: Scalars['String']['output'];
  to: Scalars['Date']['output'];
  /** Seconds of every row. */
  totalSeconds: Scalars['SafeInt']['output'];
};

/** What one source contributed, and whether it could be read completely. */
export type TimeReportCoverage = {
  __typename?: 'TimeReportCoverage';
  /** Upstream calls that read the records (export pages, worklog search pages). */
  calls: Scalars['Int']['output'];
  /** False when the source failed (it then adds nothing; errors[] says why) or some records could not be counted. */
  complete: Scalars['Boolean']['output'];
  /** Records counted into the report. */
  entries: Scalars['Int']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Records read from the source (the period read upstream may be a little wider than the report). */
  rows: Scalars['Int']['output'];
  /** Seconds the source added to the report. */
  seconds: Scalars['SafeInt']['output'];
  source: Source;
};

/** What the rows of a time report are grouped by. */
export type TimeReportDimension =
  /** enneo: the worklog action (READ_ACTION …; unknown ones raw); Tracker: WORKLOG. */
  | 'ACTION'
  /** The day the work started, in the report's time zone. */
  | 'DAY'
  /** The month of that day (2025-11). */
  | 'MONTH'
  /** The person (accounts linked across sources by PEOPLE_FILE or e-mail). */
  | 'PERSON'
  /** The source the time was booked in. */
  | 'SOURCE'
  /** The ticket or issue the time was booked on. */
  | 'TICKET'
  /** The ISO 8601 week of that day (2025-W45). */
  | 'WEEK';

/** One group of a time report: the grouped values (null where not grouped by) and the sums. */
export type TimeReportRow = {
  __typename?: 'TimeReportRow';
  action?: Maybe<Scalars['String']['output']>;
  day?: Maybe<Scalars['Date']['output']>;
  /** Records summed into this row (export rows, worklogs). */
  entries: Scalars['Int']['output'];
  /** YYYY-MM. */
  month?: Maybe<Scalars['String']['output']>;
  /** Null when not grouped by PERSON, or for time without a known user (pseudonymized exports). */
  person?: Maybe<Person>;
  /** Time spent, summed (Tracker on its business calendar). */
  seconds: Scalars['SafeInt']['output'];
  source?: Maybe<Source>;
  /** The ticket, loaded from its source when selected; null when it no longer exists. */
  ticket?: Maybe<Ticket>;
  /** The key of the ticket (its source is ticketSource). */
  ticketKey?: Maybe<Scalars['String']['output']>;
  ticketSource?: Maybe<Source>;
  /** ISO 8601 week, e.g. 2025-W45. */
  week?: Maybe<Scalars['String']['output']>;
};

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEdge>;
  pageInfo: PageInfo;
  /** Entries in the whole timeline, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineEntry;
};

/** Something that happened on a ticket: a worklog or a log event. */
export type TimelineEntry = {
  /** Who did it, when the source says. */
  actor?: Maybe<Actor>;
  /** Relay global id (the same as Node.id). */
  id: Scalars['ID']['output'];
  /** When it happened, as a UTC instant (for worklogs: startedAt). */
  occurredAt: Scalars['DateTime']['output'];
  source: Source;
  /** One readable line describing the entry. */
  summary: Scalars['String']['output'];
  /** The ticket it happened on. */
  ticket: Ticket;
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

/** A Yandex Tracker issue with its worklogs. */
export type TrackerIssue = Node & Ticket & {
  __typename?: 'TrackerIssue';
  assignee?: Maybe<Actor>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<Actor>;
  deadline?: Maybe<Scalars['Date']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Tracker's own object id. */
  issueId: Scalars['String']['output'];
  /** The key the source knows it by ("8821", "PAY-12"). */
  key: Scalars['String']['output'];
  /** Socialboards action-log entries, oldest first; always empty for other sources. */
  logEvents: LogEventConnection;
  /** Priority key, e.g. normal. */
  priority?: Maybe<Scalars['String']['output']>;
  /** Queue key, e.g. PAY. */
  queue?: Maybe<Scalars['String']['output']>;
  /** The issue exactly as Tracker sent it (needs pii:read). */
  raw?: Maybe<Scalars['JSONObject']['output']>;
  source: Source;
  /** The status key, e.g. inProgress. */
  status?: Maybe<Scalars['String']['output']>;
  /** Status name in TRACKER_ACCEPT_LANGUAGE. */
  statusDisplay?: Maybe<Scalars['String']['output']>;
  /** Sum of the ticket's worklog durations, in seconds; null (with an UPSTREAM_BAD_RESPONSE error) when a duration is unreadable or the sum does not fit a GraphQL Int. */
  timeSpentSeconds?: Maybe<Scalars['Int']['output']>;
  /** Every worklog and log event of the ticket, in time order. */
  timeline: TimelineConnection;
  /** The summary. */
  title?: Maybe<Scalars['String']['output']>;
  /** Issue type key, e.g. task. */
  type?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Time spent on the ticket, oldest first. Always empty for Socialboards tickets. */
  worklogs: WorklogConnection;
};


/** A Yandex Tracker issue with its worklogs. */
export type TrackerIssueLogEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A Yandex Tracker issue with its worklogs. */
export type TrackerIssueTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<TimelineOrder>;
};


/** A Yandex Tracker issue with its worklogs. */
export type TrackerIssueWorklogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A Yandex Tracker worklog record: time spent on an issue. */
export type TrackerWorklog = Node & TimelineEntry & Worklog & {
  __typename?: 'TrackerWorklog';
  actor?: Maybe<Actor>;
  /** createdBy. */
  author?: Maybe<Actor>;
  comment?: Maybe<Scalars['String']['output']>;
  /** When the record was made (may be days after the work). */
  createdAt: Scalars['DateTime']['output'];
  /** ISO 8601 duration exactly as Tracker sent it, e.g. P1W2DT3H. */
  duration: Scalars['String']['output'];
  /** duration on Tracker's business calendar (1W = TRACKER_WEEK_DAYS days, 1D = TRACKER_DAY_HOURS hours); an error when Tracker sent a duration that cannot be converted. */
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  issueKey: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The record exactly as Tracker sent it (needs pii:read). */
  raw?: Maybe<Scalars['JSONObject']['output']>;
  source: Source;
  /** `start`: when the work was done. */
  startedAt: Scalars['DateTime']['output'];
  summary: Scalars['String']['output'];
  ticket: Ticket;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<Actor>;
  worklogId: Scalars['String']['output'];
};

/** One tracked stretch of work inside a worklog session. */
export type WorkSegment = {
  __typename?: 'WorkSegment';
  /** actionListText as sent (display text). */
  actionTexts: Array<Scalars['String']['output']>;
  /** actionList as sent, e.g. ["reply", "closed"]. */
  actions: Array<Scalars['String']['output']>;
  /** to − from, in seconds. */
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  from: Scalars['DateTime']['output'];
  to: Scalars['DateTime']['output'];
  userTimeTrackingId?: Maybe<Scalars['Int']['output']>;
};

/** Time someone spent on a ticket (enneo worklog, Tracker worklog). */
export type Worklog = {
  /** Who did it, when the source says. */
  actor?: Maybe<Actor>;
  /** Who did the work. */
  author?: Maybe<Actor>;
  /** The worklog's comment, where the source has one. */
  comment?: Maybe<Scalars['String']['output']>;
  /** Time spent, in seconds; null (with an UPSTREAM_BAD_RESPONSE error) when the source sent a duration the gateway cannot read or a GraphQL Int cannot hold. */
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  /** Relay global id (the same as Node.id). */
  id: Scalars['ID']['output'];
  /** When it happened, as a UTC instant (for worklogs: startedAt). */
  occurredAt: Scalars['DateTime']['output'];
  source: Source;
  /** When the work started (UTC). */
  startedAt: Scalars['DateTime']['output'];
  /** One readable line describing the entry. */
  summary: Scalars['String']['output'];
  /** The ticket it happened on. */
  ticket: Ticket;
};

export type WorklogConnection = {
  __typename?: 'WorklogConnection';
  edges: Array<WorklogEdge>;
  pageInfo: PageInfo;
  /** Worklogs of the ticket, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type WorklogEdge = {
  __typename?: 'WorklogEdge';
  cursor: Scalars['String']['output'];
  node: Worklog;
};

export type WorklogReportConnection = {
  __typename?: 'WorklogReportConnection';
  edges: Array<WorklogReportEdge>;
  pageInfo: PageInfo;
};

export type WorklogReportEdge = {
  __typename?: 'WorklogReportEdge';
  cursor: Scalars['String']['output'];
  node: WorklogReportRow;
};

/** Which export rows to read. Every field becomes an enneo export filter, applied by enneo. */
export type WorklogReportFilter = {
  /** Only these actions (OTHER cannot be filtered on). */
  actions?: InputMaybe<Array<EnneoAction>>;
  /** email, phone, chat, letter, portal, system, walkIn. */
  channels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** First day, inclusive, in the instance time zone. */
  from: Scalars['Date']['input'];
  ticketIds?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Last day, inclusive. */
  to: Scalars['Date']['input'];
  /** Top-level tag names. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  userIds?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Row order; enneo sorts its export by date or userWorklogId only, with the row id as tiebreaker. */
export type WorklogReportOrder =
  | 'DATE_ASC'
  | 'DATE_DESC'
  | 'WORKLOG_ID_ASC'
  | 'WORKLOG_ID_DESC';

/** One row of the enneo reporting export (/export/reporting_worklog), typed. */
export type WorklogReportRow = {
  __typename?: 'WorklogReportRow';
  action: EnneoAction;
  aiAgent?: Maybe<Scalars['String']['output']>;
  aiAgentsUsed: Array<Scalars['String']['output']>;
  aiAutomationLevel?: Maybe<Scalars['Int']['output']>;
  /** allTags: every tag of the ticket, parent tags included (enneo sends them comma-separated). */
  allTags: Array<Scalars['String']['output']>;
  channel?: Maybe<Scalars['String']['output']>;
  closingDateForSla?: Maybe<Scalars['DateTime']['output']>;
  conversationId?: Maybe<Scalars['Int']['output']>;
  customerIdentifiedCorrectly?: Maybe<Scalars['Boolean']['output']>;
  /** Session start, read in ENNEO_TIMEZONE (pseudonymized exports: the day only). */
  date: Scalars['DateTime']['output'];
  department?: Maybe<Scalars['String']['output']>;
  durationAfterWorkSeconds?: Maybe<Scalars['Int']['output']>;
  /** duration, in seconds; an UPSTREAM_BAD_RESPONSE here alone when the export sent something else. */
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  /** Absent when the export is pseudonymized (needs pii:read). */
  email?: Maybe<Scalars['String']['output']>;
  firstPendingAt?: Maybe<Scalars['DateTime']['output']>;
  netPendingSeconds?: Maybe<Scalars['Int']['output']>;
  /** Negative: closed before the SLA deadline. */
  netSecondsClosedAfterSla?: Maybe<Scalars['Int']['output']>;
  pendingDueBy?: Maybe<Scalars['DateTime']['output']>;
  pendingSeconds?: Maybe<Scalars['Int']['output']>;
  /** The row exactly as enneo sent it (needs pii:read). */
  raw?: Maybe<Scalars['JSONObject']['output']>;
  rawAction: Scalars['String']['output'];
  /** rawData: the ticket data enneo attaches to the row, parsed from the JSON string it sends; null where the export is pseudonymized (an UPSTREAM_BAD_RESPONSE on this field alone when it is not JSON). Needs pii:read. */
  rawData?: Maybe<Scalars['JSON']['output']>;
  reopened?: Maybe<Scalars['Boolean']['output']>;
  reopenedAt?: Maybe<Scalars['DateTime']['output']>;
  skippedTicket?: Maybe<Scalars['Boolean']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  statusActionDetail?: Maybe<Scalars['String']['output']>;
  subTopic?: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  tagsIdentifiedCorrectly?: Maybe<Scalars['Boolean']['output']>;
  teams: Array<Scalars['String']['output']>;
  textAssistanceAccuracy?: Maybe<Scalars['Float']['output']>;
  /** Null where the export is pseudonymized. */
  ticket?: Maybe<EnneoTicket>;
  ticketId?: Maybe<Scalars['Int']['output']>;
  timesSetToOpen?: Maybe<Scalars['Int']['output']>;
  topic?: Maybe<Scalars['String']['output']>;
  user?: Maybe<Actor>;
  userId?: Maybe<Scalars['Int']['output']>;
  userName?: Maybe<Scalars['String']['output']>;
  userWorklogId?: Maybe<Scalars['Int']['output']>;
  /** The ticket's worklog this row counts; null where the export is pseudonymized. */
  worklog?: Maybe<EnneoWorklog>;
};

export type CaseTimelineQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CaseTimelineQuery = { __typename?: 'Query', timeline: { __typename?: 'TimelineConnection', totalCount: number, edges: Array<{ __typename?: 'TimelineEdge', node:
        | { __typename: 'EnneoWorklog', durationSeconds?: number | null, date: string, raw?: Record<string, unknown> | null, occurredAt: string, source: Source, summary: string, actor?: { __typename?: 'Actor', name?: string | null, kind: ActorKind } | null }
        | { __typename: 'LogEvent', occurredAt: string, source: Source, summary: string, actor?: { __typename?: 'Actor', name?: string | null, kind: ActorKind } | null }
        | { __typename: 'TrackerWorklog', durationSeconds?: number | null, occurredAt: string, source: Source, summary: string, actor?: { __typename?: 'Actor', name?: string | null, kind: ActorKind } | null }
       }> } };


export const CaseTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseTimelineQuery, CaseTimelineQueryVariables>;