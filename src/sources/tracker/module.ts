import { SOURCE } from './identity.js';
import { routeRequest } from '../../transport/route.js';
import { tokenAuth } from '../../transport/token-auth.js';
import type { SourceModule } from '../source-module.js';
import { createTrackerClient, trackerClientOptions, trackerHttpOptions } from './client.js';
import { createTrackerLoaders, type TrackerLoaders } from './loaders.js';
import { durationSecondsOf, type TrackerIssue, type TrackerWorklog } from './models.js';
import { readTrackerConfig, readTrackerSettings } from './config.js';
import { trackerTimeReport } from './time-report.js';

/** Starts a loader without waiting for it; its error surfaces where the field awaits it. */
function prefetch(promise: Promise<unknown>): void {
  promise.catch(() => undefined);
}

const byTime = (a: TrackerWorklog, b: TrackerWorklog) => a.startedAt.getTime() - b.startedAt.getTime();

export const trackerModule: SourceModule<TrackerLoaders, TrackerIssue, TrackerWorklog> = {
  source: SOURCE,
  name: 'tracker',
  sandbox: () => import('./sim/sandbox.js'),
  readConfig: (r, forward) => {
    const trackerSettings = readTrackerSettings(r);
    return { trackerSettings, tracker: readTrackerConfig(r, trackerSettings, forward) };
  },
  configured: (config) => Boolean(config.tracker),
  configHint: 'TRACKER_*',
  timeReport: trackerTimeReport,
  lookUpAccount: async (loaders, login) => {
    const user = await loaders.userByLogin.load(login);
    return { name: user?.display ?? null, email: user?.email ?? null };
  },
  accountRank: 1,
  description: 'Yandex Tracker: issues and their worklogs.',
  scope: 'tracker:read',
  keyRule: {
    pattern: /^[A-Za-z][A-Za-z0-9]{0,49}-[1-9]\d{0,14}$/,
    example: 'PAY-12',
    what: 'a Tracker issue key',
    upperCase: true,
  },
  ticketType: 'TrackerIssue',
  entryType: 'TrackerWorklog',
  loadSchema: () => import('./schema/index.js'),
  nodeTypes: ['TrackerIssue', 'TrackerWorklog'],
  typesWithoutSource: [],
  probeRequest: (config) => routeRequest(`GET /${config.trackerSettings.apiVersion}/issues/{key}`, { key: 'READYZ-1' }),
  entryKind: 'WORKLOG',
  forwardHeader: 'X-Tracker-Token',
  secrets: (config) => [config.tracker?.token],
  reachOnly: (config) => Boolean(config.tracker && !config.tracker.token),
  createHttp: ({ config: { tracker }, transport, credentials: { forwarded } }) =>
    tracker &&
    transport.client({
      ...trackerHttpOptions(tracker),
      auth: tokenAuth(SOURCE, 'X-Tracker-Token', forwarded ? forwarded[SOURCE] : tracker.token, tracker.authScheme),
    }),
  createClient: (config, http, logger) => createTrackerClient(http, trackerClientOptions(config.tracker!, logger)),
  createLoaders: (clients) => createTrackerLoaders(clients.tracker),
  createSession: (loaders) => ({
    loadTicket: (key, wants) => {
      if (wants.worklogs) prefetch(loaders.worklogsByIssue.load(key));
      return loaders.issueByKey.load(key);
    },
    worklogsOf: async (issue) => [...((await loaders.worklogsByIssue.load(issue.key)) ?? [])].sort(byTime),
    logEventsOf: async () => [],
    entriesOfKey: async (key) => (await loaders.worklogsByIssue.load(key)) ?? [],
  }),
  entryLocalId: (entry) => `${entry.issueKey}:${entry.worklogId}`,
  entryTicketKey: (entry) => entry.issueKey,
  occurredAt: (entry) => entry.startedAt,
  worklogSeconds: (worklog) => durationSecondsOf(worklog),
};
