import { SOURCE } from './identity.js';
import type DataLoader from 'dataloader';
import { SharedPromiseLoader } from '../../transport/shared-promise-loader.js';
import { requireClient } from '../../transport/errors.js';
import { SOCIALBOARDS_PAGE_LIMIT, type SocialboardsClient } from './client.js';
import type { LogEvent, SocialboardsTicket } from './models.js';

/**
 * Per-request loaders for Socialboards. Ticket details of every Socialboards key in a request go
 * out together through `POST /tickets/list` (≤ 50 ids a call, calls in parallel); a ticket's log is
 * read whole once per distinct (ticket, action types) pair.
 */
export interface SocialboardsLoaders {
  ticketByKey: DataLoader<number, SocialboardsTicket | null>;
  /** Key: `{ ticketId, actionTypes }`; the types are raw `actionType` values, [] for all. */
  logByTicket: DataLoader<LogQuery, LogEvent[] | null, string>;
}

export interface LogQuery {
  ticketId: number;
  actionTypes: readonly string[];
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function createSocialboardsLoaders(client: SocialboardsClient | undefined): SocialboardsLoaders {
  // Without a client every key fails with SOURCE_NOT_CONFIGURED, so fields say why they are empty.
  const socialboards = async () => requireClient(client, SOURCE);
  return {
    ticketByKey: new SharedPromiseLoader<number, SocialboardsTicket | null>(async (ids) => {
      const batches = await Promise.all(
        chunks(ids, SOCIALBOARDS_PAGE_LIMIT).map((ticketIds) =>
          socialboards()
            .then((s) => s.listTickets({ ticketIds }))
            .catch((error: Error) => ({ error, ticketIds })),
        ),
      );
      const found = new Map<number, SocialboardsTicket>();
      const failed = new Map<number, Error>();
      for (const batch of batches) {
        if (Array.isArray(batch)) for (const ticket of batch) found.set(ticket.ticketId, ticket);
        else for (const id of batch.ticketIds) failed.set(id, batch.error);
      }
      return ids.map((id) => failed.get(id) ?? found.get(id) ?? null);
    }),
    logByTicket: new SharedPromiseLoader<LogQuery, LogEvent[] | null, string>(
      (queries) =>
        Promise.all(
          queries.map((q) =>
            socialboards()
              .then((s) => s.readTicketLog(q.ticketId, q.actionTypes))
              .catch((error: Error) => error),
          ),
        ),
      { cacheKeyFn: (q) => `${q.ticketId}|${[...new Set(q.actionTypes)].sort().join(',')}` },
    ),
  };
}
