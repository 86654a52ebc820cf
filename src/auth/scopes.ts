/**
 * The scopes a caller may hold (README, "Security"): one per source for everything that source
 * backs, one for reports, one for personal data. A JWT carries them in `scope` (space-separated)
 * or `scp` (array); an API key lists them in `AUTH_API_KEYS_FILE`.
 */
export const SCOPES = ['enneo:read', 'socialboards:read', 'tracker:read', 'reports:read', 'pii:read'] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
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
export const ANONYMOUS_CALLER: Caller = { kind: 'anonymous', name: 'anonymous', scopes: new Set(SCOPES) };
