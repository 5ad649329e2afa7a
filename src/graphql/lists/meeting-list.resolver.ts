import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import { selectedBelow } from "../selection.js";
import type { Context } from "../context.js";
import type { ListOrder } from "../../graph/list.queries.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { AFTER, PAGE_SIZE } from "./filter-descriptions.js";
import { MeetingConnection } from "./list-connections.js";
import { MeetingOrder } from "./list-orders.js";
import { listPage } from "../../domain/lists/list-page.js";
import { MeetingFilter, meetingFilterParams } from "./meeting-filter.input.js";

@Resolver()
export class MeetingListResolver {
  @Query(() => MeetingConnection, { description: "Meetings, filtered and ordered (newest first unless asked otherwise), a page at a time." })
  meetings(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => MeetingFilter, { nullable: true, description: "Which meetings; all when omitted." }) filter?: MeetingFilter | null,
    @Arg("orderBy", () => MeetingOrder, { defaultValue: "DATE_DESC", description: "The order of the list." }) orderBy: ListOrder = "DATE_DESC",
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE }) first?: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER }) after?: string | null,
  ) {
    return listPage<EntityRow>(ctx, "meetings", meetingFilterParams(filter), { order: orderBy, first, after, fields: selectedBelow(info, "nodes") });
  }
}
