import { CandidatesResolver } from "./candidates.resolver.js";
import { FactCorrectionResolver } from "./fact-correction.resolver.js";
import { IngestResolver } from "./ingest.resolver.js";
import { RemovalResolver } from "./removal.resolver.js";

/** The editors' resolvers, registered with the schema in graphql/resolvers.ts. */
export const EDITING_RESOLVERS = [IngestResolver, RemovalResolver, FactCorrectionResolver, CandidatesResolver] as const;
