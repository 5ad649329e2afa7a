import { SearchResolver } from "./search.resolver.js";

/** The search resolvers, registered with the schema in graphql/resolvers.ts. */
export const SEARCH_RESOLVERS = [SearchResolver] as const;
