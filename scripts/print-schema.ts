import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schema } from '../src/schema/index.js';
import { printSchemaSdl } from '../src/schema/print.js';

/** Writes schema.graphql from the Pothos schema (`npm run schema:print`). */
const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
writeFileSync(target, printSchemaSdl(schema));
console.log(`wrote ${target}`);
