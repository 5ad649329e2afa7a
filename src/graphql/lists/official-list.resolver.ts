import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import { selectedBelow } from "../selection.js";
import type { Context } from "../context.js";
import type { ListOrder } from "../../graph/list.queries.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { AFTER, PAGE_SIZE } from "./filter-descriptions.js";
import { OfficialConnection } from "./list-connections.js";
import { OfficialOrder } from "./list-orders.js";
import { listPage } from "../../domain/lists/list-page.js";
import { OfficialFilter, officialFilterParams } from "./official-filter.input.js";

@Resolver()
export class OfficialListResolver {
  @Query(() => OfficialConnection, { description: "Officials, filtered and ordered, a page at a time." })
  officials(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => OfficialFilter, { nullable: true, description: "Which officials; all when omitted." }) filter?: OfficialFilter | null,
    @Arg("orderBy", () => OfficialOrder, { defaultValue: "NAME_ASC", description: "The order of the list." }) orderBy: ListOrder = "NAME_ASC",
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE }) first?: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER }) after?: string | null,
  ) {
    return listPage<EntityRow>(ctx, "officials", officialFilterParams(filter), { order: orderBy, first, after, fields: selectedBelow(info, "nodes") });
  }
}
