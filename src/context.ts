import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { createEnneoLoaders, type EnneoLoaders } from './loaders/enneo.js';
import { createSocialboardsLoaders, type SocialboardsLoaders } from './loaders/socialboards.js';
import { createTrackerLoaders, type TrackerLoaders } from './loaders/tracker.js';
import { createPeopleSession, type PeopleIndex, type PeopleSession } from './people/people-session.js';
import type { EnneoClient } from './upstreams/enneo/client.js';
import { UpstreamError } from './upstreams/errors.js';
import type { Upstreams } from './upstreams/index.js';

/** Per-request state only: loaders are new for every GraphQL request, clients are shared. */
export interface Context {
  requestId: string;
  loaders: { enneo: EnneoLoaders; socialboards: SocialboardsLoaders; tracker: TrackerLoaders };
  /** Calls that do not go through a loader (the export). Throws SOURCE_NOT_CONFIGURED when absent. */
  enneo(): EnneoClient;
  /**
   * Errors of a field that still answers (a merged timeline missing one source's entries). They
   * are added to the response's `errors` after execution (`schema/partial-errors.ts`).
   */
  partialErrors: GraphQLError[];
  /** Accounts linked into people (PEOPLE_FILE, then e-mail), with this request's look-ups. */
  people: PeopleSession;
  /** The process's upstream clients (a report reads them page by page, not through loaders). */
  upstreams: Upstreams;
}

export function createContextFactory(upstreams: Upstreams, people: PeopleIndex) {
  return (request?: Request): Context => {
    const loaders = {
      enneo: createEnneoLoaders(upstreams.enneo),
      socialboards: createSocialboardsLoaders(upstreams.socialboards),
      tracker: createTrackerLoaders(upstreams.tracker),
    };
    return {
      requestId: request?.headers.get('x-request-id')?.slice(0, 128) || randomUUID(),
      loaders,
      enneo: () => {
        if (!upstreams.enneo) throw UpstreamError.notConfigured('ENNEO', 'ENNEO_URL and ENNEO_TOKEN');
        return upstreams.enneo;
      },
      partialErrors: [],
      people: createPeopleSession(people, loaders),
      upstreams,
    };
  };
}
