import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ENTITY_TYPES } from "../domain/entity/entity-types.js";
import { RESOLVERS } from "./resolvers.js";

/** Built once at start-up; scripts/print-schema.ts prints the same schema into schema/schema.graphql. */
export async function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    orphanedTypes: ENTITY_TYPES,
    validate: false,
    emitSchemaFile: false,
  });
}
