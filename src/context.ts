import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import type { Caller } from './auth/scopes.js';
import { createPeopleSession, type PeopleIndex, type PeopleSession } from './people/people-session.js';
import { acceptedRequestId, currentScope } from './observability/request-scope.js';
import { createSourceSessions, type NamedLoaders, type TicketModel, type TimelineEntryModel } from './sources/index.js';
import type { SourceSession } from './sources/source-module.js';
import { arrivalOf } from './request-deadline.js';
import { Deadline } from './transport/deadline.js';
import type { Source } from './sources/source.js';
import type { RequestCredentials, SourceClients, Upstreams } from './transport/index.js';

/** Per-request state only: loaders are new for every GraphQL request, clients are shared. */
export interface Context {
  requestId: string;
  /** Who is asking and with which scopes (`plugins/client-auth.ts`). */
  caller: Caller;
  /** This request's time budget; every upstream call it makes draws on it (`request-deadline.ts`). */
  deadline: Deadline;
  /** Each source's reads for this request (`sources/index.ts`), the way the shared schema reaches a source. */
  sources: Record<Source, SourceSession<TicketModel, TimelineEntryModel>>;
  /** Each source's loaders by folder name, for the resolvers of its own GraphQL types. */
  loaders: NamedLoaders;
  /**
   * Errors of a field that still answers (a merged timeline missing one source's entries). They
   * are added to the response's `errors` after execution (`schema/partial-errors.ts`).
   */
  partialErrors: GraphQLError[];
  /**
   * Tickets of timeline entries loaded ahead by the timeline that returned them
   * (`loadTicketsOfEntries`), so that each entry's `ticket` field answers a plain value.
   */
  entryTickets: WeakMap<TimelineEntryModel, TicketModel>;
  /** Accounts linked into people (PEOPLE_FILE, then e-mail), with this request's look-ups. */
  people: PeopleSession;
  /**
   * This request's upstream clients, by folder name (a report reads them page by page, not through
   * loaders); `requireClient` turns an absent one into SOURCE_NOT_CONFIGURED.
   */
  upstreams: SourceClients;
}

/** What the client-auth plugin learned about a request before any resolver runs. */
export interface RequestIdentity {
  caller: Caller;
  /** Credentials the request brings for the sources (forwarded tokens, an enneo profile to act as). */
  credentials: RequestCredentials;
}

/** @param requestTimeoutMs each request's budget (`REQUEST_TIMEOUT_MS`). Default 30000. */
export function createContextFactory(upstreams: Upstreams, people: PeopleIndex, requestTimeoutMs = 30_000) {
  return (request: Request | undefined, identity: RequestIdentity): Context => {
    const clients = upstreams.forRequest(identity.credentials);
    const { sessions, loaders, lookUpAccount, accountOrder } = createSourceSessions(clients);
    return {
      // The id the request scope chose (and echoes); outside a served request, the same rule.
      requestId: currentScope()?.requestId ?? acceptedRequestId(request?.headers.get('x-request-id')) ?? randomUUID(),
      deadline: new Deadline(requestTimeoutMs, arrivalOf(request)),
      caller: identity.caller,
      sources: sessions,
      loaders,
      partialErrors: [],
      entryTickets: new WeakMap(),
      people: createPeopleSession(people, { lookUpAccount, accountOrder }),
      upstreams: clients,
    };
  };
}
