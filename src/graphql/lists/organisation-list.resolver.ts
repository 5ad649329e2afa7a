import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import { selectedBelow } from "../selection.js";
import type { Context } from "../context.js";
import type { ListOrder } from "../../graph/list.queries.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { AFTER, PAGE_SIZE } from "./filter-descriptions.js";
import { OrganisationConnection } from "./list-connections.js";
import { OrganisationOrder } from "./list-orders.js";
import { listPage } from "../../domain/lists/list-page.js";
import { OrganisationFilter, organisationFilterParams } from "./organisation-filter.input.js";

@Resolver()
export class OrganisationListResolver {
  @Query(() => OrganisationConnection, { description: "Organisations, filtered and ordered, a page at a time." })
  organisations(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => OrganisationFilter, { nullable: true, description: "Which organisations; all when omitted." }) filter?: OrganisationFilter | null,
    @Arg("orderBy", () => OrganisationOrder, { defaultValue: "NAME_ASC", description: "The order of the list." }) orderBy: ListOrder = "NAME_ASC",
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE }) first?: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER }) after?: string | null,
  ) {
    return listPage<EntityRow>(ctx, "organisations", organisationFilterParams(filter), { order: orderBy, first, after, fields: selectedBelow(info, "nodes") });
  }
}
