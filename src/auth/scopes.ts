import { SOURCES } from '../sources/index.js';
import type { Source } from '../sources/source.js';

/**
 * The scopes a caller may hold (README, "Security"): one per source for everything that source
 * backs (its module's `scope`, `<name>:read`), one for reports, one for personal data. A JWT
 * carries them in `scope` (space-separated) or `scp` (array); an API key lists them in
 * `AUTH_API_KEYS_FILE`.
 */
const GENERAL_SCOPES = ['reports:read', 'pii:read'] as const;
/** A source's scope: `enneo:read` for ENNEO. */
export type SourceScope = `${Lowercase<Source>}:read`;
export type Scope = SourceScope | (typeof GENERAL_SCOPES)[number];

/** Every scope: each registered source's, in registry order, then the general ones. */
export function allScopes(): Scope[] {
  return [...new Set<Scope>([...SOURCES.map((m) => m.scope), ...GENERAL_SCOPES])];
}

/** Whether a JWT's or API key's scope is one of ours (per scope of every authenticated request: no list is built). */
export function isScope(value: string): value is Scope {
  return (GENERAL_SCOPES as readonly string[]).includes(value) || SOURCES.some((m) => m.scope === value);
}

/** Who is asking, as far as this request is concerned. */
export interface Caller {
  /** `anonymous`: client authentication is off (`AUTH=none`, or development with none configured). */
  kind: 'anonymous' | 'jwt' | 'api-key';
  /** JWT `sub` or the API key's `name`; for logs, never a secret. */
  name: string;
  scopes: ReadonlySet<Scope>;
  /** The caller's enneo profile id (`AUTH_ENNEO_PROFILE_CLAIM`), sent as `X-Enneo-On-Behalf-Of`. */
  enneoProfileId?: string;
}

/** The caller when client authentication is off: every scope is granted. */
export function anonymousCaller(): Caller {
  return { kind: 'anonymous', name: 'anonymous', scopes: new Set(allScopes()) };
}
