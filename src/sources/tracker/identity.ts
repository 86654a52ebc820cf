import type { SourceIdentity } from '../source.js';

/**
 * How messages name Yandex Tracker and what switches it on (see `SourceIdentity`). It imports no
 * value, so `sources/source.ts` (the `Source` enum) collects it without a cycle.
 */
export const IDENTITY = {
  source: 'TRACKER',
  label: 'Yandex Tracker',
  variables: 'TRACKER_TOKEN and TRACKER_ORG_ID or TRACKER_CLOUD_ORG_ID',
} as const satisfies SourceIdentity;

export const SOURCE = IDENTITY.source;
