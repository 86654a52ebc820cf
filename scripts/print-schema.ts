import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schema } from '../src/schema/index.js';
import { printSchemaSdl, printSubgraphSdlFile } from '../src/schema/print.js';

/**
 * Writes schema.graphql (the whole schema, what direct clients and codegen read) and
 * examples/supergraph/ticketlog.graphql (the subgraph SDL a supergraph composes) from the Pothos
 * schema (`npm run schema:print`).
 */
const files: [string, string][] = [
  ['../schema.graphql', printSchemaSdl(schema)],
  ['../examples/supergraph/ticketlog.graphql', printSubgraphSdlFile(schema)],
];
for (const [relative, text] of files) {
  const target = fileURLToPath(new URL(relative, import.meta.url));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
