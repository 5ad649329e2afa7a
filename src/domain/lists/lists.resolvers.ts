/** The lists resolvers, registered with the schema in graphql/resolvers.ts. */
export const LISTS_RESOLVERS = [] as const;
