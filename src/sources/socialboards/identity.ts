import type { SourceIdentity } from '../source.js';

/**
 * How messages name Socialboards and what switches it on (see `SourceIdentity`). It imports no
 * value, so `sources/source.ts` (the `Source` enum) collects it without a cycle.
 */
export const IDENTITY = {
  source: 'SOCIALBOARDS',
  label: 'Socialboards',
  variables: 'SOCIALBOARDS_TOKEN, or SOCIALBOARDS_CLIENT_ID and SOCIALBOARDS_REFRESH_TOKEN',
} as const satisfies SourceIdentity;

export const SOURCE = IDENTITY.source;
