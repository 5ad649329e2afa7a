import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ENTITY_TYPES } from "./entity/entity-types.js";
import { RESOLVERS } from "./resolvers.js";
import { leanFieldResolvers, leanTypeResolvers } from "./lean-field-resolvers.js";

/** Built once at start-up; scripts/print-schema.ts prints the same schema into schema/schema.graphql. */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    orphanedTypes: ENTITY_TYPES,
    validate: false,
    emitSchemaFile: false,
  });
  leanFieldResolvers(schema);
  leanTypeResolvers(schema);
  // type-graphql leaves the root types undescribed; they open GraphiQL's docs.
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query)
    query.description =
      "Ask the graph: entity pages, lists with filters, traversals (who attended with whom, connections, neighbourhoods, office holders, timelines) and search in English and Thai.";
  if (mutation) mutation.description = "Change the graph: ingest or remove articles, dispute or correct facts. Every mutation needs an editor credential.";
  return schema;
}
