import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The shared machinery of the sandbox simulators: a real `node:http` server with a tiny router,
 * a log of every request (with start and end times, for batching and overlap proofs), and fault
 * knobs that tests and demos turn (delay, fail the next N calls, malformed bodies, hang, trickle a
 * body one byte at a time, rewrite a JSON body).
 * Each simulator (`enneo.ts`, …) only declares its routes and its contract checks.
 */

/** What a route handler answers. `json` is serialised; `text` is sent as is. */
export interface SimResponse {
  status?: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export interface SimRequest {
  method: string;
  /** Path below the simulator's base path, e.g. `/ticket/12/worklog`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Raw request body (empty string when none). */
  body: string;
}

export interface SimRoute {
  /** Stable route name used by counters and fault knobs, e.g. `GET /ticket/{id}/worklog`. */
  name: string;
  method: 'GET' | 'POST';
  /** Path pattern below the base path; `{name}` segments become `params.name`. */
  pattern: string;
  handle: (req: SimRequest) => SimResponse | Promise<SimResponse>;
}

/** One request as the simulator saw it. Times are `performance.now()` milliseconds. */
export interface RecordedRequest {
  route: string;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
  startedAt: number;
  endedAt?: number;
  status?: number;
}

/** A fault to inject into matching requests; `route` `*` matches every route. */
export interface FailNext {
  /** How many of the next matching requests fail. */
  count: number;
  status: number;
  /** Sent as the `Retry-After` header when set. */
  retryAfter?: string;
  /** Body to send; defaults to the simulator's error envelope for that status. */
  body?: string;
}

export interface SimFaults {
  /** Delay every matching request by this many milliseconds before it is handled. */
  delay(route: string, ms: number): void;
  /** Fail the next `count` matching requests with `status` (and optional `Retry-After`). */
  failNext(route: string, fault: FailNext): void;
  /** Answer the next `count` matching requests with a 200 whose body is not valid JSON. */
  malformedNext(route: string, count: number): void;
  /**
   * Never answer matching requests: the request is read, then nothing is sent until the client
   * gives up (or the simulator closes). A source that hangs.
   */
  hang(route: string): void;
  /**
   * Send matching answers' headers at once, then the body one byte every `intervalMs`
   * (default 1000: one byte a second). A source whose body never seems to end.
   */
  trickle(route: string, intervalMs?: number): void;
  /**
   * Rewrite the JSON body of matching successful answers before it is sent (huge numbers, odd
   * durations, fields a source might send one day). `rewrite` gets the parsed body and returns
   * the body to send; it stays in force until `clear`.
   */
  rewrite(route: string, rewrite: (json: unknown) => unknown): void;
  /** Remove every fault. */
  clear(): void;
}

export interface SimServer {
  /** Base URL including the base path, e.g. `http://127.0.0.1:41234/api/mind`. */
  readonly url: string;
  readonly requests: readonly RecordedRequest[];
  readonly faults: SimFaults;
  /** Number of requests seen, for one route name or all of them. */
  count(route?: string): number;
  /** Forget the request log (faults stay). */
  resetRequests(): void;
  close(): Promise<void>;
}

export interface SimServerOptions {
  /** Label used in error envelopes and logs. */
  name: string;
  /** Path prefix every route lives under, e.g. `/api/mind`. Default: none. */
  basePath?: string;
  routes: SimRoute[];
  /** Builds the body of an injected or contract error for this API (its error envelope). */
  errorBody: (status: number, message: string) => unknown;
  /** Called before routing; return a response to refuse the request (auth checks). */
  guard?: (req: SimRequest, route: SimRoute) => SimResponse | undefined;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  host?: string;
}

interface CompiledRoute {
  route: SimRoute;
  regex: RegExp;
  keys: string[];
}

function compile(route: SimRoute): CompiledRoute {
  const keys: string[] = [];
  const source = route.pattern
    .split('/')
    .map((segment) => {
      const match = /^\{(\w+)\}$/.exec(segment);
      if (!match) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      keys.push(match[1]!);
      return '([^/]+)';
    })
    .join('/');
  return { route, regex: new RegExp(`^${source}/?$`), keys };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a simulator server; resolves once it is listening. */
export async function createSimServer(options: SimServerOptions): Promise<SimServer> {
  const basePath = options.basePath ?? '';
  const compiled = options.routes.map(compile);
  const requests: RecordedRequest[] = [];
  const delays = new Map<string, number>();
  const failures = new Map<string, FailNext[]>();
  const malformed = new Map<string, number>();
  const hung = new Set<string>();
  const trickled = new Map<string, number>();
  const rewrites = new Map<string, (json: unknown) => unknown>();

  const matches = (key: string, route: string) => key === '*' || key === route;

  function takeFailure(route: string): FailNext | undefined {
    for (const [key, queue] of failures) {
      if (!matches(key, route)) continue;
      const head = queue[0];
      if (!head) continue;
      head.count -= 1;
      if (head.count <= 0) queue.shift();
      return head;
    }
    return undefined;
  }

  function takeMalformed(route: string): boolean {
    for (const [key, left] of malformed) {
      if (matches(key, route) && left > 0) {
        malformed.set(key, left - 1);
        return true;
      }
    }
    return false;
  }

  function delayFor(route: string): number {
    let ms = 0;
    for (const [key, value] of delays) if (matches(key, route)) ms = Math.max(ms, value);
    return ms;
  }

  function firstMatch<T>(map: Map<string, T>, route: string): T | undefined {
    for (const [key, value] of map) if (matches(key, route)) return value;
    return undefined;
  }

  /** Writes `payload` one byte per `intervalMs`; stops when the client goes away. Bounded by its length. */
  async function trickleBody(res: ServerResponse, payload: Buffer, intervalMs: number): Promise<void> {
    for (let i = 0; i < payload.length && !res.destroyed; i += 1) {
      res.write(payload.subarray(i, i + 1));
      await sleep(intervalMs);
    }
    if (!res.destroyed) res.end();
  }

  function send(res: ServerResponse, answer: SimResponse, route?: string): number {
    const status = answer.status ?? 200;
    const headers: Record<string, string> = { ...answer.headers };
    let payload = '';
    const rewrite = route !== undefined && status < 300 ? firstMatch(rewrites, route) : undefined;
    if (answer.text !== undefined) {
      payload = answer.text;
      headers['content-type'] ??= 'text/plain; charset=utf-8';
    } else if (answer.json !== undefined) {
      payload = JSON.stringify(rewrite ? rewrite(structuredClone(answer.json)) : answer.json);
      headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    const interval = route === undefined ? undefined : firstMatch(trickled, route);
    if (interval !== undefined) {
      const body = Buffer.from(payload, 'utf8');
      res.writeHead(status, { ...headers, 'content-length': String(body.length) });
      void trickleBody(res, body, interval);
      return status;
    }
    res.writeHead(status, headers);
    res.end(payload);
    return status;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = performance.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://sim.invalid');
    const method = req.method ?? 'GET';
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || '/' : '';

    let found: { route: SimRoute; params: Record<string, string> } | undefined;
    for (const entry of compiled) {
      if (entry.route.method !== method) continue;
      const match = entry.regex.exec(path);
      if (!match) continue;
      const params: Record<string, string> = {};
      entry.keys.forEach((key, i) => (params[key] = decodeURIComponent(match[i + 1]!)));
      found = { route: entry.route, params };
      break;
    }

    const record: RecordedRequest = {
      route: found?.route.name ?? `${method} (unknown)`,
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      startedAt,
    };
    requests.push(record);

    const finish = (answer: SimResponse) => {
      record.status = send(res, answer, found?.route.name);
      record.endedAt = performance.now();
    };

    if (!found) {
      finish({ status: 404, json: options.errorBody(404, `No route for ${method} ${url.pathname}`) });
      return;
    }

    const simRequest: SimRequest = {
      method,
      path,
      params: found.params,
      query: url.searchParams,
      headers: req.headers,
      body: record.body,
    };

    const wait = delayFor(found.route.name);
    if (wait > 0) await sleep(wait);
    if (res.destroyed) {
      record.endedAt = performance.now();
      return;
    }

    if ([...hung].some((key) => matches(key, found.route.name))) {
      // Hold the request open until the client (or `close`) ends the connection.
      await new Promise<void>((resolve) => res.once('close', () => resolve()));
      record.endedAt = performance.now();
      return;
    }

    const refused = options.guard?.(simRequest, found.route);
    if (refused) return finish(refused);

    const failure = takeFailure(found.route.name);
    if (failure) {
      return finish({
        status: failure.status,
        headers: failure.retryAfter === undefined ? {} : { 'retry-after': failure.retryAfter },
        ...(failure.body === undefined
          ? { json: options.errorBody(failure.status, `Injected failure ${failure.status}`) }
          : { text: failure.body }),
      });
    }
    if (takeMalformed(found.route.name)) {
      return finish({
        status: 200,
        text: '{"truncated": [',
        headers: { 'content-type': 'application/json' },
      });
    }

    try {
      finish(await found.route.handle(simRequest));
    } catch (error) {
      finish({ status: 500, json: options.errorBody(500, (error as Error).message) });
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}${basePath}`,
    requests,
    faults: {
      delay: (route, ms) => void delays.set(route, ms),
      failNext: (route, fault) => {
        const queue = failures.get(route) ?? [];
        queue.push({ ...fault });
        failures.set(route, queue);
      },
      malformedNext: (route, count) => void malformed.set(route, count),
      hang: (route) => void hung.add(route),
      trickle: (route, intervalMs = 1_000) => void trickled.set(route, intervalMs),
      rewrite: (route, rewrite) => void rewrites.set(route, rewrite),
      clear: () => {
        delays.clear();
        failures.clear();
        malformed.clear();
        hung.clear();
        trickled.clear();
        rewrites.clear();
      },
    },
    count: (route) => (route ? requests.filter((r) => r.route === route).length : requests.length),
    resetRequests: () => void requests.splice(0, requests.length),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
