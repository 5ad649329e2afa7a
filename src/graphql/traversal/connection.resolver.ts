import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from "type-graphql";
import { selectedAlong } from "../selection.js";
import type { Context } from "../context.js";
import { findPaths } from "../../domain/traversal/find-paths.js";
import { Path } from "./path.type.js";
import { relationKeys, toRelation } from "../relation/relation.type.js";
import { MAX_PATHS } from "../../graph/traversal-limits.js";

@Resolver()
export class ConnectionResolver {
  @Query(() => [Path], {
    description: "How two entities are connected: the shortest chains of facts between them, either way round, each step with its evidence. Empty when none is within `maxHops`.",
  })
  async connection(
    @Arg("from", () => ID, { description: "The first entity's id." }) from: string,
    @Arg("to", () => ID, { description: "The second entity's id." }) to: string,
    @Arg("maxHops", () => Int, { defaultValue: 4, description: "The longest path to look for, in facts: 1 to 4." }) maxHops: number,
    @Arg("first", () => Int, { defaultValue: 5, description: `At most this many paths, 1 to ${MAX_PATHS}, ordered by the names along them.` }) first: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Path[]> {
    // Only the properties the client selected on the steps' ends and relations are read.
    const fields = new Set([...selectedAlong(info, ["steps", "from"]), ...selectedAlong(info, ["steps", "to"])]);
    const paths = await findPaths(ctx, { from, to, maxHops, first, fields, relationKeys: relationKeys(selectedAlong(info, ["steps", "relation"])) });
    return paths.map((path) => ({ ...path, steps: path.steps.map((step) => ({ ...step, relation: toRelation(step.relation) })) }));
  }
}
