import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import codegenConfig from '../codegen.js';
import { schema } from '../src/schema/index.js';
import { printSchemaSdl, printSubgraphSdlFile } from '../src/schema/print.js';

/**
 * The committed artifacts match the code: schema.graphql, the subgraph SDL of the supergraph
 * example and the typed test operations in test/gql.
 */

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('generated artifacts', () => {
  it('schema.graphql is the printed Pothos schema (run `npm run codegen` when this fails)', () => {
    expect(read('schema.graphql')).toBe(printSchemaSdl(schema));
  });

  it('examples/supergraph/ticketlog.graphql is the printed subgraph SDL (run `npm run codegen` when this fails)', () => {
    expect(read('examples/supergraph/ticketlog.graphql')).toBe(printSubgraphSdlFile(schema));
  });

  it('test/gql matches what GraphQL Code Generator writes (run `npm run codegen` when this fails)', async () => {
    const outputs = await generate({ ...codegenConfig, silent: true, verbose: false }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(read(output.filename), output.filename).toBe(output.content);
    }
  });
});
