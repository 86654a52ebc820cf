import type { AccountDetails } from '../sources/source-module.js';
import type { Source } from '../sources/source.js';
import type { PeopleFileEntry } from './people-file.js';
import { decodePersonKey, encodePersonKey, normalizeEmail, type PersonKey } from './person-key.js';

/**
 * Linking accounts of the sources into people. Process-wide: the PEOPLE_FILE index. Per request:
 * which accounts this request has seen for each e-mail, and the look-ups that give an account its
 * e-mail (each source module's `lookUpAccount`: enneo `/profile/{id}`, Tracker `/users/{login}`;
 * Socialboards sends it inline) — through the request's DataLoaders, so each account is looked up
 * at most once and all look-ups of one tick go out together.
 */

/** One account as a source names it; `name`/`email` undefined = not known yet (looked up when needed). */
export interface AccountRef {
  source: Source;
  id: string;
  name?: string | null;
  email?: string | null;
}

/** A person: what their key says; name and e-mail are resolved by the session. */
export interface PersonModel {
  key: PersonKey;
  /** `encodePersonKey(key)`: the local part of the global id. */
  localId: string;
}

/** The PEOPLE_FILE, indexed once at start-up. */
export interface PeopleIndex {
  byId: ReadonlyMap<string, PeopleFileEntry>;
  /** `SOURCE:accountId` → the file's person. */
  byAccount: ReadonlyMap<string, PeopleFileEntry>;
}

export function createPeopleIndex(entries: readonly PeopleFileEntry[] = []): PeopleIndex {
  const byId = new Map<string, PeopleFileEntry>();
  const byAccount = new Map<string, PeopleFileEntry>();
  for (const entry of entries) {
    byId.set(entry.id, entry);
    for (const [source, ids] of Object.entries(entry.accounts)) for (const id of ids) byAccount.set(`${source}:${id}`, entry);
  }
  return { byId, byAccount };
}

export interface PeopleSession {
  /** The person an account belongs to: the file's, else the one of its e-mail, else the account alone. */
  personOf(account: AccountRef): Promise<PersonModel>;
  /** A person by the local part of their id, without any upstream call; null when it names no one. */
  personByLocalId(localId: string): PersonModel | null;
  /** The accounts of a person: the file's list, or the accounts of that e-mail this request has seen. */
  accountsOf(person: PersonModel): AccountRef[];
  name(person: PersonModel): Promise<string | null>;
  email(person: PersonModel): Promise<string | null>;
  /** An account's e-mail, looked up when the account did not carry it. */
  emailOf(account: AccountRef): Promise<string | null>;
  /** An account's display name, looked up when the account did not carry it. */
  nameOf(account: AccountRef): Promise<string | null>;
  readonly index: PeopleIndex;
}

/** What the people session asks of the sources (`createSourceSessions` gives both). */
export interface PeopleSources {
  /** An account's name and e-mail through its source's module, over this request's loaders. */
  lookUpAccount(source: Source, id: string): Promise<AccountDetails>;
  /** The sources in the order a person's accounts are listed, and so whose name a person takes first. */
  accountOrder: readonly Source[];
}

export function createPeopleSession(index: PeopleIndex, { lookUpAccount, accountOrder }: PeopleSources): PeopleSession {
  const rank = new Map(accountOrder.map((source, i) => [source, i]));
  /** Accounts seen in this request, by person local id (e-mail persons only). */
  const seen = new Map<string, Map<string, AccountRef>>();

  const person = (key: PersonKey): PersonModel => ({ key, localId: encodePersonKey(key) });

  const lookUp = (account: AccountRef): Promise<AccountDetails> => lookUpAccount(account.source, account.id);

  async function emailOf(account: AccountRef): Promise<string | null> {
    return account.email !== undefined ? account.email : (await lookUp(account)).email;
  }

  async function nameOf(account: AccountRef): Promise<string | null> {
    return account.name !== undefined && account.name !== null ? account.name : (await lookUp(account)).name;
  }

  const fileAccounts = (entry: PeopleFileEntry): AccountRef[] =>
    accountOrder.flatMap((source) => (entry.accounts[source] ?? []).map((id) => ({ source, id })));

  const session: PeopleSession = {
    index,

    async personOf(account) {
      const listed = index.byAccount.get(`${account.source}:${account.id}`);
      if (listed) return person({ kind: 'file', id: listed.id });
      const email = normalizeEmail(await emailOf(account));
      if (!email) return person({ kind: 'account', source: account.source, accountId: account.id });
      const found = person({ kind: 'email', email });
      let accounts = seen.get(found.localId);
      if (!accounts) seen.set(found.localId, (accounts = new Map()));
      const known = accounts.get(`${account.source}:${account.id}`);
      // Keep what is known about the account (a name from one record fills a gap in another).
      accounts.set(`${account.source}:${account.id}`, {
        ...account,
        name: account.name ?? known?.name,
        email: account.email ?? email,
      });
      return found;
    },

    personByLocalId(localId) {
      const key = decodePersonKey(localId);
      if (!key) return null;
      if (key.kind === 'file') return index.byId.has(key.id) ? person(key) : null;
      // An account the file lists belongs to its file person; the e-mail or lone-account id is stale.
      if (key.kind === 'account' && index.byAccount.has(`${key.source}:${key.accountId}`)) return null;
      return person(key);
    },

    accountsOf(p) {
      const key = p.key;
      if (key.kind === 'file') {
        const entry = index.byId.get(key.id);
        return entry ? fileAccounts(entry) : [];
      }
      if (key.kind === 'account') return [{ source: key.source, id: key.accountId }];
      return [...(seen.get(p.localId)?.values() ?? [])].sort(
        (a, b) => rank.get(a.source)! - rank.get(b.source)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    },

    async name(p) {
      if (p.key.kind === 'file') return index.byId.get(p.key.id)?.name ?? null;
      for (const account of session.accountsOf(p)) {
        const name = await nameOf(account);
        if (name) return name;
      }
      return null;
    },

    async email(p) {
      if (p.key.kind === 'email') return p.key.email;
      if (p.key.kind === 'account') return null;
      const entry = index.byId.get(p.key.id);
      if (entry?.email) return entry.email;
      const emails = await Promise.all(session.accountsOf(p).map((account) => emailOf(account).catch(() => null)));
      return emails.find((e): e is string => Boolean(e)) ?? null;
    },

    emailOf,
    nameOf,
  };
  return session;
}
