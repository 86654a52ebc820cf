import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator: reads the committed schema.graphql (printed from Pothos by
 * scripts/print-schema.ts) and types every operation the tests write with `graphql(...)`, so a
 * schema change that breaks a test's query fails the typecheck. Run with `npm run codegen`.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.test.ts', 'test/support/**/*.ts', '!test/gql/**'],
  emitLegacyCommonJSImports: false,
  ignoreNoDocuments: true,
  generates: {
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        // Selected nullable fields are always present in a response: `T | null`, not optional.
        avoidOptionals: { field: true },
        scalars: {
          DateTime: 'string',
          Date: 'string',
          JSON: 'unknown',
          JSONObject: 'Record<string, unknown>',
          SafeInt: 'number',
        },
      },
    },
  },
};

export default config;
