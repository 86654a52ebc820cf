import {
  type FieldNode,
  GraphQLIncludeDirective,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getDirectiveValues,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Whether the current field's selection (through inline fragments and named fragments, at the
 * first level) names any of the given fields. Used to start independent upstream requests
 * together instead of one after the other.
 */
export function selectsAny(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const wanted = new Set(names);
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') return wanted.has(selection.name.value);
      if (selection.kind === 'InlineFragment') return visit(selection.selectionSet);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      return visit(info.fragments[name]?.selectionSet);
    });
  return info.fieldNodes.some((node: FieldNode) => visit(node.selectionSet));
}

/**
 * Whether the current field's selection reaches a field by `path` (field names, one per level,
 * aliases allowed), through inline and named fragments, leaving out what `@skip`/`@include` leave
 * out. A resolver asks this before it loads ahead what a field deeper down will read, so that a
 * query which does not read it costs no upstream call for it.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const included = (node: SelectionNode) =>
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
  const reaches = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (!included(selection)) return false;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== path[depth]) return false;
        return depth === path.length - 1 || reaches(selection.selectionSet, depth + 1, new Set());
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return reaches(selection.selectionSet, depth, seen);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      return reaches(info.fragments[name]?.selectionSet, depth, seen);
    });
  return path.length > 0 && info.fieldNodes.some((node) => reaches(node.selectionSet, 0, new Set()));
}
