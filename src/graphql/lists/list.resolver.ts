import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import { selectedBelow, selectedFields } from "../selection.js";
import type { Context } from "../context.js";
import type { ListOrder } from "../../graph/list.queries.js";
import type { EntityRow } from "../../graph/entity.row.js";
import type { ArticleRow } from "../../graph/article.row.js";
import type { Page } from "../../domain/paging/page.js";
import { listPage } from "../../domain/lists/list-page.js";
import { AFTER, PAGE_SIZE } from "./filter-descriptions.js";
import type { FilterValues } from "./filter-fields.js";
import type { ListDefinition } from "./list-definition.js";
import { itemRelations } from "../relation/item-relations.js";

/**
 * The one resolver of every top-level list, as a base class each list extends
 * (type-graphql's resolver inheritance): `@Resolver() class MeetingListResolver extends
 * listResolver(MEETINGS) {}`. The base class is not registered itself; only the classes
 * in the schema's resolver list are, each with its own query named after its list.
 * The page size, cursor and id checks all happen below, the same for every list. It looks
 * ahead: only the selected node fields are read, the total only when it is selected, and
 * the relations the items' relationship fields will ask for come with the page.
 */
export function listResolver(list: ListDefinition) {
  @Resolver()
  abstract class ListResolver {
    @Query(() => list.connection, { name: list.name, description: list.description })
    list(
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
      @Arg("filter", () => list.filter.type, { nullable: true, description: `Which ${list.name}; all when omitted.` }) filter?: FilterValues | null,
      @Arg("orderBy", () => list.order, { defaultValue: list.defaultOrder, description: "The order of the list." }) orderBy: ListOrder = list.defaultOrder,
      @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE }) first?: number | null,
      @Arg("after", () => String, { nullable: true, description: AFTER }) after?: string | null,
    ): Promise<Page<EntityRow | ArticleRow>> {
      return listPage(ctx, list.name, list.filter.params(filter), {
        order: orderBy,
        first,
        after,
        fields: selectedBelow(info, "nodes"),
        count: selectedFields(info).has("totalCount"),
        relations: itemRelations(ctx.config, info),
      });
    }
  }
  return ListResolver;
}
