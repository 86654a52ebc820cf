import { performance } from 'node:perf_hooks';
import { buildDist, rssMiB, rssPeak, startGateway, startSims } from './bench-processes.js';

/**
 * `npm run bench -- --report-walk`: the simulators serve an export of exactly BENCH_WALK_ROWS
 * (default 300,000) synthetic rows and nothing else; a client walks `worklogReport(first: 1000)`
 * by `after` cursors from the first page to the one that says hasNextPage false, against
 * `node dist/index.js`. Prints the export calls it cost (the minimum is rows ÷ 1000 + 1: a full
 * last page cannot know it was the last), rows lost, repeated or out of order (ids must be
 * 1,000,000, 1,000,001, … in WORKLOG_ID_ASC order), the time, and the gateway's idle and peak RSS.
 */
export async function reportWalk(): Promise<void> {
  const total = Number(process.env.BENCH_WALK_ROWS ?? 300_000);
  buildDist();
  const sims = await startSims([String(total), '0', 'only-extra']);
  const gateway = await startGateway(sims.urls);
  const query = `query Walk($after: String) { worklogReport(filter: { from: "2024-12-31", to: "2026-01-01" }, first: 1000, after: $after, orderBy: WORKLOG_ID_ASC) {
    pageInfo { hasNextPage endCursor } edges { node { userWorklogId date durationSeconds ticketId } } } }`;
  try {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idle = rssMiB(gateway.pid);
    await sims.command('reset');
    const stopRss = rssPeak(gateway.pid);
    const started = performance.now();
    let after: string | null = null;
    let rows = 0;
    let pages = 0;
    let misplaced = 0;
    for (; pages < 10_000; ) {
      const { status, text } = await gateway.post('/graphql', JSON.stringify({ query, variables: { after } }));
      pages += 1;
      const body = JSON.parse(text) as {
        data?: {
          worklogReport: {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: { node: { userWorklogId: number } }[];
          };
        };
        errors?: unknown;
      };
      if (status !== 200 || body.errors || !body.data) throw new Error(`page ${pages} failed: ${status} ${text.slice(0, 300)}`);
      const page = body.data.worklogReport;
      for (const edge of page.edges) {
        if (edge.node.userWorklogId !== 1_000_000 + rows) misplaced += 1;
        rows += 1;
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const seconds = (performance.now() - started) / 1000;
    const peak = stopRss();
    const counts = await sims.command('counts');
    console.log(`\nworklogReport(first: 1000) walked through an export of exactly ${total} rows, node dist/index.js`);
    console.log(
      `  pages ${pages}  export calls ${counts.ENNEO} (minimum ${Math.floor(total / 1000) + 1})  rows ${rows}  lost ${Math.max(0, total - rows)}  extra ${Math.max(0, rows - total)}  repeated or out of order ${misplaced}`,
    );
    console.log(
      `  ${seconds.toFixed(1)} s; gateway RSS idle ${idle.toFixed(1)} MiB, peak during the walk ${peak.toFixed(1)} MiB (target ≤ 250 MiB)`,
    );
  } finally {
    await gateway.close();
    await sims.close();
  }
}
