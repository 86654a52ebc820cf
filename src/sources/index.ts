import type { Scope } from '../auth/scopes.js';
import type { Reader } from '../config-reader.js';
import type { Source } from './source.js';
import type { EnneoClient } from './enneo/client.js';
import type { EnneoConfig } from './enneo/config.js';
import type { EnneoLoaders } from './enneo/loaders.js';
import type { EnneoTicket, EnneoWorklog } from './enneo/models.js';
import { enneoModule } from './enneo/module.js';
import type { EnneoSandboxOptions } from './enneo/sim/sandbox.js';
import type { EnneoSimulator } from './enneo/sim/simulator.js';
import type { SocialboardsSandboxOptions } from './socialboards/sim/sandbox.js';
import type { SocialboardsSimulator } from './socialboards/sim/simulator.js';
import type { TrackerSandboxOptions } from './tracker/sim/sandbox.js';
import type { TrackerSimulator } from './tracker/sim/simulator.js';
import type { SharedSandboxOptions } from '../sandbox/options.js';
import type { SocialboardsClient } from './socialboards/client.js';
import type { SocialboardsConfig } from './socialboards/config.js';
import type { SocialboardsLoaders } from './socialboards/loaders.js';
import type { LogEvent, SocialboardsTicket } from './socialboards/models.js';
import { socialboardsModule } from './socialboards/module.js';
import type { AccountDetails, SourceModule, SourceSession } from './source-module.js';
import type { TrackerClient } from './tracker/client.js';
import type { TrackerConfig, TrackerSettings } from './tracker/config.js';
import type { TrackerLoaders } from './tracker/loaders.js';
import type { TrackerIssue, TrackerWorklog } from './tracker/models.js';
import { trackerModule } from './tracker/module.js';

/**
 * The only list of sources. Everything else asks this registry: the `Source` enum's values, which
 * source serves a ticket key, how its entries are read. A test build may `registerSource` one more
 * before the schema is built (test/demo-source).
 */
export const SOURCES: SourceModule<unknown, TicketModel, TimelineEntryModel>[] = [
  enneoModule as AnySourceModule,
  socialboardsModule as AnySourceModule,
  trackerModule as AnySourceModule,
];

export type TicketModel = EnneoTicket | SocialboardsTicket | TrackerIssue;
export type WorklogModel = EnneoWorklog | TrackerWorklog;
export type TimelineEntryModel = WorklogModel | LogEvent;
export type LogEventModel = LogEvent;

type AnySourceModule = SourceModule<unknown, TicketModel, TimelineEntryModel>;

/** The scope that lets a caller read what a source backs, by source. */
export const SOURCE_SCOPE = Object.fromEntries(SOURCES.map((m) => [m.source, m.scope])) as Record<Source, Scope>;

/** Adds a source to the registry; only before the schema is imported (a test build's demo source). */
export function registerSource<L, T, E>(module: SourceModule<L, T, E>): void {
  if (SOURCES.some((m) => m.source === module.source)) throw new Error(`source ${module.source} is registered twice`);
  SOURCES.push(module as unknown as AnySourceModule);
  SOURCE_SCOPE[module.source] = module.scope;
}

/** The module of a source. */
export function sourceModule(source: Source): AnySourceModule {
  const module = SOURCES.find((m) => m.source === source);
  if (!module) throw new Error(`no source module for ${source}`);
  return module;
}

/** Each source's part of the configuration, read by its own `config.ts`; a source's part is absent when it is not configured. */
export interface SourceConfigs {
  enneo: EnneoConfig | undefined;
  socialboards: SocialboardsConfig | undefined;
  tracker: TrackerConfig | undefined;
  /** Tracker's API version, language and business calendar, whether or not Tracker is configured. */
  trackerSettings: TrackerSettings;
}

/** Every source's part of the configuration, read in registry order (so problems are listed in that order). */
export function readSourceConfigs(r: Reader, forward: boolean): SourceConfigs {
  return Object.assign({}, ...SOURCES.map((m) => m.readConfig(r, forward))) as SourceConfigs;
}

/** One client per configured source, by folder name; each is absent when its source is not configured. */
export interface SourceClients {
  enneo: EnneoClient | undefined;
  socialboards: SocialboardsClient | undefined;
  tracker: TrackerClient | undefined;
}

/** Each source's simulator on the sandbox, by folder name (type-only: nothing here loads a simulator). */
export interface SandboxSimulators {
  enneo: EnneoSimulator;
  socialboards: SocialboardsSimulator;
  tracker: TrackerSimulator;
}

/** What a sandbox start may ask of the simulators: the shared options and each source's own. */
export type SandboxOptions = SharedSandboxOptions & EnneoSandboxOptions & SocialboardsSandboxOptions & TrackerSandboxOptions;

/** Each source's loaders by folder name, for the resolvers of its own GraphQL types. */
export interface NamedLoaders {
  enneo: EnneoLoaders;
  socialboards: SocialboardsLoaders;
  tracker: TrackerLoaders;
}

/** One request's sessions, one per source, over that request's clients. */
export function createSourceSessions(clients: SourceClients): {
  sessions: Record<Source, SourceSession<TicketModel, TimelineEntryModel>>;
  loaders: NamedLoaders;
  /** An account's name and e-mail through its source's look-up, both null when the source has none. */
  lookUpAccount(source: Source, id: string): Promise<AccountDetails>;
  /** The sources by `accountRank`: the order of a person's accounts. */
  accountOrder: Source[];
} {
  const sessions = {} as Record<Source, SourceSession<TicketModel, TimelineEntryModel>>;
  const loaders = {} as Record<Source, unknown>;
  for (const module of SOURCES) {
    loaders[module.source] = module.createLoaders(clients);
    sessions[module.source] = module.createSession(loaders[module.source]);
  }
  const none: AccountDetails = { name: null, email: null };
  return {
    sessions,
    lookUpAccount: async (source, id) => (await sourceModule(source).lookUpAccount?.(loaders[source], id)) ?? none,
    accountOrder: [...SOURCES].sort((a, b) => a.accountRank - b.accountRank).map((m) => m.source),
    loaders: {
      enneo: loaders.ENNEO as EnneoLoaders,
      socialboards: loaders.SOCIALBOARDS as SocialboardsLoaders,
      tracker: loaders.TRACKER as TrackerLoaders,
    },
  };
}
