import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import { selectedBelow } from "../selection.js";
import type { Context } from "../context.js";
import type { ListOrder } from "../../graph/list.queries.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { AFTER, PAGE_SIZE } from "./filter-descriptions.js";
import { FrameworkConnection } from "./list-connections.js";
import { FrameworkOrder } from "./list-orders.js";
import { listPage } from "../../domain/lists/list-page.js";
import { FrameworkFilter, frameworkFilterParams } from "./framework-filter.input.js";

@Resolver()
export class FrameworkListResolver {
  @Query(() => FrameworkConnection, { description: "Frameworks, filtered and ordered, a page at a time." })
  frameworks(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => FrameworkFilter, { nullable: true, description: "Which frameworks; all when omitted." }) filter?: FrameworkFilter | null,
    @Arg("orderBy", () => FrameworkOrder, { defaultValue: "NAME_ASC", description: "The order of the list." }) orderBy: ListOrder = "NAME_ASC",
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE }) first?: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER }) after?: string | null,
  ) {
    return listPage<EntityRow>(ctx, "frameworks", frameworkFilterParams(filter), { order: orderBy, first, after, fields: selectedBelow(info, "nodes") });
  }
}
