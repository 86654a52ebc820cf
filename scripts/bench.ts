import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { createGateway } from '../src/gateway.js';
import { silentLogger } from '../src/logger.js';
import { SANDBOX_CREDENTIALS } from '../src/sandbox/index.js';
import { createUpstreams } from '../src/upstreams/index.js';
import { startStack } from '../test/support/stack.js';

/**
 * `npm run bench`: the gateway and its simulators on real ports, driven by concurrent clients.
 * Prints, per operation, latency percentiles, throughput and upstream calls per request — once
 * with instant sources (the gateway's own overhead) and once with every source answering after
 * UPSTREAM_DELAY_MS (default 50 ms), where wall time shows how many upstream round trips a request
 * waits for in sequence. A third run makes Tracker hang and sends BENCH_HANG_QUERIES (default 50)
 * queries at once under REQUEST_TIMEOUT_MS=BENCH_DEADLINE_MS (default 2000): its latency
 * distribution shows every answer arriving at the deadline, not after the queue for Tracker's
 * pooled connections drains. Figures, not assertions: machines here are shared and noisy.
 *
 * Env: BENCH_REQUESTS (default 200 per operation), BENCH_CONCURRENCY (default 10), UPSTREAM_DELAY_MS,
 * BENCH_HANG_QUERIES, BENCH_DEADLINE_MS.
 *
 * `npm run bench -- --time-report`: one year's time report over BENCH_EXPORT_ROWS (default
 * 300,000) enneo export rows and BENCH_WORKLOGS (default 50,000) Tracker worklogs, with the
 * simulators in a child process; prints the time taken, upstream calls and the gateway process's
 * peak RSS (the target is at most 300 MiB: aggregation holds groups, never the rows).
 */

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const DELAY = Number(process.env.UPSTREAM_DELAY_MS ?? 50);
const HANG_QUERIES = Number(process.env.BENCH_HANG_QUERIES ?? 50);
const DEADLINE_MS = Number(process.env.BENCH_DEADLINE_MS ?? 2000);

const refs = (source: string, keys: string[]) => keys.map((key) => `{ source: ${source}, key: "${key}" }`).join(' ');
const TWENTY_REFS = [
  refs('ENNEO', ['8802', '8803', '8804', '8805', '8806', '8807', '8842']),
  refs('SOCIALBOARDS', ['5501', '5502', '5503', '5504', '5505', '5506', '5520']),
  refs('TRACKER', ['PAY-1', 'PAY-2', 'PAY-4', 'PAY-12', 'SUP-3', 'SUP-7']),
].join(' ');

const OPERATIONS: Record<string, string> = {
  'showcase timeline (3 refs)': `{ timeline(refs: [${refs('ENNEO', ['8842'])} ${refs('SOCIALBOARDS', ['5501'])} ${refs('TRACKER', ['PAY-12'])}], first: 50) { totalCount edges { node { occurredAt summary actor { name } } } } }`,
  'timeline of 20 refs, with tickets': `{ timeline(refs: [${TWENTY_REFS}], first: 100) { totalCount edges { node { occurredAt source ticket { title } } } } }`,
  'worklog report, 1000 rows with tickets': `{ worklogReport(filter: { from: "2025-09-01", to: "2025-11-30" }, first: 1000) { edges { node { date durationSeconds ticket { title } } } } }`,
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function run(label: string, delayMs: number): Promise<void> {
  const stack = await startStack({
    env: { LOG_LEVEL: 'silent', UPSTREAM_HEADERS_TIMEOUT_MS: '30000', UPSTREAM_CONNECTIONS: '64' },
  });
  const sims = [stack.sandbox.enneo, stack.sandbox.socialboards, stack.sandbox.tracker];
  for (const sim of sims) sim.faults.delay('*', delayMs);
  const upstreamCalls = () => sims.reduce((sum, sim) => sum + sim.count(), 0);
  console.log(`\n${label}: ${REQUESTS} requests per operation, ${CONCURRENCY} at a time`);
  console.log(
    'operation'.padEnd(42),
    'p50 ms'.padStart(8),
    'p95 ms'.padStart(8),
    'max ms'.padStart(8),
    'req/s'.padStart(8),
    'calls/req'.padStart(10),
  );
  try {
    for (const [name, query] of Object.entries(OPERATIONS)) {
      await stack.post({ query }); // warm-up: token, connections, JIT
      for (const sim of sims) sim.resetRequests();
      const latencies: number[] = [];
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < REQUESTS) {
            next += 1;
            const t0 = performance.now();
            const { status, text } = await stack.post({ query });
            // Field errors are part of the data (the sandbox's restricted ticket 8900 answers 403).
            if (status !== 200 || text.startsWith('{"data":null') || !text.includes('"data"')) {
              throw new Error(`${name} failed: ${status} ${text.slice(0, 300)}`);
            }
            latencies.push(performance.now() - t0);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      console.log(
        name.padEnd(42),
        percentile(latencies, 50).toFixed(1).padStart(8),
        percentile(latencies, 95).toFixed(1).padStart(8),
        latencies.at(-1)!.toFixed(1).padStart(8),
        (REQUESTS / seconds).toFixed(1).padStart(8),
        (upstreamCalls() / REQUESTS).toFixed(1).padStart(10),
      );
    }
  } finally {
    await stack.close();
  }
}

/** All queries at once while Tracker never answers: when does each answer arrive? */
async function runHanging(): Promise<void> {
  const stack = await startStack({
    env: {
      LOG_LEVEL: 'silent',
      REQUEST_TIMEOUT_MS: String(DEADLINE_MS),
      UPSTREAM_HEADERS_TIMEOUT_MS: '600000',
      UPSTREAM_BODY_TIMEOUT_MS: '600000',
    },
  });
  const query = `{ enneo: ticket(source: ENNEO, key: "8842") { title } tracker: ticket(source: TRACKER, key: "PAY-12") { title } }`;
  try {
    await stack.post({ query }); // warm-up
    stack.sandbox.tracker.faults.hang('*');
    const latencies = await Promise.all(
      Array.from({ length: HANG_QUERIES }, async () => {
        const t0 = performance.now();
        const { text } = await stack.post({ query });
        if (!text.includes('UPSTREAM_TIMEOUT') || !text.includes('"title"'))
          throw new Error(`unexpected answer: ${text.slice(0, 300)}`);
        return performance.now() - t0;
      }),
    );
    latencies.sort((a, b) => a - b);
    console.log(
      `\nTracker hanging, ${HANG_QUERIES} queries at once, REQUEST_TIMEOUT_MS=${DEADLINE_MS} (${stack.config.http.connections} connections to Tracker)`,
    );
    console.log(['min', 'p50', 'p90', 'p99', 'max'].map((h) => `${h} ms`.padStart(9)).join(''), '   over deadline (max)');
    const row = [
      latencies[0]!,
      percentile(latencies, 50),
      percentile(latencies, 90),
      percentile(latencies, 99),
      latencies.at(-1)!,
    ];
    console.log(
      row.map((ms) => ms.toFixed(0).padStart(9)).join(''),
      `${(latencies.at(-1)! - DEADLINE_MS).toFixed(0).padStart(8)} ms`,
    );
  } finally {
    await stack.close();
  }
}

async function timeReportBench(): Promise<void> {
  const rows = Number(process.env.BENCH_EXPORT_ROWS ?? 300_000);
  const worklogs = Number(process.env.BENCH_WORKLOGS ?? 50_000);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./bench-sandbox.ts', import.meta.url)), String(rows), String(worklogs)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  const urls = JSON.parse(line) as { enneo: string; tracker: string; socialboards: string };
  const c = SANDBOX_CREDENTIALS;
  const config = loadConfig({
    SANDBOX: '0',
    LOG_LEVEL: 'silent',
    ENNEO_URL: urls.enneo,
    ENNEO_TOKEN: c.enneoToken,
    ENNEO_TIMEZONE: 'Europe/Berlin',
    TRACKER_URL: urls.tracker,
    TRACKER_TOKEN: c.trackerToken,
    TRACKER_ORG_ID: c.trackerOrgId,
    UPSTREAM_HEADERS_TIMEOUT_MS: '60000',
  });
  const upstreams = createUpstreams(config, silentLogger);
  const gateway = createGateway({ upstreams, people: config.people });
  // The schema is built and the pools exist before the report starts: what the report adds is peak − baseline.
  await gateway.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"query":"{ __typename }"}',
  });
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const query = `{ timeReport(from: "2025-01-01", to: "2025-12-31", groupBy: [PERSON, SOURCE, MONTH], sources: [ENNEO, TRACKER]) {
    totalSeconds coverage { source complete rows entries calls seconds } rows { person { name } } } }`;
  try {
    const started = performance.now();
    const response = await gateway.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      data?: { timeReport: { totalSeconds: number; rows: unknown[]; coverage: Record<string, unknown>[] } };
      errors?: unknown[];
    };
    const seconds = (performance.now() - started) / 1000;
    if (!body.data?.timeReport || body.errors) throw new Error(`time report failed: ${JSON.stringify(body).slice(0, 500)}`);
    const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.log(`\ntime report over one year: ${rows} extra export rows, ${worklogs} extra Tracker worklogs (plus the seed)`);
    for (const c of body.data.timeReport.coverage) {
      console.log(
        `  ${String(c.source).padEnd(8)} rows ${String(c.rows).padStart(8)}  calls ${String(c.calls).padStart(5)}  seconds ${String(c.seconds).padStart(12)}  complete ${c.complete}`,
      );
    }
    console.log(
      `  ${body.data.timeReport.rows.length} report rows, ${body.data.timeReport.totalSeconds} s in total, in ${seconds.toFixed(1)} s`,
    );
    console.log(
      `  gateway process RSS: ${mib(baseline)} MiB before the report, peak ${mib(Math.max(peak, process.resourceUsage().maxRSS * 1024))} MiB (target ≤ 300 MiB); heap used after it ${mib(process.memoryUsage().heapUsed)} MiB`,
    );
  } finally {
    clearInterval(sampler);
    await upstreams.close();
    child.stdin!.end();
    await once(child, 'exit');
  }
}

if (process.argv.includes('--time-report')) await timeReportBench();
else {
  await run('instant sources (gateway overhead)', 0);
  await run(`every upstream answer delayed ${DELAY} ms`, DELAY);
  await runHanging();
}
