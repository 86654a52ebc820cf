import { printSubgraphSchema } from '@apollo/subgraph';
import { subgraphSdl } from './subgraph-sdl.js';
import { type ASTNode, type DefinitionNode, type GraphQLSchema, Kind, parse, print, visit } from 'graphql';

const HEADER = '# Generated from the Pothos schema by `npm run codegen`. Do not edit; a test fails when it is stale.\n\n';

const nameOf = (node: { name?: { value: string } }) => node.name?.value ?? '';
const byName = <T extends { name?: { value: string } }>(nodes: readonly T[] | undefined) =>
  nodes && [...nodes].sort((a, b) => nameOf(a).localeCompare(nameOf(b)));

/**
 * Sorts an SDL document: schema definitions and extensions first, then types, and within each
 * type its fields, arguments, enum values and input fields, all by name — so a diff of
 * `schema.graphql` shows what changed, not where it was declared. Also used by the supergraph test
 * to compare the SDL the running gateway serves (`_service { sdl }`, declaration order) with it.
 */
export function sortSdl(sdl: string): string {
  const document = visit(parse(sdl), {
    enter(node: ASTNode) {
      if ('fields' in node || 'values' in node || 'arguments' in node) {
        return {
          ...node,
          ...('fields' in node && { fields: byName(node.fields as never) }),
          ...('values' in node && node.kind === Kind.ENUM_TYPE_DEFINITION && { values: byName(node.values) }),
          ...('arguments' in node && node.kind === Kind.FIELD_DEFINITION && { arguments: byName(node.arguments) }),
        };
      }
      return undefined;
    },
  });
  const schemaFirst = (d: DefinitionNode) => (d.kind === Kind.SCHEMA_DEFINITION || d.kind === Kind.SCHEMA_EXTENSION ? 0 : 1);
  const definitions = [...document.definitions].sort(
    (a, b) => schemaFirst(a) - schemaFirst(b) || nameOf(a as never).localeCompare(nameOf(b as never)),
  );
  return print({ ...document, definitions });
}

/**
 * The SDL as committed in `schema.graphql`: the federation subgraph SDL (with `@link` and `@key`,
 * what a supergraph composes), sorted, with a do-not-edit header.
 */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${HEADER}${sortSdl(printSubgraphSchema(schema))}\n`;
}

/**
 * The subgraph SDL as committed in `examples/supergraph/ticketlog.graphql`: what `_service { sdl }`
 * serves (the schema without `Query.node`/`nodes`), sorted, with the do-not-edit header — the file
 * Rover and Mesh Compose read.
 */
export function printSubgraphSdlFile(schema: GraphQLSchema): string {
  return `${HEADER}${sortSdl(subgraphSdl(schema))}\n`;
}
