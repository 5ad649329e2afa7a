import {
  type FieldNode,
  type FragmentSpreadNode,
  getDirectiveValues,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  type InlineFragmentNode,
  isAbstractType,
  type SelectionSetNode,
} from "graphql";

/**
 * Looks ahead from a resolver to the fields the client selected below it, through inline
 * fragments and fragment spreads (whatever their type condition), so a query fetches only
 * what the page asks for. Aliases do not matter: the field's name does.
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === "Field") names.add(selection.name.value);
      else if (selection.kind === "InlineFragment") visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/** The fields selected below `field`, one level down from the resolver's own selection. */
export function selectedBelow(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, field: string): Set<string> {
  return selectedAlong(info, [field]);
}

/**
 * The fields selected at the end of a path of field names below the resolver, e.g.
 * `["steps", "from"]`: every occurrence of each step counts, aliased or in fragments.
 */
export function selectedAlong(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, path: readonly string[]): Set<string> {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const field of path) {
    const below: FieldNode[] = [];
    const visit = (set: SelectionSetNode | undefined) => {
      for (const selection of set?.selections ?? []) {
        if (selection.kind === "Field") {
          if (selection.name.value === field) below.push(selection);
        } else if (selection.kind === "InlineFragment") visit(selection.selectionSet);
        else visit(info.fragments[selection.name.value]?.selectionSet);
      }
    };
    for (const node of nodes) visit(node.selectionSet);
    nodes = below;
  }
  return selectedFields({ fieldNodes: nodes, fragments: info.fragments });
}

const worked = new WeakMap<readonly FieldNode[], Map<string, unknown>>();

/**
 * What a resolver works out from its selection, worked out once for all its siblings:
 * graphql-js hands every item of a list the same `fieldNodes` array for a field, so the
 * participants of twenty meetings, or the offices of four hundred officials, share one
 * look-ahead instead of walking the same selection each. `purpose` separates what
 * different resolvers derive from the same nodes. Kept by that array alone, so it goes
 * with the request; a compiled query (jit-executor.ts) keeps one array per field for every
 * request of its document, which is sound because the work reads the selection alone,
 * never variables or data.
 */
export function onceForSiblings<T>(info: Pick<GraphQLResolveInfo, "fieldNodes">, purpose: string, work: () => T): T {
  let byPurpose = worked.get(info.fieldNodes);
  if (!byPurpose) {
    byPurpose = new Map();
    worked.set(info.fieldNodes, byPurpose);
  }
  if (!byPurpose.has(purpose)) byPurpose.set(purpose, work());
  return byPurpose.get(purpose) as T;
}

/**
 * The fields graphql-js will resolve on an object of `type` for a field asked by
 * `fieldNodes` (all of one response name), by response name, each with all its nodes: as
 * graphql-js collects them, through fragments whose type condition `type` meets, leaving
 * out what `@skip` or `@include` leave out. What a resolver needs to know which fields, with
 * which arguments and selections, will be asked of the objects it returns.
 */
export function fieldsOn(
  info: Pick<GraphQLResolveInfo, "schema" | "fragments" | "variableValues">,
  type: GraphQLObjectType,
  fieldNodes: readonly FieldNode[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const spread = new Set<string>();
  const included = (node: FieldNode | InlineFragmentNode | FragmentSpreadNode) =>
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
  const applies = (condition: string | undefined) => {
    if (condition === undefined || condition === type.name) return true;
    const named = info.schema.getType(condition);
    return named !== undefined && isAbstractType(named) && info.schema.isSubType(named, type);
  };
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (!included(selection)) continue;
      if (selection.kind === "Field") {
        const name = selection.alias?.value ?? selection.name.value;
        fields.set(name, [...(fields.get(name) ?? []), selection]);
      } else if (selection.kind === "InlineFragment") {
        if (applies(selection.typeCondition?.name.value)) visit(selection.selectionSet);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of fieldNodes) visit(node.selectionSet);
  return fields;
}
