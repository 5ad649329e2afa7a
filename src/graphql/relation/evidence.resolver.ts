import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { Article } from "../article/article.type.js";
import { readPartialDate } from "../../graph/partial-date.row.js";
import { PartialDate } from "../common/partial-date.type.js";
import { Evidence, type EvidenceRow } from "./evidence.type.js";
import { Relation, toRelation } from "./relation.type.js";

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { description: "The article the sentence comes from, with its publisher, date and URL." })
  article(@Root() evidence: EvidenceRow, @Ctx() ctx: Context) {
    return ctx.loaders.articleById.load(evidence.articleId);
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: "When the sentence attests the fact to hold (for offices: the day the article shows the official in post)." })
  asOf(@Root() evidence: EvidenceRow) {
    return readPartialDate(evidence, "asOf");
  }

  @FieldResolver(() => Relation, { nullable: true, description: "The fact this sentence supports." })
  async fact(@Root() evidence: EvidenceRow, @Ctx() ctx: Context) {
    const row = await ctx.loaders.relationByFact.load(evidence.factId);
    return row ? toRelation(row) : null;
  }
}
