import { readFileSync } from "node:fs";
import { buildSchema, getNamedType, GraphQLObjectType, isListType, isNonNullType, type GraphQLField } from "graphql";
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS } from "../../model/entity-kinds.js";
import { entityKeys, PROPERTY_FIELDS } from "../../graph/entity.row.js";

/** The printed schema against the graph layer's row keys: checked here, since only this layer may read GraphQL. */
const schema = buildSchema(readFileSync(new URL("../../../schema/schema.graphql", import.meta.url), "utf8"));

/** Fields resolved from other queries (relations, mentions, neighbourhoods) or always present (id, kind). */
function readsOwnProperties(field: GraphQLField<unknown, unknown>): boolean {
  if (field.name === "id" || field.name === "kind") return false;
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (isListType(type) && field.name !== "aliases") return false;
  return getNamedType(field.type).name !== "Neighbourhood";
}

describe("entityKeys", () => {
  it("knows the stored properties of every entity field that reads its own node, so none reads as null", () => {
    const missing: string[] = [];
    for (const kind of ENTITY_KINDS) {
      const type = schema.getType(kind);
      if (!(type instanceof GraphQLObjectType)) continue;
      for (const field of Object.values(type.getFields())) {
        if (readsOwnProperties(field) && !PROPERTY_FIELDS.includes(field.name)) missing.push(`${kind}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("reads the name always, and only what the selection needs", () => {
    expect(entityKeys(new Set(["status", "dateEarliest"]))).toEqual(["dateEarliest", "name", "status"]);
  });
});
