import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import type { ListOrder } from "../../graph/list.queries.js";
import type { ArticleRow } from "../../graph/article.row.js";
import { AFTER, PAGE_SIZE } from "./filter-descriptions.js";
import { ArticleConnection } from "./list-connections.js";
import { ArticleOrder } from "./list-orders.js";
import { listPage } from "../../domain/lists/list-page.js";
import { ArticleFilter, articleFilterParams } from "./article-filter.input.js";

@Resolver()
export class ArticleListResolver {
  @Query(() => ArticleConnection, { description: "Articles, filtered and ordered (newest first unless asked otherwise), a page at a time." })
  articles(
    @Ctx() ctx: Context,
    @Arg("filter", () => ArticleFilter, { nullable: true, description: "Which articles; all when omitted." }) filter?: ArticleFilter | null,
    @Arg("orderBy", () => ArticleOrder, { defaultValue: "DATE_DESC", description: "The order of the list." }) orderBy: ListOrder = "DATE_DESC",
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE }) first?: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER }) after?: string | null,
  ) {
    return listPage<ArticleRow>(ctx, "articles", articleFilterParams(filter), { order: orderBy, first, after });
  }
}
