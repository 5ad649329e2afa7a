import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";

/** Sorted, so the committed file changes only when the schema does. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return `# Printed from the code by \`npm run schema:print\`; do not edit by hand.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
