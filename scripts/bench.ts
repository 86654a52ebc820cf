import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { createGateway } from '../src/gateway.js';
import { silentLogger } from '../src/logger.js';
import { SANDBOX_CREDENTIALS } from '../test/support/sandbox-credentials.js';
import { createUpstreams } from '../src/transport/index.js';
import { startStack } from '../test/support/stack.js';
import { compareWithBaseline } from './bench-compare.js';
import { reportWalk } from './bench-report-walk.js';

/**
 * `npm run bench`: first the gateway beside a hand-written baseline on four workloads, each in its
 * own process (scripts/bench-compare.ts: upstream calls, round trips, CPU per request, req/s, p99,
 * peak RSS, ratios and a golden-answer check). Then Tracker hangs and BENCH_HANG_QUERIES (default
 * 50) queries go out at once under REQUEST_TIMEOUT_MS=BENCH_DEADLINE_MS (default 2000): its latency
 * distribution shows every answer arriving at the deadline, not after the queue for Tracker's
 * pooled connections drains. Figures, not assertions: machines here are shared and noisy.
 *
 * Env: BENCH_REQUESTS (default 300 per workload and contender), BENCH_CONCURRENCY (default 50),
 * UPSTREAM_DELAY_MS (default 50), BENCH_HANG_QUERIES, BENCH_DEADLINE_MS.
 *
 * `npm run bench -- --report-walk`: a client pages `worklogReport(first: 1000)` through an export
 * of exactly BENCH_WALK_ROWS (default 300,000) rows (scripts/bench-report-walk.ts) and the
 * benchmark prints export calls, rows lost/repeated/out of order and the gateway's peak RSS.
 *
 * `npm run bench -- --time-report`: one year's time report over BENCH_EXPORT_ROWS (default
 * 300,000) enneo export rows and BENCH_WORKLOGS (default 50,000) Tracker worklogs, with the
 * simulators in a child process; prints the time taken, upstream calls and the gateway process's
 * peak RSS (the target is at most 300 MiB: aggregation holds groups, never the rows).
 */

const HANG_QUERIES = Number(process.env.BENCH_HANG_QUERIES ?? 50);
const DEADLINE_MS = Number(process.env.BENCH_DEADLINE_MS ?? 2000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
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
else if (process.argv.includes('--report-walk')) await reportWalk();
else {
  await compareWithBaseline();
  await runHanging();
}
