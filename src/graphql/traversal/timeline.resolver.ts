import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import type { Context } from "../context.js";
import { pageSize } from "../../domain/paging/page-size.js";
import { readPartialDate } from "../../graph/partial-date.row.js";
import { type PartialDate } from "../common/partial-date.type.js";
import { Entity } from "../entity/entity.interface.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { toRelation } from "../relation/relation.type.js";
import { TimelineEntry } from "./timeline-entry.type.js";
import { dateRange } from "../../domain/traversal/traversal-args.js";

@Resolver(() => Entity)
export class TimelineResolver {
  @FieldResolver(() => [TimelineEntry], {
    description:
      "This entity's facts in time order (by earliest possible day, then latest). Each is dated by its meeting, else its stated start, else the earliest day an article shows it; facts with none of these are left out.",
  })
  async timeline(
    @Root() entity: EntityRow,
    @Ctx() ctx: Context,
    @Arg("from", () => LocalDateResolver, { nullable: true, description: "Only entries whose date may fall on or after this day." }) from?: string | null,
    @Arg("to", () => LocalDateResolver, { nullable: true, description: "Only entries whose date may fall on or before this day." }) to?: string | null,
    @Arg("first", () => Int, { nullable: true, description: "At most this many (capped by the server's maximum page size)." }) first?: number | null,
  ): Promise<TimelineEntry[]> {
    const range = dateRange(from, to);
    const limit = pageSize(first ?? null, { defaultPageSize: ctx.config.limits.maxPageSize, maxPageSize: ctx.config.limits.maxPageSize });
    const rows = await ctx.loaders.timeline.load({ id: entity.id, ...range, limit });
    return rows.map((row) => ({ date: readPartialDate(row.date, "") as PartialDate, earliest: row.earliest, latest: row.latest, relation: toRelation(row.relation) }));
  }
}
