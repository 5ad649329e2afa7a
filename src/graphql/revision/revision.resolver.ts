import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { RevisionRow } from "../../domain/editing/revision.js";
import type { Context } from "../context.js";
import { listRevisions } from "../../domain/editing/list-revisions.js";
import { Article } from "../article/article.type.js";
import { Revision } from "./revision.type.js";

@Resolver(() => Revision)
export class RevisionResolver {
  @Query(() => [Revision], {
    description:
      "The newest changes to articles, across the graph or for one article or one editor, newest first: what changed lately, and who changed it. Includes removed articles.",
  })
  revisions(
    @Arg("article", () => ID, { nullable: true, description: "Only this article's changes, even if it has since been removed." }) article: string | null | undefined,
    @Arg("by", () => String, { nullable: true, description: "Only changes by this author (an editor key's name, a CLI user, or `corpus`)." }) by: string | null | undefined,
    @Arg("first", () => Int, { nullable: true, description: "How many, up to the server's maximum page size." }) first: number | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<RevisionRow[]> {
    return listRevisions(ctx, { article, by, first });
  }

  @FieldResolver(() => Article, { nullable: true, description: "The article as it is now; null once removed." })
  article(@Root() revision: RevisionRow, @Ctx() ctx: Context) {
    return ctx.loaders.articleById.load(revision.articleId);
  }
}
