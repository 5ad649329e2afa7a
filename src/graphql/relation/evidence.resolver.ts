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

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description:
      "When the sentence attests the fact to hold. For an office it is, unless the annotation says otherwise, the article's publication day: a sentence naming someone in office shows them in it the day it appeared. A past-tense sentence (`past`) attests no day.",
  })
  asOf(@Root() evidence: EvidenceRow) {
    return readPartialDate(evidence, "asOf");
  }

  @FieldResolver(() => Boolean, { description: 'True when the sentence speaks of the fact as over ("previously held …"), so it attests no day of it.' })
  past(@Root() evidence: EvidenceRow): boolean {
    return evidence.past === true;
  }

  @FieldResolver(() => PartialDate, {
    nullable: true,
    description:
      "When the fact began, as this sentence's article states it. The fact's own dates are the first stated (or an editor's correction); an article that states others keeps them here.",
  })
  statedFrom(@Root() evidence: EvidenceRow) {
    return readPartialDate(evidence, "statedFrom");
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: "When the fact ended, as this sentence's article states it (see statedFrom)." })
  statedUntil(@Root() evidence: EvidenceRow) {
    return readPartialDate(evidence, "statedUntil");
  }

  @FieldResolver(() => Relation, { nullable: true, description: "The fact this sentence supports." })
  async fact(@Root() evidence: EvidenceRow, @Ctx() ctx: Context) {
    const row = await ctx.loaders.relationByFact.load(evidence.factId);
    return row ? toRelation(row) : null;
  }
}
