import { IDENTITY, SOURCE } from './identity.js';
import { routeRequest } from '../../transport/route.js';
import { tokenAuth } from '../../transport/token-auth.js';
import type { SourceModule } from '../source-module.js';
import { createEnneoClient } from './client.js';
import { createEnneoLoaders, type EnneoLoaders } from './loaders.js';
import { type EnneoTicket, type EnneoWorklog, enneoDurationOf } from './models.js';
import { readEnneoConfig } from './config.js';
import { enneoTimeReport } from './time-report.js';

/** Starts a loader without waiting for it; its error surfaces where the field awaits it. */
function prefetch(promise: Promise<unknown>): void {
  promise.catch(() => undefined);
}

/** An enneo user id, as PEOPLE_FILE and the accounts of people write it. */
const ENNEO_USER_ID = /^[1-9]\d{0,14}$/;

export const enneoModule: SourceModule<EnneoLoaders, EnneoTicket, EnneoWorklog> = {
  source: SOURCE,
  name: 'enneo',
  sandbox: () => import('./sim/sandbox.js'),
  readConfig: (r, forward) => ({ enneo: readEnneoConfig(r, forward) }),
  configured: (config) => Boolean(config.enneo),
  configHint: IDENTITY.variables,
  timeReport: enneoTimeReport,
  accountIdRule: { pattern: ENNEO_USER_ID, what: 'enneo user ids such as "36"', example: '36' },
  lookUpAccount: async (loaders, id) => {
    if (!ENNEO_USER_ID.test(id)) return { name: null, email: null };
    const profile = await loaders.profileById.load(Number(id));
    return { name: profile?.name ?? null, email: profile?.email ?? null };
  },
  accountRank: 0,
  description: 'enneo.MIND: AI customer-service tickets, worklogs, quality assessments, reporting export.',
  // Numeric ids stay below 2^53 so they survive being numbers.
  scope: 'enneo:read',
  keyRule: { pattern: /^[1-9]\d{0,14}$/, example: '8821', what: 'a numeric enneo ticket id' },
  ticketType: 'EnneoTicket',
  entryType: 'EnneoWorklog',
  loadSchema: () => import('./schema/index.js'),
  nodeTypes: ['EnneoTicket', 'EnneoWorklog', 'Assessment', 'Scorecard'],
  typesWithoutSource: [
    'AiAgent',
    'Assessment',
    'AssessmentCategory',
    'AssessmentCriterion',
    'Csat',
    'CustomerExperience',
    'Scorecard',
    'ScorecardCategory',
    'ScorecardCriterion',
    'WorkSegment',
    'WorklogReportRow',
  ],
  // `viewing=false` always: without it enneo records the gateway as working on the ticket.
  probeRequest: () => ({ ...routeRequest('GET /ticket/{id}', { id: 1 }), query: new URLSearchParams({ viewing: 'false' }) }),
  entryKind: 'WORKLOG',
  forwardHeader: 'X-Enneo-Token',
  secrets: (config) => [config.enneo?.token],
  reachOnly: (config) => Boolean(config.enneo && !config.enneo.token),
  createHttp: ({ config, transport, credentials: { forwarded, onBehalfOf } }) =>
    config.enneo &&
    transport.client({
      source: SOURCE,
      baseUrl: config.enneo.url,
      auth: tokenAuth(SOURCE, 'X-Enneo-Token', forwarded ? forwarded[SOURCE] : config.enneo.token, 'Bearer'),
      headers: onBehalfOf === undefined ? undefined : { 'x-enneo-on-behalf-of': onBehalfOf },
    }),
  createClient: (config, http) => createEnneoClient(http, { timeZone: config.enneo!.timeZone }),
  createLoaders: (clients) => createEnneoLoaders(clients.enneo),
  createSession: (loaders) => ({
    loadTicket: (key, wants) => {
      const ticketId = Number(key);
      if (wants.worklogs) prefetch(loaders.worklogsByTicket.load(ticketId));
      return loaders.ticketByKey.load(ticketId);
    },
    worklogsOf: async (ticket) => (await loaders.worklogsByTicket.load(ticket.ticketId)) ?? [],
    logEventsOf: async () => [],
    entriesOfKey: async (key) => (await loaders.worklogsByTicket.load(Number(key))) ?? [],
  }),
  entryLocalId: (entry) => `${entry.ticketId}:${entry.worklogId}`,
  entryTicketKey: (entry) => String(entry.ticketId),
  occurredAt: (entry) => entry.startedAt,
  worklogSeconds: (worklog) => enneoDurationOf(worklog, `worklog ${worklog.worklogId} of ticket ${worklog.ticketId}`),
};
