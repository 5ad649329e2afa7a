import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Article } from "../article/article.type.js";
import { Entity } from "../entity/entity.interface.js";
import { Mention, type MentionRow } from "./mention.type.js";

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Article, { description: "The article." })
  article(@Root() mention: MentionRow, @Ctx() ctx: Context) {
    return ctx.loaders.articleById.load(mention.articleId);
  }

  @FieldResolver(() => Entity, { description: "The entity the article refers to." })
  entity(@Root() mention: MentionRow, @Ctx() ctx: Context) {
    return ctx.loaders.entityById.load(mention.entityId);
  }
}
