import "reflect-metadata";
import { type FieldNode, type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLResolveInfo, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { createSchema } from "../schema.js";
import { itemRelations } from "./item-relations.js";

const config = { limits: { maxPageSize: 100 } } as Parameters<typeof itemRelations>[0];

/** The resolve info the `meetings` list resolver gets for a query, as graphql-js builds it. */
async function listInfo(source: string, variableValues: Record<string, unknown> = {}): Promise<GraphQLResolveInfo> {
  const schema = await createSchema();
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === "FragmentDefinition").map((d) => [d.name.value, d]));
  const field = operation.selectionSet.selections[0] as FieldNode;
  const returnType = (schema.getQueryType() as GraphQLObjectType).getFields()[field.name.value]!.type;
  return { schema, fragments, variableValues, fieldNodes: [field], returnType } as unknown as GraphQLResolveInfo;
}

describe("itemRelations", () => {
  it("gives the key each relationship field on the items will ask for, but for the item's id: arguments from literals and variables, aliases, fragments", async () => {
    const info = await listInfo(
      `query ($role: ParticipationRole, $from: LocalDate) { meetings { totalCount nodes { name led: participants(role: $role, first: 3) { role other { name } } ...Venue
        ... on Entity { relations(types: [HELD_IN], from: $from) { id } } } } }
       fragment Venue on Meeting { places { country { name } } }`,
      { role: "LED_DELEGATION", from: "2024-01-01" },
    );
    expect(itemRelations(config, info)).toEqual([
      expect.objectContaining({ types: ["PARTICIPATED_IN"], direction: "IN", role: "LED_DELEGATION", limit: 3, relationKeys: ["role"], otherKeys: ["name"], countryKeys: null }),
      expect.objectContaining({ types: ["HELD_IN"], direction: "OUT", limit: 100, relationKeys: ["countryId"], otherKeys: null, countryKeys: ["name"] }),
      expect.objectContaining({ types: ["HELD_IN"], direction: "BOTH", from: "2024-01-01", limit: 100, relationKeys: [] }),
    ]);
  });

  it("gives one key per alias that asks differently, and one for aliases that ask the same", async () => {
    const info = await listInfo(`{ meetings { nodes { a: participants(role: CHAIRED) { id } b: participants { id } c: participants { id } } } }`);
    expect(itemRelations(config, info).map((t) => t.role ?? null)).toEqual(["CHAIRED", null]);
  });

  it("gives none for fields that are not relationship fields, for fragments that do not apply, nor for arguments the resolver refuses", async () => {
    const info = await listInfo(`{ meetings { nodes { name ... on Official { positions { id } } participants(country: "org:x") { id } p: participants(first: 1000) { id } } } }`);
    expect(itemRelations(config, info)).toEqual([]);
  });
});
