import { SOURCE } from './identity.js';
import { UpstreamError } from '../../transport/errors.js';
import { isRecord } from '../../transport/field-readers.js';
import { type HttpClient, type HttpResponse, parseJson } from '../../transport/http.js';
import { compareLogEvents, type LogEvent, type MapContext, mapTicketLog, mapTickets, type SocialboardsTicket } from './models.js';
import { routeRequest } from '../../transport/route.js';
import { SOCIALBOARDS_OK, type TicketListRequestWire, type TicketLogRequestWire } from './wire.js';

/** Largest `take` Socialboards accepts, for log entries and tickets alike; also the most `ticketIds` per list call. */
export const SOCIALBOARDS_PAGE_LIMIT = 50;
/**
 * Pages `readTicketLog` reads before it gives up (10,000 entries): a source that ignored `skip`
 * would otherwise be paged forever.
 */
const MAX_LOG_PAGES = 200;
/** Pages of a ticket listing followed before giving up (100,000 tickets): same reason. */
const MAX_LIST_PAGES = 2_000;

export interface TicketListQuery {
  /** At most 50 ids (chunk larger sets); an empty list answers [] without a call. */
  ticketIds: readonly number[];
}

/**
 * One method per Socialboards endpoint the gateway reads. Not-found answers null, never throws.
 * Every answer's `{data, errorCode, errorText}` envelope is checked; `errorText` never reaches an
 * error message (it may echo request details, tokens included).
 */
export interface SocialboardsClient {
  /**
   * `POST /tickets/{id}/log` — the whole log, paged with `take=50` until a short page, in time order (oldest first), with
   * ids computed over the whole log (stable across reads); null when the ticket does not exist.
   */
  readTicketLog(ticketId: number, actionTypes?: readonly string[], stats?: { calls: number }): Promise<LogEvent[] | null>;
  /** `POST /tickets/list` — the tickets among `ticketIds` that exist, in no particular order. */
  listTickets(query: TicketListQuery): Promise<SocialboardsTicket[]>;
  /**
   * `POST /tickets/list` by creation time (`from`/`to`, both inclusive): every ticket, one page of
   * 50 at a time (`skip` until a short page). `stats.calls` counts the calls made.
   */
  listTicketsCreated(range: { from: Date; to: Date }, stats?: { calls: number }): AsyncIterable<SocialboardsTicket[]>;
}

const LOG_ROUTE = 'POST /tickets/{id}/log';
const LIST_ROUTE = 'POST /tickets/list';

/**
 * Reads the envelope of a ticket-API answer and returns its `data`. `errorCode` other than -1 is
 * an error even under HTTP 200; the code follows the HTTP status, and the message names the route,
 * the status and the numeric errorCode, never errorText. A 404 envelope answers `notFound`.
 */
function readEnvelope(route: string, response: HttpResponse): { found: false } | { found: true; data: unknown } {
  const { status } = response;
  const body = parseJson(SOURCE, route, response);
  if (!isRecord(body) || typeof body.errorCode !== 'number' || !Number.isInteger(body.errorCode) || !('data' in body)) {
    // A 404 without the envelope is more likely a wrong SOCIALBOARDS_URL than a missing ticket.
    throw UpstreamError.badResponse(SOURCE, route, 'the body is not the {data, errorCode, errorText} envelope', status);
  }
  if (body.errorCode === SOCIALBOARDS_OK && status >= 200 && status < 300) return { found: true, data: body.data };
  if (status === 404) return { found: false };
  throw UpstreamError.reportedError(SOURCE, status, route, body.errorCode);
}

function checkPageSize(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new RangeError(`${name} must be an integer in ${min}..${max}, got ${value}`);
}

export function createSocialboardsClient(http: HttpClient): SocialboardsClient {
  const context = (route: string): MapContext => ({ route });

  /** One raw page of the log; null when the ticket does not exist. */
  async function logPage(
    ticketId: number,
    actionTypes: readonly string[],
    take: number,
    skip: number,
  ): Promise<unknown[] | null> {
    checkPageSize('take', take, 1, SOCIALBOARDS_PAGE_LIMIT);
    checkPageSize('skip', skip, 0, Number.MAX_SAFE_INTEGER);
    const response = await http.request({
      ...routeRequest(LOG_ROUTE, { id: ticketId }),
      query: new URLSearchParams({ take: String(take), skip: String(skip) }),
      json: { action_types: [...actionTypes] } satisfies TicketLogRequestWire,
      // A POST only because the filter travels in a body: it reads, so it may be retried.
      idempotent: true,
      passStatuses: [404],
    });
    const envelope = readEnvelope(LOG_ROUTE, response);
    if (!envelope.found) return null;
    if (!Array.isArray(envelope.data)) throw UpstreamError.badResponse(SOURCE, LOG_ROUTE, 'data is not a list of log entries');
    if (envelope.data.length > take)
      throw UpstreamError.badResponse(SOURCE, LOG_ROUTE, `a page held more than take=${take} entries`);
    return envelope.data;
  }

  return {
    async readTicketLog(ticketId, actionTypes = [], stats) {
      const entries: unknown[] = [];
      for (let pages = 0; ; pages += 1) {
        if (pages === MAX_LOG_PAGES) {
          throw UpstreamError.badResponse(SOURCE, LOG_ROUTE, `the log did not end within ${MAX_LOG_PAGES} pages`);
        }
        if (stats) stats.calls += 1;
        const page = await logPage(ticketId, actionTypes, SOCIALBOARDS_PAGE_LIMIT, entries.length);
        if (page === null) return null;
        entries.push(...page);
        if (page.length < SOCIALBOARDS_PAGE_LIMIT) break;
      }
      // Newest first upstream; reversed before the stable sort so entries equal to the 100 ns keep their order.
      return mapTicketLog(context(LOG_ROUTE), ticketId, entries).reverse().sort(compareLogEvents);
    },

    async *listTicketsCreated(range, stats) {
      for (let skip = 0, pages = 0; ; skip += SOCIALBOARDS_PAGE_LIMIT, pages += 1) {
        if (pages === MAX_LIST_PAGES) {
          throw UpstreamError.badResponse(SOURCE, LIST_ROUTE, `the ticket list did not end within ${MAX_LIST_PAGES} pages`);
        }
        if (stats) stats.calls += 1;
        const response = await http.request({
          ...routeRequest(LIST_ROUTE),
          json: {
            from: range.from.toISOString(),
            to: range.to.toISOString(),
            take: SOCIALBOARDS_PAGE_LIMIT,
            skip,
          } satisfies TicketListRequestWire,
          idempotent: true,
        });
        const envelope = readEnvelope(LIST_ROUTE, response);
        if (!envelope.found)
          throw UpstreamError.badResponse(SOURCE, LIST_ROUTE, 'the ticket list answered not found', response.status);
        const tickets = mapTickets(context(LIST_ROUTE), envelope.data);
        if (tickets.length > 0) yield tickets;
        if (tickets.length < SOCIALBOARDS_PAGE_LIMIT) return;
      }
    },

    async listTickets({ ticketIds }) {
      const ids = [...new Set(ticketIds)];
      if (ids.length > SOCIALBOARDS_PAGE_LIMIT) {
        throw new RangeError(`listTickets takes at most ${SOCIALBOARDS_PAGE_LIMIT} ticket ids per call, got ${ids.length}`);
      }
      for (const id of ids) if (!Number.isSafeInteger(id) || id < 1) throw new RangeError(`Not a Socialboards ticket id: ${id}`);
      // An empty `ticketIds` means "no id filter" upstream: it would list arbitrary tickets.
      if (ids.length === 0) return [];
      const response = await http.request({
        ...routeRequest(LIST_ROUTE),
        // `take` limits the answer even with ticketIds (default 25), so ask for exactly as many.
        json: { ticketIds: ids, take: ids.length, skip: 0 } satisfies TicketListRequestWire,
        idempotent: true,
      });
      const envelope = readEnvelope(LIST_ROUTE, response);
      if (!envelope.found)
        throw UpstreamError.badResponse(SOURCE, LIST_ROUTE, 'the ticket list answered not found', response.status);
      const wanted = new Set(ids);
      // Only what was asked for, in case the filter is ever ignored upstream.
      return mapTickets(context(LIST_ROUTE), envelope.data).filter((t) => wanted.has(t.ticketId));
    },
  };
}
