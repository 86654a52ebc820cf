import type { Scope } from '../auth/scopes.js';
import type { Config } from '../config.js';
import type { Reader } from '../config-reader.js';
import type { TimeReportReader } from '../reports/source-records.js';
import type { SandboxPart } from '../sandbox/options.js';
import type { Source } from './source.js';
import type { Logger } from '../logger.js';
import type { HttpClient, HttpRequest, HttpTransport } from '../transport/http.js';
import type { RequestCredentials, UpstreamsHooks } from '../transport/index.js';
import type { SandboxOptions, SourceClients, SourceConfigs } from './index.js';

/**
 * What one source provides to the shared code. Shared code (the schema's `Ticket`, `TimelineEntry`
 * and `node`, the context) reaches a source only through its module in `sources/index.ts`, never by
 * importing the source's folder, so adding a source means its folder, one line in the registry and
 * a value of the `Source` enum.
 */
export interface SourceModule<Loaders = unknown, Ticket = never, Entry = never> {
  source: Source;
  /** Its folder's name; the property of its simulator on the sandbox (`sandbox.enneo`). */
  name: string;
  /**
   * Loads its simulator's sandbox start-up (`sim/sandbox.ts`). A dynamic import, so that only a
   * sandbox start loads a `sim/` folder; production code never imports one.
   */
  sandbox(): Promise<{ startSandboxPart(options: SandboxOptions): Promise<SandboxPart> }>;
  /**
   * Reads its variables (`sources/<name>/config.ts`) into its part of the configuration, e.g.
   * `{ enneo }`; problems go to the shared reader. `forward`: `UPSTREAM_CREDENTIALS=forward`.
   */
  readConfig(r: Reader, forward: boolean): Partial<SourceConfigs>;
  /** Whether its part of the configuration enables it. */
  configured(config: SourceConfigs): boolean;
  /** The variables that configure it, for the message when no source is ("ENNEO_URL and ENNEO_TOKEN"). */
  configHint: string;
  /** Its part of the time report (`sources/<name>/time-report.ts`); a source without time records leaves it out. */
  timeReport?: TimeReportReader;
  /**
   * What its account ids look like in PEOPLE_FILE, how the file's error names them ("enneo user
   * ids such as \"36\""), and one valid id. Default: any non-empty string.
   */
  accountIdRule?: { pattern: RegExp; what: string; example: string };
  /**
   * An account's display name and e-mail, through this request's loaders, for linking accounts
   * into people. Sources without a user look-up leave it out: what their records carry is all there is.
   */
  lookUpAccount?(loaders: Loaders, id: string): Promise<AccountDetails>;
  /**
   * Where its accounts come among a person's accounts (lower first), and so whose display name a
   * person linked by e-mail takes first: the sources with the most reliable names rank first.
   */
  accountRank: number;
  /** The description of its value of the GraphQL `Source` enum. */
  description: string;
  /** The scope that lets a caller read what this source backs. */
  scope: Scope;
  /** What a ticket key of this source looks like (checked before any call). */
  keyRule: KeyRule;
  /** The GraphQL type of its tickets and of its timeline entries. */
  ticketType: string;
  entryType: string;
  /**
   * Imports its GraphQL types (their files add them to the builder). The schema calls it once,
   * after the shared types exist; a dynamic import, since those files import the shared types.
   */
  loadSchema(): Promise<unknown>;
  /** Its Node types: reading one by id needs `scope`. */
  nodeTypes: string[];
  /** Its GraphQL types whose model carries no `source` of its own (parts of a ticket or entry), for labelling out-of-range Ints. */
  typesWithoutSource: string[];
  /**
   * The one cheap authenticated read `/readyz` sends (any answer below 500 but 401/403 means up),
   * e.g. a ticket that may well not exist.
   */
  probeRequest(config: Config): Omit<HttpRequest, 'idempotent' | 'passStatuses'>;
  /** Whether its entries are worklogs or log events (`TimelineEntry.kind`). */
  entryKind: 'WORKLOG' | 'LOG_EVENT';
  /** The header that carries a caller's own token for this source (`UPSTREAM_CREDENTIALS=forward`). */
  forwardHeader: string;
  /** Its secrets in the configuration (tokens, client ids), for log redaction. */
  secrets(config: Config): (string | undefined)[];
  /** Configured without a token of its own: forwarding callers' tokens, `/readyz` can only see that it answers. */
  reachOnly(config: Config): boolean;
  /**
   * Its HTTP client over the shared transport, with the configured credentials or the request's
   * (forwarded token, enneo profile); undefined when the source is not configured.
   */
  createHttp(setup: HttpSetup): HttpClient | undefined;
  /** Its API client (one method per endpoint) over that HTTP client. */
  createClient(config: Config, http: HttpClient, logger: Logger): unknown;
  /** The per-request DataLoaders over this request's client (absent when not configured). */
  createLoaders(clients: SourceClients): Loaders;
  /** The per-request reads the shared schema makes, over those loaders. */
  createSession(loaders: Loaders): SourceSession<Ticket, Entry>;
  /** The local part of an entry's global id, unique within the source. */
  entryLocalId(entry: Entry): string;
  /** The key of the ticket an entry happened on. */
  entryTicketKey(entry: Entry): string;
  /** When an entry happened. */
  occurredAt(entry: Entry): Date;
  /** A worklog's duration in seconds; throws UPSTREAM_BAD_RESPONSE when it cannot be read. Sources without worklogs leave it out. */
  worklogSeconds?(worklog: Entry): number;
}

/** What a source needs to build its HTTP client. */
export interface HttpSetup {
  config: Config;
  transport: HttpTransport;
  logger: Logger;
  credentials: RequestCredentials;
  hooks: UpstreamsHooks;
}

/** A key's format: `pattern`, and for numeric ids the largest value; `upperCase` keys are canonical in upper case. */
export interface KeyRule {
  pattern: RegExp;
  /** A valid key, for the error message ("8821"). */
  example: string;
  /** What the key is, for the error message ("a numeric enneo ticket id"). */
  what: string;
  max?: number;
  upperCase?: boolean;
}

/** What the schema reads of one source during one request; loaders de-duplicate and batch underneath. */
export interface SourceSession<Ticket, Entry> {
  /**
   * The ticket, or null when the source says it does not exist. `wants` names what the query
   * also reads of it, so that the session can request those now, in parallel.
   */
  loadTicket(key: string, wants: { worklogs: boolean; timeline: boolean }): Promise<Ticket | null>;
  /** A ticket's worklogs in time order (empty for a source without worklogs). */
  worklogsOf(ticket: Ticket): Promise<Entry[]>;
  /** A ticket's log events in time order, optionally only some raw action types (empty for a source without a log). */
  logEventsOf(ticket: Ticket, actionTypes: readonly string[]): Promise<Entry[]>;
  /** Every entry of the ticket a key names, without loading the ticket; none when it does not exist. */
  entriesOfKey(key: string): Promise<Entry[]>;
}

/** What a source knows of one of its accounts; null where it does not say. */
export interface AccountDetails {
  name: string | null;
  email: string | null;
}
