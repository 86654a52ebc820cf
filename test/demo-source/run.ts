/**
 * The test build with a fourth source: registers the demo module before anything imports the
 * schema, then starts the whole stack (sandbox, clients, gateway) and prints the answers of the
 * queries given as JSON on argv[2], one JSON line. Run in its own process by test/demo-source.test.ts,
 * since the registry is per process.
 */
import { registerSource } from '../../src/sources/index.js';
import { demoModule } from './module.js';

registerSource(demoModule);
const { startStack } = await import('../support/stack.js');
const stack = await startStack();
try {
  const queries = JSON.parse(process.argv[2]!) as { query: string; variables?: unknown }[];
  const answers = [];
  for (const body of queries) answers.push(JSON.parse((await stack.post(body)).text));
  process.stdout.write(`${JSON.stringify(answers)}\n`);
} finally {
  await stack.close();
}
