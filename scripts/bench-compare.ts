import { performance } from 'node:perf_hooks';
import {
  buildDist,
  type Contender,
  cpuMs,
  rssMiB,
  rssPeak,
  type Sims,
  startBaseline,
  startGateway,
  startSims,
} from './bench-processes.js';

/**
 * `npm run bench` (default part): the gateway (`node dist/index.js`) beside the hand-written
 * undici fan-out of scripts/bench-baseline.ts, each in its own process, the simulators in a third,
 * on four workloads. Per workload and contender: upstream calls per request, round trips at
 * UPSTREAM_DELAY_MS (mean latency of sequential requests ÷ the delay), CPU ms per request and
 * req/s and p99 at BENCH_CONCURRENCY (50) clients with instant sources, peak RSS during that load,
 * and gateway ÷ baseline; then whether both gave the same JSON (the golden-answer check). Figures,
 * never assertions.
 */

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const DELAY = Number(process.env.UPSTREAM_DELAY_MS ?? 50);
const SEQUENTIAL = 8;
/** BENCH_WORKLOADS=W1,W3 runs only those. */
const ONLY = (process.env.BENCH_WORKLOADS ?? '').split(',').filter(Boolean);

const refs = (source: string, keys: string[]) => keys.map((key) => `{ source: ${source}, key: "${key}" }`).join(' ');
const TWENTY_REFS = [
  refs('ENNEO', ['8802', '8803', '8804', '8805', '8806', '8807', '8842']),
  refs('SOCIALBOARDS', ['5501', '5502', '5503', '5504', '5505', '5506', '5520']),
  refs('TRACKER', ['PAY-1', 'PAY-2', 'PAY-4', 'PAY-12', 'SUP-3', 'SUP-7']),
].join(' ');

/** The four workloads; bench-baseline.ts answers exactly these. */
export const BENCH_QUERIES: Record<string, { label: string; query: string; minimum: { calls: number; roundTrips: number } }> = {
  W1: {
    label: 'case timeline, 3 sources',
    query: `{ timeline(refs: [${refs('ENNEO', ['8842'])} ${refs('SOCIALBOARDS', ['5501'])} ${refs('TRACKER', ['PAY-12'])}], first: 50) { totalCount edges { node { occurredAt source actor { name } } } } }`,
    minimum: { calls: 5, roundTrips: 2 },
  },
  W2: {
    label: '20-ref timeline, titles',
    query: `{ timeline(refs: [${TWENTY_REFS}], first: 100) { totalCount edges { node { occurredAt source ticket { title } } } } }`,
    minimum: { calls: 29, roundTrips: 4 },
  },
  W3: {
    label: 'report 1000 rows, titles',
    query: `{ worklogReport(filter: { from: "2025-09-01", to: "2025-11-30" }, first: 1000) { edges { node { date durationSeconds ticket { title } } } } }`,
    minimum: { calls: 101, roundTrips: 2 },
  },
  W4: {
    label: 'ticket, worklogs, authors',
    query: `{ ticket(source: ENNEO, key: "8842") { title worklogs(first: 50) { edges { node { startedAt durationSeconds author { name } } } } } }`,
    minimum: { calls: 4, roundTrips: 2 },
  },
};

interface Figures {
  calls: number;
  roundTrips: number;
  cpuMs: number;
  rps: number;
  p99: number;
  peakMiB: number;
  answer: string;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

async function measure(sims: Sims, c: Contender, path: string, body: string): Promise<Figures> {
  const post = async () => {
    const { status, text } = await c.post(path, body);
    if (status !== 200) throw new Error(`${c.name} ${path}: ${status} ${text.slice(0, 300)}`);
    return text;
  };
  await sims.command('delay 0');
  let answer = '';
  for (let i = 0; i < 20; i++) answer = await post(); // warm-up: token, connections, JIT

  await sims.command('reset');
  for (let i = 0; i < SEQUENTIAL; i++) await post();
  const calls = sum(await sims.command('counts')) / SEQUENTIAL;

  await sims.command(`delay ${DELAY}`);
  let waited = 0;
  for (let i = 0; i < SEQUENTIAL; i++) {
    const t0 = performance.now();
    await post();
    waited += performance.now() - t0;
  }
  await sims.command('delay 0');

  const latencies: number[] = [];
  let next = 0;
  const stopRss = rssPeak(c.pid);
  const cpu0 = cpuMs(c.pid);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next += 1;
        const t0 = performance.now();
        await post();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuMs(c.pid) - cpu0;
  latencies.sort((a, b) => a - b);
  return {
    calls,
    roundTrips: waited / SEQUENTIAL / DELAY,
    cpuMs: cpu / REQUESTS,
    rps: REQUESTS / seconds,
    p99: latencies[Math.min(latencies.length - 1, Math.floor(0.99 * latencies.length))]!,
    peakMiB: stopRss(),
    answer,
  };
}

/** Where two answers part, with some context, for a golden-answer check that failed. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at byte ${i}: gateway …${a.slice(Math.max(0, i - 60), i + 60)}… baseline …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

/** Answered by graphql-js alone: what every request costs before a resolver of ours runs. */
const FLOOR_QUERY = '{ __typename }';

const COLUMNS = ['calls', 'trips', 'CPU ms', 'req/s', 'p99 ms', 'RSS MiB'];
const cells = (values: (number | string)[], digits: number[]) =>
  values.map((v, i) => (typeof v === 'string' ? v : v.toFixed(digits[i])).padStart(9)).join('');

export async function compareWithBaseline(): Promise<void> {
  buildDist();
  const sims = await startSims();
  const w3 = BENCH_QUERIES.W3!.query;
  const contenders = [
    await startGateway(sims.urls),
    await startBaseline(sims.urls, { BENCH_W3_TICKET_COLUMN: String(w3.indexOf('ticket {') + 1) }),
  ];
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const idle = contenders.map((c) => `${c.name} ${rssMiB(c.pid).toFixed(1)} MiB`).join(', ');
  const results: Record<string, Figures[]> = {};
  let floor: Figures | undefined;
  try {
    for (const [id, w] of Object.entries(BENCH_QUERIES)) {
      if (ONLY.length > 0 && !ONLY.includes(id)) continue;
      const [gateway, baseline] = contenders as [Contender, Contender];
      results[id] = [
        await measure(sims, gateway, '/graphql', JSON.stringify({ query: w.query })),
        await measure(sims, baseline, `/${id}`, '{}'),
      ];
    }
    // The stack's own cost: a query no resolver of ours answers (yoga, envelop plugins, graphql-js, HTTP).
    floor = await measure(sims, contenders[0]!, '/graphql', JSON.stringify({ query: FLOOR_QUERY }));
  } finally {
    for (const c of contenders) await c.close();
    await sims.close();
  }
  console.log(
    `\ngateway (node dist/index.js) beside the hand-written undici fan-out (scripts/bench-baseline.ts), simulators in a third process`,
  );
  console.log(`calls: upstream calls per request · trips: mean latency of sequential requests ÷ ${DELAY} ms upstream delay`);
  console.log(`CPU ms per request, req/s, p99 and peak RSS: ${REQUESTS} requests, ${CONCURRENCY} at a time, instant sources`);
  console.log(`idle RSS after start: ${idle}\n`);
  console.log('workload'.padEnd(38), ...COLUMNS.map((c) => c.padStart(8)), '  same JSON');
  const digits = [1, 2, 2, 0, 1, 1];
  for (const [id, w] of Object.entries(BENCH_QUERIES)) {
    if (!results[id]) continue;
    const [g, b] = results[id];
    const row = (f: Figures) => [f.calls, f.roundTrips, f.cpuMs, f.rps, f.p99, f.peakMiB];
    console.log(
      `${id} ${w.label} — gateway`.padEnd(38),
      cells(row(g!), digits),
      g!.answer === b!.answer ? '  yes' : `  NO: ${firstDifference(g!.answer, b!.answer)}`,
    );
    console.log(
      `${''.padEnd(3)}minimum ${w.minimum.calls} calls, ${w.minimum.roundTrips} trips — baseline`.padEnd(38),
      cells(row(b!), digits),
    );
    console.log(
      `${''.padEnd(3)}gateway ÷ baseline`.padEnd(38),
      cells(
        row(g!).map((v, i) => v / row(b!)[i]!),
        [2, 2, 2, 2, 2, 2],
      ),
    );
  }
  if (floor) {
    console.log(
      `\nthe gateway's floor, ${FLOOR_QUERY} (no upstream call, no resolver of ours): ${floor.cpuMs.toFixed(2)} CPU ms per request, ${floor.rps.toFixed(0)} req/s`,
    );
    for (const [id, [, b]] of Object.entries(results)) {
      console.log(
        `   floor ÷ ${id} baseline CPU ${(floor.cpuMs / b!.cpuMs).toFixed(2)} (the 1.5× target leaves ${(1.5 * b!.cpuMs).toFixed(2)} ms for everything)`,
      );
    }
  }
}
