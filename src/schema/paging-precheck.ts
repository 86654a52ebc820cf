import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  type GraphQLSchema,
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { decodeCursor, PAGING, pageSizes } from './pagination.js';

/**
 * Finds the first paging argument of the operation that its resolver would reject (page size out
 * of range, a cursor another field issued), wherever it sits in the query. Undefined when all are
 * fine, or when the variables are invalid (execution reports those itself).
 */
function pagingProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): GraphQLError | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  let problem: GraphQLError | undefined;
  const pending: (typeof operation | FragmentDefinitionNode)[] = [operation];
  const queued = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    FragmentSpread(node) {
      const fragment = fragments.get(node.name.value);
      if (fragment && !queued.has(node.name.value)) {
        queued.add(node.name.value);
        pending.push(fragment);
      }
    },
    Field(node: FieldNode) {
      const def = typeInfo.getFieldDef();
      const rule = def && Object.hasOwn(PAGING, def.name) ? PAGING[def.name as keyof typeof PAGING] : undefined;
      if (!def || !rule || problem) return;
      try {
        const args = getArgumentValues(def, node, coerced.coerced);
        pageSizes(args, rule.max);
        for (const name of ['after', 'before'] as const) {
          const cursor = args[name];
          if (typeof cursor === 'string') decodeCursor(rule.scope, cursor, name);
        }
      } catch (error) {
        if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
          problem = new GraphQLError(error.message, { nodes: node, extensions: { ...error.extensions, http: { status: 400 } } });
        }
      }
    },
  });
  while (pending.length > 0 && !problem) visit(pending.shift()!, visitor);
  return problem;
}

/**
 * A nested paging argument (`ticket { worklogs(first: 501) }`) is only read by its resolver, after
 * the parent has been loaded upstream. Checking every paging argument of the operation first means
 * an invalid request costs no upstream call at all.
 */
export function usePagingPrecheck(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const problem = pagingProblem(args.schema, args.document, args.operationName, args.variableValues);
      if (problem) setResultAndStopExecution({ errors: [problem] });
    },
  };
}
