import { generate } from '@graphql-codegen/cli';
import codegenConfig from '../codegen.js';
import clientCodegenConfig from '../examples/client-codegen/codegen.js';
import './print-schema.js';

/**
 * `npm run codegen`: prints schema.graphql (and the supergraph example's subgraph SDL) from the
 * Pothos schema, then types the test operations and the frontend example's operations with
 * GraphQL Code Generator — through the same `generate` calls the freshness tests make, so what is
 * committed is exactly what the tests expect.
 */
await generate({ ...codegenConfig, silent: true }, true);
console.log('wrote test/gql');
await generate({ ...clientCodegenConfig, silent: true }, true);
console.log('wrote examples/client-codegen/src/gql');
