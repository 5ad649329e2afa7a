import type { Context } from "../../graphql/context.js";
import type { EntityRow } from "../entity/entity.row.js";
import type { NeighbourhoodRow } from "./neighbourhood.type.js";
import { allowedHops, boundedInt } from "./traversal-args.js";
import { MAX_NEIGHBOURHOOD_EDGES, NEIGHBOURHOOD_HOPS } from "./traversal-limits.js";

/** Checks the bounds, then loads through the per-request loader; an entity with no facts is its own neighbourhood. */
export async function findNeighbourhood(ctx: Context, entity: EntityRow, hops: number, limit: number): Promise<NeighbourhoodRow> {
  const key = { id: entity.id, hops: allowedHops(hops, "hops", NEIGHBOURHOOD_HOPS), limit: boundedInt(limit, "limit", 1, MAX_NEIGHBOURHOOD_EDGES) };
  return (await ctx.loaders.neighbourhood.load(key)) ?? { nodes: [entity], edges: [], truncated: false };
}
