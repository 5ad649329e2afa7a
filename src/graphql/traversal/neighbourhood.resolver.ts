import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Entity } from "../entity/entity.interface.js";
import { type EntityRow, entityKeys } from "../../graph/entity.row.js";
import { selectedBelow } from "../selection.js";
import { Neighbourhood } from "./neighbourhood.type.js";
import { neighbourhoodBounds } from "../../domain/traversal/find-neighbourhood.js";
import { MAX_NEIGHBOURHOOD_EDGES } from "../../graph/traversal-limits.js";

@Resolver(() => Entity)
export class NeighbourhoodResolver {
  @FieldResolver(() => Neighbourhood, { description: "The facts within `hops` steps of this entity and the entities they join, as nodes and edges ready to draw." })
  async neighbourhood(
    @Root() entity: EntityRow,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("hops", () => Int, { defaultValue: 1, description: "1: the facts touching this entity; 2: those touching its neighbours as well." }) hops: number,
    @Arg("limit", () => Int, {
      defaultValue: 100,
      description: `At most this many edges, 1 to ${MAX_NEIGHBOURHOOD_EDGES}; the nearest are kept and \`truncated\` says when some were not.`,
    })
    limit: number,
  ) {
    // Only the properties the client selected on the nodes are read.
    const key = { id: entity.id, ...neighbourhoodBounds(hops, limit), nodeKeys: entityKeys(selectedBelow(info, "nodes")) };
    return (await ctx.loaders.neighbourhood.load(key)) ?? { nodes: [entity], edges: [], truncated: false };
  }
}
