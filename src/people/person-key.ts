import { SOURCES } from '../sources/index.js';
import type { Source } from '../sources/source.js';

/**
 * What makes a person one person, and so the local part of a `Person` global id. The same person
 * has the same key in every request, whichever sources or period a query reads:
 * - `file:<id>`: listed in PEOPLE_FILE (authoritative);
 * - `email:<address>`: accounts not in the file, linked by their e-mail (trimmed, lower-cased);
 * - `account:<SOURCE>:<id>`: one account whose source gives no e-mail.
 */
export type PersonKey =
  | { kind: 'file'; id: string }
  | { kind: 'email'; email: string }
  | { kind: 'account'; source: Source; accountId: string };

/** E-mail addresses are compared trimmed and lower-cased (`Ingrid.Solberg@…` = `ingrid.solberg@…`). */
export function normalizeEmail(email: string | null | undefined): string | null {
  const normalized = email?.trim().toLowerCase();
  return normalized?.includes('@') ? normalized : null;
}

export function encodePersonKey(key: PersonKey): string {
  switch (key.kind) {
    case 'file':
      return `file:${key.id}`;
    case 'email':
      return `email:${key.email}`;
    case 'account':
      return `account:${key.source}:${key.accountId}`;
  }
}

/** The key of a local id; undefined when it is not one this gateway writes. */
export function decodePersonKey(local: string): PersonKey | undefined {
  const colon = local.indexOf(':');
  const kind = local.slice(0, colon);
  const rest = local.slice(colon + 1);
  if (colon < 0 || rest === '') return undefined;
  if (kind === 'file') return { kind, id: rest };
  if (kind === 'email') return normalizeEmail(rest) === rest ? { kind, email: rest } : undefined;
  if (kind === 'account') {
    const sep = rest.indexOf(':');
    const source = rest.slice(0, sep);
    const accountId = rest.slice(sep + 1);
    if (sep < 0 || !SOURCES.some((m) => m.source === source) || accountId === '') return undefined;
    return { kind, source: source as Source, accountId };
  }
  return undefined;
}
