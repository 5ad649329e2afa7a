import { Arg, Ctx, ID, Mutation, Resolver, UseMiddleware } from "type-graphql";
import { RequireEditor } from "../../auth/require-editor.middleware.js";
import { removeArticle } from "../../corpus/remove-article.js";
import { recordRemoval } from "../../corpus/revision.js";
import { badInput } from "../../errors/app-error.js";
import type { Context } from "../../graphql/context.js";
import { kindOfId } from "../../model/entity-kinds.js";
import { apiAuthor } from "./api-author.js";
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
