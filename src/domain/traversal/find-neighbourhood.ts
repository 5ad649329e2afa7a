import type { EntityRow } from "../../graph/entity.row.js";
import { MAX_NEIGHBOURHOOD_EDGES, NEIGHBOURHOOD_HOPS, type NeighbourhoodHops } from "../../graph/traversal-limits.js";
import { NEIGHBOURHOOD_BY_HOPS } from "../../graph/traversal.queries.js";
import { type NeighbourhoodQueryRow, readNeighbourhood } from "../../graph/neighbourhood.row.js";
import type { ReadContext } from "../read-context.js";
import { allowedHops, boundedInt } from "./traversal-args.js";

/** The facts around an entity as edges (fact ids and their ends), and the entities they join. */
export interface NeighbourhoodFound {
  nodes: EntityRow[];
  edges: { id: string; type: string; source: string; target: string }[];
  truncated: boolean;
}

/** Checks a neighbourhood's hops and edge limit; the GraphQL field's loader takes the same. */
export function neighbourhoodBounds(hops: number, limit: number): { hops: NeighbourhoodHops; limit: number } {
  return { hops: allowedHops(hops, "hops", NEIGHBOURHOOD_HOPS), limit: boundedInt(limit, "limit", 1, MAX_NEIGHBOURHOOD_EDGES) };
}

/**
 * The neighbourhoods of several entities at once, by the same query as the GraphQL field:
 * one statement however many. An entity with no facts is its own neighbourhood.
 */
export async function findNeighbourhoods(ctx: ReadContext, entities: readonly EntityRow[], hops: number, limit: number): Promise<NeighbourhoodFound[]> {
  const bounds = neighbourhoodBounds(hops, limit);
  if (entities.length === 0) return [];
  const rows = await ctx.executor.read<NeighbourhoodQueryRow>(NEIGHBOURHOOD_BY_HOPS[bounds.hops], {
    keys: entities.map((e, index) => ({ index, id: e.id, limit: bounds.limit, nodeKeys: null })),
  });
  const found: NeighbourhoodFound[] = entities.map((e) => ({ nodes: [e], edges: [], truncated: false }));
  for (const row of rows) found[row.index] = readNeighbourhood(row, null);
  return found;
}
