import { createInterface } from 'node:readline';
import { startSandbox } from '../src/sandbox/index.js';

/**
 * The simulators of `npm run bench`, in a process of their own so that the gateway's (and the
 * baseline's) CPU and memory are measured without theirs: holds the extra export rows and
 * worklogs given as arguments (a third argument `only-extra` serves the export without the seed's
 * rows), prints its URLs as one JSON line, and stops when stdin closes. Lines on stdin steer it:
 * `delay <ms>` delays every answer, `reset` clears the request counters, and after each line
 * (`counts` does nothing else) it prints `{"ENNEO":n,"SOCIALBOARDS":n,"TRACKER":n}`, the requests
 * since the last reset.
 */
const [rows = '0', worklogs = '0', mode = ''] = process.argv.slice(2);
const sandbox = await startSandbox({
  enneoExtraExportRows: Number(rows),
  enneoExportSeedRows: mode !== 'only-extra',
  trackerExtraWorklogs: Number(worklogs),
});
const sims = { ENNEO: sandbox.enneo, SOCIALBOARDS: sandbox.socialboards, TRACKER: sandbox.tracker };
process.stdout.write(
  `${JSON.stringify({ enneo: sandbox.enneo.url, tracker: sandbox.tracker.url, socialboards: sandbox.socialboards.url })}\n`,
);
createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, arg] = line.trim().split(/\s+/);
  if (command === 'delay') for (const sim of Object.values(sims)) sim.faults.delay('*', Number(arg));
  else if (command === 'reset') for (const sim of Object.values(sims)) sim.resetRequests();
  // Every command answers one line, so the benchmark knows it took effect before it goes on.
  process.stdout.write(`${JSON.stringify(Object.fromEntries(Object.entries(sims).map(([name, sim]) => [name, sim.count()])))}\n`);
});
process.stdin.on('end', () => void sandbox.close().then(() => process.exit(0)));
