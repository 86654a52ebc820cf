import type { SourceIdentity } from '../source.js';

/**
 * How messages name enneo and what switches it on (see `SourceIdentity`). It imports no
 * value, so `sources/source.ts` (the `Source` enum) collects it without a cycle.
 */
export const IDENTITY = {
  source: 'ENNEO',
  label: 'enneo',
  variables: 'ENNEO_URL and ENNEO_TOKEN',
} as const satisfies SourceIdentity;

export const SOURCE = IDENTITY.source;
