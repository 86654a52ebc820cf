import { SOURCE } from './identity.js';
import { routeRequest } from '../../transport/route.js';
import { tokenAuth } from '../../transport/token-auth.js';
import type { SourceModule } from '../source-module.js';
import { createSocialboardsAuth } from './auth.js';
import { createSocialboardsClient } from './client.js';
import { createSocialboardsLoaders, type SocialboardsLoaders } from './loaders.js';
import type { LogEvent, SocialboardsTicket } from './models.js';
import { readSocialboardsConfig } from './config.js';
import { socialboardsTimeReport } from './time-report.js';

/** Starts a loader without waiting for it; its error surfaces where the field awaits it. */
function prefetch(promise: Promise<unknown>): void {
  promise.catch(() => undefined);
}

export const socialboardsModule: SourceModule<SocialboardsLoaders, SocialboardsTicket, LogEvent> = {
  source: SOURCE,
  name: 'socialboards',
  sandbox: () => import('./sim/sandbox.js'),
  readConfig: (r, forward) => ({ socialboards: readSocialboardsConfig(r, forward) }),
  configured: (config) => Boolean(config.socialboards),
  configHint: 'SOCIALBOARDS_*',
  timeReport: socialboardsTimeReport,
  // No lookUpAccount: Socialboards has no user endpoint; its log entries carry name and e-mail inline.
  accountRank: 2,
  description: 'Socialboards Ticket API: social/inbox tickets and their action logs.',
  // Socialboards ids are 32-bit.
  scope: 'socialboards:read',
  keyRule: { pattern: /^[1-9]\d{0,9}$/, example: '5501', what: 'a numeric Socialboards ticket id', max: 2_147_483_647 },
  ticketType: 'SocialboardsTicket',
  entryType: 'LogEvent',
  loadSchema: () => import('./schema/index.js'),
  nodeTypes: ['SocialboardsTicket', 'LogEvent'],
  typesWithoutSource: ['SocialboardsCategory'],
  probeRequest: () => ({ ...routeRequest('POST /tickets/list'), json: { ticketIds: [1], take: 1, skip: 0 } }),
  entryKind: 'LOG_EVENT',
  forwardHeader: 'X-Socialboards-Token',
  secrets: (config) => {
    const auth = config.socialboards?.auth;
    if (auth?.kind === 'token') return [auth.token];
    if (auth?.kind === 'refresh') return [auth.refreshToken, auth.clientId];
    return [];
  },
  reachOnly: (config) => config.socialboards?.auth.kind === 'forwarded',
  createHttp: ({ config: { socialboards }, transport, logger, credentials: { forwarded }, hooks }) =>
    socialboards &&
    transport.client({
      source: SOURCE,
      baseUrl: socialboards.url,
      auth: forwarded
        ? tokenAuth(SOURCE, 'X-Socialboards-Token', forwarded[SOURCE], 'Bearer')
        : // The token endpoint shares the origin (and so the pool) but sends no access token.
          createSocialboardsAuth(
            socialboards,
            transport.client({ source: SOURCE, baseUrl: socialboards.url }),
            logger,
            { onRenewal: (outcome) => hooks.onTokenRenewal?.(SOURCE, outcome) },
            hooks.clock,
          ),
    }),
  createClient: (_config, http) => createSocialboardsClient(http),
  createLoaders: (clients) => createSocialboardsLoaders(clients.socialboards),
  createSession: (loaders) => ({
    loadTicket: (key, wants) => {
      const ticketId = Number(key);
      if (wants.timeline) prefetch(loaders.logByTicket.load({ ticketId, actionTypes: [] }));
      return loaders.ticketByKey.load(ticketId);
    },
    // Socialboards has no worklogs, only its action log.
    worklogsOf: async () => [],
    logEventsOf: async (ticket, actionTypes) =>
      (await loaders.logByTicket.load({ ticketId: ticket.ticketId, actionTypes })) ?? [],
    entriesOfKey: async (key) => (await loaders.logByTicket.load({ ticketId: Number(key), actionTypes: [] })) ?? [],
  }),
  entryLocalId: (entry) => `${entry.ticketId}:${entry.eventId}`,
  entryTicketKey: (entry) => String(entry.ticketId),
  occurredAt: (entry) => entry.occurredAt,
};
