import type { CodegenConfig } from '@graphql-codegen/cli';

// GraphQL Code Generator for a frontend of the Ticketlog Gateway (`npx graphql-codegen --config
// codegen.ts`). Its scalars leave the gateway as JSON strings and objects, typed here accordingly.
const config: CodegenConfig = {
  // The committed schema of this repository; or the running gateway: 'http://localhost:4000/graphql'
  schema: 'schema.graphql',
  documents: ['examples/client-codegen/src/**/*.ts', '!examples/client-codegen/src/gql/**'],
  ignoreNoDocuments: true,
  // Imports with `.js` endings, as Node ESM and TypeScript's NodeNext need (bundlers accept them too).
  emitLegacyCommonJSImports: false,
  generates: {
    'examples/client-codegen/src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Every scalar must be mapped: a new scalar in the schema fails generation instead of becoming `any`.
        strictScalars: true,
        scalars: {
          DateTime: 'string', // UTC ISO 8601, e.g. "2025-11-03T08:15:00.000Z"
          Date: 'string', // calendar date "2025-11-03"
          JSON: 'unknown',
          JSONObject: 'Record<string, unknown>',
          SafeInt: 'number', // integers beyond 32 bits (a report's sums of seconds), exact up to 2^53 - 1
          _Any: 'unknown', // only in the live endpoint's introspection (federation's `_entities`); no client sends it
        },
      },
    },
  },
};

export default config;
