import {
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isAbstractType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * How many field compilations graphql-jit would make for an operation, counted up to
 * `limit` (the count stops there). graphql-jit compiles the selection below a field of an
 * interface or union once for each of its possible types, and again below each of those:
 * with seven kinds of entity, three nested `other { relations { other … } }` cost 7³
 * compilations of the innermost selection, and a query of two hundred characters took
 * seconds of CPU to compile, blocking every other request. A document over the limit runs on
 * graphql-js instead, whose work grows with the answer, not with the schema's types.
 */
export function compileWork(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, limit: number): number {
  let work = 0;
  const applies = (condition: string | undefined, type: GraphQLObjectType) => {
    if (condition === undefined || condition === type.name) return true;
    const named: GraphQLNamedType | undefined = schema.getType(condition);
    return named !== undefined && isAbstractType(named) && schema.isSubType(named, type);
  };
  const visit = (type: GraphQLObjectType, set: SelectionSetNode, seen: ReadonlySet<string>) => {
    for (const selection of set.selections) {
      if (work >= limit) return;
      if (selection.kind === Kind.FIELD) {
        work += 1;
        const field = type.getFields()[selection.name.value];
        if (!field || !selection.selectionSet) continue;
        const named = getNamedType(field.type);
        const runtimeTypes = isObjectType(named) ? [named] : isAbstractType(named) ? schema.getPossibleTypes(named) : [];
        for (const runtimeType of runtimeTypes) visit(runtimeType, selection.selectionSet, new Set());
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value, type)) visit(type, selection.selectionSet, seen);
      } else {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value) || !applies(fragment.typeCondition.name.value, type)) continue;
        visit(type, fragment.selectionSet, new Set([...seen, fragment.name.value]));
      }
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) visit(root, operation.selectionSet, new Set());
  return Math.min(work, limit);
}
