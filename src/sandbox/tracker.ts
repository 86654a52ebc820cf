import {
  TRACKER_API_VERSIONS,
  TRACKER_PAGING,
  type IssueWire,
  type TrackerErrorWire,
  type TrackerRefWire,
  type TrackerUserRefWire,
  type UserWire,
  type WorklogWire,
} from '../upstreams/tracker/wire.js';
import { createSimServer, type SimRequest, type SimResponse, type SimServer } from './sim-server.js';
import {
  TRACKER_PRIORITIES,
  TRACKER_STATUSES,
  TRACKER_TYPES,
  createTrackerSeed,
  type TrackerLang,
  type TrackerSeed,
  type TrackerSeedIssue,
  type TrackerSeedWorklog,
} from './tracker-seed.js';

/**
 * A faithful fake of the Yandex Tracker API (UPSTREAMS.md §3) as a real HTTP server; `url` is the
 * server root, like `https://api.tracker.yandex.net`, and every route exists under `/v2` and `/v3`.
 * It serves the seeded data of `tracker-seed.ts` and enforces the contract the gateway must keep:
 *
 * - `Authorization: <scheme> <token>` with exactly the configured scheme and token, else 401
 *   `{"errors": {}, "errorMessages": ["Not authorized"], "statusCode": 401}`;
 * - exactly one org header, the configured one with the configured id; missing, both, the other
 *   header or another id → 403 (the simulator's choice: 401 is only about the token);
 * - `Accept-Language`: `display` names in Russian unless the header starts with `en`;
 * - timestamps `YYYY-MM-DDThh:mm:ss.sss+0000`, durations on the business calendar;
 * - paging with `perPage` (default 50, max 100, else 400) and `Link` headers; worklog lists and
 *   worklog search use an id cursor (`id` = last id seen), issue search a 1-based `page`;
 * - worklog search filters on `createdAt` (bounds inclusive) and answers 400
 *   "Request exceeds N items limit" when more than `searchItemLimit` records match the filter.
 *
 * Error messages are English only (real Tracker may localize them; never parse them).
 */

export interface TrackerSimulatorOptions {
  /** Token the simulator accepts. Default 'sandbox-tracker-token'. */
  token?: string;
  /** The only scheme it accepts: `OAuth` (OAuth token) or `Bearer` (IAM token). Default 'OAuth'. */
  authScheme?: 'OAuth' | 'Bearer';
  /** The only org header and id it accepts. Default `{ header: 'X-Org-ID', id: 'sandbox-org' }`. */
  org?: { header: 'X-Org-ID' | 'X-Cloud-Org-ID'; id: string };
  /** Item cap of the _search endpoints (Tracker's is 10000); tests lower it. Default 10000. */
  searchItemLimit?: number;
  /** Port to listen on. Default 0 (a free port). */
  port?: number;
  /** Interface to listen on. Default '127.0.0.1'. */
  host?: string;
  /**
   * Synthetic worklogs added after the seed's (copies of seeded worklogs with new ids, created
   * evenly over 2025 and started an hour earlier), searchable only, for load benchmarks. Default 0.
   */
  extraWorklogs?: number;
}

export interface TrackerSimulator extends SimServer {
  /** The data it serves (tests compare against it). */
  readonly seed: TrackerSeed;
}

/** Route names (used by counters and fault knobs); `{v}` is the version segment, `v2` or `v3`. */
export const TRACKER_ROUTES = {
  issue: 'GET /{v}/issues/{key}',
  worklog: 'GET /{v}/issues/{key}/worklog',
  searchIssues: 'POST /{v}/issues/_search',
  searchWorklogs: 'POST /{v}/worklog/_search',
  user: 'GET /{v}/users/{login}',
} as const;

const DEFAULT_TOKEN = 'sandbox-tracker-token';
const DEFAULT_ORG = { header: 'X-Org-ID', id: 'sandbox-org' } as const;
const ORG_HEADERS = ['x-org-id', 'x-cloud-org-id'] as const;

const errorBody = (status: number, message: string): TrackerErrorWire => ({
  errors: {},
  errorMessages: [message],
  statusCode: status,
});
const fail = (status: number, message: string): SimResponse => ({ status, json: errorBody(status, message) });
/** A validation error about one body field: Tracker puts those in `errors`, not in `errorMessages`. */
const fieldFail = (field: string, message: string): SimResponse => ({
  status: 400,
  json: { errors: { [field]: message }, errorMessages: [], statusCode: 400 } satisfies TrackerErrorWire,
});

class BadRequest extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const badRequest = (error: BadRequest) => (error.field ? fieldFail(error.field, error.message) : fail(400, error.message));

// ---------------------------------------------------------------------------------------------
// Rendering seed data to wire shapes

/** Everything a rendering depends on besides the data: where `self` points and the language. */
interface View {
  /** Origin plus version, e.g. `http://127.0.0.1:41234/v3`. */
  api: string;
  lang: TrackerLang;
}

/** `…sss+0000`: Tracker's UTC timestamp, offset without a colon. */
const timestamp = (date: Date) => date.toISOString().replace(/Z$/, '+0000');

function userRef(seed: TrackerSeed, login: string, view: View): TrackerUserRefWire {
  const user = seed.users.get(login)!;
  return { self: `${view.api}/users/${user.uid}`, id: user.login, display: user.name[view.lang] };
}

function renderUser(seed: TrackerSeed, login: string, view: View): UserWire {
  const user = seed.users.get(login)!;
  const [firstName, ...rest] = user.name[view.lang].split(' ');
  return {
    self: `${view.api}/users/${user.uid}`,
    uid: Number(user.uid),
    login: user.login,
    trackerUid: Number(user.uid),
    passportUid: Number(user.uid),
    firstName: firstName!,
    lastName: rest.join(' '),
    display: user.name[view.lang],
    email: user.email,
    external: false,
    hasLicense: true,
    dismissed: false,
  };
}

function dictionaryRef(
  kind: string,
  entry: { id: string; key: string; name: Record<TrackerLang, string> },
  view: View,
): TrackerRefWire {
  return { self: `${view.api}/${kind}/${entry.id}`, id: entry.id, key: entry.key, display: entry.name[view.lang] };
}

function renderIssue(seed: TrackerSeed, issue: TrackerSeedIssue, view: View): IssueWire {
  const queue = seed.queues.get(issue.queue)!;
  // Field order as in Tracker's examples; fields without a value are left out, not null.
  return {
    self: `${view.api}/issues/${issue.key}`,
    id: issue.id,
    key: issue.key,
    version: issue.version,
    summary: issue.summary,
    statusStartTime: timestamp(issue.statusStartTime),
    updatedBy: userRef(seed, issue.updatedBy, view),
    ...(issue.description === null ? {} : { description: issue.description }),
    type: dictionaryRef('issuetypes', TRACKER_TYPES[issue.type], view),
    priority: dictionaryRef('priorities', TRACKER_PRIORITIES[issue.priority], view),
    createdAt: timestamp(issue.createdAt),
    createdBy: userRef(seed, issue.createdBy, view),
    ...(issue.assignee === null ? {} : { assignee: userRef(seed, issue.assignee, view) }),
    queue: { self: `${view.api}/queues/${queue.key}`, id: queue.id, key: queue.key, display: queue.name },
    updatedAt: timestamp(issue.updatedAt),
    status: dictionaryRef('statuses', TRACKER_STATUSES[issue.status], view),
    ...(issue.deadline === null ? {} : { deadline: issue.deadline }),
    votes: 0,
    favorite: false,
  };
}

function renderWorklog(seed: TrackerSeed, w: TrackerSeedWorklog, view: View): WorklogWire {
  const issue = seed.issues.get(w.issueKey)!;
  return {
    self: `${view.api}/issues/${issue.key}/worklog/${w.id}`,
    id: w.id,
    version: w.version,
    issue: { self: `${view.api}/issues/${issue.key}`, id: issue.id, key: issue.key, display: issue.summary },
    ...(w.comment === null ? {} : { comment: w.comment }),
    createdBy: userRef(seed, w.createdBy, view),
    updatedBy: userRef(seed, w.updatedBy, view),
    createdAt: timestamp(w.createdAt),
    updatedAt: timestamp(w.updatedAt),
    start: timestamp(w.start),
    duration: w.duration,
  };
}

// ---------------------------------------------------------------------------------------------
// Request parsing

const KEY_PATTERN = /^[A-Z][A-Z0-9]*-[1-9]\d*$/;
const ID_PATTERN = /^[0-9a-f]{24}$/;

function intParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) throw new BadRequest(`Parameter ${name} must be an integer, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new BadRequest(`Parameter ${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

const perPageOf = (query: URLSearchParams) =>
  intParam(query, 'perPage', TRACKER_PAGING.defaultPerPage, 1, TRACKER_PAGING.maxPerPage);

/** The JSON object in a POST body; an empty body counts as `{}`. */
function jsonObject(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new BadRequest('Request body is not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new BadRequest('Request body must be a JSON object');
  return parsed as Record<string, unknown>;
}

const TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A search bound: `YYYY-MM-DDThh:mm:ss.sss±hhmm` as documented, also without the offset (= UTC),
 * with `Z` or `±hh:mm`, shorter time parts, or a bare date (= 00:00 UTC that day).
 */
function parseBound(raw: unknown, field: string): number {
  const m = typeof raw === 'string' ? TIME_PATTERN.exec(raw) : null;
  if (!m) throw new BadRequest(`Invalid date-time: ${JSON.stringify(raw)}`, field);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const millis = Number((m[7] ?? '0').padEnd(3, '0'));
  const local = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!, millis);
  const check = new Date(local);
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour! > 23 || minute! > 59 || second! > 59) {
    throw new BadRequest(`Invalid date-time: ${JSON.stringify(raw)}`, field);
  }
  const zone = m[8];
  if (zone === undefined || zone === 'Z') return local;
  const digits = zone.replace(':', '');
  const offset = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * 60_000;
  return zone.startsWith('-') ? local + offset : local - offset;
}

interface WorklogFilter {
  createdBy?: string;
  from?: number;
  to?: number;
}

function parseWorklogFilter(body: Record<string, unknown>): WorklogFilter {
  const filter: WorklogFilter = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'createdBy') {
      if (typeof value !== 'string' || value === '') throw new BadRequest('Must be a user login or uid', key);
      filter.createdBy = value;
    } else if (key === 'createdAt') {
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new BadRequest('Must be an object {from, to}', key);
      for (const [bound, raw] of Object.entries(value)) {
        if (bound !== 'from' && bound !== 'to') throw new BadRequest(`Unknown range bound: ${bound}`, `createdAt.${bound}`);
        filter[bound] = parseBound(raw, `createdAt.${bound}`);
      }
    } else {
      // Not silently ignored: a filter the gateway relies on (e.g. `start`) would otherwise be a no-op.
      throw new BadRequest('Unknown search field', key);
    }
  }
  return filter;
}

/** Issue-search `filter` fields the simulator understands (ANDed; a value may be a list). */
const ISSUE_FILTER_FIELDS = ['queue', 'status', 'type', 'priority', 'assignee', 'createdBy'] as const;
type IssueFilterField = (typeof ISSUE_FILTER_FIELDS)[number];

type IssueSelection = { keys: string[] } | { filter: Map<IssueFilterField, string[]> };

function parseIssueSearch(body: Record<string, unknown>): IssueSelection {
  const given = Object.keys(body);
  for (const key of given) {
    if (key === 'query')
      throw new BadRequest('The query language is not supported by the sandbox; use keys, filter or queue', key);
    if (key !== 'keys' && key !== 'filter' && key !== 'queue' && key !== 'order')
      throw new BadRequest('Unknown search field', key);
  }
  const selectors = given.filter((key) => key !== 'order');
  if (selectors.length !== 1) throw new BadRequest('Specify exactly one of keys, filter, queue');
  if ('keys' in body) {
    const keys = body.keys;
    if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string'))
      throw new BadRequest('Must be an array of issue keys', 'keys');
    return { keys: [...new Set(keys as string[])] };
  }
  if ('queue' in body) {
    if (typeof body.queue !== 'string') throw new BadRequest('Must be a queue key', 'queue');
    return { filter: new Map([['queue', [body.queue]]]) };
  }
  const raw = body.filter;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new BadRequest('Must be an object', 'filter');
  const filter = new Map<IssueFilterField, string[]>();
  for (const [field, value] of Object.entries(raw)) {
    if (!(ISSUE_FILTER_FIELDS as readonly string[]).includes(field))
      throw new BadRequest('Filtering on this field is not supported by the sandbox', `filter.${field}`);
    const values = Array.isArray(value) ? value : [value];
    if (!values.every((v) => typeof v === 'string'))
      throw new BadRequest('Must be a string or a list of strings', `filter.${field}`);
    filter.set(field as IssueFilterField, values as string[]);
  }
  return { filter };
}

// ---------------------------------------------------------------------------------------------
// Paging

const link = (url: string, rel: string) => `<${url}>; rel="${rel}"`;

interface Cursor {
  perPage: number;
  /** Return records with an id greater than this (0 = from the start). */
  after: number;
}

const cursorOf = (query: URLSearchParams): Cursor => ({
  perPage: perPageOf(query),
  after: intParam(query, 'id', 0, 0, Number.MAX_SAFE_INTEGER),
});

/**
 * One id-cursor page: records with an id greater than `after`, ascending, at most `perPage`;
 * `Link` carries `rel="first"` always and `rel="next"` only while more records remain.
 */
function idPage<T extends { id: number }>(
  records: readonly T[],
  cursor: Cursor,
  url: string,
): { page: T[]; headers: Record<string, string> } {
  const { perPage, after } = cursor;
  const remaining = records.filter((r) => r.id > after);
  const page = remaining.slice(0, perPage);
  const links = [link(`${url}?perPage=${perPage}`, 'first')];
  if (remaining.length > page.length) links.push(link(`${url}?perPage=${perPage}&id=${page[page.length - 1]!.id}`, 'next'));
  return { page, headers: { link: links.join(', ') } };
}

/** One numbered page (issue search): `page` is 1-based; totals in `X-Total-Count`/`X-Total-Pages`. */
function numberedPage<T>(
  records: readonly T[],
  query: URLSearchParams,
  url: string,
): { page: T[]; headers: Record<string, string> } {
  const perPage = perPageOf(query);
  const number = intParam(query, 'page', 1, 1, Number.MAX_SAFE_INTEGER);
  const pages = Math.max(1, Math.ceil(records.length / perPage));
  const page = records.slice((number - 1) * perPage, number * perPage);
  const links = [link(`${url}?perPage=${perPage}&page=1`, 'first')];
  if (number < pages) links.push(link(`${url}?perPage=${perPage}&page=${number + 1}`, 'next'));
  return {
    page,
    headers: { link: links.join(', '), 'x-total-count': String(records.length), 'x-total-pages': String(pages) },
  };
}

// ---------------------------------------------------------------------------------------------
// The server

/** Starts the Tracker simulator on loopback; resolves once it is listening. */
export async function createTrackerSimulator(options: TrackerSimulatorOptions = {}): Promise<TrackerSimulator> {
  const expectedAuth = `${options.authScheme ?? 'OAuth'} ${options.token ?? DEFAULT_TOKEN}`;
  const org = options.org ?? DEFAULT_ORG;
  const orgHeader = org.header.toLowerCase();
  const searchItemLimit = options.searchItemLimit ?? TRACKER_PAGING.searchItemLimit;
  if (!Number.isInteger(searchItemLimit) || searchItemLimit < 1)
    throw new RangeError(`searchItemLimit must be a positive integer, got ${searchItemLimit}`);
  const seed = createTrackerSeed();
  const searchable: TrackerSeedWorklog[] = seed.allWorklogs.slice();
  const extra = options.extraWorklogs ?? 0;
  if (extra > 0) {
    const start = Date.UTC(2025, 0, 1);
    const step = (Date.UTC(2026, 0, 1) - start) / extra;
    for (let i = 0; i < extra; i++) {
      const template = seed.allWorklogs[i % seed.allWorklogs.length]!;
      const createdAt = new Date(start + Math.floor(i * step));
      searchable.push({
        ...template,
        id: 1_000_000 + i,
        createdAt,
        updatedAt: createdAt,
        start: new Date(createdAt.getTime() - 3_600_000),
      });
    }
  }
  // Known once the server listens; `self` and `Link` URLs are absolute, like Tracker's.
  let origin = '';

  const viewOf = (req: SimRequest): View => ({
    api: `${origin}/${req.params.v}`,
    lang: /^en/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'ru',
  });

  function findIssue(raw: string): TrackerSeedIssue | SimResponse {
    if (KEY_PATTERN.test(raw)) return seed.issues.get(raw) ?? fail(404, 'Issue does not exist.');
    if (ID_PATTERN.test(raw)) return seed.issueById.get(raw) ?? fail(404, 'Issue does not exist.');
    return fail(400, `Invalid issue key or id: ${raw}`);
  }
  const isIssue = (found: TrackerSeedIssue | SimResponse): found is TrackerSeedIssue => 'key' in found;

  /** Wraps a handler so that parameter errors become Tracker's 400. */
  const validated =
    (handle: (req: SimRequest) => SimResponse) =>
    (req: SimRequest): SimResponse => {
      try {
        return handle(req);
      } catch (error) {
        if (error instanceof BadRequest) return badRequest(error);
        throw error;
      }
    };

  function matchesUser(login: string, wanted: string): boolean {
    return login === wanted || seed.users.get(login)?.uid === wanted;
  }

  function searchIssues(req: SimRequest): SimResponse {
    const selection = parseIssueSearch(jsonObject(req.body));
    let found: TrackerSeedIssue[];
    if ('keys' in selection) {
      // In the order asked for; unknown (or malformed) keys are simply absent.
      found = selection.keys.flatMap((key) => seed.issues.get(key) ?? []);
    } else {
      const value = (issue: TrackerSeedIssue, field: IssueFilterField) => issue[field];
      found = [...seed.issues.values()].filter((issue) =>
        [...selection.filter].every(([field, wanted]) =>
          wanted.some((w) => {
            const actual = value(issue, field);
            if (actual === null) return false;
            return field === 'assignee' || field === 'createdBy' ? matchesUser(actual, w) : actual === w;
          }),
        ),
      );
    }
    const view = viewOf(req);
    const { page, headers } = numberedPage(found, req.query, `${view.api}/issues/_search`);
    return { json: page.map((issue) => renderIssue(seed, issue, view)), headers };
  }

  function searchWorklogs(req: SimRequest): SimResponse {
    const filter = parseWorklogFilter(jsonObject(req.body));
    // Parameters are validated before the limit is checked: a bad one is reported first.
    const cursor = cursorOf(req.query);
    const matching = searchable.filter(
      (w) =>
        (filter.createdBy === undefined || matchesUser(w.createdBy, filter.createdBy)) &&
        (filter.from === undefined || w.createdAt.getTime() >= filter.from) &&
        (filter.to === undefined || w.createdAt.getTime() <= filter.to),
    );
    // The cap applies to everything the filter matches, whatever page is asked for: paging cannot
    // get around it, only a narrower createdAt window can.
    if (matching.length > searchItemLimit) return fail(400, `Request exceeds ${searchItemLimit} items limit`);
    const view = viewOf(req);
    const { page, headers } = idPage(matching, cursor, `${view.api}/worklog/_search`);
    return { json: page.map((w) => renderWorklog(seed, w, view)), headers };
  }

  const server = await createSimServer({
    name: 'tracker',
    errorBody,
    port: options.port,
    host: options.host,
    guard: (req) => {
      if (!(TRACKER_API_VERSIONS as readonly string[]).includes(req.params.v ?? '')) {
        return fail(404, `No API version ${req.params.v}; use ${TRACKER_API_VERSIONS.join(' or ')}`);
      }
      if (req.headers.authorization !== expectedAuth) return fail(401, 'Not authorized');
      const present = ORG_HEADERS.filter((name) => req.headers[name] !== undefined);
      if (present.length === 0) return fail(403, 'Organization is not specified: send X-Org-ID or X-Cloud-Org-ID');
      if (present.length > 1) return fail(403, 'Send exactly one of X-Org-ID and X-Cloud-Org-ID');
      if (present[0] !== orgHeader || req.headers[orgHeader] !== org.id) return fail(403, 'No access to this organization');
      return undefined;
    },
    routes: [
      {
        name: TRACKER_ROUTES.issue,
        method: 'GET',
        pattern: '/{v}/issues/{key}',
        handle: (req) => {
          const found = findIssue(req.params.key ?? '');
          return isIssue(found) ? { json: renderIssue(seed, found, viewOf(req)) } : found;
        },
      },
      {
        name: TRACKER_ROUTES.worklog,
        method: 'GET',
        pattern: '/{v}/issues/{key}/worklog',
        handle: validated((req) => {
          const found = findIssue(req.params.key ?? '');
          if (!isIssue(found)) return found;
          const view = viewOf(req);
          const { page, headers } = idPage(
            seed.worklogs.get(found.key)!,
            cursorOf(req.query),
            `${view.api}/issues/${found.key}/worklog`,
          );
          return { json: page.map((w) => renderWorklog(seed, w, view)), headers };
        }),
      },
      {
        name: TRACKER_ROUTES.user,
        method: 'GET',
        pattern: '/{v}/users/{login}',
        handle: (req) => {
          // A login, a uid, or `login:<digits>` for a login made of digits only (as documented).
          const raw = req.params.login ?? '';
          const wanted = raw.startsWith('login:') ? raw.slice('login:'.length) : raw;
          const user = raw.startsWith('login:')
            ? seed.users.get(wanted)
            : (seed.users.get(wanted) ?? [...seed.users.values()].find((u) => u.uid === wanted));
          return user ? { json: renderUser(seed, user.login, viewOf(req)) } : fail(404, 'User does not exist.');
        },
      },
      { name: TRACKER_ROUTES.searchIssues, method: 'POST', pattern: '/{v}/issues/_search', handle: validated(searchIssues) },
      { name: TRACKER_ROUTES.searchWorklogs, method: 'POST', pattern: '/{v}/worklog/_search', handle: validated(searchWorklogs) },
    ],
  });
  origin = server.url;

  return {
    url: server.url,
    requests: server.requests,
    faults: server.faults,
    count: server.count,
    resetRequests: server.resetRequests,
    close: server.close,
    seed,
  };
}
