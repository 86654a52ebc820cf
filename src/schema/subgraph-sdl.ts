import { printSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, Kind, parse, print, visit } from 'graphql';

/**
 * Root fields the schema keeps for direct clients but leaves out of the Federation subgraph SDL
 * (`_service { sdl }`). Every Relay-style subgraph has its own `Query.node`/`nodes`, each returning
 * only its own types, and composition refuses two of them (`@shareable` or not:
 * SHAREABLE_HAS_MISMATCHED_RUNTIME_TYPES; a `@key` on `interface Node` would need every subgraph to
 * implement every Node type). A supergraph client refetches this gateway's objects with
 * `ticketlogNode(id)` / `ticketlogNodes(ids)` instead (supergraph-node.ts).
 */
export const SUBGRAPH_HIDDEN_QUERY_FIELDS: readonly string[] = ['node', 'nodes'];

/** The subgraph SDL a router composes: the printed subgraph schema without the hidden root fields. */
export function subgraphSdl(schema: GraphQLSchema): string {
  const hidden = new Set(SUBGRAPH_HIDDEN_QUERY_FIELDS);
  const queryName = schema.getQueryType()?.name ?? 'Query';
  const document = visit(parse(printSubgraphSchema(schema)), {
    ObjectTypeDefinition(node) {
      if (node.name.value !== queryName) return undefined;
      return { ...node, fields: node.fields?.filter((field) => !hidden.has(field.name.value)) };
    },
  });
  if (document.kind !== Kind.DOCUMENT) throw new Error('subgraph SDL did not print');
  return print(document);
}

/**
 * Makes `_service { sdl }` answer `subgraphSdl(schema)` instead of the whole schema's SDL that
 * the Pothos federation plugin serves. Computed once: the schema does not change at run time.
 */
export function serveSubgraphSdl(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._service;
  if (!field) throw new Error('the schema has no _service field: not a federation subgraph');
  const sdl = subgraphSdl(schema);
  field.resolve = () => ({ sdl });
  return schema;
}
