import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Entity } from "../entity/entity.interface.js";
import type { EntityRow } from "../entity/entity.row.js";
import { Neighbourhood } from "./neighbourhood.type.js";
import { findNeighbourhood } from "./find-neighbourhood.js";
import { MAX_NEIGHBOURHOOD_EDGES } from "./traversal-limits.js";

@Resolver(() => Entity)
export class NeighbourhoodResolver {
  @FieldResolver(() => Neighbourhood, { description: "The facts within `hops` steps of this entity and the entities they join, as nodes and edges ready to draw." })
  async neighbourhood(
    @Root() entity: EntityRow,
    @Ctx() ctx: Context,
    @Arg("hops", () => Int, { defaultValue: 1, description: "1: the facts touching this entity; 2: those touching its neighbours as well." }) hops: number,
    @Arg("limit", () => Int, { defaultValue: 100, description: `At most this many edges, 1 to ${MAX_NEIGHBOURHOOD_EDGES}; the nearest are kept and \`truncated\` says when some were not.` }) limit: number,
  ) {
    return findNeighbourhood(ctx, entity, hops, limit);
  }
}
