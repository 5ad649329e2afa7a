import { GraphQLJSON } from "graphql-scalars";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { readPartialDate } from "../../graph/partial-date.row.js";
import { PartialDate } from "../common/partial-date.type.js";
import { Organisation } from "../entity/entity-types.js";
import { Evidence } from "../relation/evidence.type.js";
import { Mention } from "../relation/mention.type.js";
import { Revision } from "../revision/revision.type.js";
import type { ArticleRow } from "../../graph/article.row.js";
import { Article } from "./article.type.js";

@Resolver(() => Article)
export class ArticleResolver {
  @FieldResolver(() => PartialDate, { nullable: true, description: "When it was published, to the precision known." })
  published(@Root() article: ArticleRow) {
    return readPartialDate(article, "published");
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "Who published it, when the article says." })
  publisher(@Root() article: ArticleRow, @Ctx() ctx: Context) {
    return article.publisherId ? ctx.loaders.entityById.load(article.publisherId) : null;
  }

  @FieldResolver(() => [Mention], { description: "Every entity the article refers to, with the forms of name it used." })
  mentions(@Root() article: ArticleRow, @Ctx() ctx: Context) {
    return ctx.loaders.mentionsByArticle.load(article.id);
  }

  @FieldResolver(() => [Evidence], { description: "Every sentence of this article that supports a fact, in text order." })
  evidence(@Root() article: ArticleRow, @Ctx() ctx: Context) {
    return ctx.loaders.evidenceByArticle.load(article.id);
  }

  @FieldResolver(() => [Revision], { description: "Who ingested, corrected or re-ingested this article, and when, newest first (at most 100)." })
  revisions(@Root() article: ArticleRow, @Ctx() ctx: Context) {
    return ctx.loaders.revisionsByArticle.load(article.id);
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description:
      "The annotation this article was last ingested from, in the annotation format (see `annotationFormat`). To correct what the article states (a role, a title, a country), fix it here and send it back through `ingestArticle`. Null only for an article loaded before the server kept annotations.",
  })
  annotation(@Root() article: ArticleRow, @Ctx() ctx: Context) {
    return ctx.loaders.sourceByArticle.load(article.id);
  }
}
