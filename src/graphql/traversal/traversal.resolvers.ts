import { ConnectionResolver } from "./connection.resolver.js";
import { CountryCounterpartsResolver, OfficialCounterpartsResolver } from "./counterparts.resolver.js";
import { GraphEdgeResolver } from "./graph-edge.resolver.js";
import { NeighbourhoodResolver } from "./neighbourhood.resolver.js";
import { OfficeHoldersResolver } from "./office-holders.resolver.js";
import { TimelineResolver } from "./timeline.resolver.js";

/** The traversal resolvers, registered with the schema in graphql/resolvers.ts. */
export const TRAVERSAL_RESOLVERS = [
  OfficialCounterpartsResolver,
  CountryCounterpartsResolver,
  ConnectionResolver,
  NeighbourhoodResolver,
  GraphEdgeResolver,
  OfficeHoldersResolver,
  TimelineResolver,
] as const;
