/** The search resolvers, registered with the schema in graphql/resolvers.ts. */
export const SEARCH_RESOLVERS = [] as const;
