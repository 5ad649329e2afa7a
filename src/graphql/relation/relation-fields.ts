import type { Context } from "../context.js";
import { pageSize } from "../../domain/paging/page-size.js";
import type { FactType } from "../../model/fact-types.js";
import type { RelationKey } from "../../graph/relation.row.js";
import { toRelation, type Relation } from "./relation.type.js";

export interface RelationFilter {
  role?: string | null;
  countryId?: string | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
}

/** What every relationship field does: ask the per-request loader, so siblings share one query. */
export async function relationsOf(ctx: Context, id: string, types: readonly FactType[], direction: RelationKey["direction"], filter: RelationFilter = {}): Promise<Relation[]> {
  const limit = pageSize(filter.first ?? null, { defaultPageSize: ctx.config.limits.maxPageSize, maxPageSize: ctx.config.limits.maxPageSize });
  const rows = await ctx.loaders.relationsByEntity.load({ id, types, direction, role: filter.role, countryId: filter.countryId, from: filter.from, to: filter.to, limit });
  return rows.map(toRelation);
}
