import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { createEnneoLoaders, type EnneoLoaders } from './loaders/enneo.js';
import { createSocialboardsLoaders, type SocialboardsLoaders } from './loaders/socialboards.js';
import { createTrackerLoaders, type TrackerLoaders } from './loaders/tracker.js';
import type { EnneoClient } from './upstreams/enneo/client.js';
import { arrivalOf } from './request-deadline.js';
import { Deadline } from './upstreams/deadline.js';
import { UpstreamError } from './upstreams/errors.js';
import type { Upstreams } from './upstreams/index.js';

/** Per-request state only: loaders are new for every GraphQL request, clients are shared. */
export interface Context {
  requestId: string;
  /** This request's time budget; every upstream call it makes draws on it (`request-deadline.ts`). */
  deadline: Deadline;
  loaders: { enneo: EnneoLoaders; socialboards: SocialboardsLoaders; tracker: TrackerLoaders };
  /** Calls that do not go through a loader (the export). Throws SOURCE_NOT_CONFIGURED when absent. */
  enneo(): EnneoClient;
  /**
   * Errors of a field that still answers (a merged timeline missing one source's entries). They
   * are added to the response's `errors` after execution (`schema/partial-errors.ts`).
   */
  partialErrors: GraphQLError[];
}

/** @param requestTimeoutMs each request's budget (`REQUEST_TIMEOUT_MS`). Default 30000. */
export function createContextFactory(upstreams: Upstreams, requestTimeoutMs = 30_000) {
  return (request?: Request): Context => ({
    requestId: request?.headers.get('x-request-id')?.slice(0, 128) || randomUUID(),
    deadline: new Deadline(requestTimeoutMs, arrivalOf(request)),
    loaders: {
      enneo: createEnneoLoaders(upstreams.enneo),
      socialboards: createSocialboardsLoaders(upstreams.socialboards),
      tracker: createTrackerLoaders(upstreams.tracker),
    },
    enneo: () => {
      if (!upstreams.enneo) throw UpstreamError.notConfigured('ENNEO', 'ENNEO_URL and ENNEO_TOKEN');
      return upstreams.enneo;
    },
    partialErrors: [],
  });
}
