import { createHash, timingSafeEqual } from 'node:crypto';
import { isScope, type Scope } from './scopes.js';

/**
 * API keys for server-to-server callers (a federation router, a batch job). The file
 * `AUTH_API_KEYS_FILE` holds only SHA-256 hashes, so it is no secret itself:
 * `[{ "name": "router", "sha256": "<hex>", "scopes": ["enneo:read", …] }]`. A caller sends the
 * key as `X-Api-Key`; it is hashed and compared with every entry in constant time.
 */

export interface ApiKey {
  /** Who the key belongs to; appears in logs. */
  name: string;
  /** SHA-256 of the key, 32 bytes. */
  sha256: Buffer;
  scopes: Scope[];
}

/** Reads the file's JSON; returns the keys, or the one problem that makes the file unusable. */
export function parseApiKeys(text: string): { keys: ApiKey[] } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'is not valid JSON' };
  }
  if (!Array.isArray(parsed) || parsed.length === 0) {
    return { problem: 'must be a non-empty JSON array of { "name", "sha256", "scopes" }' };
  }
  const keys: ApiKey[] = [];
  const names = new Set<string>();
  for (const [index, entry] of parsed.entries()) {
    const at = `entry ${index}`;
    if (typeof entry !== 'object' || entry === null) return { problem: `${at} must be an object` };
    const { name, sha256, scopes } = entry as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') return { problem: `${at} needs a "name"` };
    if (names.has(name)) return { problem: `${at}: the name "${name}" is used twice` };
    names.add(name);
    if (typeof sha256 !== 'string' || !/^[0-9a-fA-F]{64}$/.test(sha256)) {
      return { problem: `${at} ("${name}"): "sha256" must be the 64 hex digits of the key's SHA-256 (not the key itself)` };
    }
    if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string')) {
      return { problem: `${at} ("${name}"): "scopes" must be an array of strings` };
    }
    const unknown = scopes.filter((s: string) => !isScope(s));
    if (unknown.length > 0)
      return { problem: `${at} ("${name}"): unknown scope ${unknown.map((s) => JSON.stringify(s)).join(', ')}` };
    keys.push({ name, sha256: Buffer.from(sha256, 'hex'), scopes: scopes as Scope[] });
  }
  return { keys };
}

/** The SHA-256 of a key as the file holds it (hex); what an operator runs to add a key. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * The key's entry, or undefined. Every entry is compared, each in constant time, so the time
 * taken says nothing about which entry or how much of a hash matched.
 */
export function createApiKeyVerifier(keys: readonly ApiKey[]): (presented: string) => ApiKey | undefined {
  return (presented) => {
    const digest = createHash('sha256').update(presented, 'utf8').digest();
    let found: ApiKey | undefined;
    for (const key of keys) {
      if (timingSafeEqual(digest, key.sha256) && !found) found = key;
    }
    return found;
  };
}
