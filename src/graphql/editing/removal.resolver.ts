import { Arg, Ctx, ID, Mutation, Resolver, UseMiddleware } from "type-graphql";
import { RequireEditor } from "../require-editor.middleware.js";
import { removeArticle } from "../../domain/editing/remove-article.js";
import { recordRemoval } from "../../domain/editing/revision.js";
import { badInput } from "../../errors/app-error.js";
import type { Context } from "../context.js";
import { kindOfId } from "../../model/entity-kinds.js";
import { apiAuthor } from "../../domain/editing/api-author.js";
import { RemovalResult } from "./ingest-result.type.js";

@Resolver()
export class RemovalResolver {
  @Mutation(() => RemovalResult, {
    description: "Removes an article and everything only it supports. Facts and entities other articles also support stay, with their evidence. Needs an editor credential.",
  })
  @UseMiddleware(RequireEditor)
  async removeArticle(@Arg("id", () => ID, { description: "The article's id, e.g. article:0cd131ed29d05df0." }) id: string, @Ctx() ctx: Context): Promise<RemovalResult> {
    if (kindOfId(id) !== "Article") throw badInput(`removeArticle(id:) takes an id starting "article:"; got "${id}".`, { argument: "id" });
    const report = await ctx.executor.writeTransaction(async (tx) => {
      const removal = await removeArticle(tx, id);
      await recordRemoval(tx, removal, apiAuthor(ctx.principal));
      return removal;
    }, ctx.executor.loadTimeoutMs);
    ctx.logger.info({ article: id, editor: ctx.principal.name, ...report }, "article removed");
    return report;
  }
}
