import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { CountryResolver } from "../domain/country/country.resolver.js";

/** Built once at start-up; scripts/print-schema.ts prints the same schema into schema/schema.graphql. */
export async function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [CountryResolver],
    validate: false,
    emitSchemaFile: false,
  });
}
