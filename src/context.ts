import { randomUUID } from 'node:crypto';
import { createEnneoLoaders, type EnneoLoaders } from './loaders/enneo.js';
import type { EnneoClient } from './upstreams/enneo/client.js';
import type { Upstreams } from './upstreams/index.js';
import { UpstreamError } from './upstreams/errors.js';

/** Per-request state only: loaders are new for every GraphQL request, clients are shared. */
export interface Context {
  requestId: string;
  loaders: { enneo: EnneoLoaders };
  /** Calls that do not go through a loader (the export). Throws SOURCE_NOT_CONFIGURED when absent. */
  enneo(): EnneoClient;
}

export function createContextFactory(upstreams: Upstreams) {
  return (request?: Request): Context => ({
    requestId: request?.headers.get('x-request-id')?.slice(0, 128) || randomUUID(),
    loaders: { enneo: createEnneoLoaders(upstreams.enneo) },
    enneo: () => {
      if (!upstreams.enneo) throw UpstreamError.notConfigured('ENNEO', 'ENNEO_URL and ENNEO_TOKEN');
      return upstreams.enneo;
    },
  });
}
