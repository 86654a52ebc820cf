import { SOURCE } from './identity.js';
import type { TrackerConfig } from './config.js';
import type { Logger } from '../../logger.js';
import { UpstreamError } from '../../transport/errors.js';
import { isRecord } from '../../transport/field-readers.js';
import { type HttpClient, type HttpClientOptions, type HttpRequest, type HttpResponse, parseJson } from '../../transport/http.js';
import type { TrackerBusinessCalendar } from './duration.js';
import {
  compareWorklogIds,
  mapIssues,
  mapUserProfile,
  mapWorklogs,
  type TrackerIssue,
  type TrackerMapContext,
  type TrackerUserProfile,
  type TrackerWorklog,
  uniqueWorklogsById,
} from './models.js';
import { routeRequest } from '../../transport/route.js';
import type { IssueSearchBodyWire, TrackerApiVersion, WorklogSearchBodyWire } from './wire.js';

/**
 * One method per Yandex Tracker endpoint the gateway reads (docs/upstreams.md, "Yandex Tracker API"). Not-found answers
 * null, never throws. Paging is done here, completely: every list method returns all records.
 */
export interface TrackerClient {
  /** GET /{v}/issues/{key}/worklog — every page (`perPage=100`, `Link: rel="next"`), ascending by id. */
  getIssueWorklogs(key: string): Promise<TrackerWorklog[] | null>;
  /** POST /{v}/issues/_search — `{"keys": [...]}`; unknown keys are simply absent from the answer. */
  searchIssues(keys: readonly string[]): Promise<TrackerIssue[]>;
  /**
   * POST /{v}/worklog/_search — by creation time (bounds inclusive), one page at a time, for callers
   * that aggregate as they read: windows split below Tracker's item cap, each worklog once.
   * `stats.calls` counts every request made (refused windows included).
   */
  searchWorklogPages(query: TrackerWorklogSearch, stats?: CallStats): AsyncIterable<TrackerWorklog[]>;
  /** GET /{v}/users/{login} — the user's e-mail and name; null when Tracker does not know the login. */
  getUser(login: string): Promise<TrackerUserProfile | null>;
}

/** Upstream calls made by a paged read, for a report's coverage. */
export interface CallStats {
  calls: number;
}

export interface TrackerWorklogSearch {
  /** Login or uid of the author. Default: everybody. */
  createdBy?: string;
  /** Creation time of the records (not `start`), both bounds inclusive. */
  createdAt: { from: Date; to: Date };
}

export interface TrackerClientOptions {
  /** `TRACKER_API_VERSION`: the path prefix of every route. */
  apiVersion: TrackerApiVersion;
  /** Business calendar that durations are converted with (`TRACKER_WEEK_DAYS`, `TRACKER_DAY_HOURS`). */
  calendar: TrackerBusinessCalendar;
  /**
   * The base URL the `HttpClient` was built with (`TRACKER_URL`). `Link` URLs are followed only
   * on this origin and below this path: anywhere else would receive the gateway's token.
   */
  baseUrl: string;
  /** Receives Tracker's own error texts at debug level (they never go into an error message). Default: none. */
  logger?: Logger;
}

/** Most records Tracker returns per page (the simulator's maximum; third-party clients use the same). */
const PER_PAGE = 100;
/** Most keys sent in one issue search; longer lists become parallel searches. */
const SEARCH_KEYS_PER_CALL = 100;
/**
 * Most pages followed for one list. Tracker caps searches at 10,000 items (100 pages of 100); a
 * server that keeps inventing new `next` URLs must end in an error, not in an endless loop.
 */
const MAX_PAGES = 1_000;
const LIMIT_MESSAGE = /exceeds \d+ items limit/i;

/**
 * The `HttpClientOptions` for Tracker: auth scheme and configured token (if any: forwarded tokens
 * are added per request by `transport/index.ts`), exactly one org header, `Accept-Language`.
 */
export function trackerHttpOptions(config: TrackerConfig): HttpClientOptions {
  const authorization = `${config.authScheme} ${config.token}`;
  return {
    source: SOURCE,
    baseUrl: config.url,
    auth: config.token === undefined ? undefined : { headers: () => ({ authorization }) },
    headers: { [config.org.header]: config.org.id, 'accept-language': config.acceptLanguage },
  };
}

/** The options of `createTrackerClient` that follow from the configuration. */
export function trackerClientOptions(config: TrackerConfig, logger?: Logger): TrackerClientOptions {
  return {
    apiVersion: config.apiVersion,
    calendar: { weekDays: config.weekDays, dayHours: config.dayHours },
    baseUrl: config.url,
    logger,
  };
}

export interface LinkEntry {
  /** The target as written (possibly relative). */
  url: string;
  /** Relation types, lower-cased (`rel="next last"` → `['next', 'last']`). */
  rels: string[];
}

/**
 * Parses an HTTP `Link` header (RFC 8288): comma-separated `<uri>; param=value` entries, values
 * quoted or not, `rel` possibly listing several relation types. Commas inside `<…>` or inside a
 * quoted value do not split entries. Returns undefined when the header is malformed.
 */
export function parseLinkHeader(value: string): LinkEntry[] | undefined {
  const entries: LinkEntry[] = [];
  const n = value.length;
  let i = 0;
  const skipSpace = () => {
    while (i < n && (value[i] === ' ' || value[i] === '\t')) i += 1;
  };
  while (i < n) {
    while (i < n && (value[i] === ',' || value[i] === ' ' || value[i] === '\t')) i += 1;
    if (i >= n) break;
    if (value[i] !== '<') return undefined;
    const close = value.indexOf('>', i + 1);
    if (close < 0) return undefined;
    const url = value.slice(i + 1, close).trim();
    i = close + 1;
    let rels: string[] | undefined;
    for (;;) {
      skipSpace();
      if (i >= n || value[i] === ',') break;
      if (value[i] !== ';') return undefined;
      i += 1;
      skipSpace();
      const nameStart = i;
      while (i < n && !/[=;,\s]/.test(value[i]!)) i += 1;
      const name = value.slice(nameStart, i).toLowerCase();
      skipSpace();
      let param = '';
      if (value[i] === '=') {
        i += 1;
        skipSpace();
        if (value[i] === '"') {
          i += 1;
          while (i < n && value[i] !== '"') {
            if (value[i] === '\\' && i + 1 < n) i += 1;
            param += value[i];
            i += 1;
          }
          if (i >= n) return undefined; // unterminated quoted string
          i += 1;
        } else {
          const start = i;
          while (i < n && !/[;,\s]/.test(value[i]!)) i += 1;
          param = value.slice(start, i);
        }
      }
      if (name === '') return undefined;
      // RFC 8288 §3.3: only the first `rel` of an entry counts.
      if (name === 'rel' && rels === undefined) rels = param.toLowerCase().split(/\s+/).filter(Boolean);
    }
    entries.push({ url, rels: rels ?? [] });
  }
  return entries;
}

/** Thrown inside a worklog search when Tracker refuses a window for matching too many records. */
class SearchLimitExceeded extends Error {}

export function createTrackerClient(http: HttpClient, options: TrackerClientOptions): TrackerClient {
  const v = options.apiVersion;
  const base = new URL(options.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const context = (route: string): TrackerMapContext => ({ route, calendar: options.calendar });
  const bad = (route: string, detail: string, status?: number) => UpstreamError.badResponse(SOURCE, route, detail, status);
  const key = (k: string) => encodeURIComponent(k);

  /** The absolute URL a request goes to, for resolving relative links and spotting loops. */
  function urlOf(req: HttpRequest): URL {
    const url = new URL(`${basePath}${req.path}`, base.origin);
    if (req.query) url.search = req.query.toString();
    return url;
  }

  /** Logs Tracker's own error text at debug level: it may be localized or echo input, so it never reaches a client. */
  function logErrorBody(route: string, response: HttpResponse): void {
    if (!options.logger) return;
    let body: unknown;
    try {
      body = JSON.parse(response.text);
    } catch {
      return;
    }
    if (isRecord(body)) {
      options.logger.debug(
        `Yandex Tracker ${route} → ${response.status}: ${JSON.stringify({ errors: body.errors, errorMessages: body.errorMessages })}`,
      );
    }
  }

  /** The request for a `Link` target, or an `UPSTREAM_BAD_RESPONSE` when it leads off our base URL. */
  function followRequest(first: HttpRequest, target: URL): HttpRequest {
    if (target.origin !== base.origin) {
      // Following it would send the Tracker token to another host.
      throw bad(first.route, 'a Link header points to another origin; the gateway does not follow it');
    }
    if (!target.pathname.startsWith(`${basePath}/`)) {
      throw bad(first.route, 'a Link header points outside the configured Tracker base URL');
    }
    // The query goes out exactly as Tracker wrote it (an opaque cursor must not be re-encoded).
    return { ...first, path: `${target.pathname.slice(basePath.length)}${target.search}`, query: undefined };
  }

  /** The `rel="next"` target of a response, resolved against the request URL. */
  function nextLink(route: string, response: HttpResponse, requestUrl: URL): URL | undefined {
    const header = response.headers.link;
    if (header === undefined) return undefined;
    const entries = parseLinkHeader(Array.isArray(header) ? header.join(', ') : header);
    if (!entries) throw bad(route, 'the Link header is malformed');
    const next = entries.find((entry) => entry.rels.includes('next'));
    if (!next) return undefined;
    try {
      return new URL(next.url, requestUrl);
    } catch {
      throw bad(route, 'the Link header holds an invalid next URL');
    }
  }

  /**
   * Where an id-cursor list continues when Tracker sends no `Link` header at all: after exactly a
   * full page there may be more (docs/upstreams.md, "Yandex Tracker API": "follow Link rel=next if present; else id-cursor").
   * A page whose last id does not move past the previous cursor means the server ignores the
   * cursor: the list is complete (duplicates are dropped by id later).
   */
  function cursorFallback(requestUrl: URL, page: unknown[], previous: string | undefined): URL | undefined {
    if (page.length !== PER_PAGE) return undefined;
    const last = page[page.length - 1];
    const id = isRecord(last) ? last.id : undefined;
    if (typeof id !== 'number' && typeof id !== 'string') return undefined;
    if (previous !== undefined && compareWorklogIds(String(id), previous) <= 0) return undefined;
    const url = new URL(requestUrl);
    url.searchParams.set('perPage', String(PER_PAGE));
    url.searchParams.set('id', String(id));
    return url;
  }

  interface ReadOptions {
    /** Answer null when the first page is a 404. */
    notFound?: boolean;
    /** The list pages by id cursor (worklogs): continue after a full page that came without any `Link`. */
    idCursor?: boolean;
    /** Inspects a passed-through 4xx before it becomes an error (worklog search's item cap). */
    onClientError?: (response: HttpResponse) => void;
  }

  /**
   * Every page of a list: the first request, then each `Link: rel="next"` (the same method and
   * body, as Tracker expects for POST searches) until there is none. Refuses off-origin links and
   * a next URL seen before (a loop). Yields null once when the first page is a 404 and
   * `read.notFound` is set.
   */
  async function* readPages(first: HttpRequest, read: ReadOptions, stats?: CallStats): AsyncGenerator<unknown[] | null> {
    const seen = new Set<string>();
    let req = first;
    let requestUrl = urlOf(first);
    seen.add(requestUrl.href);
    for (let page = 1; ; page += 1) {
      if (stats) stats.calls += 1;
      const response = await http.request(req);
      if (response.status === 404 && page === 1 && read.notFound) {
        yield null;
        return;
      }
      if (response.status < 200 || response.status >= 300) {
        logErrorBody(first.route, response);
        read.onClientError?.(response);
        throw UpstreamError.fromResponse(SOURCE, response.status, first.route);
      }
      const body = parseJson(SOURCE, first.route, response);
      if (!Array.isArray(body)) throw bad(first.route, 'the list answer is not an array');
      yield body;

      const next =
        nextLink(first.route, response, requestUrl) ??
        (read.idCursor && response.headers.link === undefined
          ? cursorFallback(requestUrl, body, requestUrl.searchParams.get('id') ?? undefined)
          : undefined);
      if (!next) return;
      req = followRequest(first, next);
      requestUrl = urlOf(req);
      if (seen.has(requestUrl.href)) throw bad(first.route, 'the Link header leads back to a page already read (a paging loop)');
      if (page >= MAX_PAGES) throw bad(first.route, `the list goes on for more than ${MAX_PAGES} pages`);
      seen.add(requestUrl.href);
    }
  }

  /** Every record of a list (see `readPages`); null when the first page is a 404 and `read.notFound` is set. */
  async function readList(first: HttpRequest, read: ReadOptions): Promise<unknown[] | null> {
    const records: unknown[] = [];
    for await (const page of readPages(first, read)) {
      if (page === null) return null;
      records.push(...page);
    }
    return records;
  }

  const firstPage = () => new URLSearchParams({ perPage: String(PER_PAGE) });

  async function searchIssueChunk(keys: string[]): Promise<TrackerIssue[]> {
    const route = `POST /${v}/issues/_search`;
    const json: IssueSearchBodyWire = { keys };
    const records = await readList({ ...routeRequest(route), query: firstPage(), json, idempotent: true }, {});
    return mapIssues(context(route), records);
  }

  /**
   * One createdAt window, page by page (ascending ids), records with an id at or below `after`
   * left out. When Tracker refuses the window for matching too many records, it is split in two
   * halves that do not overlap (both bounds are inclusive: [from, mid] and [mid + 1 ms, to]),
   * searched one after the other — Tracker publishes no rate limits and parallel fan-out is what
   * earns 429s. The refusal normally comes on the first page; should it come later, the halves
   * skip every id already yielded (the pages so far were a complete, id-ordered prefix of the
   * window), so nothing is counted twice. The depth is bounded by log2 of the window in
   * milliseconds (≤ 54 for any `Date` range); a 1 ms window still over the cap is a bad response.
   */
  async function* searchWorklogWindow(
    createdBy: string | undefined,
    from: number,
    to: number,
    after: string | undefined,
    stats: CallStats | undefined,
  ): AsyncGenerator<TrackerWorklog[]> {
    const route = `POST /${v}/worklog/_search`;
    const json: WorklogSearchBodyWire = {
      ...(createdBy === undefined ? {} : { createdBy }),
      createdAt: { from: trackerTimestamp(new Date(from)), to: trackerTimestamp(new Date(to)) },
    };
    let watermark = after;
    try {
      const pages = readPages(
        { ...routeRequest(route), query: firstPage(), json, idempotent: true, passStatuses: [400] },
        {
          idCursor: true,
          onClientError: (response) => {
            if (response.status === 400 && errorMessagesOf(response).some((m) => LIMIT_MESSAGE.test(m))) {
              throw new SearchLimitExceeded();
            }
          },
        },
        stats,
      );
      for await (const records of pages) {
        const page = mapWorklogs(context(route), records).filter(
          (w) => watermark === undefined || compareWorklogIds(w.worklogId, watermark) > 0,
        );
        if (page.length === 0) continue;
        for (const w of page)
          if (watermark === undefined || compareWorklogIds(w.worklogId, watermark) > 0) watermark = w.worklogId;
        yield page;
      }
    } catch (error) {
      if (!(error instanceof SearchLimitExceeded)) throw error;
      if (to <= from) {
        throw bad(route, 'even a 1 ms createdAt window exceeds the search item limit', 400);
      }
      const mid = from + Math.floor((to - from) / 2);
      yield* searchWorklogWindow(createdBy, from, mid, watermark, stats);
      yield* searchWorklogWindow(createdBy, mid + 1, to, watermark, stats);
    }
  }

  function checkedWindow(query: TrackerWorklogSearch): { from: number; to: number } {
    const from = query.createdAt.from.getTime();
    const to = query.createdAt.to.getTime();
    if (!isTrackerInstant(from) || !isTrackerInstant(to))
      throw new RangeError('createdAt bounds must be dates in the years 0000–9999');
    if (from > to) throw new RangeError('createdAt.from must not be after createdAt.to');
    return { from, to };
  }

  return {
    async getIssueWorklogs(issueKey) {
      const route = `GET /${v}/issues/{key}/worklog`;
      const records = await readList(
        { ...routeRequest(route, { key: issueKey }), query: firstPage(), passStatuses: [404] },
        { notFound: true, idCursor: true },
      );
      return records === null ? null : uniqueWorklogsById(mapWorklogs(context(route), records));
    },

    async searchIssues(keys) {
      const unique = [...new Set(keys)];
      const chunks: string[][] = [];
      for (let i = 0; i < unique.length; i += SEARCH_KEYS_PER_CALL) chunks.push(unique.slice(i, i + SEARCH_KEYS_PER_CALL));
      return (await Promise.all(chunks.map(searchIssueChunk))).flat();
    },

    searchWorklogPages(query, stats) {
      const { from, to } = checkedWindow(query);
      return searchWorklogWindow(query.createdBy, from, to, undefined, stats);
    },

    async getUser(login) {
      const route = `GET /${v}/users/{login}`;
      // Tracker reads a path of digits as a uid; a login made of digits must say that it is one.
      const path = `/${v}/users/${/^\d+$/.test(login) ? `login:${key(login)}` : key(login)}`;
      const response = await http.request({ method: 'GET', route, path, passStatuses: [404] });
      if (response.status === 404) return null;
      return mapUserProfile(context(route), parseJson(SOURCE, route, response));
    },
  };
}

/** `YYYY-MM-DDThh:mm:ss.sss+0000`, the documented format of Tracker's timestamps. */
export function trackerTimestamp(date: Date): string {
  return date.toISOString().replace(/Z$/, '+0000');
}

/** Instants `toISOString` writes with a four-digit year (what Tracker's format allows). */
function isTrackerInstant(ms: number): boolean {
  if (!Number.isFinite(ms)) return false;
  const year = new Date(ms).getUTCFullYear();
  return year >= 0 && year <= 9999;
}

/** `errorMessages` of a Tracker error body; empty when the body is not one. */
function errorMessagesOf(response: HttpResponse): string[] {
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    return [];
  }
  const messages = isRecord(body) ? body.errorMessages : undefined;
  return Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string') : [];
}
