import { SOURCE } from './identity.js';
import type { HttpClient } from '../../transport/http.js';
import { parseJson } from '../../transport/http.js';
import { UpstreamError } from '../../transport/errors.js';
import { encodeExportQuery, EXPORT_PAGE_LIMIT, type ExportQuery } from './export-query.js';
import { routeRequest } from '../../transport/route.js';
import {
  type Assessment,
  type EnneoTicket,
  type EnneoTimeRow,
  type EnneoWorklog,
  type MapContext,
  mapAssessment,
  mapProfile,
  mapReportRow,
  mapTimeRow,
  mapScorecard,
  mapTicket,
  mapWorklogs,
  type Profile,
  type Scorecard,
  type WorklogReportRow,
} from './models.js';

/** One method per enneo endpoint the gateway reads. Not-found answers null, never throws. */
export interface EnneoClient {
  /** `GET /ticket/{id}?viewing=false` — never without `viewing=false`, or enneo logs us as working on it. */
  getTicket(ticketId: number): Promise<EnneoTicket | null>;
  /** `GET /ticket/{id}/worklog` — the whole list (unpaginated upstream), in time order. */
  getTicketWorklogs(ticketId: number): Promise<EnneoWorklog[] | null>;
  /** `GET /quality/assessment/{id}` */
  getAssessment(assessmentId: number): Promise<Assessment | null>;
  /** `GET /quality/scorecard/{id}` */
  getScorecard(scorecardId: number): Promise<Scorecard | null>;
  /** `GET /profile/{id}` */
  getProfile(userId: number): Promise<Profile | null>;
  /** `GET /export/reporting_worklog?format=json` — a `limit` over 1,000 becomes parallel calls of ≤ 1,000. */
  exportReportingWorklog(query: ExportQuery): Promise<WorklogReportRow[]>;
  /**
   * `GET /export/reporting_worklog?format=json`, every row the filters match, one page of 1,000 at
   * a time (`limit`/`offset` of the query are ignored), in the order asked. Calls go out one after
   * the other and stop at the first short page, so a reader that aggregates as it goes holds one
   * page and makes the fewest calls the paging allows. Rows carry only the columns a time report
   * sums (`EnneoTimeRow`). `stats.calls` counts the calls made.
   */
  exportReportingWorklogPages(
    query: Omit<ExportQuery, 'limit' | 'offset'>,
    stats?: { calls: number },
  ): AsyncIterable<EnneoTimeRow[]>;
  /** `ENNEO_TIMEZONE`: the zone the export's dates and date filters are written in. */
  readonly timeZone: string;
}

export interface EnneoClientOptions {
  /** Zone of enneo's zone-less timestamps (`ENNEO_TIMEZONE`). */
  timeZone: string;
}

export function createEnneoClient(http: HttpClient, options: EnneoClientOptions): EnneoClient {
  const context = (route: string): MapContext => ({ timeZone: options.timeZone, route });

  /** GETs a JSON resource; 404 → null. */
  async function getJson(route: string, id: number, query?: URLSearchParams): Promise<unknown> {
    const response = await http.request({ ...routeRequest(route, { id }), query, passStatuses: [404] });
    return response.status === 404 ? null : parseJson(SOURCE, route, response);
  }

  async function exportPage(query: ExportQuery): Promise<WorklogReportRow[]>;
  async function exportPage<R>(query: ExportQuery, map: (ctx: MapContext, wire: unknown) => R): Promise<R[]>;
  async function exportPage(
    query: ExportQuery,
    map: (ctx: MapContext, wire: unknown) => unknown = mapReportRow,
  ): Promise<unknown[]> {
    const route = 'GET /export/reporting_worklog';
    const response = await http.request({
      method: 'GET',
      route,
      path: '/export/reporting_worklog',
      query: encodeExportQuery(query),
    });
    const body = parseJson(SOURCE, route, response);
    // Exports too large for a synchronous answer come back as a confirmation message instead.
    if (!Array.isArray(body)) throw UpstreamError.badResponse(SOURCE, route, 'the export did not return a list of rows');
    // Lists cached for this page only: shared between its rows, gone with it.
    const ctx: MapContext = { ...context(route), lists: { json: new Map(), names: new Map() } };
    return body.map((row) => map(ctx, row));
  }

  /** Most pages one export read follows (30 million rows): a bound, never reached by a sane instance. */
  const MAX_EXPORT_PAGES = 30_000;

  return {
    timeZone: options.timeZone,

    async *exportReportingWorklogPages(query, stats) {
      for (let page = 0; page < MAX_EXPORT_PAGES; page += 1) {
        if (stats) stats.calls += 1;
        const rows = await exportPage({ ...query, limit: EXPORT_PAGE_LIMIT, offset: page * EXPORT_PAGE_LIMIT }, mapTimeRow);
        if (rows.length > 0) yield rows;
        if (rows.length < EXPORT_PAGE_LIMIT) return;
      }
      throw UpstreamError.badResponse(
        SOURCE,
        'GET /export/reporting_worklog',
        `the export goes on for more than ${MAX_EXPORT_PAGES} pages`,
      );
    },

    async getTicket(ticketId) {
      const route = 'GET /ticket/{id}';
      const body = await getJson(route, ticketId, new URLSearchParams({ viewing: 'false' }));
      return body === null ? null : mapTicket(context(route), body);
    },

    async getTicketWorklogs(ticketId) {
      const route = 'GET /ticket/{id}/worklog';
      const body = await getJson(route, ticketId);
      return body === null ? null : mapWorklogs(context(route), body);
    },

    async getAssessment(assessmentId) {
      const route = 'GET /quality/assessment/{id}';
      const body = await getJson(route, assessmentId);
      return body === null ? null : mapAssessment(context(route), body);
    },

    async getScorecard(scorecardId) {
      const route = 'GET /quality/scorecard/{id}';
      const body = await getJson(route, scorecardId);
      return body === null ? null : mapScorecard(context(route), body);
    },

    async getProfile(userId) {
      const route = 'GET /profile/{id}';
      const body = await getJson(route, userId);
      return body === null ? null : mapProfile(context(route), body);
    },

    async exportReportingWorklog(query) {
      if (query.limit <= EXPORT_PAGE_LIMIT) return exportPage(query);
      const pages: Promise<WorklogReportRow[]>[] = [];
      for (let start = 0; start < query.limit; start += EXPORT_PAGE_LIMIT) {
        const limit = Math.min(EXPORT_PAGE_LIMIT, query.limit - start);
        pages.push(exportPage({ ...query, offset: query.offset + start, limit }));
      }
      return (await Promise.all(pages)).flat();
    },
  };
}
