import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import { selectedBelow, selectedFields } from "../selection.js";
import { entityKeys, fromProjected } from "../../graph/entity.row.js";
import { existsByTraversals } from "./lookup-ahead.js";
import { NotFoundError } from "../../errors/app-error.js";
import type { Context } from "../context.js";
import { Node } from "../node.interface.js";
import { type EntityKind, kindOfId } from "../../model/entity-kinds.js";
import { Article } from "../article/article.type.js";
import { Entity } from "./entity.interface.js";
import { Country, Framework, Meeting, Official, Organisation, Place, Topic } from "./entity-types.js";
import { checkId } from "../../domain/ids.js";

const idArg = { description: "The id, e.g. official:q7k2m9xa4t or country:KHM." } as const;

/** Checks the prefix before any query, so a mistyped id gets a precise error instead of "not found". */
async function byKind(ctx: Context, info: GraphQLResolveInfo, id: string, kind: EntityKind) {
  checkId(id, kind, "id", `${kind.toLowerCase()}(id:)`);
  // A page asking only traversals of the entity learns from them whether it exists.
  const found = await existsByTraversals(ctx, info, id, kind);
  if (found === false) throw new NotFoundError(kind, id);
  if (found) return fromProjected({ id, kind, values: [] }, []);
  // Only the properties the page selects are read.
  const row = await ctx.loaders.entityFields.load({ id, keys: entityKeys(selectedFields(info), (field) => selectedBelow(info, field)) });
  if (!row) throw new NotFoundError(kind, id);
  return row;
}

@Resolver()
export class LookupResolver {
  @Query(() => Node, { nullable: true, description: "Any node by id: an entity or an article. Null when none has the id." })
  async node(@Arg("id", () => ID, idArg) id: string, @Ctx() ctx: Context) {
    const kind = kindOfId(id);
    if (!kind) return null;
    return kind === "Article" ? ctx.loaders.articleById.load(id) : ctx.loaders.entityById.load(id);
  }

  @Query(() => Entity, { description: "Any entity by id; NOT_FOUND when none has it." })
  async entity(@Arg("id", () => ID, idArg) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return byKind(ctx, info, checkId(id, "entity", "id", "entity(id:)"), kindOfId(id) as EntityKind);
  }

  @Query(() => Official, { description: "An official's page." })
  official(@Arg("id", () => ID, idArg) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return byKind(ctx, info, id, "Official");
  }

  @Query(() => Organisation, { description: "An organisation's page." })
  organisation(@Arg("id", () => ID, idArg) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return byKind(ctx, info, id, "Organisation");
  }

  @Query(() => Country, { description: "A country's page." })
  country(@Arg("id", () => ID, { description: "The id, e.g. country:KHM." }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return byKind(ctx, info, id, "Country");
  }

  @Query(() => Place, { description: "A place's page." })
  place(@Arg("id", () => ID, idArg) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return byKind(ctx, info, id, "Place");
  }

  @Query(() => Meeting, { description: "A meeting's page." })
  meeting(@Arg("id", () => ID, idArg) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return byKind(ctx, info, id, "Meeting");
  }

  @Query(() => Framework, { description: "A framework's page." })
  framework(@Arg("id", () => ID, idArg) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return byKind(ctx, info, id, "Framework");
  }

  @Query(() => Topic, { description: "A topic's page: a matter meetings discussed that is not a framework." })
  topic(@Arg("id", () => ID, idArg) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return byKind(ctx, info, id, "Topic");
  }

  @Query(() => Article, { description: "An article, with its text, mentions and evidence." })
  async article(@Arg("id", () => ID, { description: "The id, e.g. article:0cd131ed29d05df0." }) id: string, @Ctx() ctx: Context) {
    checkId(id, "Article", "id", "article(id:)");
    const row = await ctx.loaders.articleById.load(id);
    if (!row) throw new NotFoundError("Article", id);
    return row;
  }
}
