import type { SourceModule } from '../../src/sources/source-module.js';
import { routeRequest } from '../../src/transport/route.js';
import type { Source } from '../../src/sources/source.js';

/**
 * A fourth source that exists only in a test build: its folder (this one), one `registerSource`
 * call, and the `Source` enum's value that its module adds. Nothing else of the gateway is edited
 * for it. Its data live in memory; its "simulator" is an empty simulator server.
 */
export const DEMO = 'DEMO' as Source;

export interface DemoTicket {
  source: Source;
  key: string;
  title: string;
  status: string;
}

export interface DemoEvent {
  source: Source;
  ticketKey: string;
  eventId: string;
  at: Date;
  text: string;
}

const TICKETS: DemoTicket[] = [{ source: DEMO, key: 'D-1', title: 'Demo ticket', status: 'open' }];
const EVENTS: DemoEvent[] = [
  { source: DEMO, ticketKey: 'D-1', eventId: 'e2', at: new Date('2025-10-02T09:00:00Z'), text: 'second' },
  { source: DEMO, ticketKey: 'D-1', eventId: 'e1', at: new Date('2025-10-01T09:00:00Z'), text: 'first' },
];

/** Counts the reads, so the test sees that the registry routed its refs here. */
export interface DemoLoaders {
  reads: string[];
}

export const demoModule: SourceModule<DemoLoaders, DemoTicket, DemoEvent> = {
  source: DEMO,
  name: 'demo',
  sandbox: () => import('./sim.js'),
  // Configured by nothing: a test build registers it and it always serves.
  readConfig: () => ({}),
  configured: () => false,
  configHint: 'nothing (the demo source is test-only)',
  accountRank: 3,
  description: 'A test-only source.',
  // Scopes are part of the contract; the test build lends one that an anonymous caller holds.
  scope: 'reports:read',
  keyRule: { pattern: /^D-[1-9]\d{0,5}$/i, example: 'D-1', what: 'a demo key', upperCase: true },
  ticketType: 'DemoTicket',
  entryType: 'DemoEvent',
  loadSchema: () => import('./schema.js'),
  nodeTypes: ['DemoTicket', 'DemoEvent'],
  typesWithoutSource: [],
  // Never sent: the demo reads memory, so it has no HTTP client to probe.
  probeRequest: () => routeRequest('GET /ping'),
  entryKind: 'LOG_EVENT',
  // No HTTP: the demo's data live in this process.
  forwardHeader: 'X-Demo-Token',
  secrets: () => [],
  reachOnly: () => false,
  createHttp: () => undefined,
  createClient: () => undefined,
  createLoaders: () => ({ reads: [] }),
  createSession: (loaders) => ({
    loadTicket: async (key) => {
      loaders.reads.push(`ticket ${key}`);
      return TICKETS.find((t) => t.key === key) ?? null;
    },
    worklogsOf: async () => [],
    logEventsOf: async (ticket) => EVENTS.filter((e) => e.ticketKey === ticket.key).sort((a, b) => +a.at - +b.at),
    entriesOfKey: async (key) => EVENTS.filter((e) => e.ticketKey === key),
  }),
  entryLocalId: (entry) => `${entry.ticketKey}:${entry.eventId}`,
  entryTicketKey: (entry) => entry.ticketKey,
  occurredAt: (entry) => entry.at,
};

/** A demo event by the local part of its global id. */
export function findDemoEvent(localId: string): DemoEvent | null {
  return EVENTS.find((e) => `${e.ticketKey}:${e.eventId}` === localId) ?? null;
}
