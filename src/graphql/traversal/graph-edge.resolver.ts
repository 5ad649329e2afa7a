import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Relation, toRelation } from "../relation/relation.type.js";
import { GraphEdge } from "./neighbourhood.type.js";

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  /** Edges stay light for drawing; the fact behind one is fetched only when asked, one query for all of them. */
  @FieldResolver(() => Relation, { nullable: true, description: "The fact itself, with its evidence, seen from its subject (`source`)." })
  async relation(@Root() edge: GraphEdge, @Ctx() ctx: Context) {
    const row = await ctx.loaders.relationByFact.load(edge.id);
    return row ? toRelation(row) : null;
  }
}
