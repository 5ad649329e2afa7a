import "reflect-metadata";
import { type FieldNode, type GraphQLInterfaceType, type GraphQLObjectType, type GraphQLResolveInfo, type OperationDefinitionNode, parse } from "graphql";
import { buildSchema } from "type-graphql";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES } from "./entity/entity-types.js";
import { leanFieldResolvers, leanTypeResolvers } from "./lean-field-resolvers.js";
import { RESOLVERS } from "./resolvers.js";

const build = () => buildSchema({ resolvers: RESOLVERS, orphanedTypes: ENTITY_TYPES, validate: false });

/** The field nodes of `positions` in a query, and the type and field, as graphql-js hands them to its resolver. */
function positionsInfo(official: GraphQLObjectType): GraphQLResolveInfo {
  const operation = parse(`{ official(id: "official:x") { positions(first: 3) { title } } }`).definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field.selectionSet!.selections[0] as FieldNode], fragments: {}, parentType: official, fieldName: "positions" } as unknown as GraphQLResolveInfo;
}

/** Calls Official.positions with a context whose relations loader records the key it is asked for. */
function callPositions(official: GraphQLObjectType, args: Record<string, unknown>) {
  const field = official.getFields().positions!;
  const asked: unknown[] = [];
  const ctx = {
    config: { limits: { maxPageSize: 100, defaultPageSize: 20 } },
    loaders: {
      relationsByEntity: {
        load: (key: unknown) => {
          asked.push(key);
          return Promise.resolve([]);
        },
      },
    },
  };
  const result = field.resolve!({ id: "official:x", kind: "Official", name: "X" }, args, ctx, positionsInfo(official));
  return { asked, result };
}

describe("leanFieldResolvers", () => {
  it("replaces type-graphql's handler on the relationship fields", async () => {
    const schema = await build();
    expect(leanFieldResolvers(schema)).toBeGreaterThan(20);
  });

  it("leaves plain property fields to graphql-js's default resolver, and keeps a resolver where a field has one", async () => {
    const schema = await build();
    const official = () => (schema.getType("Official") as GraphQLObjectType).getFields();
    expect(official().name!.resolve).toBeDefined();
    leanFieldResolvers(schema);
    expect(official().name!.resolve).toBeUndefined();
    expect(official().positions!.resolve).toBeDefined();
  });

  it("calls the resolver method at once, with the arguments graphql-js coerced, where type-graphql's handler first awaits each one", async () => {
    const plain = await build();
    const before = callPositions(plain.getType("Official") as GraphQLObjectType, { first: 3 });
    expect(before.asked).toEqual([]);
    await before.result;
    expect(before.asked).toHaveLength(1);

    const lean = await build();
    leanFieldResolvers(lean);
    const after = callPositions(lean.getType("Official") as GraphQLObjectType, { first: 3 });
    expect(after.asked).toHaveLength(1);
    expect(after.asked[0]).toEqual(before.asked[0]);
    expect((after.asked[0] as { limit: number }).limit).toBe(3);
    expect(await after.result).toEqual(await before.result);
  });
});

describe("leanTypeResolvers", () => {
  it("names an entity's type at once, where type-graphql's resolveType answers with a promise", async () => {
    const schema = await build();
    const entity = schema.getType("Entity") as GraphQLInterfaceType;
    const row = { id: "official:x", kind: "Official", name: "X" };
    const info = {} as GraphQLResolveInfo;
    expect(entity.resolveType!(row, {}, info, entity)).toBeInstanceOf(Promise);
    expect(leanTypeResolvers(schema)).toBe(2);
    expect(entity.resolveType!(row, {}, info, entity)).toBe("Official");
    const node = schema.getType("Node") as GraphQLInterfaceType;
    expect(node.resolveType!({ id: "article:x" }, {}, info, node)).toBe("Article");
  });
});
