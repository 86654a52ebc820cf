import { startSandbox } from '../src/sandbox/index.js';

/**
 * The simulators of `npm run bench -- --time-report`, in a process of their own so that the
 * gateway's peak memory is measured without theirs: holds the extra export rows and worklogs
 * given as arguments, prints its URLs as one JSON line, and stops when stdin closes.
 */
const [rows = '0', worklogs = '0'] = process.argv.slice(2);
const sandbox = await startSandbox({ enneoExtraExportRows: Number(rows), trackerExtraWorklogs: Number(worklogs) });
process.stdout.write(
  `${JSON.stringify({ enneo: sandbox.enneo.url, tracker: sandbox.tracker.url, socialboards: sandbox.socialboards.url })}\n`,
);
process.stdin.on('end', () => void sandbox.close().then(() => process.exit(0)));
process.stdin.resume();
