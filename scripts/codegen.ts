import { generate } from '@graphql-codegen/cli';
import codegenConfig from '../codegen.js';
import './print-schema.js';

/**
 * `npm run codegen`: prints schema.graphql from the Pothos schema, then types the test operations
 * with GraphQL Code Generator — through the same `generate` call the freshness test makes, so
 * what is committed is exactly what the test expects.
 */
await generate({ ...codegenConfig, silent: true }, true);
console.log('wrote test/gql');
