import { defineSource } from '../source.js';

/** How messages name Socialboards and what switches it on (see `SourceIdentity`). */
export const IDENTITY = defineSource({
  source: 'SOCIALBOARDS',
  label: 'Socialboards',
  variables: 'SOCIALBOARDS_TOKEN, or SOCIALBOARDS_CLIENT_ID and SOCIALBOARDS_REFRESH_TOKEN',
});

export const SOURCE = IDENTITY.source;
