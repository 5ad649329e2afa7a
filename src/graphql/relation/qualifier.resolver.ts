import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { QualifierRow } from "../../graph/qualifier.row.js";
import { readPartialDate } from "../../graph/partial-date.row.js";
import { Article } from "../article/article.type.js";
import { PartialDate } from "../common/partial-date.type.js";
import type { Context } from "../context.js";
import { Qualifier } from "./qualifier.type.js";

@Resolver(() => Qualifier)
export class QualifierResolver {
  @FieldResolver(() => PartialDate, { nullable: true, description: 'TIME: the point in time, as precisely as stated ("mid-2021" is 2021, with its text).' })
  time(@Root() qualifier: QualifierRow) {
    return readPartialDate(qualifier, "time");
  }

  @FieldResolver(() => Article, { description: "The article the sentence comes from." })
  article(@Root() qualifier: QualifierRow, @Ctx() ctx: Context) {
    return ctx.loaders.articleById.load(qualifier.articleId);
  }
}
