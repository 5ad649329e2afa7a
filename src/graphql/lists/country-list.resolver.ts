import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import { selectedBelow } from "../selection.js";
import type { Context } from "../context.js";
import type { ListOrder } from "../../graph/list.queries.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { AFTER, PAGE_SIZE } from "./filter-descriptions.js";
import { CountryConnection } from "./list-connections.js";
import { CountryOrder } from "./list-orders.js";
import { listPage } from "../../domain/lists/list-page.js";
import { CountryFilter, countryFilterParams } from "./country-filter.input.js";

@Resolver()
export class CountryListResolver {
  @Query(() => CountryConnection, { description: "Countries, filtered and ordered, a page at a time." })
  countries(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => CountryFilter, { nullable: true, description: "Which countries; all when omitted." }) filter?: CountryFilter | null,
    @Arg("orderBy", () => CountryOrder, { defaultValue: "NAME_ASC", description: "The order of the list." }) orderBy: ListOrder = "NAME_ASC",
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE }) first?: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER }) after?: string | null,
  ) {
    return listPage<EntityRow>(ctx, "countries", countryFilterParams(filter), { order: orderBy, first, after, fields: selectedBelow(info, "nodes") });
  }
}
