import { SOURCE } from './identity.js';
import type DataLoader from 'dataloader';
import { SharedPromiseLoader } from '../../transport/shared-promise-loader.js';
import type { EnneoClient } from './client.js';
import type { Assessment, EnneoTicket, EnneoWorklog, Profile, Scorecard } from './models.js';
import { requireClient } from '../../transport/errors.js';

/**
 * Per-request loaders for enneo. enneo has no batch endpoints, so a batch is a set of parallel
 * single requests; what the loaders buy is de-duplication (one upstream call per distinct
 * resource per GraphQL request) and an `Error` at the failed key instead of a failed batch.
 */
export interface EnneoLoaders {
  /** `SharedPromiseLoader`s: the report loads a page's tickets and worklogs ahead and reads them with `loadNow`. */
  ticketByKey: SharedPromiseLoader<number, EnneoTicket | null>;
  worklogsByTicket: SharedPromiseLoader<number, EnneoWorklog[] | null>;
  assessmentById: DataLoader<number, Assessment | null>;
  scorecardById: DataLoader<number, Scorecard | null>;
  profileById: DataLoader<number, Profile | null>;
}

/** Runs one call per key in parallel; a failed call becomes the Error at its key. */
function eachKey<K, V>(load: (key: K) => Promise<V>) {
  return (keys: readonly K[]) => Promise.all(keys.map((key) => load(key).catch((error: Error) => error)));
}

export function createEnneoLoaders(client: EnneoClient | undefined): EnneoLoaders {
  // Without a client every key fails with SOURCE_NOT_CONFIGURED, so fields say why they are empty.
  const enneo = async () => requireClient(client, SOURCE);
  return {
    ticketByKey: new SharedPromiseLoader(eachKey(async (id) => (await enneo()).getTicket(id))),
    worklogsByTicket: new SharedPromiseLoader(eachKey(async (id) => (await enneo()).getTicketWorklogs(id))),
    assessmentById: new SharedPromiseLoader(eachKey(async (id) => (await enneo()).getAssessment(id))),
    scorecardById: new SharedPromiseLoader(eachKey(async (id) => (await enneo()).getScorecard(id))),
    profileById: new SharedPromiseLoader(eachKey(async (id) => (await enneo()).getProfile(id))),
  };
}
