import { defineSource } from '../source.js';

/** How messages name Yandex Tracker and what switches it on (see `SourceIdentity`). */
export const IDENTITY = defineSource({
  source: 'TRACKER',
  label: 'Yandex Tracker',
  variables: 'TRACKER_TOKEN and TRACKER_ORG_ID or TRACKER_CLOUD_ORG_ID',
});

export const SOURCE = IDENTITY.source;
