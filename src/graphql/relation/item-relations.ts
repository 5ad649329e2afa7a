import { getArgumentValues, getNamedType, GraphQLError, type GraphQLResolveInfo, isObjectType } from "graphql";
import type { Config } from "../../config/config.js";
import type { RelationTemplate } from "../../graph/relation.row.js";
import { AppError } from "../../errors/app-error.js";
import { fieldsOn } from "../selection.js";
import { relationshipField } from "../entity/relationship-fields.js";
import { lookAhead, type RelationArgs, relationTemplate } from "./relation-fields.js";

/**
 * The relations the items of a list will ask the relations loader for, worked out by the
 * list's resolver before any item is resolved: for each relationship field selected on
 * the items (`<itemsField> { participants(role: CHAIRED) { … } }`, under any alias, in
 * fragments, with arguments from variables), the key its resolver will build
 * (`relationTemplate`, from the same declaration, arguments and look-ahead), but for the
 * item's id. Aliases asking differently give one template each. The list's statement then
 * brings these relations for each item and primes the loader with them, so the first
 * level of relations below a list costs no statement of its own; the levels below are
 * asked as before, one batch per level.
 *
 * A field whose arguments the resolver would refuse (an id of the wrong kind, a size out
 * of bounds) is left to its resolver, which says so for each item as it always did.
 */
export function itemRelations(config: Pick<Config, "limits">, info: GraphQLResolveInfo, itemsField = "nodes"): RelationTemplate[] {
  const listType = getNamedType(info.returnType);
  if (!isObjectType(listType)) return [];
  const itemType = getNamedType(listType.getFields()[itemsField]?.type);
  if (!isObjectType(itemType)) return [];
  const templates = new Map<string, RelationTemplate>();
  for (const items of fieldsOn(info, listType, info.fieldNodes).values()) {
    if (items[0]!.name.value !== itemsField) continue;
    for (const fieldNodes of fieldsOn(info, itemType, items).values()) {
      const name = fieldNodes[0]!.name.value;
      const declared = relationshipField(itemType, name);
      const definition = itemType.getFields()[name];
      if (!declared || !definition) continue;
      try {
        const args = getArgumentValues(definition, fieldNodes[0]!, info.variableValues) as RelationArgs;
        const template = relationTemplate(config, declared, args, lookAhead({ fieldNodes, fragments: info.fragments }));
        templates.set(JSON.stringify(template), template);
      } catch (error) {
        if (!(error instanceof AppError || error instanceof GraphQLError)) throw error;
      }
    }
  }
  return [...templates.values()];
}
