import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  type GraphQLSchema,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { decodeCursor, type PageArgs, pageSizes } from './pagination.js';

/**
 * A field's argument check, run by `useArgumentPrecheck` before execution: throw BAD_USER_INPUT.
 * `args` are coerced by GraphQL (scalars parsed) but not by Pothos (global ids still encoded).
 */
export type ArgumentCheck = (args: Record<string, unknown>, schema: GraphQLSchema) => void;

/** Field extensions that opt a field into the pre-execution check. */
export function checkArgs(check: ArgumentCheck): { checkArgs: ArgumentCheck } {
  return { checkArgs: check };
}

/** The paging check of a connection field: page sizes in range, cursors of this field only. */
export function pagingCheck(rule: { scope: string; max: number }): (args: Record<string, unknown>) => void {
  return (args) => {
    pageSizes(args as PageArgs, rule.max);
    for (const name of ['after', 'before'] as const) {
      const cursor = args[name];
      if (typeof cursor === 'string') decodeCursor(rule.scope, cursor, name);
    }
  };
}

/** A field of an operation whose arguments have a check, with its definition. */
interface CheckedField {
  node: FieldNode;
  def: GraphQLField<unknown, unknown>;
  check: ArgumentCheck;
}

/**
 * The fields of an operation (its fragments included) whose arguments have a check, in the order
 * they are checked: the operation first, then each fragment once, as it is first spread. They
 * depend on the document alone, not on the variables.
 */
function checkedFields(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): CheckedField[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const found: CheckedField[] = [];
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
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
      const check = def?.extensions.checkArgs as ArgumentCheck | undefined;
      if (def && check) found.push({ node, def, check });
    },
  });
  while (pending.length > 0) visit(pending.shift()!, visitor);
  return found;
}

/**
 * Finds the first argument of the operation that its field's check rejects, wherever the field
 * sits in the query. Undefined when all are fine, or when the variables are invalid (execution
 * reports those itself).
 */
function argumentProblem(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fields: readonly CheckedField[],
  rawVariables: Record<string, unknown> | null | undefined,
): GraphQLError | undefined {
  if (fields.length === 0) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return undefined;
  for (const { node, def, check } of fields) {
    try {
      check(getArgumentValues(def, node, coerced.coerced), schema);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
        return new GraphQLError(error.message, { nodes: node, extensions: { ...error.extensions, http: { status: 400 } } });
      }
    }
  }
  return undefined;
}

/**
 * Every invalid argument is refused before execution: HTTP 400, no `data`, one BAD_USER_INPUT
 * error with the argument's location — the same for a page size, a cursor, a key, a ref list or an
 * id, at the root or nested. A nested argument (`ticket { worklogs(first: 501) }`) is otherwise
 * only read by its resolver, after the parent has been loaded upstream, and a bad key would
 * answer HTTP 200 with partial data; checking first means an invalid request costs no upstream
 * call and always looks the same. Resolvers keep their own checks (federation's `_entities`, whose
 * representations are not arguments checked here, relies on them).
 */
export function useArgumentPrecheck(): Plugin {
  // Which fields to check depends on the document alone; yoga's parse cache hands back the same
  // document object for the same query text, so a repeated query is walked (with TypeInfo) once.
  const walked = new WeakMap<
    DocumentNode,
    { schema: GraphQLSchema; byOperation: Map<string | null | undefined, CheckedField[]> }
  >();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      let entry = walked.get(args.document);
      if (entry === undefined || entry.schema !== args.schema) {
        entry = { schema: args.schema, byOperation: new Map() };
        walked.set(args.document, entry);
      }
      let fields = entry.byOperation.get(args.operationName);
      if (fields === undefined) {
        fields = checkedFields(args.schema, args.document, operation);
        entry.byOperation.set(args.operationName, fields);
      }
      const problem = argumentProblem(args.schema, operation, fields, args.variableValues);
      if (problem) setResultAndStopExecution({ errors: [problem] });
    },
  };
}
