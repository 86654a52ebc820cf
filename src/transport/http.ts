import type { IncomingHttpHeaders } from 'node:http';
import { Pool } from 'undici';
import { type Clock, systemClock } from '../clock.js';
import type { HttpConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { currentDeadline, type Deadline } from './deadline.js';
import { UpstreamError } from './errors.js';
import { type Source, sourceLabel } from '../sources/source.js';

/**
 * Every transport concern in one place: one undici `Pool` per origin (keep-alive, bounded
 * connections), connect/headers/body timeouts, bounded retries with exponential backoff and full
 * jitter for reads, `Retry-After` honoured up to a cap, and every failure turned into an
 * `UpstreamError`. Upstream clients only say which path to call and what to do with the answer.
 * Every call also draws on its GraphQL request's budget (`deadline.ts`): the budget aborts it
 * wherever it is (queued for a connection, waiting, reading) and decides whether a retry starts.
 */

export interface HttpRequest {
  method: 'GET' | 'POST';
  /** Path below the source's base URL, with path parameters already `encodeURIComponent`ed. */
  path: string;
  /** Route template used in messages and logs (no ids, no secrets), e.g. `GET /ticket/{id}`. */
  route: string;
  query?: URLSearchParams;
  /** JSON request body. */
  json?: unknown;
  /** `application/x-www-form-urlencoded` request body. */
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** Whether transient failures may be retried. Default: true for GET, false for POST. */
  idempotent?: boolean;
  /** Statuses handed back to the caller instead of thrown, e.g. `[404]`. */
  passStatuses?: readonly number[];
  /** Send without the source's credentials (the token endpoint itself). */
  anonymous?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as text; parse with `parseJson`. */
  text: string;
}

/** Supplies credentials per request and, for renewable ones, renews after a 401. */
export interface Authenticator {
  headers(): Promise<Record<string, string>> | Record<string, string>;
  /**
   * Renew the credentials after a 401; resolve true when the request should be sent once more.
   * `rejected` are the headers `headers()` gave the request that was refused: when the current
   * credentials already differ, another request has renewed them meanwhile, so many concurrent
   * 401s share one renewal instead of each starting its own.
   */
  renew?(rejected: Record<string, string>): Promise<boolean>;
}

export interface HttpClient {
  readonly source: Source;
  request(req: HttpRequest): Promise<HttpResponse>;
}

export interface HttpClientOptions {
  source: Source;
  /** Base URL including any path prefix, e.g. `https://demo.enneo.ai/api/mind`. */
  baseUrl: string;
  auth?: Authenticator;
  /** Extra headers on every request of this source (e.g. Tracker's organisation header). */
  headers?: Record<string, string>;
}

/**
 * The transport's instrumentation hook: logs, metrics and traces (`src/observability/`) watch each
 * attempt through it, so none of them is written into the retry loop itself.
 */
export interface HttpObserver {
  /** Before each attempt is sent; the headers it returns go along (e.g. W3C `traceparent`). */
  attempt(info: { source: Source; route: string; method: string; attempt: number }): AttemptObservation;
  /**
   * An attempt failed: `error` is what the caller gets if nothing follows, `retrying` says whether
   * another attempt (a retry or a renewal of credentials) follows.
   */
  failure(info: {
    source: Source;
    route: string;
    attempt: number;
    error: UpstreamError;
    cause?: string;
    retrying: boolean;
  }): void;
}

export interface AttemptObservation {
  headers?: Record<string, string>;
  /** The attempt ended: with an HTTP status, or with status 0 and the network error. */
  end(status: number, error?: unknown): void;
}

/** Hard cap on one upstream body; a larger answer is a bad response, not an out-of-memory. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** Longest exponential backoff step, whatever the attempt number. */
const MAX_BACKOFF_MS = 5_000;
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const RETRY_NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/**
 * The three HTTP-date forms (RFC 9110 §5.6.7): IMF-fixdate, obsolete RFC 850 and asctime. Anything
 * else is unreadable: `Date.parse` alone would read garbage such as "-1" or "1.5" as a date in 2001
 * (so "retry at once", skipping the backoff) and asctime in the local zone instead of GMT.
 */
const IMF_OR_RFC850_DATE =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d{2}-[A-Z][a-z]{2}-\d{2}) \d{2}:\d{2}:\d{2} GMT$/;
const ASCTIME_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/;

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (/^\d+$/.test(raw)) return Number(raw) * 1000;
  const date = IMF_OR_RFC850_DATE.test(raw) ? Date.parse(raw) : ASCTIME_DATE.test(raw) ? Date.parse(`${raw} GMT`) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Full-jitter exponential backoff (AWS architecture blog): uniform in [0, base·2^attempt]. */
export function backoffDelay(attempt: number, baseMs: number, random = Math.random): number {
  return Math.round(random() * Math.min(MAX_BACKOFF_MS, baseMs * 2 ** attempt));
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause && cause !== error ? errorCode(cause) : undefined;
}

function networkError(source: Source, route: string, error: unknown, attempts: number): UpstreamError {
  const code = errorCode(error);
  const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return UpstreamError.timedOut(source, route, `in time${tries}`, error);
  }
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') {
    return UpstreamError.badResponse(source, route, 'the response is larger than the gateway accepts');
  }
  return UpstreamError.unreachable(source, route, `${tries}${code ? ` (${code})` : ''}`, error);
}

/** Parses a JSON body or throws `UPSTREAM_BAD_RESPONSE`. */
export function parseJson(source: Source, route: string, response: HttpResponse): unknown {
  try {
    return JSON.parse(response.text);
  } catch {
    const type = String(response.headers['content-type'] ?? 'no content type').split(';')[0];
    throw UpstreamError.badResponse(source, route, `the body is not valid JSON (${type})`, response.status);
  }
}

/** Owns the pools: one per origin, created on first use, closed together at shutdown. */
export interface HttpTransport {
  client(options: HttpClientOptions): HttpClient;
  close(): Promise<void>;
  /** Queue depth and activity of every pool, for metrics. */
  stats(): { origin: string; queued: number; running: number; connected: number }[];
}

/**
 * `observer` watches every attempt (logs, metrics, traces); `clock` times the waits between
 * retries (backoff, `Retry-After`). Default: the real clock.
 */
export function createHttpTransport(
  config: HttpConfig,
  logger: Logger,
  observer?: HttpObserver,
  clock: Clock = systemClock,
): HttpTransport {
  const pools = new Map<string, Pool>();

  function poolFor(origin: string): Pool {
    let pool = pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, {
        connections: config.connections,
        connectTimeout: config.connectTimeoutMs,
        headersTimeout: config.headersTimeoutMs,
        bodyTimeout: config.bodyTimeoutMs,
        keepAliveTimeout: 30_000,
        maxResponseSize: MAX_RESPONSE_BYTES,
      });
      pools.set(origin, pool);
    }
    return pool;
  }

  function client(options: HttpClientOptions): HttpClient {
    const base = new URL(options.baseUrl);
    const basePath = base.pathname.replace(/\/+$/, '');
    const pool = poolFor(base.origin);
    const { source } = options;

    /** Sends once; also hands back the credentials it was sent with, for `Authenticator.renew`. */
    async function send(
      req: HttpRequest,
      attempt: number,
      deadline: Deadline | undefined,
    ): Promise<{ response: HttpResponse; credentials: Record<string, string> }> {
      const pending = req.anonymous ? undefined : options.auth?.headers();
      // A renewal shared with other requests cannot be cancelled; this request stops waiting for it.
      const credentials =
        (deadline && pending ? await deadline.race(Promise.resolve(pending), source, req.route) : await pending) ?? {};
      const headers: Record<string, string> = {
        accept: 'application/json',
        'user-agent': 'ticketlog-gateway',
        ...options.headers,
        ...credentials,
        ...req.headers,
      };
      const observation = observer?.attempt({ source, route: req.route, method: req.method, attempt });
      Object.assign(headers, observation?.headers);
      let body: string | undefined;
      if (req.json !== undefined) {
        body = JSON.stringify(req.json);
        headers['content-type'] = 'application/json';
      } else if (req.form !== undefined) {
        body = new URLSearchParams(req.form).toString();
        headers['content-type'] = 'application/x-www-form-urlencoded';
      }
      const query = req.query?.toString();
      const exchange = async () => {
        const res = await pool.request({
          method: req.method,
          path: `${basePath}${req.path}${query ? `?${query}` : ''}`,
          headers,
          body,
          signal: deadline?.signal,
        });
        return { res, text: await res.body.text() };
      };
      let answer: { res: Awaited<ReturnType<Pool['request']>>; text: string };
      try {
        // The signal aborts a request on a connection at once, but one still queued for a pooled
        // connection only when it is finally dispatched; the race answers that one at the deadline too.
        answer = await (deadline ? deadline.race(exchange(), source, req.route) : exchange());
      } catch (error) {
        observation?.end(0, error);
        throw error;
      }
      const { res, text } = answer;
      observation?.end(res.statusCode);
      return { response: { status: res.statusCode, headers: res.headers, text }, credentials };
    }

    async function request(req: HttpRequest): Promise<HttpResponse> {
      const idempotent = req.idempotent ?? req.method === 'GET';
      const maxAttempts = idempotent ? config.retries + 1 : 1;
      const deadline = currentDeadline();
      let renewed = false;

      /**
       * Whether a retry after waiting `ms` fits: the request's remaining budget must cover the
       * wait plus one more attempt as long as the last one.
       */
      function fits(ms: number, lastAttemptMs: number): boolean {
        if (!deadline || deadline.remainingMs() >= ms + lastAttemptMs) return true;
        logger.debug(`${sourceLabel(source)} ${req.route}: no retry, the request's time budget cannot cover it`);
        return false;
      }
      /** The wait before a retry (cut short, harmlessly, if the budget ends first). */
      const pause = (ms: number) => (deadline ? deadline.sleep(ms, (n) => clock.sleep(n)) : clock.sleep(ms));

      for (let attempt = 1; ; attempt += 1) {
        if (deadline?.expired) throw deadline.timeoutError(source, req.route);
        let response: HttpResponse;
        let credentials: Record<string, string>;
        const attemptStarted = performance.now();
        const attemptMs = () => performance.now() - attemptStarted;
        try {
          ({ response, credentials } = await send(req, attempt, deadline));
        } catch (error) {
          if (deadline?.expired) {
            const timeout = deadline.timeoutError(source, req.route, error);
            observer?.failure({ source, route: req.route, attempt, error: timeout, cause: errorCode(error), retrying: false });
            throw timeout;
          }
          if (error instanceof UpstreamError) throw error;
          const code = errorCode(error);
          const delay = backoffDelay(attempt - 1, config.retryBaseDelayMs);
          const retrying =
            attempt < maxAttempts && code !== undefined && RETRY_NETWORK_CODES.has(code) && fits(delay, attemptMs());
          observer?.failure({
            source,
            route: req.route,
            attempt,
            error: networkError(source, req.route, error, attempt),
            cause: code,
            retrying,
          });
          if (retrying) {
            await pause(delay);
            continue;
          }
          throw networkError(source, req.route, error, attempt);
        }

        const { status } = response;
        if ((status >= 200 && status < 300) || req.passStatuses?.includes(status)) return response;

        const fail = (retrying: boolean) =>
          observer?.failure({
            source,
            route: req.route,
            attempt,
            error: UpstreamError.fromResponse(source, status, req.route, attempt),
            retrying,
          });
        if (status === 401 && !renewed && !req.anonymous && options.auth?.renew) {
          renewed = true;
          fail(true);
          const renewal = options.auth.renew(credentials);
          if (await (deadline ? deadline.race(renewal, source, req.route) : renewal)) {
            attempt -= 1; // a renewal is not a retry of a failing source
            continue;
          }
        }

        if (attempt < maxAttempts && RETRY_STATUSES.has(status)) {
          const retryAfter = parseRetryAfter(response.headers['retry-after'], clock.now());
          const wait = retryAfter ?? backoffDelay(attempt - 1, config.retryBaseDelayMs);
          if (retryAfter !== undefined && retryAfter > config.maxRetryAfterMs) {
            logger.warn(
              `${sourceLabel(source)} asked to wait ${retryAfter} ms for ${req.route}, longer than UPSTREAM_MAX_RETRY_AFTER_MS`,
            );
          } else if (fits(wait, attemptMs())) {
            fail(true);
            await pause(wait);
            continue;
          }
        }
        fail(false);
        throw UpstreamError.fromResponse(source, status, req.route, attempt);
      }
    }

    return { source, request };
  }

  return {
    client,
    close: async () => {
      await Promise.all([...pools.values()].map((pool) => pool.close()));
      pools.clear();
    },
    stats: () =>
      [...pools].map(([origin, pool]) => ({
        origin,
        queued: pool.stats.queued,
        running: pool.stats.running,
        connected: pool.stats.connected,
      })),
  };
}
