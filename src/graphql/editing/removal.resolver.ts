import { Arg, Ctx, ID, Mutation, Resolver, UseMiddleware } from "type-graphql";
import { RequireEditor } from "../require-editor.middleware.js";
import { removeArticleAs } from "../../domain/editing/removal.js";
import type { Context } from "../context.js";
import { apiAuthor } from "../../domain/editing/api-author.js";
import { RemovalResult } from "./ingest-result.type.js";

@Resolver()
export class RemovalResolver {
  @Mutation(() => RemovalResult, {
    description: "Removes an article and everything only it supports. Facts and entities other articles also support stay, with their evidence. Needs an editor credential.",
  })
  @UseMiddleware(RequireEditor)
  async removeArticle(@Arg("id", () => ID, { description: "The article's id, e.g. article:0cd131ed29d05df0." }) id: string, @Ctx() ctx: Context): Promise<RemovalResult> {
    const report = await removeArticleAs(ctx.executor, id, apiAuthor(ctx.principal));
    ctx.logger.info({ article: id, editor: ctx.principal.name, ...report }, "article removed");
    return report;
  }
}
