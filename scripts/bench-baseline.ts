import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';

/**
 * The floor `npm run bench` measures the gateway against: a hand-written server that answers the
 * benchmark's four queries (W1–W4, fixed; see BENCH_QUERIES in bench.ts) with the same JSON the
 * gateway gives, by fanning out to the sources with undici and `Promise.all` — no GraphQL, no
 * schema, no loaders, no checks beyond what these answers need. Run in a process of its own:
 * `node baseline.js` with ENNEO_URL, SOCIALBOARDS_URL, TRACKER_URL and the sandbox credentials in
 * the environment; it prints its port as one JSON line and answers `POST /W1` … `POST /W4`.
 */

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const ENNEO = new URL(env('ENNEO_URL'));
const SB = new URL(env('SOCIALBOARDS_URL'));
const TRACKER = new URL(env('TRACKER_URL'));
const ZONE = process.env.ENNEO_TIMEZONE ?? 'Europe/Berlin';
const CONNECTIONS = Number(process.env.UPSTREAM_CONNECTIONS ?? 64);

const pools = new Map<string, Pool>();
const poolOf = (url: URL) => {
  let pool = pools.get(url.origin);
  if (!pool) pools.set(url.origin, (pool = new Pool(url.origin, { connections: CONNECTIONS })));
  return pool;
};
const basePath = (url: URL) => url.pathname.replace(/\/$/, '');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}
async function call(
  base: URL,
  method: 'GET' | 'POST',
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Answer> {
  const r = await poolOf(base).request({ method, path: basePath(base) + path, headers, body });
  const text = await r.body.text();
  return { status: r.statusCode, headers: r.headers, body: text ? JSON.parse(text) : null };
}

const enneoHeaders = { accept: 'application/json', authorization: `Bearer ${env('ENNEO_TOKEN')}` };
const trackerHeaders = {
  accept: 'application/json',
  authorization: `OAuth ${env('TRACKER_TOKEN')}`,
  'x-org-id': env('TRACKER_ORG_ID'),
  'accept-language': 'en',
};
let sbToken = '';
async function sbLogin(): Promise<void> {
  const form = new URLSearchParams({
    grant_type: 'refresh_token',
    client_id: env('SOCIALBOARDS_CLIENT_ID'),
    refresh_token: env('SOCIALBOARDS_REFRESH_TOKEN'),
  });
  const answer = await call(SB, 'POST', '/token', { 'content-type': 'application/x-www-form-urlencoded' }, form.toString());
  sbToken = (answer.body as { access_token: string }).access_token;
}
const sbHeaders = () => ({ accept: 'application/json', authorization: `Bearer ${sbToken}`, 'content-type': 'application/json' });

// --- time: ISO with offsets (any fraction digits, `+0000` too) and zone-less local wall times ---
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})$/;
function isoMs(s: string): number {
  const m = ISO.exec(s)!;
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const utc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, ms);
  const z = m[8]!;
  if (z === 'Z') return utc;
  const sign = z[0] === '-' ? -1 : 1;
  const digits = z.slice(1).replace(':', '');
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}
const zoneFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
const offsets = new Map<number, number>();
/** The zone's offset at an instant, once per quarter hour. */
function offsetAt(instant: number): number {
  const bucket = Math.floor(instant / 900_000);
  let offset = offsets.get(bucket);
  if (offset === undefined) {
    const at = bucket * 900_000;
    const p = zoneFormat.formatToParts(at);
    const n = (i: number) => Number(p[i]!.value);
    offset = Date.UTC(n(4), n(0) - 1, n(2), n(6), n(8), n(10)) - at;
    offsets.set(bucket, offset);
  }
  return offset;
}
/** `YYYY-MM-DD HH:MM:SS` read in ZONE. */
function localMs(s: string): number {
  const wall = Date.UTC(
    +s.slice(0, 4),
    +s.slice(5, 7) - 1,
    +s.slice(8, 10),
    +s.slice(11, 13) || 0,
    +s.slice(14, 16) || 0,
    +s.slice(17, 19) || 0,
  );
  return wall - offsetAt(wall - offsetAt(wall));
}
const iso = (ms: number) => new Date(ms).toISOString();

// --- sources ---
interface EnneoWorklogWire {
  id: number;
  date: string;
  latestInteraction?: string | null;
  worklog: { userId: number | null; worklogId: number; latestInteraction?: string | null };
  time?: { duration?: number; segments?: { from: string }[] };
}
/** A timeline entry; `id` (the gateway's tie-breaker) is worked out only when two entries tie. */
interface Entry {
  at: number;
  source: string;
  id: () => string;
  ticket: string;
  actor: Promise<string | null> | string | null;
}
const lazy = (make: () => string) => {
  let value: string | undefined;
  return () => (value ??= make());
};

const profiles = () => {
  const cache = new Map<number, Promise<string | null>>();
  return (userId: number) => {
    let name = cache.get(userId);
    if (!name) {
      name = call(ENNEO, 'GET', `/profile/${userId}`, enneoHeaders).then((a) => {
        if (a.status === 404) return null;
        const p = a.body as { firstName?: string; lastName?: string; nameAlias?: string };
        return p.nameAlias || [p.firstName, p.lastName].filter(Boolean).join(' ') || null;
      });
      cache.set(userId, name);
    }
    return name;
  };
};

function enneoStart(w: EnneoWorklogWire): number {
  const segments = w.time?.segments ?? [];
  if (segments.length > 0) return Math.min(...segments.map((s) => isoMs(s.from)));
  const latest = w.latestInteraction ?? w.worklog.latestInteraction;
  if (latest && w.time?.duration != null) return isoMs(latest) - w.time.duration * 1000;
  return localMs(w.date);
}

async function enneoWorklogs(id: string): Promise<EnneoWorklogWire[]> {
  return (await call(ENNEO, 'GET', `/ticket/${id}/worklog`, enneoHeaders)).body as EnneoWorklogWire[];
}
async function enneoTitle(id: number | string): Promise<{ title: string | null } | null | Error> {
  const a = await call(ENNEO, 'GET', `/ticket/${id}?viewing=false`, enneoHeaders);
  if (a.status === 404) return null;
  if (a.status === 403) return new Error('403');
  return { title: (a.body as { subject: string | null }).subject ?? null };
}
interface SbEntry {
  time: string;
  actionType: string;
  actionString: string;
  user: { id: string; name: string | null } | null;
}
async function sbLog(id: string): Promise<SbEntry[]> {
  const all: SbEntry[] = [];
  for (let skip = 0; skip < 10_000; skip += 50) {
    const a = await call(SB, 'POST', `/tickets/${id}/log?take=50&skip=${skip}`, sbHeaders(), '{"action_types":[]}');
    const page = (a.body as { data: typeof all }).data;
    all.push(...page);
    if (page.length < 50) break;
  }
  return all;
}
async function trackerWorklogs(
  key: string,
): Promise<{ id: number; start: string; createdBy: { display: string | null } | null }[]> {
  const all: { id: number; start: string; createdBy: { display: string | null } | null }[] = [];
  let path: string | null = `/v3/issues/${key}/worklog?perPage=100`;
  for (let page = 0; path && page < 1000; page++) {
    const a = await call(TRACKER, 'GET', path, trackerHeaders);
    all.push(...(a.body as typeof all));
    const next = /<([^>]+)>;\s*rel="next"/.exec(String(a.headers.link ?? ''));
    path = next ? new URL(next[1]!).pathname.replace(basePath(TRACKER), '') + new URL(next[1]!).search : null;
  }
  return all;
}

/** Every entry of the refs, sorted as the gateway sorts a timeline (time, source, id). */
async function timeline(refs: [string, string][], withActor: boolean): Promise<Entry[]> {
  const profileName = profiles();
  const lists = await Promise.all(
    refs.map(async ([source, key]): Promise<Entry[]> => {
      if (source === 'ENNEO') {
        return (await enneoWorklogs(key)).map((w) => ({
          at: enneoStart(w),
          source,
          id: () => `${key}:${w.worklog.worklogId}`,
          ticket: key,
          actor: withActor && w.worklog.userId != null ? profileName(w.worklog.userId) : null,
        }));
      }
      if (source === 'SOCIALBOARDS') {
        // The gateway's id: 64 bits of sha256 over the entry's content (identical entries tie harmlessly).
        const sbId = (e: SbEntry) => () =>
          `${key}:${createHash('sha256')
            .update(JSON.stringify([Number(key), e.time, e.actionType, e.user?.id ?? null, e.actionString]))
            .digest('hex')
            .slice(0, 16)}`;
        return (await sbLog(key)).map((e) => ({
          at: isoMs(e.time),
          source,
          id: lazy(sbId(e)),
          ticket: key,
          actor: e.user ? e.user.name : null,
        }));
      }
      return (await trackerWorklogs(key)).map((w) => ({
        at: isoMs(w.start),
        source,
        id: () => `${key}:${w.id}`,
        ticket: key,
        actor: w.createdBy?.display ?? null,
      }));
    }),
  );
  const collator = new Intl.Collator('en', { numeric: true });
  return lists
    .flat()
    .sort(
      (a, b) =>
        a.at - b.at ||
        (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
        collator.compare(a.id(), b.id()) ||
        (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0),
    );
}

const workloads: Record<string, () => Promise<unknown>> = {
  async W1() {
    const entries = await timeline(
      [
        ['ENNEO', '8842'],
        ['SOCIALBOARDS', '5501'],
        ['TRACKER', 'PAY-12'],
      ],
      true,
    );
    const page = entries.slice(0, 50);
    const names = await Promise.all(page.map((e) => e.actor));
    return {
      data: {
        timeline: {
          totalCount: entries.length,
          edges: page.map((e, i) => ({
            node: { occurredAt: iso(e.at), source: e.source, actor: e.actor === null ? null : { name: names[i] } },
          })),
        },
      },
    };
  },
  async W2() {
    const refs: [string, string][] = [
      ...['8802', '8803', '8804', '8805', '8806', '8807', '8842'].map((k): [string, string] => ['ENNEO', k]),
      ...['5501', '5502', '5503', '5504', '5505', '5506', '5520'].map((k): [string, string] => ['SOCIALBOARDS', k]),
      ...['PAY-1', 'PAY-2', 'PAY-4', 'PAY-12', 'SUP-3', 'SUP-7'].map((k): [string, string] => ['TRACKER', k]),
    ];
    const entries = await timeline(refs, false);
    const page = entries.slice(0, 100);
    const wanted = (source: string) => [...new Set(page.filter((e) => e.source === source).map((e) => e.ticket))];
    const sbIds = wanted('SOCIALBOARDS').map(Number);
    const keys = wanted('TRACKER');
    const [enneo, sb, tracker] = await Promise.all([
      Promise.all(wanted('ENNEO').map(async (id) => [id, (await enneoTitle(id)) as { title: string | null }] as const)),
      sbIds.length === 0
        ? []
        : call(SB, 'POST', '/tickets/list', sbHeaders(), JSON.stringify({ ticketIds: sbIds, take: sbIds.length, skip: 0 })).then(
            (a) =>
              (a.body as { data: { id: number; title: string | null }[] }).data.map(
                (t) => [String(t.id), { title: t.title }] as const,
              ),
          ),
      keys.length === 0
        ? []
        : call(
            TRACKER,
            'POST',
            '/v3/issues/_search?perPage=100',
            { ...trackerHeaders, 'content-type': 'application/json' },
            JSON.stringify({ keys }),
          ).then((a) => (a.body as { key: string; summary: string | null }[]).map((t) => [t.key, { title: t.summary }] as const)),
    ]);
    const titles = new Map<string, { title: string | null }>([
      ...enneo.map(([k, v]) => [`ENNEO:${k}`, v] as const),
      ...sb.map(([k, v]) => [`SOCIALBOARDS:${k}`, v] as const),
      ...tracker.map(([k, v]) => [`TRACKER:${k}`, v] as const),
    ]);
    return {
      data: {
        timeline: {
          totalCount: entries.length,
          edges: page.map((e) => ({
            node: { occurredAt: iso(e.at), source: e.source, ticket: titles.get(`${e.source}:${e.ticket}`) ?? null },
          })),
        },
      },
    };
  },
  async W3() {
    const query =
      'format=json&limit=1000&offset=0&orderByField=date&orderByDirection=asc&filters%5B0%5D%5Bkey%5D=date&filters%5B0%5D%5Bcomparator%5D=between&filters%5B0%5D%5Bfrom%5D=2025-09-01&filters%5B0%5D%5Bto%5D=2025-11-30';
    const rows = (await call(ENNEO, 'GET', `/export/reporting_worklog?${query}`, enneoHeaders)).body as {
      date: string;
      duration: number;
      ticketId: number | null;
    }[];
    const ids = [...new Set(rows.map((r) => r.ticketId).filter((id): id is number => id !== null))];
    const titles = new Map(await Promise.all(ids.map(async (id) => [id, await enneoTitle(id)] as const)));
    const errors: unknown[] = [];
    const edges = rows.map((r, i) => {
      let ticket = r.ticketId === null ? null : titles.get(r.ticketId)!;
      if (ticket instanceof Error) {
        errors.push({
          message: 'enneo denied access (HTTP 403) for GET /ticket/{id}: the configured credentials lack permission',
          locations: [{ line: 1, column: W3_TICKET_COLUMN }],
          path: ['worklogReport', 'edges', i, 'node', 'ticket'],
          extensions: { code: 'UPSTREAM_UNAUTHORIZED', source: 'ENNEO', status: 403 },
        });
        ticket = null;
      }
      return { node: { date: iso(localMs(r.date)), durationSeconds: r.duration, ticket } };
    });
    const data = { worklogReport: { edges } };
    return errors.length > 0 ? { errors, data } : { data };
  },
  async W4() {
    const profileName = profiles();
    const [ticket, worklogs] = await Promise.all([enneoTitle('8842'), enneoWorklogs('8842')]);
    if (ticket === null || ticket instanceof Error) return { data: { ticket: null } };
    const sorted = worklogs
      .map((w) => ({ w, at: enneoStart(w) }))
      .sort((a, b) => a.at - b.at || a.w.worklog.worklogId - b.w.worklog.worklogId)
      .slice(0, 50);
    const names = await Promise.all(sorted.map(({ w }) => (w.worklog.userId == null ? null : profileName(w.worklog.userId))));
    return {
      data: {
        ticket: {
          title: ticket.title,
          worklogs: {
            edges: sorted.map(({ w, at }, i) => ({
              node: {
                startedAt: iso(at),
                durationSeconds: w.time?.duration ?? null,
                author: w.worklog.userId == null ? null : { name: names[i] },
              },
            })),
          },
        },
      },
    };
  },
};
/** Where `ticket` stands in W3's query text (bench.ts), for the error's `locations`. */
const W3_TICKET_COLUMN = Number(process.env.BENCH_W3_TICKET_COLUMN ?? 0);

await sbLogin();
const server = createServer((req, res) => {
  const run = workloads[(req.url ?? '').slice(1)];
  req.resume();
  req.on('end', () => {
    if (!run) {
      res.writeHead(404).end();
      return;
    }
    run().then(
      (answer) => {
        const body = JSON.stringify(answer);
        res
          .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) })
          .end(body);
      },
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  });
});
server.listen(0, '127.0.0.1', () =>
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`),
);
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
