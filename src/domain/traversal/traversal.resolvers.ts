/** The traversal resolvers, registered with the schema in graphql/resolvers.ts. */
export const TRAVERSAL_RESOLVERS = [] as const;
