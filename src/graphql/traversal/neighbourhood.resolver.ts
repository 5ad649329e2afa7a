import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Entity } from "../entity/entity.interface.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { Neighbourhood } from "./neighbourhood.type.js";
import { MAX_NEIGHBOURHOOD_EDGES } from "../../graph/traversal-limits.js";
import { neighbourhoodKeyFor } from "../loaders/neighbourhood.loader.js";

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
    return (await ctx.loaders.neighbourhood.load(neighbourhoodKeyFor(info, entity.id, hops, limit))) ?? { nodes: [entity], edges: [], truncated: false };
  }
}
