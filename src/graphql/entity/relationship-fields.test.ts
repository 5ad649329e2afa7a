import "reflect-metadata";
import { getNamedType, type GraphQLField, isInterfaceType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { createSchema } from "../schema.js";
import { RELATIONSHIP_FIELD_NAMES, relationshipField } from "./relationship-fields.js";

const returnsRelations = (field: GraphQLField<unknown, unknown>) => getNamedType(field.type).name === "Relation";

describe("relationship fields", () => {
  it("declares every field of an entity type that lists relations, and only fields the schema has", async () => {
    const schema = await createSchema();
    const entityTypes = Object.values(schema.getTypeMap()).filter(
      (type) => (isObjectType(type) || isInterfaceType(type)) && (type.name === "Entity" || type.getInterfaces().some((face) => face.name === "Entity")),
    );
    expect(entityTypes.length).toBeGreaterThan(7);
    for (const type of entityTypes) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields()).filter(returnsRelations)) {
        expect(relationshipField(type, field.name), `${type.name}.${field.name}`).toBeDefined();
      }
    }
    for (const name of RELATIONSHIP_FIELD_NAMES) {
      const [typeName, fieldName] = name.split(".") as [string, string];
      const type = schema.getType(typeName);
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[fieldName] : undefined;
      expect(field && returnsRelations(field), name).toBe(true);
    }
  });
});
