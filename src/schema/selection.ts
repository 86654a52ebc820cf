import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

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
