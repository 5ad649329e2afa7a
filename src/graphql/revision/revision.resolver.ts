import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { RevisionRow } from "../../domain/editing/revision.js";
import { badInput } from "../../errors/app-error.js";
import type { Context } from "../context.js";
import { pageSize } from "../../domain/paging/page-size.js";
import { kindOfId } from "../../model/entity-kinds.js";
import { ARTICLE_REVISIONS, RECENT_REVISIONS } from "../../graph/revision.queries.js";
import { Article } from "../article/article.type.js";
import { Revision } from "./revision.type.js";

@Resolver(() => Revision)
export class RevisionResolver {
  @Query(() => [Revision], {
    description: "The newest changes to articles, across the graph or for one article or one editor, newest first: what changed lately, and who changed it. Includes removed articles.",
  })
  async revisions(
    @Arg("article", () => ID, { nullable: true, description: "Only this article's changes, even if it has since been removed." }) article: string | null | undefined,
    @Arg("by", () => String, { nullable: true, description: "Only changes by this author (an editor key's name, a CLI user, or `corpus`)." }) by: string | null | undefined,
    @Arg("first", () => Int, { nullable: true, description: "How many, up to the server's maximum page size." }) first: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<RevisionRow[]> {
    if (article != null && kindOfId(article) !== "Article") throw badInput(`"article" takes an id starting "article:"; got "${article}".`, { argument: "article" });
    const limit = pageSize(first, ctx.config.limits, "first");
    const query = article != null ? ARTICLE_REVISIONS : RECENT_REVISIONS;
    const rows = await ctx.executor.read<{ revision: RevisionRow }>(query, { articleId: article ?? null, by: by ?? null, limit });
    return rows.map((r) => r.revision);
  }

  @FieldResolver(() => Article, { nullable: true, description: "The article as it is now; null once removed." })
  article(@Root() revision: RevisionRow, @Ctx() ctx: Context) {
    return ctx.loaders.articleById.load(revision.articleId);
  }
}
