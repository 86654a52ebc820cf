import DataLoader from 'dataloader';
import type { EnneoClient } from './client.js';
import type { Assessment, EnneoTicket, EnneoWorklog, Profile, Scorecard } from './models.js';
import { UpstreamError } from '../../upstreams/errors.js';

/**
 * Per-request loaders for enneo. enneo has no batch endpoints, so a batch is a set of parallel
 * single requests; what the loaders buy is de-duplication (one upstream call per distinct
 * resource per GraphQL request) and an `Error` at the failed key instead of a failed batch.
 */
export interface EnneoLoaders {
  ticketByKey: DataLoader<number, EnneoTicket | null>;
  worklogsByTicket: DataLoader<number, EnneoWorklog[] | null>;
  assessmentById: DataLoader<number, Assessment | null>;
  scorecardById: DataLoader<number, Scorecard | null>;
  profileById: DataLoader<number, Profile | null>;
}

/** Runs one call per key in parallel; a failed call becomes the Error at its key. */
function eachKey<K, V>(load: (key: K) => Promise<V>) {
  return (keys: readonly K[]) => Promise.all(keys.map((key) => load(key).catch((error: Error) => error)));
}

export function createEnneoLoaders(client: EnneoClient | undefined): EnneoLoaders {
  const enneo = client ?? notConfigured();
  return {
    ticketByKey: new DataLoader(eachKey((id) => enneo.getTicket(id))),
    worklogsByTicket: new DataLoader(eachKey((id) => enneo.getTicketWorklogs(id))),
    assessmentById: new DataLoader(eachKey((id) => enneo.getAssessment(id))),
    scorecardById: new DataLoader(eachKey((id) => enneo.getScorecard(id))),
    profileById: new DataLoader(eachKey((id) => enneo.getProfile(id))),
  };
}

/** A client whose every call fails with SOURCE_NOT_CONFIGURED, so fields say why they are empty. */
function notConfigured(): EnneoClient {
  const fail = () => Promise.reject(UpstreamError.notConfigured('ENNEO', 'ENNEO_URL and ENNEO_TOKEN'));
  return {
    getTicket: fail,
    getTicketWorklogs: fail,
    getAssessment: fail,
    getScorecard: fail,
    getProfile: fail,
    exportReportingWorklog: fail,
    exportReportingWorklogPages: () => ({ [Symbol.asyncIterator]: () => ({ next: fail }) }),
    timeZone: 'UTC',
  };
}
