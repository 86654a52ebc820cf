import { readFileSync } from 'node:fs';
import { SOURCES as MODULES, sourceModule } from '../sources/index.js';
import type { Source } from '../sources/source.js';

/**
 * `PEOPLE_FILE`: who is who across the sources, written down by an administrator. A JSON array
 *
 *   [{"id": "olga-petrova", "name": "Olga Petrova", "email": "olga@example.com",
 *     "accounts": {"ENNEO": ["36"], "TRACKER": ["olga.p"], "SOCIALBOARDS": ["<uuid>"]}}]
 *
 * (`email` optional; account keys are `Source` values, account ids strings: enneo user ids,
 * Tracker logins, Socialboards user uuids). The file is authoritative: an account it lists belongs
 * to that person only, whatever its e-mail says.
 */
export interface PeopleFileEntry {
  /** Stable id of the person, part of their `Person` global id: letters, digits, `.`, `_`, `-`. */
  id: string;
  name: string;
  email: string | null;
  accounts: Record<Source, string[]>;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** Bounds a file that is not what it claims to be. */
const MAX_PEOPLE = 10_000;

/** Parses and checks the file's text; throws an Error whose message names the first problem. */
/** `{"ENNEO": ["36"]}`: the first source with an account-id example, for the error message. */
function accountsExample(): string {
  const module = MODULES.find((m) => m.accountIdRule) ?? MODULES[0]!;
  return `{"${module.source}": ["${module.accountIdRule?.example ?? 'account id'}"]}`;
}

export function parsePeopleFile(text: string): PeopleFileEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('is not valid JSON');
  }
  if (!Array.isArray(parsed)) throw new Error('must hold a JSON array of people');
  if (parsed.length > MAX_PEOPLE) throw new Error(`lists more than ${MAX_PEOPLE} people`);
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  return parsed.map((raw: unknown, i) => {
    const at = `entry ${i}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${at} is not an object`);
    const entry = raw as Record<string, unknown>;
    for (const key of Object.keys(entry)) {
      if (!['id', 'name', 'email', 'accounts'].includes(key)) throw new Error(`${at} has an unknown field "${key.slice(0, 40)}"`);
    }
    if (typeof entry.id !== 'string' || !ID_PATTERN.test(entry.id)) {
      throw new Error(`${at}: id must be 1–100 letters, digits, ".", "_" or "-" (such as "olga-petrova")`);
    }
    if (ids.has(entry.id)) throw new Error(`${at}: id "${entry.id}" is used twice`);
    ids.add(entry.id);
    if (typeof entry.name !== 'string' || entry.name.trim() === '')
      throw new Error(`${at} (${entry.id}): name must be a non-empty string`);
    if (entry.email !== undefined && entry.email !== null && (typeof entry.email !== 'string' || !entry.email.includes('@'))) {
      throw new Error(`${at} (${entry.id}): email must be an e-mail address`);
    }
    const accountsRaw = entry.accounts;
    if (typeof accountsRaw !== 'object' || accountsRaw === null || Array.isArray(accountsRaw)) {
      throw new Error(`${at} (${entry.id}): accounts must be an object such as ${accountsExample()}`);
    }
    // Every registered source's list, empty unless the file gives one (the registry's order).
    const sources = MODULES.map((m) => m.source);
    const accounts = Object.fromEntries(sources.map((source) => [source, [] as string[]])) as Record<Source, string[]>;
    for (const [source, list] of Object.entries(accountsRaw)) {
      if (!(sources as readonly string[]).includes(source)) {
        throw new Error(`${at} (${entry.id}): accounts key "${source.slice(0, 40)}" is not one of ${sources.join(', ')}`);
      }
      if (!Array.isArray(list) || !list.every((a) => typeof a === 'string' && a.trim() !== '' && a.length <= 200)) {
        throw new Error(`${at} (${entry.id}): accounts.${source} must be a list of account ids as strings`);
      }
      const rule = sourceModule(source as Source).accountIdRule;
      if (rule && !list.every((a) => rule.pattern.test(a))) {
        throw new Error(`${at} (${entry.id}): accounts.${source} must hold ${rule.what}`);
      }
      for (const account of list as string[]) {
        const owner = owners.get(`${source}:${account}`);
        if (owner !== undefined)
          throw new Error(`${at} (${entry.id}): ${source} account "${account}" already belongs to "${owner}"`);
        owners.set(`${source}:${account}`, entry.id);
      }
      accounts[source as Source] = [...(list as string[])];
    }
    return { id: entry.id, name: entry.name.trim(), email: (entry.email as string | undefined) ?? null, accounts };
  });
}

/** Reads `PEOPLE_FILE`; throws an Error whose message says what is wrong with it. */
export function readPeopleFile(path: string): PeopleFileEntry[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parsePeopleFile(text);
}
