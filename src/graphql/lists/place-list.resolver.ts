import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import { selectedBelow } from "../selection.js";
import type { Context } from "../context.js";
import type { ListOrder } from "../../graph/list.queries.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { AFTER, PAGE_SIZE } from "./filter-descriptions.js";
import { PlaceConnection } from "./list-connections.js";
import { PlaceOrder } from "./list-orders.js";
import { listPage } from "../../domain/lists/list-page.js";
import { PlaceFilter, placeFilterParams } from "./place-filter.input.js";

@Resolver()
export class PlaceListResolver {
  @Query(() => PlaceConnection, { description: "Places, filtered and ordered, a page at a time." })
  places(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => PlaceFilter, { nullable: true, description: "Which places; all when omitted." }) filter?: PlaceFilter | null,
    @Arg("orderBy", () => PlaceOrder, { defaultValue: "NAME_ASC", description: "The order of the list." }) orderBy: ListOrder = "NAME_ASC",
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE }) first?: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER }) after?: string | null,
  ) {
    return listPage<EntityRow>(ctx, "places", placeFilterParams(filter), { order: orderBy, first, after, fields: selectedBelow(info, "nodes") });
  }
}
