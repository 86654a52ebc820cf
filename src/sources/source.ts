/**
 * A source's name, spelled as its value of the GraphQL `Source` enum. Its own module, since nearly
 * every layer names sources (errors, transport, schema, people, reports) and none of them should
 * have to import the upstream error type to do so. The values are those of the registry
 * (`sources/index.ts`); a test build may register one more (test/demo-source).
 */
export type Source = 'ENNEO' | 'SOCIALBOARDS' | 'TRACKER';
