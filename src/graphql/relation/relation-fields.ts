import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context.js";
import { pageSize } from "../../domain/paging/page-size.js";
import { onceForSiblings, selectedBelow, selectedFields } from "../selection.js";
import type { FactType } from "../../model/fact-types.js";
import type { EntityKind } from "../../model/entity-kinds.js";
import type { RelationKey } from "../../graph/relation.row.js";
import { covers, type EntityRow, entityKeys, fromProjected, type ProjectedEntity } from "../../graph/entity.row.js";
import { relationKeys, toRelation, type Relation } from "./relation.type.js";

export interface RelationFilter {
  role?: string | null;
  countryId?: string | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
  /** Only relations whose far end is of these kinds (DISCUSSES reaches frameworks and topics alike). */
  otherKinds?: readonly EntityKind[] | null;
}

/** What a relationship field's selection asks of the relations query: the same for every item of a list. */
function lookAhead(info: GraphQLResolveInfo) {
  const selected = selectedFields(info);
  const farEnd = ["other", "subject", "object"].filter((f) => selected.has(f));
  return {
    otherKeys: farEnd.length ? entityKeys(new Set(farEnd.flatMap((f) => [...selectedBelow(info, f)]))) : null,
    countryKeys: selected.has("country") ? entityKeys(selectedBelow(info, "country")) : null,
    nearKeys: entityKeys(new Set(["subject", "object"].filter((f) => selected.has(f)).flatMap((f) => [...selectedBelow(info, f)]))),
    relationKeysSelected: relationKeys(selected),
  };
}

/**
 * What every relationship field does: ask the per-request loader, so siblings share one
 * query. It looks ahead at the selection: when the client wants the far end (`other`,
 * `subject`, `object`) or the represented country, they come with the relations, with just
 * the properties selected under them, so they cost no further round trip.
 */
export async function relationsOf(
  ctx: Context,
  info: GraphQLResolveInfo,
  self: EntityRow,
  types: readonly FactType[],
  direction: RelationKey["direction"],
  filter: RelationFilter = {},
): Promise<Relation[]> {
  const limit = pageSize(filter.first ?? null, { defaultPageSize: ctx.config.limits.maxPageSize, maxPageSize: ctx.config.limits.maxPageSize });
  const { otherKeys, countryKeys, nearKeys, relationKeysSelected } = onceForSiblings(info, "relations", () => lookAhead(info));
  // The entity in view stands for the near end (a subject or object that is itself) when it was read with what that asks.
  const near = covers(self, nearKeys) ? self : undefined;
  const rows = await ctx.loaders.relationsByEntity.load({
    id: self.id,
    types,
    direction,
    role: filter.role,
    countryId: filter.countryId,
    from: filter.from,
    to: filter.to,
    otherKinds: filter.otherKinds,
    limit,
    relationKeys: relationKeysSelected,
    otherKeys,
    countryKeys,
  });
  return rows.map((row) =>
    toRelation({
      ...row,
      self: near,
      other: row.other && otherKeys ? fromProjected(row.other as unknown as ProjectedEntity, otherKeys) : undefined,
      country: countryKeys ? (row.country ? fromProjected(row.country as unknown as ProjectedEntity, countryKeys) : null) : undefined,
    }),
  );
}
