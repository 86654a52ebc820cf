import { defineSource } from '../source.js';

/** How messages name enneo and what switches it on (see `SourceIdentity`). */
export const IDENTITY = defineSource({
  source: 'ENNEO',
  label: 'enneo',
  variables: 'ENNEO_URL and ENNEO_TOKEN',
});

export const SOURCE = IDENTITY.source;
