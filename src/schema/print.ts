import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

const HEADER = '# Generated from the Pothos schema by `npm run schema:print`. Do not edit; a test fails when it is stale.\n\n';

/** The SDL as committed in `schema.graphql`: sorted, with a do-not-edit header. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
