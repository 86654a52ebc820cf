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
  /** enneo: from the profile; Tracker: from the user record; Socialboards: as sent. Needs pii:read and the scope of the actor's source. */
  email: Maybe<Scalars['String']['output']>;
  /** The source's own user id (enneo user id, Socialboards uuid, Tracker login or uid). */
  id: Scalars['String']['output'];
  kind: ActorKind;
  name: Maybe<Scalars['String']['output']>;
  /** The person this account belongs to (PEOPLE_FILE, else e-mail); null when the look-up of its e-mail failed. */
  person: Maybe<Person>;
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
  /** The agent's actions as enneo sent them. */
  actions: Maybe<Scalars['JSON']['output']>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['Int']['output'];
  /** e.g. "smart". */
  intelligence: Maybe<Scalars['String']['output']>;
  name: Maybe<Scalars['String']['output']>;
  textAssistanceAccuracy: Maybe<Scalars['Float']['output']>;
};

/** An enneo quality assessment of one worklog against a scorecard. */
export type Assessment = Node & {
  aiSummary: Maybe<Scalars['String']['output']>;
  assessedBy: Maybe<Actor>;
  assessedUser: Maybe<Actor>;
  assessmentId: Scalars['Int']['output'];
  categories: Maybe<Array<AssessmentCategory>>;
  createdAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  modifiedAt: Maybe<Scalars['DateTime']['output']>;
  /** The assessment exactly as enneo sent it (needs pii:read). */
  raw: Maybe<Scalars['JSONObject']['output']>;
  /** data.totals.percentage (0–100). */
  scorePercentage: Maybe<Scalars['Float']['output']>;
  scorecard: Maybe<Scorecard>;
  /** Identifies the scorecard across revisions. */
  scorecardBaseId: Maybe<Scalars['Int']['output']>;
  /** The scorecard revision used. */
  scorecardId: Scalars['Int']['output'];
  scoredPoints: Maybe<Scalars['Float']['output']>;
  /** unprocessed, aiInProgress, aiReady, reviewOngoing, reviewedBySupervisor, discussedWithAssessee, error, deleted. */
  state: Maybe<Scalars['String']['output']>;
  supervisorAssessment: Maybe<Scalars['String']['output']>;
  ticket: Maybe<EnneoTicket>;
  totalMaxPoints: Maybe<Scalars['Float']['output']>;
  usedMaxPoints: Maybe<Scalars['Float']['output']>;
  /** The assessed worklog. */
  worklog: Maybe<EnneoWorklog>;
};

export type AssessmentCategory = {
  categoryId: Scalars['Int']['output'];
  criteria: Array<AssessmentCriterion>;
};

/** The score given on one scorecard criterion. */
export type AssessmentCriterion = {
  criterionId: Scalars['Int']['output'];
  lastEditedAt: Maybe<Scalars['DateTime']['output']>;
  lastEditedBy: Maybe<Actor>;
  reason: Maybe<Scalars['String']['output']>;
  score: Maybe<Scalars['Float']['output']>;
  /** unscored, aiGenerated or humanVerified. */
  state: Maybe<Scalars['String']['output']>;
};

/** A customer-satisfaction answer. */
export type Csat = {
  answerStars: Maybe<Scalars['Float']['output']>;
  /** The customer's own words (needs pii:read). */
  answerText: Maybe<Scalars['String']['output']>;
  id: Scalars['Int']['output'];
  scale: Maybe<Scalars['Int']['output']>;
};

/** SLA and satisfaction facts of a worklog. */
export type CustomerExperience = {
  closingDateForSla: Maybe<Scalars['DateTime']['output']>;
  csat: Maybe<Csat>;
  dueDateForSla: Maybe<Scalars['DateTime']['output']>;
  /** Negative: closed before the SLA deadline. */
  netSecondsClosedAfterSla: Maybe<Scalars['Int']['output']>;
  reopened: Maybe<Scalars['Boolean']['output']>;
  slaMet: Maybe<Scalars['Boolean']['output']>;
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
  aiSupportLevel: Maybe<Scalars['String']['output']>;
  /** Quality assessments of all the ticket's worklogs. */
  assessments: Array<Assessment>;
  /** email, phone, chat, letter, portal, system, walkIn. */
  channel: Maybe<Scalars['String']['output']>;
  contractId: Maybe<Scalars['String']['output']>;
  createdAt: Maybe<Scalars['DateTime']['output']>;
  customerId: Maybe<Scalars['String']['output']>;
  /** in, out or internal. */
  direction: Maybe<Scalars['String']['output']>;
  /** The `from` field: address or number the ticket came from. */
  fromAddress: Maybe<Scalars['String']['output']>;
  fromName: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The key the source knows it by ("8821", "PAY-12"). */
  key: Scalars['String']['output'];
  /** Socialboards action-log entries, oldest first; always empty for other sources. */
  logEvents: LogEventConnection;
  modifiedAt: Maybe<Scalars['DateTime']['output']>;
  /** low, medium, high or urgent. */
  priority: Maybe<Scalars['String']['output']>;
  /** The ticket exactly as enneo sent it (needs pii:read). */
  raw: Maybe<Scalars['JSONObject']['output']>;
  source: Source;
  /** open, pending or closed. */
  status: Maybe<Scalars['String']['output']>;
  /** enneo's summary of the case. */
  summary: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  ticketId: Scalars['Int']['output'];
  /** Sum of the ticket's worklog durations, in seconds; null (with an UPSTREAM_BAD_RESPONSE error) when a duration is unreadable or the sum does not fit a GraphQL Int. */
  timeSpentSeconds: Maybe<Scalars['Int']['output']>;
  /** Every worklog and log event of the ticket, in time order. */
  timeline: TimelineConnection;
  /** The subject. */
  title: Maybe<Scalars['String']['output']>;
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
  action: EnneoAction;
  /** actionListText (display text; do not parse). */
  actionTexts: Array<Scalars['String']['output']>;
  /** actionList, e.g. ["reply", "closed"]. */
  actions: Array<Scalars['String']['output']>;
  actor: Maybe<Actor>;
  aiAgents: Array<AiAgent>;
  assessments: Array<Assessment>;
  author: Maybe<Actor>;
  /** 0 (no AI) to 5 (dark processing without approval). */
  automationLevel: Maybe<Scalars['Int']['output']>;
  /** Display text only. */
  automationLevelLabel: Maybe<Scalars['String']['output']>;
  /** enneo worklogs have no comment: always null. */
  comment: Maybe<Scalars['String']['output']>;
  conversationId: Maybe<Scalars['Int']['output']>;
  customerExperience: Maybe<CustomerExperience>;
  /** The worklog day as enneo sent it. */
  date: Scalars['Date']['output'];
  /** time.durationAfterWork, in seconds. */
  durationAfterWorkSeconds: Maybe<Scalars['Int']['output']>;
  /** time.duration: handling time in seconds; an UPSTREAM_BAD_RESPONSE here alone when enneo sent something else. */
  durationSeconds: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  latestInteraction: Maybe<Scalars['DateTime']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  /** The worklog entry exactly as enneo sent it (needs pii:read). */
  raw: Maybe<Scalars['JSONObject']['output']>;
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
  /** The raw actionType, always. */
  actionType: Scalars['String']['output'];
  /** The `user` who acted. */
  actor: Maybe<Actor>;
  id: Scalars['ID']['output'];
  /** includedItems.users: the users the text refers to. */
  mentionedUsers: Array<Actor>;
  /** `time`, as a UTC instant (milliseconds). */
  occurredAt: Scalars['DateTime']['output'];
  /** The entry exactly as Socialboards sent it (needs pii:read). */
  raw: Maybe<Scalars['JSONObject']['output']>;
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
  edges: Array<LogEventEdge>;
  pageInfo: PageInfo;
  /** Entries of the (filtered) log, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type LogEventEdge = {
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
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A person behind accounts in several sources, linked by PEOPLE_FILE (authoritative) or by e-mail. The id stays the same across requests. */
export type Person = Node & {
  /** The person's accounts: PEOPLE_FILE's list, or — for people linked by e-mail — the accounts with that e-mail this request has met. */
  accounts: Array<Actor>;
  /** The e-mail the accounts were linked by (PEOPLE_FILE: its email, else the first account e-mail found). Needs pii:read. */
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** PEOPLE_FILE's name, else the first linked account's (enneo, then Tracker, then Socialboards). */
  name: Maybe<Scalars['String']['output']>;
};

export type Query = {
  /** One enneo quality assessment; null when enneo does not have it. */
  assessment: Maybe<Assessment>;
  /** Refetches any object by its global id; null when its source no longer has it. */
  node: Maybe<Node>;
  /** Refetches several objects by global id, in the order given (at most 100). */
  nodes: Array<Maybe<Node>>;
  /** One ticket; null when its source says it does not exist. Needs the source's scope (enneo:read …). */
  ticket: Maybe<Ticket>;
  /** Refetches one of this gateway's objects by its global id; null when its source no longer has it. The same as `node(id)`, under a name that stays unique in a supergraph. */
  ticketlogNode: Maybe<Node>;
  /** Refetches several of this gateway's objects by global id, in the order given (at most 100). The same as `nodes(ids)`, under a name that stays unique in a supergraph. */
  ticketlogNodes: Array<Maybe<Node>>;
  /** Several tickets from any sources, in the order of refs; null where one does not exist. At most 100 refs. */
  tickets: Array<Maybe<Ticket>>;
  /** Who spent how long across the sources in a period (from and to inclusive, at most 366 days): enneo's reporting export and Tracker worklogs, summed by the groupBy dimensions. A failing source adds an error and coverage complete: false; the rest arrives. Needs reports:read; a source the caller may not read is left out with one FORBIDDEN error. */
  timeReport: Maybe<TimeReport>;
  /** Every worklog and log event of the given tickets (any sources, at most 100), merged by occurredAt. A ref that does not exist contributes nothing; a ref whose source fails adds an error (with extensions.ref) while the other refs' entries still arrive. */
  timeline: TimelineConnection;
  /** Rows of the enneo reporting export (worklogs of all tickets) for a bounded period (needs enneo:read and reports:read). first: default 50, at most 1000. */
  worklogReport: Maybe<WorklogReportConnection>;
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
  /** Identifies the scorecard across revisions. */
  baseId: Maybe<Scalars['Int']['output']>;
  categories: Array<ScorecardCategory>;
  createdAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  modifiedAt: Maybe<Scalars['DateTime']['output']>;
  name: Maybe<Scalars['String']['output']>;
  revision: Maybe<Scalars['Int']['output']>;
  /** The revision id (what assessments reference). */
  scorecardId: Scalars['Int']['output'];
  /** draft, active, retired or deleted. */
  state: Maybe<Scalars['String']['output']>;
};

export type ScorecardCategory = {
  categoryId: Scalars['Int']['output'];
  criteria: Array<ScorecardCriterion>;
  label: Maybe<Scalars['String']['output']>;
  order: Maybe<Scalars['Int']['output']>;
};

export type ScorecardCriterion = {
  criterionId: Scalars['Int']['output'];
  description: Maybe<Scalars['String']['output']>;
  label: Maybe<Scalars['String']['output']>;
  maxPoints: Maybe<Scalars['Float']['output']>;
  /** metNotMet or numericScale. */
  scoringType: Maybe<Scalars['String']['output']>;
};

export type SocialboardsCategory = {
  categoryId: Scalars['Int']['output'];
  name: Maybe<Scalars['String']['output']>;
  /** Names from the root category down to this one. */
  path: Array<Scalars['String']['output']>;
};

/** A Socialboards inbox ticket (details from POST /tickets/list). It has log events, no worklogs. */
export type SocialboardsTicket = Node & Ticket & {
  /** lockedBy: the assigned teammate. */
  assignee: Maybe<Actor>;
  author: Maybe<Actor>;
  category: Maybe<SocialboardsCategory>;
  /** creationTime. */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The key the source knows it by ("8821", "PAY-12"). */
  key: Scalars['String']['output'];
  /** lastThreadElementCreationTime. */
  lastActivityAt: Maybe<Scalars['DateTime']['output']>;
  /** Socialboards action-log entries, oldest first; always empty for other sources. */
  logEvents: LogEventConnection;
  /** The first message of the ticket (plain text). */
  message: Maybe<Scalars['String']['output']>;
  /** The ticket exactly as Socialboards sent it (needs pii:read). */
  raw: Maybe<Scalars['JSONObject']['output']>;
  replyCount: Maybe<Scalars['Int']['output']>;
  source: Source;
  /** Where the ticket came from (channel name). */
  sourceName: Maybe<Scalars['String']['output']>;
  /** As Socialboards sends it. */
  status: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  ticketId: Scalars['Int']['output'];
  /** Sum of the ticket's worklog durations, in seconds; null (with an UPSTREAM_BAD_RESPONSE error) when a duration is unreadable or the sum does not fit a GraphQL Int. */
  timeSpentSeconds: Maybe<Scalars['Int']['output']>;
  /** Every worklog and log event of the ticket, in time order. */
  timeline: TimelineConnection;
  title: Maybe<Scalars['String']['output']>;
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
  status: Maybe<Scalars['String']['output']>;
  /** Sum of the ticket's worklog durations, in seconds; null (with an UPSTREAM_BAD_RESPONSE error) when a duration is unreadable or the sum does not fit a GraphQL Int. */
  timeSpentSeconds: Maybe<Scalars['Int']['output']>;
  /** Every worklog and log event of the ticket, in time order. */
  timeline: TimelineConnection;
  /** enneo subject · Socialboards title · Tracker summary. */
  title: Maybe<Scalars['String']['output']>;
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
  /** Upstream calls that read the records (export pages, worklog search pages). */
  calls: Scalars['Int']['output'];
  /** False when the source failed (it then adds nothing; errors[] says why) or some records could not be counted. */
  complete: Scalars['Boolean']['output'];
  /** Records counted into the report. */
  entries: Scalars['Int']['output'];
  note: Maybe<Scalars['String']['output']>;
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
  action: Maybe<Scalars['String']['output']>;
  day: Maybe<Scalars['Date']['output']>;
  /** Records summed into this row (export rows, worklogs). */
  entries: Scalars['Int']['output'];
  /** YYYY-MM. */
  month: Maybe<Scalars['String']['output']>;
  /** Null when not grouped by PERSON, or for time without a known user (pseudonymized exports). */
  person: Maybe<Person>;
  /** Time spent, summed (Tracker on its business calendar). */
  seconds: Scalars['SafeInt']['output'];
  source: Maybe<Source>;
  /** The ticket, loaded from its source when selected; null when it no longer exists. */
  ticket: Maybe<Ticket>;
  /** The key of the ticket (its source is ticketSource). */
  ticketKey: Maybe<Scalars['String']['output']>;
  ticketSource: Maybe<Source>;
  /** ISO 8601 week, e.g. 2025-W45. */
  week: Maybe<Scalars['String']['output']>;
};

export type TimelineConnection = {
  edges: Array<TimelineEdge>;
  pageInfo: PageInfo;
  /** Entries in the whole timeline, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TimelineEdge = {
  cursor: Scalars['String']['output'];
  node: TimelineEntry;
};

/** Something that happened on a ticket: a worklog or a log event. */
export type TimelineEntry = {
  /** Who did it, when the source says. */
  actor: Maybe<Actor>;
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
  assignee: Maybe<Actor>;
  createdAt: Maybe<Scalars['DateTime']['output']>;
  createdBy: Maybe<Actor>;
  deadline: Maybe<Scalars['Date']['output']>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Tracker's own object id. */
  issueId: Scalars['String']['output'];
  /** The key the source knows it by ("8821", "PAY-12"). */
  key: Scalars['String']['output'];
  /** Socialboards action-log entries, oldest first; always empty for other sources. */
  logEvents: LogEventConnection;
  /** Priority key, e.g. normal. */
  priority: Maybe<Scalars['String']['output']>;
  /** Queue key, e.g. PAY. */
  queue: Maybe<Scalars['String']['output']>;
  /** The issue exactly as Tracker sent it (needs pii:read). */
  raw: Maybe<Scalars['JSONObject']['output']>;
  source: Source;
  /** The status key, e.g. inProgress. */
  status: Maybe<Scalars['String']['output']>;
  /** Status name in TRACKER_ACCEPT_LANGUAGE. */
  statusDisplay: Maybe<Scalars['String']['output']>;
  /** Sum of the ticket's worklog durations, in seconds; null (with an UPSTREAM_BAD_RESPONSE error) when a duration is unreadable or the sum does not fit a GraphQL Int. */
  timeSpentSeconds: Maybe<Scalars['Int']['output']>;
  /** Every worklog and log event of the ticket, in time order. */
  timeline: TimelineConnection;
  /** The summary. */
  title: Maybe<Scalars['String']['output']>;
  /** Issue type key, e.g. task. */
  type: Maybe<Scalars['String']['output']>;
  updatedAt: Maybe<Scalars['DateTime']['output']>;
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
  actor: Maybe<Actor>;
  /** createdBy. */
  author: Maybe<Actor>;
  comment: Maybe<Scalars['String']['output']>;
  /** When the record was made (may be days after the work). */
  createdAt: Scalars['DateTime']['output'];
  /** ISO 8601 duration exactly as Tracker sent it, e.g. P1W2DT3H. */
  duration: Scalars['String']['output'];
  /** duration on Tracker's business calendar (1W = TRACKER_WEEK_DAYS days, 1D = TRACKER_DAY_HOURS hours); an error when Tracker sent a duration that cannot be converted. */
  durationSeconds: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  issueKey: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  /** The record exactly as Tracker sent it (needs pii:read). */
  raw: Maybe<Scalars['JSONObject']['output']>;
  source: Source;
  /** `start`: when the work was done. */
  startedAt: Scalars['DateTime']['output'];
  summary: Scalars['String']['output'];
  ticket: Ticket;
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  updatedBy: Maybe<Actor>;
  worklogId: Scalars['String']['output'];
};

/** One tracked stretch of work inside a worklog session. */
export type WorkSegment = {
  /** actionListText as sent (display text). */
  actionTexts: Array<Scalars['String']['output']>;
  /** actionList as sent, e.g. ["reply", "closed"]. */
  actions: Array<Scalars['String']['output']>;
  /** to − from, in seconds. */
  durationSeconds: Maybe<Scalars['Int']['output']>;
  from: Scalars['DateTime']['output'];
  to: Scalars['DateTime']['output'];
  userTimeTrackingId: Maybe<Scalars['Int']['output']>;
};

/** Time someone spent on a ticket (enneo worklog, Tracker worklog). */
export type Worklog = {
  /** Who did it, when the source says. */
  actor: Maybe<Actor>;
  /** Who did the work. */
  author: Maybe<Actor>;
  /** The worklog's comment, where the source has one. */
  comment: Maybe<Scalars['String']['output']>;
  /** Time spent, in seconds; null (with an UPSTREAM_BAD_RESPONSE error) when the source sent a duration the gateway cannot read or a GraphQL Int cannot hold. */
  durationSeconds: Maybe<Scalars['Int']['output']>;
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
  edges: Array<WorklogEdge>;
  pageInfo: PageInfo;
  /** Worklogs of the ticket, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type WorklogEdge = {
  cursor: Scalars['String']['output'];
  node: Worklog;
};

export type WorklogReportConnection = {
  edges: Array<WorklogReportEdge>;
  pageInfo: PageInfo;
};

export type WorklogReportEdge = {
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
  action: EnneoAction;
  aiAgent: Maybe<Scalars['String']['output']>;
  aiAgentsUsed: Array<Scalars['String']['output']>;
  aiAutomationLevel: Maybe<Scalars['Int']['output']>;
  /** allTags: every tag of the ticket, parent tags included (enneo sends them comma-separated). */
  allTags: Array<Scalars['String']['output']>;
  channel: Maybe<Scalars['String']['output']>;
  closingDateForSla: Maybe<Scalars['DateTime']['output']>;
  conversationId: Maybe<Scalars['Int']['output']>;
  customerIdentifiedCorrectly: Maybe<Scalars['Boolean']['output']>;
  /** Session start, read in ENNEO_TIMEZONE (pseudonymized exports: the day only). */
  date: Scalars['DateTime']['output'];
  department: Maybe<Scalars['String']['output']>;
  durationAfterWorkSeconds: Maybe<Scalars['Int']['output']>;
  /** duration, in seconds; an UPSTREAM_BAD_RESPONSE here alone when the export sent something else. */
  durationSeconds: Maybe<Scalars['Int']['output']>;
  /** Absent when the export is pseudonymized (needs pii:read). */
  email: Maybe<Scalars['String']['output']>;
  firstPendingAt: Maybe<Scalars['DateTime']['output']>;
  netPendingSeconds: Maybe<Scalars['Int']['output']>;
  /** Negative: closed before the SLA deadline. */
  netSecondsClosedAfterSla: Maybe<Scalars['Int']['output']>;
  pendingDueBy: Maybe<Scalars['DateTime']['output']>;
  pendingSeconds: Maybe<Scalars['Int']['output']>;
  /** The row exactly as enneo sent it (needs pii:read). */
  raw: Maybe<Scalars['JSONObject']['output']>;
  rawAction: Scalars['String']['output'];
  /** rawData: the ticket data enneo attaches to the row, parsed from the JSON string it sends; null where the export is pseudonymized (an UPSTREAM_BAD_RESPONSE on this field alone when it is not JSON). Needs pii:read. */
  rawData: Maybe<Scalars['JSON']['output']>;
  reopened: Maybe<Scalars['Boolean']['output']>;
  reopenedAt: Maybe<Scalars['DateTime']['output']>;
  skippedTicket: Maybe<Scalars['Boolean']['output']>;
  status: Maybe<Scalars['String']['output']>;
  statusActionDetail: Maybe<Scalars['String']['output']>;
  subTopic: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  tagsIdentifiedCorrectly: Maybe<Scalars['Boolean']['output']>;
  teams: Array<Scalars['String']['output']>;
  textAssistanceAccuracy: Maybe<Scalars['Float']['output']>;
  /** Null where the export is pseudonymized. */
  ticket: Maybe<EnneoTicket>;
  ticketId: Maybe<Scalars['Int']['output']>;
  timesSetToOpen: Maybe<Scalars['Int']['output']>;
  topic: Maybe<Scalars['String']['output']>;
  user: Maybe<Actor>;
  userId: Maybe<Scalars['Int']['output']>;
  userName: Maybe<Scalars['String']['output']>;
  userWorklogId: Maybe<Scalars['Int']['output']>;
  /** The ticket's worklog this row counts; null where the export is pseudonymized. */
  worklog: Maybe<EnneoWorklog>;
};

export type DeadlineCaseTicketsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeadlineCaseTicketsQuery = { enneo:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null, tracker:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null, socialboards:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null };

export type DeadlineTrackerWorklogsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeadlineTrackerWorklogsQuery = { enneo:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null, tracker:
    | { key: string, worklogs: { totalCount: number } }
    | { key: string, worklogs: { totalCount: number } }
    | { key: string, worklogs: { totalCount: number } }
   | null };

export type ErrTicketTitleQueryVariables = Exact<{
  key: Scalars['String']['input'];
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
  id: Scalars['Int']['input'];
}>;


export type ErrAssessmentQuery = { assessment: { assessmentId: number, state: string | null } | null };

export type ErrWorklogPageQueryVariables = Exact<{
  key: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ErrWorklogPageQuery = { ticket:
    | { key: string, worklogs: { totalCount: number, edges: Array<{ cursor: string }> } }
    | { key: string, worklogs: { totalCount: number, edges: Array<{ cursor: string }> } }
    | { key: string, worklogs: { totalCount: number, edges: Array<{ cursor: string }> } }
   | null };

export type ErrNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
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
    | { id: string }
   | null };

export type ErrReportQueryVariables = Exact<{
  filter: WorklogReportFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ErrReportQuery = { worklogReport: { edges: Array<{ cursor: string, node: { userWorklogId: number | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type ErrReportLiteralDateQueryVariables = Exact<{ [key: string]: never; }>;


export type ErrReportLiteralDateQuery = { worklogReport: { edges: Array<{ cursor: string }> } | null };

export type LoadersTicketIdQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type LoadersTicketIdQuery = { ticket:
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type SameTicketManyWaysQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SameTicketManyWaysQuery = { a:
    | { title: string | null, worklogs: { totalCount: number } }
    | { title: string | null, worklogs: { totalCount: number } }
    | { title: string | null, worklogs: { totalCount: number } }
   | null, b:
    | { status: string | null, timeSpentSeconds: number | null, timeline: { totalCount: number } }
    | { status: string | null, timeSpentSeconds: number | null, timeline: { totalCount: number } }
    | { status: string | null, timeSpentSeconds: number | null, timeline: { totalCount: number } }
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
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<WorklogReportOrder>;
}>;


export type ReportPageQuery = { worklogReport: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { userWorklogId: number | null, date: string, ticketId: number | null, userId: number | null, action: EnneoAction, rawAction: string, channel: string | null, topic: string | null, raw: Record<string, unknown> | null } }> } | null };

export type ReportTypedQueryVariables = Exact<{
  filter: WorklogReportFilter;
}>;


export type ReportTypedQuery = { worklogReport: { edges: Array<{ node: { userWorklogId: number | null, date: string, userName: string | null, email: string | null, userId: number | null, ticketId: number | null, conversationId: number | null, action: EnneoAction, rawAction: string, durationSeconds: number | null, durationAfterWorkSeconds: number | null, status: string | null, topic: string | null, subTopic: string | null, tags: Array<string>, channel: string | null, department: string | null, teams: Array<string>, aiAutomationLevel: number | null, aiAgent: string | null, aiAgentsUsed: Array<string>, textAssistanceAccuracy: number | null, customerIdentifiedCorrectly: boolean | null, tagsIdentifiedCorrectly: boolean | null, skippedTicket: boolean | null, reopened: boolean | null, reopenedAt: string | null, timesSetToOpen: number | null, netSecondsClosedAfterSla: number | null, closingDateForSla: string | null, statusActionDetail: string | null, pendingDueBy: string | null, pendingSeconds: number | null, netPendingSeconds: number | null, firstPendingAt: string | null, raw: Record<string, unknown> | null } }> } | null };

export type ReportPseudonymizedQueryVariables = Exact<{
  filter: WorklogReportFilter;
}>;


export type ReportPseudonymizedQuery = { worklogReport: { edges: Array<{ node: { userWorklogId: number | null, date: string, ticketId: number | null, userId: number | null, email: string | null, conversationId: number | null, userName: string | null, raw: Record<string, unknown> | null, user: { id: string } | null, ticket: { key: string } | null, worklog: { worklogId: number } | null } }> } | null };

export type ReportLinkedQueryVariables = Exact<{
  filter: WorklogReportFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReportLinkedQuery = { worklogReport: { edges: Array<{ node: { userWorklogId: number | null, ticketId: number | null, date: string, ticket: { key: string, title: string | null } | null, worklog: { worklogId: number, ticketId: number, startedAt: string, durationSeconds: number | null } | null } }> } | null };

export type DocExampleTicketQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type DocExampleTicketQuery = { ticket:
    | { __typename: 'EnneoTicket', ticketId: number, channel: string | null, priority: string | null, createdAt: string | null, tags: Array<string>, id: string, source: Source, key: string, title: string | null, status: string | null, timeSpentSeconds: number | null, assessments: Array<{ assessmentId: number }>, worklogs: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ cursor: string, node:
            | { __typename: 'EnneoWorklog', worklogId: number, ticketId: number, conversationId: number | null, date: string, latestInteraction: string | null, action: EnneoAction, rawAction: string, actions: Array<string>, actionTexts: Array<string>, durationAfterWorkSeconds: number | null, automationLevel: number | null, automationLevelLabel: string | null, raw: Record<string, unknown> | null, id: string, source: Source, occurredAt: string, startedAt: string, durationSeconds: number | null, comment: string | null, summary: string, aiAgents: Array<{ id: number, name: string | null, description: string | null, intelligence: string | null, textAssistanceAccuracy: number | null, actions: unknown | null }>, segments: Array<{ userTimeTrackingId: number | null, from: string, to: string, durationSeconds: number | null, actions: Array<string>, actionTexts: Array<string> }>, customerExperience: { slaMet: boolean | null, netSecondsClosedAfterSla: number | null, closingDateForSla: string | null, dueDateForSla: string | null, reopened: boolean | null, csat: { id: number, scale: number | null, answerStars: number | null, answerText: string | null } | null } | null, assessments: Array<{ assessmentId: number, scorecardId: number, state: string | null, scorePercentage: number | null, scorecard: { scorecardId: number, name: string | null } | null, worklog: { worklogId: number } | null }>, author: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, actor: { id: string } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
            | { __typename: 'TrackerWorklog', id: string, source: Source, occurredAt: string, startedAt: string, durationSeconds: number | null, comment: string | null, summary: string, author: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, actor: { id: string } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
           }> } }
    | { __typename: 'SocialboardsTicket', id: string, source: Source, key: string, title: string | null, status: string | null, timeSpentSeconds: number | null, worklogs: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ cursor: string, node:
            | { __typename: 'EnneoWorklog', worklogId: number, ticketId: number, conversationId: number | null, date: string, latestInteraction: string | null, action: EnneoAction, rawAction: string, actions: Array<string>, actionTexts: Array<string>, durationAfterWorkSeconds: number | null, automationLevel: number | null, automationLevelLabel: string | null, raw: Record<string, unknown> | null, id: string, source: Source, occurredAt: string, startedAt: string, durationSeconds: number | null, comment: string | null, summary: string, aiAgents: Array<{ id: number, name: string | null, description: string | null, intelligence: string | null, textAssistanceAccuracy: number | null, actions: unknown | null }>, segments: Array<{ userTimeTrackingId: number | null, from: string, to: string, durationSeconds: number | null, actions: Array<string>, actionTexts: Array<string> }>, customerExperience: { slaMet: boolean | null, netSecondsClosedAfterSla: number | null, closingDateForSla: string | null, dueDateForSla: string | null, reopened: boolean | null, csat: { id: number, scale: number | null, answerStars: number | null, answerText: string | null } | null } | null, assessments: Array<{ assessmentId: number, scorecardId: number, state: string | null, scorePercentage: number | null, scorecard: { scorecardId: number, name: string | null } | null, worklog: { worklogId: number } | null }>, author: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, actor: { id: string } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
            | { __typename: 'TrackerWorklog', id: string, source: Source, occurredAt: string, startedAt: string, durationSeconds: number | null, comment: string | null, summary: string, author: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, actor: { id: string } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
           }> } }
    | { __typename: 'TrackerIssue', id: string, source: Source, key: string, title: string | null, status: string | null, timeSpentSeconds: number | null, worklogs: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, edges: Array<{ cursor: string, node:
            | { __typename: 'EnneoWorklog', worklogId: number, ticketId: number, conversationId: number | null, date: string, latestInteraction: string | null, action: EnneoAction, rawAction: string, actions: Array<string>, actionTexts: Array<string>, durationAfterWorkSeconds: number | null, automationLevel: number | null, automationLevelLabel: string | null, raw: Record<string, unknown> | null, id: string, source: Source, occurredAt: string, startedAt: string, durationSeconds: number | null, comment: string | null, summary: string, aiAgents: Array<{ id: number, name: string | null, description: string | null, intelligence: string | null, textAssistanceAccuracy: number | null, actions: unknown | null }>, segments: Array<{ userTimeTrackingId: number | null, from: string, to: string, durationSeconds: number | null, actions: Array<string>, actionTexts: Array<string> }>, customerExperience: { slaMet: boolean | null, netSecondsClosedAfterSla: number | null, closingDateForSla: string | null, dueDateForSla: string | null, reopened: boolean | null, csat: { id: number, scale: number | null, answerStars: number | null, answerText: string | null } | null } | null, assessments: Array<{ assessmentId: number, scorecardId: number, state: string | null, scorePercentage: number | null, scorecard: { scorecardId: number, name: string | null } | null, worklog: { worklogId: number } | null }>, author: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, actor: { id: string } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
            | { __typename: 'TrackerWorklog', id: string, source: Source, occurredAt: string, startedAt: string, durationSeconds: number | null, comment: string | null, summary: string, author: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, actor: { id: string } | null, ticket:
                | { key: string }
                | { key: string }
                | { key: string }
               }
           }> } }
   | null };

export type EnneoTimelineQueryVariables = Exact<{
  key: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  order?: InputMaybe<TimelineOrder>;
}>;


export type EnneoTimelineQuery = { ticket:
    | { id: string, timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { __typename: 'EnneoWorklog', worklogId: number, startedAt: string, durationSeconds: number | null, id: string, source: Source, occurredAt: string, summary: string, assessments: Array<{ id: string, assessmentId: number, scorecard: { id: string, scorecardId: number } | null }>, actor: { id: string, kind: ActorKind } | null, ticket:
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
            | { __typename: 'EnneoWorklog', worklogId: number, startedAt: string, durationSeconds: number | null, id: string, source: Source, occurredAt: string, summary: string, assessments: Array<{ id: string, assessmentId: number, scorecard: { id: string, scorecardId: number } | null }>, actor: { id: string, kind: ActorKind } | null, ticket:
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
            | { __typename: 'EnneoWorklog', worklogId: number, startedAt: string, durationSeconds: number | null, id: string, source: Source, occurredAt: string, summary: string, assessments: Array<{ id: string, assessmentId: number, scorecard: { id: string, scorecardId: number } | null }>, actor: { id: string, kind: ActorKind } | null, ticket:
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
  id: Scalars['ID']['input'];
}>;


export type RefetchNodeQuery = { node:
    | { __typename: 'Assessment', assessmentId: number, scorecardId: number, state: string | null, id: string }
    | { __typename: 'EnneoTicket', key: string, title: string | null, id: string }
    | { __typename: 'EnneoWorklog', worklogId: number, ticketId: number, startedAt: string, durationSeconds: number | null, id: string }
    | { __typename: 'LogEvent', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Scorecard', scorecardId: number, name: string | null, id: string }
    | { __typename: 'SocialboardsTicket', id: string }
    | { __typename: 'TrackerIssue', id: string }
    | { __typename: 'TrackerWorklog', id: string }
   | null };

export type RefetchNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type RefetchNodesQuery = { nodes: Array<
    | { __typename: 'Assessment', assessmentId: number, id: string }
    | { __typename: 'EnneoTicket', key: string, id: string }
    | { __typename: 'EnneoWorklog', worklogId: number, id: string }
    | { __typename: 'LogEvent', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Scorecard', scorecardId: number, id: string }
    | { __typename: 'SocialboardsTicket', id: string }
    | { __typename: 'TrackerIssue', id: string }
    | { __typename: 'TrackerWorklog', id: string }
   | null> };

export type NodeIdsTrackerWorklogsQueryVariables = Exact<{ [key: string]: never; }>;


export type NodeIdsTrackerWorklogsQuery = { ticket:
    | { worklogs: { edges: Array<{ node:
            | { id: string }
            | { worklogId: string, id: string }
           }> } }
    | { worklogs: { edges: Array<{ node:
            | { id: string }
            | { worklogId: string, id: string }
           }> } }
    | { worklogs: { edges: Array<{ node:
            | { id: string }
            | { worklogId: string, id: string }
           }> } }
   | null };

export type NodeIdsEnneoWorklogsQueryVariables = Exact<{ [key: string]: never; }>;


export type NodeIdsEnneoWorklogsQuery = { ticket:
    | { worklogs: { edges: Array<{ node:
            | { durationSeconds: number | null, id: string }
            | { id: string }
           }> } }
    | { worklogs: { edges: Array<{ node:
            | { durationSeconds: number | null, id: string }
            | { id: string }
           }> } }
    | { worklogs: { edges: Array<{ node:
            | { durationSeconds: number | null, id: string }
            | { id: string }
           }> } }
   | null };

export type NodeIdsRefetchQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodeIdsRefetchQuery = { nodes: Array<
    | { __typename: 'Assessment', id: string }
    | { __typename: 'EnneoTicket', id: string }
    | { __typename: 'EnneoWorklog', durationSeconds: number | null, id: string }
    | { __typename: 'LogEvent', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Scorecard', id: string }
    | { __typename: 'SocialboardsTicket', id: string }
    | { __typename: 'TrackerIssue', id: string }
    | { __typename: 'TrackerWorklog', worklogId: string, id: string }
   | null> };

export type NodeIdsEveryTypeQueryVariables = Exact<{ [key: string]: never; }>;


export type NodeIdsEveryTypeQuery = { enneo:
    | { id: string, worklogs: { edges: Array<{ node:
            | { id: string, assessments: Array<{ id: string, scorecard: { id: string } | null }> }
            | { id: string }
           }> } }
    | { id: string, worklogs: { edges: Array<{ node:
            | { id: string, assessments: Array<{ id: string, scorecard: { id: string } | null }> }
            | { id: string }
           }> } }
    | { id: string, worklogs: { edges: Array<{ node:
            | { id: string, assessments: Array<{ id: string, scorecard: { id: string } | null }> }
            | { id: string }
           }> } }
   | null, socialboards:
    | { id: string, logEvents: { edges: Array<{ node: { id: string } }> } }
    | { id: string, logEvents: { edges: Array<{ node: { id: string } }> } }
    | { id: string, logEvents: { edges: Array<{ node: { id: string } }> } }
   | null, tracker:
    | { id: string, worklogs: { edges: Array<{ node:
            | { id: string }
            | { id: string }
           }> } }
    | { id: string, worklogs: { edges: Array<{ node:
            | { id: string }
            | { id: string }
           }> } }
    | { id: string, worklogs: { edges: Array<{ node:
            | { id: string }
            | { id: string }
           }> } }
   | null, assessment: { id: string, scorecard: { id: string } | null } | null };

export type NodeIdsRefetchIdsQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type NodeIdsRefetchIdsQuery = { nodes: Array<
    | { __typename: 'Assessment', id: string }
    | { __typename: 'EnneoTicket', id: string }
    | { __typename: 'EnneoWorklog', id: string }
    | { __typename: 'LogEvent', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Scorecard', id: string }
    | { __typename: 'SocialboardsTicket', id: string }
    | { __typename: 'TrackerIssue', id: string }
    | { __typename: 'TrackerWorklog', id: string }
   | null> };

export type OpsTicketQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsTicketQuery = { ticket:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null };

export type OpsMissingQueryVariables = Exact<{ [key: string]: never; }>;


export type OpsMissingQuery = { ticket:
    | { key: string }
    | { key: string }
    | { key: string }
   | null };

export type OpsReportQueryVariables = Exact<{
  filter: WorklogReportFilter;
}>;


export type OpsReportQuery = { worklogReport: { edges: Array<{ node: { ticketId: number | null, ticket: { key: string, title: string | null } | null, worklog: { worklogId: number } | null } }> } | null };

export type OpsTimelineQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type OpsTimelineQuery = { timeline: { edges: Array<{ node:
        | { source: Source, occurredAt: string }
        | { source: Source, occurredAt: string }
        | { source: Source, occurredAt: string }
       }> } };

export type MetTicketsQueryVariables = Exact<{ [key: string]: never; }>;


export type MetTicketsQuery = { a:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null, b:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null };

export type MetTicketQueryVariables = Exact<{ [key: string]: never; }>;


export type MetTicketQuery = { ticket:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null };

export type MetSocialboardsQueryVariables = Exact<{ [key: string]: never; }>;


export type MetSocialboardsQuery = { ticket:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null };

export type ShutdownTicketQueryVariables = Exact<{ [key: string]: never; }>;


export type ShutdownTicketQuery = { ticket:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null };

export type TraceTicketsQueryVariables = Exact<{ [key: string]: never; }>;


export type TraceTicketsQuery = { a:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null, b:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null, c:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null };

export type TimeReportTestQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  groupBy?: InputMaybe<Array<TimeReportDimension> | TimeReportDimension>;
  sources?: InputMaybe<Array<Source> | Source>;
  people?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
}>;


export type TimeReportTestQuery = { timeReport: { totalSeconds: number, coverage: Array<{ source: Source, complete: boolean, rows: number, entries: number, calls: number, seconds: number, note: string | null }>, rows: Array<{ source: Source | null, day: string | null, week: string | null, month: string | null, ticketKey: string | null, ticketSource: Source | null, action: string | null, seconds: number, entries: number, person: { id: string, name: string | null, email: string | null, accounts: Array<{ source: Source, id: string }> } | null }> } | null };

export type RefetchPersonQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RefetchPersonQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string | null, email: string | null, id: string, accounts: Array<{ source: Source, id: string }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type TimelinePeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type TimelinePeopleQuery = { timeline: { edges: Array<{ node:
        | { source: Source, actor: { id: string, person: { id: string, name: string | null } | null } | null }
        | { source: Source, actor: { id: string, person: { id: string, name: string | null } | null } | null }
        | { source: Source, actor: { id: string, person: { id: string, name: string | null } | null } | null }
       }> } };

export type OrderReversedQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderReversedQuery = { slow:
    | { key: string, title: string | null, source: Source }
    | { key: string, title: string | null, source: Source }
    | { key: string, title: string | null, source: Source }
   | null, medium:
    | { title: string | null, key: string, source: Source }
    | { title: string | null, key: string, source: Source }
    | { title: string | null, key: string, source: Source }
   | null, fast:
    | { source: Source, title: string | null, key: string }
    | { source: Source, title: string | null, key: string }
    | { source: Source, title: string | null, key: string }
   | null };

export type AuthCaseTicketQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthCaseTicketQuery = { ticket:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null };

export type ForwardCaseTicketsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForwardCaseTicketsQuery = { tickets: Array<
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null> };

export type ForwardEnneoTicketQueryVariables = Exact<{ [key: string]: never; }>;


export type ForwardEnneoTicketQuery = { ticket:
    | { key: string }
    | { key: string }
    | { key: string }
   | null };

export type ScopeOneTicketQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeOneTicketQuery = { ticket:
    | { key: string, title: string | null }
    | { key: string, title: string | null }
    | { key: string, title: string | null }
   | null };

export type ScopeCaseTicketsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeCaseTicketsQuery = { tickets: Array<
    | { key: string }
    | { key: string }
    | { key: string }
   | null> };

export type ScopeReportQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeReportQuery = { worklogReport: { edges: Array<{ node: { userWorklogId: number | null } }> } | null };

export type ScopePersonalDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopePersonalDataQuery = { ticket:
    | { raw: Record<string, unknown> | null, key: string, worklogs: { edges: Array<{ node:
            | { author: { id: string, email: string | null } | null }
            | { author: { id: string, email: string | null } | null }
           }> } }
    | { key: string, worklogs: { edges: Array<{ node:
            | { author: { id: string, email: string | null } | null }
            | { author: { id: string, email: string | null } | null }
           }> } }
    | { key: string, worklogs: { edges: Array<{ node:
            | { author: { id: string, email: string | null } | null }
            | { author: { id: string, email: string | null } | null }
           }> } }
   | null };

export type ScopeCaseTimelineQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeCaseTimelineQuery = { timeline: { totalCount: number, edges: Array<{ node:
        | { source: Source }
        | { source: Source }
        | { source: Source }
       }> } };

export type ScopeLogEventIdQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeLogEventIdQuery = { ticket:
    | { logEvents: { edges: Array<{ node: { id: string } }> } }
    | { logEvents: { edges: Array<{ node: { id: string } }> } }
    | { logEvents: { edges: Array<{ node: { id: string } }> } }
   | null };

export type ScopeNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ScopeNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null>, ticketlogNodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type ScopeTicketIdQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopeTicketIdQuery = { ticket:
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type SbLogEventsQueryVariables = Exact<{
  key: Scalars['String']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SbLogEventsQuery = { ticket:
    | { key: string, logEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, source: Source, type: LogEventType, actionType: string, text: string, summary: string, time: string, occurredAt: string, ticketId: number, raw: Record<string, unknown> | null, actor: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, mentionedUsers: Array<{ source: Source, id: string, name: string | null, email: string | null, kind: ActorKind }>, ticket:
              | { key: string }
              | { key: string }
              | { key: string }
             } }> } }
    | { key: string, logEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, source: Source, type: LogEventType, actionType: string, text: string, summary: string, time: string, occurredAt: string, ticketId: number, raw: Record<string, unknown> | null, actor: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, mentionedUsers: Array<{ source: Source, id: string, name: string | null, email: string | null, kind: ActorKind }>, ticket:
              | { key: string }
              | { key: string }
              | { key: string }
             } }> } }
    | { key: string, logEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, source: Source, type: LogEventType, actionType: string, text: string, summary: string, time: string, occurredAt: string, ticketId: number, raw: Record<string, unknown> | null, actor: { source: Source, id: string, name: string | null, email: string | null, kind: ActorKind } | null, mentionedUsers: Array<{ source: Source, id: string, name: string | null, email: string | null, kind: ActorKind }>, ticket:
              | { key: string }
              | { key: string }
              | { key: string }
             } }> } }
   | null };

export type SbTicketTimelineQueryVariables = Exact<{
  key: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  order?: InputMaybe<TimelineOrder>;
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
  key: Scalars['String']['input'];
}>;


export type SbTicketTitleQuery = { ticket:
    | { id: string, key: string, title: string | null, status: string | null }
    | { id: string, key: string, title: string | null, status: string | null }
    | { id: string, key: string, title: string | null, status: string | null }
   | null };

export type SbTicketWithLogQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type SbTicketWithLogQuery = { ticket:
    | { key: string, title: string | null, logEvents: { totalCount: number } }
    | { key: string, title: string | null, logEvents: { totalCount: number } }
    | { key: string, title: string | null, logEvents: { totalCount: number } }
   | null };

export type SbNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SbNodeQuery = { node:
    | { __typename: 'Assessment', id: string }
    | { __typename: 'EnneoTicket', id: string }
    | { __typename: 'EnneoWorklog', id: string }
    | { __typename: 'LogEvent', ticketId: number, actionType: string, time: string, text: string, summary: string, occurredAt: string, id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Scorecard', id: string }
    | { __typename: 'SocialboardsTicket', key: string, title: string | null, status: string | null, id: string }
    | { __typename: 'TrackerIssue', id: string }
    | { __typename: 'TrackerWorklog', id: string }
   | null };

export type SbNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SbNodesQuery = { nodes: Array<
    | { __typename: 'Assessment', id: string }
    | { __typename: 'EnneoTicket', id: string }
    | { __typename: 'EnneoWorklog', id: string }
    | { __typename: 'LogEvent', ticketId: number, actionType: string, time: string, id: string }
    | { __typename: 'Person', id: string }
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
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  order?: InputMaybe<TimelineOrder>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
  sources?: InputMaybe<Array<Source> | Source>;
  kinds?: InputMaybe<Array<TimelineEntryKind> | TimelineEntryKind>;
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
  id: Scalars['ID']['input'];
}>;


export type TlNodeQuery = { node:
    | { __typename: 'Assessment', id: string }
    | { __typename: 'EnneoTicket', id: string }
    | { __typename: 'EnneoWorklog', id: string }
    | { __typename: 'LogEvent', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Scorecard', id: string }
    | { __typename: 'SocialboardsTicket', id: string }
    | { __typename: 'TrackerIssue', id: string }
    | { __typename: 'TrackerWorklog', id: string }
   | null };

export type TlNodesQueryVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type TlNodesQuery = { nodes: Array<
    | { __typename: 'Assessment', id: string }
    | { __typename: 'EnneoTicket', id: string }
    | { __typename: 'EnneoWorklog', id: string }
    | { __typename: 'LogEvent', id: string }
    | { __typename: 'Person', id: string }
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
  key: Scalars['String']['input'];
}>;


export type TrIssueQuery = { ticket:
    | { id: string, source: Source, key: string, title: string | null, status: string | null, timeSpentSeconds: number | null, worklogs: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node:
            | { id: string, startedAt: string, durationSeconds: number | null, comment: string | null, author: { source: Source, id: string, name: string | null, kind: ActorKind } | null }
            | { worklogId: string, issueKey: string, duration: string, createdAt: string, updatedAt: string | null, id: string, startedAt: string, durationSeconds: number | null, comment: string | null, updatedBy: { source: Source, id: string, name: string | null, kind: ActorKind } | null, author: { source: Source, id: string, name: string | null, kind: ActorKind } | null }
           }> } }
    | { id: string, source: Source, key: string, title: string | null, status: string | null, timeSpentSeconds: number | null, worklogs: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node:
            | { id: string, startedAt: string, durationSeconds: number | null, comment: string | null, author: { source: Source, id: string, name: string | null, kind: ActorKind } | null }
            | { worklogId: string, issueKey: string, duration: string, createdAt: string, updatedAt: string | null, id: string, startedAt: string, durationSeconds: number | null, comment: string | null, updatedBy: { source: Source, id: string, name: string | null, kind: ActorKind } | null, author: { source: Source, id: string, name: string | null, kind: ActorKind } | null }
           }> } }
    | { issueId: string, statusDisplay: string | null, createdAt: string | null, updatedAt: string | null, id: string, source: Source, key: string, title: string | null, status: string | null, timeSpentSeconds: number | null, assignee: { source: Source, id: string, name: string | null, kind: ActorKind } | null, worklogs: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node:
            | { id: string, startedAt: string, durationSeconds: number | null, comment: string | null, author: { source: Source, id: string, name: string | null, kind: ActorKind } | null }
            | { worklogId: string, issueKey: string, duration: string, createdAt: string, updatedAt: string | null, id: string, startedAt: string, durationSeconds: number | null, comment: string | null, updatedBy: { source: Source, id: string, name: string | null, kind: ActorKind } | null, author: { source: Source, id: string, name: string | null, kind: ActorKind } | null }
           }> } }
   | null };

export type TrTitleQueryVariables = Exact<{
  key: Scalars['String']['input'];
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
    | { key: string, timeSpentSeconds: number | null, worklogs: { totalCount: number, edges: Array<{ node:
            | { durationSeconds: number | null }
            | { worklogId: string, duration: string, durationSeconds: number | null }
           }> } }
    | { key: string, timeSpentSeconds: number | null, worklogs: { totalCount: number, edges: Array<{ node:
            | { durationSeconds: number | null }
            | { worklogId: string, duration: string, durationSeconds: number | null }
           }> } }
    | { key: string, timeSpentSeconds: number | null, worklogs: { totalCount: number, edges: Array<{ node:
            | { durationSeconds: number | null }
            | { worklogId: string, duration: string, durationSeconds: number | null }
           }> } }
   | null> };

export type TrTicketsWorklogsQueryVariables = Exact<{
  refs: Array<TicketRef> | TicketRef;
}>;


export type TrTicketsWorklogsQuery = { tickets: Array<
    | { key: string, timeSpentSeconds: number | null, worklogs: { totalCount: number }, timeline: { totalCount: number } }
    | { key: string, timeSpentSeconds: number | null, worklogs: { totalCount: number }, timeline: { totalCount: number } }
    | { key: string, timeSpentSeconds: number | null, worklogs: { totalCount: number }, timeline: { totalCount: number } }
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
  key: Scalars['String']['input'];
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
            | { durationSeconds: number | null }
            | { worklogId: string, durationSeconds: number | null }
           }> } }
    | { worklogs: { edges: Array<{ node:
            | { durationSeconds: number | null }
            | { worklogId: string, durationSeconds: number | null }
           }> } }
    | { worklogs: { edges: Array<{ node:
            | { durationSeconds: number | null }
            | { worklogId: string, durationSeconds: number | null }
           }> } }
   | null, total:
    | { timeSpentSeconds: number | null }
    | { timeSpentSeconds: number | null }
    | { timeSpentSeconds: number | null }
   | null };

export type TrNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { key: string, title: string | null, status: string | null, timeSpentSeconds: number | null, id: string }
    | { worklogId: string, issueKey: string, duration: string, durationSeconds: number | null, startedAt: string, id: string, author: { name: string | null } | null, ticket:
        | { key: string }
        | { key: string }
        | { key: string }
       }
   | null };

export type ValuesTrackerIssueQueryVariables = Exact<{ [key: string]: never; }>;


export type ValuesTrackerIssueQuery = { ticket:
    | { key: string, title: string | null, timeSpentSeconds: number | null, worklogs: { edges: Array<{ node:
            | { worklogId: string, duration: string, durationSeconds: number | null, summary: string }
            | Record<PropertyKey, never>
           }> } }
    | { key: string, title: string | null, timeSpentSeconds: number | null, worklogs: { edges: Array<{ node:
            | { worklogId: string, duration: string, durationSeconds: number | null, summary: string }
            | Record<PropertyKey, never>
           }> } }
    | { key: string, title: string | null, timeSpentSeconds: number | null, worklogs: { edges: Array<{ node:
            | { worklogId: string, duration: string, durationSeconds: number | null, summary: string }
            | Record<PropertyKey, never>
           }> } }
   | null };

export type ValuesCaseTimelineQueryVariables = Exact<{ [key: string]: never; }>;


export type ValuesCaseTimelineQuery = { timeline: { totalCount: number, edges: Array<{ node:
        | { durationSeconds: number | null, source: Source, summary: string }
        | { source: Source, summary: string }
        | { durationSeconds: number | null, source: Source, summary: string }
       }> }, other:
    | { title: string | null }
    | { title: string | null }
    | { title: string | null }
   | null };

export type ValuesEnneoTicketQueryVariables = Exact<{ [key: string]: never; }>;


export type ValuesEnneoTicketQuery = { ticket:
    | { key: string, title: string | null, timeSpentSeconds: number | null, worklogs: { edges: Array<{ node:
            | { worklogId: number, durationSeconds: number | null, durationAfterWorkSeconds: number | null }
            | Record<PropertyKey, never>
           }> } }
    | { key: string, title: string | null, timeSpentSeconds: number | null, worklogs: { edges: Array<{ node:
            | { worklogId: number, durationSeconds: number | null, durationAfterWorkSeconds: number | null }
            | Record<PropertyKey, never>
           }> } }
    | { key: string, title: string | null, timeSpentSeconds: number | null, worklogs: { edges: Array<{ node:
            | { worklogId: number, durationSeconds: number | null, durationAfterWorkSeconds: number | null }
            | Record<PropertyKey, never>
           }> } }
   | null };

export type ValuesReportColumnsQueryVariables = Exact<{ [key: string]: never; }>;


export type ValuesReportColumnsQuery = { worklogReport: { edges: Array<{ node: { userWorklogId: number | null, ticketId: number | null, tags: Array<string>, allTags: Array<string>, rawData: unknown | null } }> } | null };


export const DeadlineCaseTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadlineCaseTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"enneo"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"tracker"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"PAY-12","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"socialboards"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"5501","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<DeadlineCaseTicketsQuery, DeadlineCaseTicketsQueryVariables>;
export const DeadlineTrackerWorklogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadlineTrackerWorklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"enneo"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"tracker"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"PAY-12","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<DeadlineTrackerWorklogsQuery, DeadlineTrackerWorklogsQueryVariables>;
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
export const NodeIdsTrackerWorklogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeIdsTrackerWorklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"PAY-12","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackerWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeIdsTrackerWorklogsQuery, NodeIdsTrackerWorklogsQueryVariables>;
export const NodeIdsEnneoWorklogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeIdsEnneoWorklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeIdsEnneoWorklogsQuery, NodeIdsEnneoWorklogsQueryVariables>;
export const NodeIdsRefetchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeIdsRefetch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackerWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<NodeIdsRefetchQuery, NodeIdsRefetchQueryVariables>;
export const NodeIdsEveryTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeIdsEveryType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"enneo"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"socialboards"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"5520","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"logEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"tracker"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"PAY-12","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"IntValue","value":"901"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scorecard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NodeIdsEveryTypeQuery, NodeIdsEveryTypeQueryVariables>;
export const NodeIdsRefetchIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeIdsRefetchIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeIdsRefetchIdsQuery, NodeIdsRefetchIdsQueryVariables>;
export const OpsTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsTicket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<OpsTicketQuery, OpsTicketQueryVariables>;
export const OpsMissingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsMissing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"999999","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<OpsMissingQuery, OpsMissingQueryVariables>;
export const OpsReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorklogReportFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worklog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpsReportQuery, OpsReportQueryVariables>;
export const OpsTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpsTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refs"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpsTimelineQuery, OpsTimelineQueryVariables>;
export const MetTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"PAY-12","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MetTicketsQuery, MetTicketsQueryVariables>;
export const MetTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetTicket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8821","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MetTicketQuery, MetTicketQueryVariables>;
export const MetSocialboardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetSocialboards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"5501","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MetSocialboardsQuery, MetSocialboardsQueryVariables>;
export const ShutdownTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShutdownTicket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ShutdownTicketQuery, ShutdownTicketQueryVariables>;
export const TraceTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TraceTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"PAY-12","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"5501","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<TraceTicketsQuery, TraceTicketsQueryVariables>;
export const TimeReportTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimeReportTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TimeReportDimension"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"people"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}},{"kind":"Argument","name":{"kind":"Name","value":"people"},"value":{"kind":"Variable","name":{"kind":"Name","value":"people"}}},{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"ticketKey"}},{"kind":"Field","name":{"kind":"Name","value":"ticketSource"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}}]}}]}}]}}]} as unknown as DocumentNode<TimeReportTestQuery, TimeReportTestQueryVariables>;
export const RefetchPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RefetchPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RefetchPersonQuery, RefetchPersonQueryVariables>;
export const TimelinePeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelinePeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"PAY-12","block":false}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"5501","block":false}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelinePeopleQuery, TimelinePeopleQueryVariables>;
export const OrderReversedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderReversed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"slow"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"PAY-12","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"medium"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"fast"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"5501","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<OrderReversedQuery, OrderReversedQueryVariables>;
export const AuthCaseTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthCaseTicket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AuthCaseTicketQuery, AuthCaseTicketQueryVariables>;
export const ForwardCaseTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForwardCaseTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"5501","block":false}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"PAY-12","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ForwardCaseTicketsQuery, ForwardCaseTicketsQueryVariables>;
export const ForwardEnneoTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForwardEnneoTicket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ForwardEnneoTicketQuery, ForwardEnneoTicketQueryVariables>;
export const ScopeOneTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeOneTicket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ScopeOneTicketQuery, ScopeOneTicketQueryVariables>;
export const ScopeCaseTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeCaseTickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"5501","block":false}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"PAY-12","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ScopeCaseTicketsQuery, ScopeCaseTicketsQueryVariables>;
export const ScopeReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2025-11-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2025-11-07","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userWorklogId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopeReportQuery, ScopeReportQueryVariables>;
export const ScopePersonalDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopePersonalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoTicket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopePersonalDataQuery, ScopePersonalDataQueryVariables>;
export const ScopeCaseTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeCaseTimeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"5501","block":false}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"PAY-12","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopeCaseTimelineQuery, ScopeCaseTimelineQueryVariables>;
export const ScopeLogEventIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeLogEventId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"5501","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopeLogEventIdQuery, ScopeLogEventIdQueryVariables>;
export const ScopeNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketlogNodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScopeNodesQuery, ScopeNodesQueryVariables>;
export const ScopeTicketIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeTicketId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScopeTicketIdQuery, ScopeTicketIdQueryVariables>;
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
export const ValuesTrackerIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValuesTrackerIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"PAY-12","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"timeSpentSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrackerWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}},{"kind":"Field","name":{"kind":"Name","value":"duration"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ValuesTrackerIssueQuery, ValuesTrackerIssueQueryVariables>;
export const ValuesCaseTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValuesCaseTimeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refs"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"TRACKER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"PAY-12","block":false}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"other"},"name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"SOCIALBOARDS"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"5501","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ValuesCaseTimelineQuery, ValuesCaseTimelineQueryVariables>;
export const ValuesEnneoTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValuesEnneoTicket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"EnumValue","value":"ENNEO"}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"8842","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"timeSpentSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"worklogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnneoWorklog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogId"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"durationAfterWorkSeconds"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ValuesEnneoTicketQuery, ValuesEnneoTicketQueryVariables>;
export const ValuesReportColumnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ValuesReportColumns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worklogReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2025-09-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2025-11-30","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"ticketIds"},"value":{"kind":"ListValue","values":[{"kind":"IntValue","value":"8842"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userWorklogId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"allTags"}},{"kind":"Field","name":{"kind":"Name","value":"rawData"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ValuesReportColumnsQuery, ValuesReportColumnsQueryVariables>;