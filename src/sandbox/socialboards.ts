import { createHash } from 'node:crypto';
import { type Clock, systemClock } from '../clock.js';
import {
  SOCIALBOARDS_OK,
  type CategoryWire,
  type EnvelopeWire,
  type TagWire,
  type TicketLogWire,
  type TicketWire,
  type TokenErrorWire,
  type TokenResponseWire,
  type UserWire,
} from '../upstreams/socialboards/wire.js';
import {
  compareSeedTimes,
  createSocialboardsSeed,
  formatSocialboardsTime,
  parseSocialboardsTime,
  type SeedLogEntry,
  type SeedTicket,
  type SocialboardsSeed,
} from './socialboards-seed.js';
import { createSimServer, type SimFaults, type SimRequest, type SimResponse, type SimServer } from './sim-server.js';

/**
 * A faithful fake of the Socialboards Ticket API (UPSTREAMS.md §2) as a real HTTP server. It
 * serves the seeded data of `socialboards-seed.ts` and enforces the contract the gateway must keep:
 * exactly `Authorization: Bearer <token>` (a static token, or one issued by `POST /token` that has
 * not expired or been revoked), `take` 1..50, JSON bodies with `Content-Type: application/json`,
 * the `{data, errorCode, errorText}` envelope, and newest-first action logs.
 *
 * Choices made where the vendor is silent (UNCONFIRMED upstream, UPSTREAMS.md §2):
 * - routes live at the server root, `/token` too (the ticket API base URL is undocumented);
 * - an error answers its HTTP status with `{data: null, errorCode: <that status>, errorText}`;
 *   an unknown ticket is 404 "Ticket not found";
 * - `POST /token` answers OAuth 2.0 field names, and `{"error": …}` with 400 on refusal;
 * - `action_types` must be present in the log body (an empty array means every type);
 * - `POST /tickets/list` applies `take` (default 25) even when `ticketIds` are given, treats an
 *   empty `ticketIds` array as "no id filter", and orders by last thread activity, newest first.
 */

export interface SocialboardsSimulatorOptions {
  /** Client id accepted by POST /token. Default 'sandbox-client'. */
  clientId?: string;
  /** Refresh token accepted by POST /token. Default 'sandbox-refresh-token'. */
  refreshToken?: string;
  /** A long-lived access token that is always accepted (for SOCIALBOARDS_TOKEN use). Default 'sandbox-socialboards-token'. */
  staticToken?: string;
  /** Lifetime of access tokens issued by /token, in seconds. Default 3600. */
  tokenLifetimeSeconds?: number;
  /**
   * Rotate the refresh token on every `/token` answer (the old one stops working), as OAuth
   * servers with refresh-token rotation do. Default false.
   */
  rotateRefreshTokens?: boolean;
  /** Tells when an issued token has expired. Default: the real clock. */
  clock?: Pick<Clock, 'now'>;
  /** Port to listen on. Default 0 (a free port). */
  port?: number;
  /** Interface to listen on. Default '127.0.0.1'. */
  host?: string;
}

export interface SocialboardsSimulator extends SimServer {
  /** The data it serves (tests compare against it). */
  readonly seed: SocialboardsSeed;
  /** Invalidate every access token issued so far (the next call with one answers 401), e.g. to test renewal mid-way. The static token stays valid. */
  revokeIssuedTokens(): void;
  /**
   * Answer the next `count` matching requests (route name or `*`; envelope routes only, not
   * /token) with HTTP 200 but an error envelope `{data: null, errorCode: 1, errorText}` whose
   * errorText contains the access token used, to prove the gateway never forwards errorText
   * verbatim. `faults.clear()` forgets these too.
   */
  envelopeErrorNext(route: string, count: number): void;
  /** The refresh token `/token` accepts now (changes on every answer with `rotateRefreshTokens`). */
  readonly refreshToken: string;
}

/** Route names (used by counters and fault knobs). */
export const SOCIALBOARDS_ROUTES = {
  log: 'POST /tickets/{id}/log',
  list: 'POST /tickets/list',
  token: 'POST /token',
} as const;

const DEFAULT_CLIENT_ID = 'sandbox-client';
const DEFAULT_REFRESH_TOKEN = 'sandbox-refresh-token';
const DEFAULT_STATIC_TOKEN = 'sandbox-socialboards-token';
const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;
const MAX_TAKE = 50;
const DEFAULT_TAKE = 25;
/** Ticket ids are .NET `int`s. */
const MAX_INT32 = 2_147_483_647;
/** `errorCode` of the injected 200-with-error envelope (any value but -1 means failure). */
const ENVELOPE_ERROR_CODE = 1;
const LIST_ORDERS = ['last_thread_activity_desc', 'last_thread_activity_asc'] as const;

/** The envelope's error form; errorCode mirrors the HTTP status (the simulator's choice). */
const errorBody = (status: number, message: string): EnvelopeWire<null> => ({
  data: null,
  errorCode: status,
  errorText: message,
});
const fail = (status: number, message: string): SimResponse => ({ status, json: errorBody(status, message) });
const ok = <T>(data: T): SimResponse => ({
  json: { data, errorCode: SOCIALBOARDS_OK, errorText: null } satisfies EnvelopeWire<T>,
});
const tokenError = (error: string, description: string): SimResponse => ({
  status: 400,
  json: { error, error_description: description } satisfies TokenErrorWire,
  headers: { 'cache-control': 'no-store' },
});

// ---------------------------------------------------------------------------------------------
// Rendering seed data to wire shapes (key order as in the vendor's examples)

function renderUser(seed: SocialboardsSeed, id: string, withCustomIdentifier = true): UserWire {
  const u = seed.users.get(id)!;
  const base = { email: u.email, id: u.id, image: u.image, isBot: u.isBot, name: u.name, status: u.status };
  // The doc prints `customIdentifier` on `user`/`author` but not on the users in includedItems.
  return withCustomIdentifier ? { customIdentifier: u.customIdentifier, ...base } : base;
}

function renderCategory(seed: SocialboardsSeed, id: number): CategoryWire {
  const c = seed.categories.get(id)!;
  const parents: CategoryWire[] = [];
  for (let p = c.parentId; p !== null; p = seed.categories.get(p)!.parentId) parents.unshift(renderCategory(seed, p));
  return { id: c.id, name: c.name, parents };
}

const renderTag = (seed: SocialboardsSeed, id: number): TagWire => ({ ...seed.tags.get(id)! });

function renderEntry(seed: SocialboardsSeed, e: SeedLogEntry): TicketLogWire {
  return {
    actionString: e.actionString,
    actionType: e.actionType,
    includedItems: {
      categories: e.includedCategoryIds.map((id) => renderCategory(seed, id)),
      tags: e.includedTagIds.map((id) => renderTag(seed, id)),
      users: e.includedUserIds.map((id) => renderUser(seed, id, false)),
    },
    time: formatSocialboardsTime(e.time),
    user: renderUser(seed, e.userId),
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function renderTicket(seed: SocialboardsSeed, t: SeedTicket): TicketWire {
  const messageId = (Math.imul(t.id, 0x9e3779b1) >>> 0).toString(16).padStart(8, '0');
  return {
    id: t.id,
    title: t.title,
    message: t.message,
    htmlMessage: `<div id="sb-message-${messageId}" class="sb-html-message">${escapeHtml(t.message)}</div>`,
    author: renderUser(seed, t.authorId),
    category: t.categoryId === null ? null : renderCategory(seed, t.categoryId),
    creationTime: formatSocialboardsTime(t.creationTime),
    customFields: [],
    lastThreadElementCreationTime: formatSocialboardsTime(t.lastThreadElementCreationTime),
    lockedBy: t.lockedById === null ? null : renderUser(seed, t.lockedById),
    originalLink: t.originalLink,
    properties: {
      isAnonymized: false,
      isMuted: false,
      hasAttachments: t.attachments.length > 0,
      hasDraft: false,
      isAssignedToBot: t.lockedById !== null && seed.users.get(t.lockedById)!.isBot,
      isDeleted: false,
      isExpired: false,
      isHidden: false,
      isLocked: t.lockedById !== null,
      isSpam: t.isSpam,
      isSensitive: false,
    },
    replyCount: t.replyCount,
    isMuted: false,
    sentiment: t.sentiment,
    source: t.source,
    detailedSource: t.detailedSource,
    sourceName: t.sourceName,
    status: t.status,
    tags: t.tagIds.map((id) => renderTag(seed, id)),
    attachments: t.attachments.map((a) => ({ ...a })),
  };
}

// ---------------------------------------------------------------------------------------------
// Request parsing

class SimError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const badRequest = (message: string) => new SimError(400, message);

/** Runs a handler body, turning SimErrors into envelope errors. */
function answer(run: () => SimResponse): SimResponse {
  try {
    return run();
  } catch (error) {
    if (error instanceof SimError) return fail(error.status, error.message);
    throw error;
  }
}

function queryInt(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^\d{1,10}$/.test(raw)) throw badRequest(`The value '${raw}' is not valid for ${name}.`);
  const n = Number(raw);
  if (n < min || n > max) throw badRequest(`${name} must be between ${min} and ${max}.`);
  return n;
}

function bodyInt(body: Record<string, unknown>, name: string, fallback: number, min: number, max: number): number {
  const value = body[name];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw badRequest(`${name} must be an integer.`);
  if (value < min || value > max) throw badRequest(`${name} must be between ${min} and ${max}.`);
  return value;
}

const mediaType = (req: SimRequest) => (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();

/** The JSON object body of a ticket-API request (Content-Type must say JSON, as ASP.NET's [FromBody] demands). */
function jsonBody(req: SimRequest): Record<string, unknown> {
  if (req.body.trim() === '') throw badRequest('A non-empty request body is required.');
  if (mediaType(req) !== 'application/json')
    throw new SimError(415, 'Unsupported Media Type: send Content-Type: application/json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(req.body);
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw badRequest('The request body must be a JSON object.');
  return parsed as Record<string, unknown>;
}

function ticketIdParam(raw: string | undefined): number {
  if (!raw || !/^[1-9]\d{0,9}$/.test(raw) || Number(raw) > MAX_INT32)
    throw badRequest(`The value '${raw ?? ''}' is not valid for ticketId.`);
  return Number(raw);
}

/** A date-time filter of a list body (`"2020-02-27T12:28:02.6019432+01:00"` or `…Z`), as epoch milliseconds. */
function timeFilter(body: Record<string, unknown>, name: string): number | undefined {
  const raw = body[name];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') throw badRequest(`${name} must be a date-time string.`);
  try {
    return parseSocialboardsTime(raw).epochMs;
  } catch {
    throw badRequest(`${name} is not a valid date-time.`);
  }
}

function stringFilter(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`${name} must be a string.`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// The server

/** Starts the Socialboards simulator on loopback; resolves once it is listening. */
export async function createSocialboardsSimulator(options: SocialboardsSimulatorOptions = {}): Promise<SocialboardsSimulator> {
  const clientId = options.clientId ?? DEFAULT_CLIENT_ID;
  let refreshToken = options.refreshToken ?? DEFAULT_REFRESH_TOKEN;
  const staticToken = options.staticToken ?? DEFAULT_STATIC_TOKEN;
  const lifetimeSeconds = options.tokenLifetimeSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS;
  const clock = options.clock ?? systemClock;
  if (!(lifetimeSeconds > 0) || !Number.isFinite(lifetimeSeconds))
    throw new RangeError(`tokenLifetimeSeconds must be a positive number, got ${lifetimeSeconds}`);
  const seed = createSocialboardsSeed();

  // Rendered once: the data never changes. Logs newest first; tickets by last thread activity.
  const logs = new Map<number, TicketLogWire[]>();
  for (const [id, entries] of seed.logs) {
    logs.set(
      id,
      [...entries].sort((a, b) => compareSeedTimes(b.time, a.time)).map((e) => renderEntry(seed, e)),
    );
  }
  const byActivity = [...seed.tickets.values()]
    .sort((a, b) => compareSeedTimes(b.lastThreadElementCreationTime, a.lastThreadElementCreationTime) || b.id - a.id)
    .map((t) => renderTicket(seed, t));

  // Issued access tokens → expiry (clock.now() ms). Revoking forgets them all.
  const issued = new Map<string, number>();
  let issueCount = 0;
  const envelopeErrors = new Map<string, number>();

  const bearer = (req: SimRequest) => /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
  const accepted = (token: string | undefined) => {
    if (token === undefined) return false;
    if (token === staticToken) return true;
    const expiresAt = issued.get(token);
    return expiresAt !== undefined && clock.now() < expiresAt;
  };

  function takeEnvelopeError(route: string): boolean {
    for (const [key, left] of envelopeErrors) {
      if ((key === '*' || key === route) && left > 0) {
        envelopeErrors.set(key, left - 1);
        return true;
      }
    }
    return false;
  }

  /** Wraps an envelope route so `envelopeErrorNext` can turn its next answers into 200 + error envelope. */
  const enveloped = (route: string, handle: (req: SimRequest) => SimResponse) => (req: SimRequest) => {
    if (!takeEnvelopeError(route)) return handle(req);
    return {
      status: 200,
      json: {
        data: null,
        errorCode: ENVELOPE_ERROR_CODE,
        errorText: `Internal error while processing the request with access token ${bearer(req)}`,
      },
    };
  };

  function issueToken(req: SimRequest): SimResponse {
    if (mediaType(req) !== 'application/x-www-form-urlencoded') {
      return tokenError('invalid_request', 'The body must be application/x-www-form-urlencoded.');
    }
    const form = new URLSearchParams(req.body);
    const grantType = form.get('grant_type');
    if (grantType !== 'refresh_token') return tokenError('unsupported_grant_type', 'grant_type must be refresh_token.');
    const client = form.get('client_id');
    const refresh = form.get('refresh_token');
    if (!client || !refresh) return tokenError('invalid_request', 'client_id and refresh_token are required.');
    if (client !== clientId || refresh !== refreshToken)
      return tokenError('invalid_grant', 'The refresh token or client id is invalid.');
    issueCount += 1;
    // Random-looking, but the n-th token of a fresh simulator is the same on every run.
    const token = createHash('sha256').update(`${clientId}\n${refreshToken}\n${issueCount}`).digest('base64url');
    issued.set(token, clock.now() + lifetimeSeconds * 1000);
    if (options.rotateRefreshTokens) refreshToken = `${options.refreshToken ?? DEFAULT_REFRESH_TOKEN}-rotated-${issueCount}`;
    return {
      json: {
        access_token: token,
        token_type: 'bearer',
        expires_in: lifetimeSeconds,
        refresh_token: refreshToken,
      } satisfies TokenResponseWire,
      headers: { 'cache-control': 'no-store' },
    };
  }

  function ticketLog(req: SimRequest): SimResponse {
    return answer(() => {
      const id = ticketIdParam(req.params.ticketId);
      const take = queryInt(req.query, 'take', DEFAULT_TAKE, 1, MAX_TAKE);
      const skip = queryInt(req.query, 'skip', 0, 0, MAX_INT32);
      const body = jsonBody(req);
      const types = body.action_types;
      if (!Array.isArray(types) || !types.every((t): t is string => typeof t === 'string')) {
        throw badRequest('action_types must be an array of action type values.');
      }
      const log = logs.get(id);
      if (!log) return fail(404, 'Ticket not found');
      const selected = types.length === 0 ? log : log.filter((e) => types.includes(e.actionType));
      return ok(selected.slice(skip, skip + take));
    });
  }

  function listTickets(req: SimRequest): SimResponse {
    return answer(() => {
      const body = jsonBody(req);
      const take = bodyInt(body, 'take', DEFAULT_TAKE, 1, MAX_TAKE);
      const skip = bodyInt(body, 'skip', 0, 0, MAX_INT32);
      const status = stringFilter(body, 'status');
      const source = stringFilter(body, 'source');
      const orderBy = stringFilter(body, 'orderBy') ?? LIST_ORDERS[0];
      if (!(LIST_ORDERS as readonly string[]).includes(orderBy)) throw badRequest(`Unknown orderBy: ${orderBy}`);
      let ids: Set<number> | undefined;
      const rawIds = body.ticketIds;
      if (rawIds !== undefined && rawIds !== null) {
        if (!Array.isArray(rawIds) || !rawIds.every((id) => Number.isInteger(id) && id > 0 && id <= MAX_INT32)) {
          throw badRequest('ticketIds must be an array of ticket ids.');
        }
        if (rawIds.length > MAX_TAKE) throw badRequest(`ticketIds can hold at most ${MAX_TAKE} ids.`);
        if (rawIds.length > 0) ids = new Set(rawIds as number[]);
      }
      // Creation time bounds, both inclusive; categoryId and customFields are accepted and ignored.
      const from = timeFilter(body, 'from');
      const to = timeFilter(body, 'to');
      const ordered = orderBy === 'last_thread_activity_asc' ? [...byActivity].reverse() : byActivity;
      const selected = ordered.filter(
        (t) =>
          (ids === undefined || ids.has(t.id)) &&
          (status === undefined || t.status === status) &&
          (source === undefined || t.source === source) &&
          (from === undefined || seed.tickets.get(t.id)!.creationTime.epochMs >= from) &&
          (to === undefined || seed.tickets.get(t.id)!.creationTime.epochMs <= to),
      );
      return ok(selected.slice(skip, skip + take));
    });
  }

  const server = await createSimServer({
    name: 'socialboards',
    errorBody,
    port: options.port,
    host: options.host,
    guard: (req, route) => {
      if (route.name === SOCIALBOARDS_ROUTES.token) return undefined;
      return accepted(bearer(req)) ? undefined : fail(401, 'Unauthorized');
    },
    routes: [
      { name: SOCIALBOARDS_ROUTES.token, method: 'POST', pattern: '/token', handle: issueToken },
      {
        name: SOCIALBOARDS_ROUTES.list,
        method: 'POST',
        pattern: '/tickets/list',
        handle: enveloped(SOCIALBOARDS_ROUTES.list, listTickets),
      },
      {
        name: SOCIALBOARDS_ROUTES.log,
        method: 'POST',
        pattern: '/tickets/{ticketId}/log',
        handle: enveloped(SOCIALBOARDS_ROUTES.log, ticketLog),
      },
    ],
  });

  const faults: SimFaults = {
    ...server.faults,
    clear: () => {
      server.faults.clear();
      envelopeErrors.clear();
    },
  };

  return {
    url: server.url,
    requests: server.requests,
    faults,
    count: server.count,
    resetRequests: server.resetRequests,
    close: server.close,
    seed,
    get refreshToken() {
      return refreshToken;
    },
    revokeIssuedTokens: () => issued.clear(),
    envelopeErrorNext: (route, count) => {
      if (route === SOCIALBOARDS_ROUTES.token) throw new Error('POST /token answers OAuth JSON, not an envelope');
      envelopeErrors.set(route, count);
    },
  };
}
