/**
 * The test build with a fourth source: registers the demo module before anything imports the
 * schema, then starts the whole stack (sandbox, clients, gateway), prints its GraphQL URL as one
 * JSON line `{"url":…}` and serves until its standard input closes (or SIGTERM). Run in its own
 * process by test/demo-source.test.ts, since the registry is per process.
 */
import { registerSource } from '../../src/sources/index.js';
import { demoModule } from './module.js';

registerSource(demoModule);
const { startStack } = await import('../support/stack.js');
const stack = await startStack();
process.stdout.write(`${JSON.stringify({ url: stack.url })}\n`);
const stop = () => void stack.close().then(() => process.exit(0));
process.stdin.once('close', stop);
process.stdin.resume();
process.once('SIGTERM', stop);
