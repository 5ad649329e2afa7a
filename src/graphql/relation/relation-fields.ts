import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context.js";
import type { Config } from "../../config/config.js";
import { pageSize } from "../../domain/paging/page-size.js";
import { checkOptionalId } from "../../domain/ids.js";
import { onceForSiblings, selectedBelow, selectedFields } from "../selection.js";
import type { FactType } from "../../model/fact-types.js";
import type { RelationTemplate } from "../../graph/relation.row.js";
import { covers, type EntityRow, entityKeys, fromProjected, type ProjectedEntity } from "../../graph/entity.row.js";
import { relationshipField, type RelationshipField } from "../entity/relationship-fields.js";
import { relationKeys, toRelation, type Relation } from "./relation.type.js";

/**
 * The arguments a relationship field may take, by their GraphQL names. Each narrows the
 * same way on every field that takes it; a field takes only some of them.
 */
export interface RelationArgs {
  types?: readonly FactType[] | null;
  direction?: RelationshipField["direction"];
  role?: string | null;
  country?: string | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
}

/** What a relationship field's selection asks of the relations query: the same for every item of a list. */
export function lookAhead(selection: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">) {
  const selected = selectedFields(selection);
  const farEnd = ["other", "subject", "object"].filter((f) => selected.has(f));
  return {
    otherKeys: farEnd.length ? entityKeys(new Set(farEnd.flatMap((f) => [...selectedBelow(selection, f)]))) : null,
    countryKeys: selected.has("country") ? entityKeys(selectedBelow(selection, "country")) : null,
    nearKeys: entityKeys(new Set(["subject", "object"].filter((f) => selected.has(f)).flatMap((f) => [...selectedBelow(selection, f)]))),
    relationKeys: relationKeys(selected),
  };
}

/**
 * The relations loader's key for a relationship field, but for the entity's id: from the
 * field's declaration, its arguments and what its selection looks ahead to. The same for
 * every entity the field is asked of, so a list can work it out once and bring these
 * relations for each of its items (item-relations.ts). Throws the client's error for an
 * argument out of bounds.
 */
export function relationTemplate(
  config: Pick<Config, "limits">,
  field: RelationshipField,
  args: RelationArgs,
  ahead: Pick<ReturnType<typeof lookAhead>, "otherKeys" | "countryKeys" | "relationKeys">,
): RelationTemplate {
  return {
    types: args.types?.length ? args.types : field.types,
    direction: args.direction ?? field.direction,
    role: args.role,
    countryId: checkOptionalId(args.country, "Country", "country"),
    from: args.from,
    to: args.to,
    otherKinds: field.otherKinds,
    limit: pageSize(args.first ?? null, { defaultPageSize: config.limits.maxPageSize, maxPageSize: config.limits.maxPageSize }),
    relationKeys: ahead.relationKeys,
    otherKeys: ahead.otherKeys,
    countryKeys: ahead.countryKeys,
  };
}

/**
 * What every relationship field does: ask the per-request loader, so siblings share one
 * query. Which relations the field stands for is declared once (relationship-fields.ts).
 * It looks ahead at the selection: when the client wants the far end (`other`, `subject`,
 * `object`) or the represented country, they come with the relations, with just the
 * properties selected under them, so they cost no further round trip.
 */
export async function relationsOf(ctx: Context, info: GraphQLResolveInfo, self: EntityRow, args: RelationArgs = {}): Promise<Relation[]> {
  const field = relationshipField(info.parentType, info.fieldName);
  if (!field) throw new Error(`${info.parentType.name}.${info.fieldName} is not a declared relationship field`);
  const ahead = onceForSiblings(info, "relations", () => lookAhead(info));
  // The entity in view stands for the near end (a subject or object that is itself) when it was read with what that asks.
  const near = covers(self, ahead.nearKeys) ? self : undefined;
  const rows = await ctx.loaders.relationsByEntity.load({ id: self.id, ...relationTemplate(ctx.config, field, args, ahead) });
  const { otherKeys, countryKeys } = ahead;
  return rows.map((row) =>
    toRelation({
      ...row,
      self: near,
      other: row.other && otherKeys ? fromProjected(row.other as unknown as ProjectedEntity, otherKeys) : undefined,
      country: countryKeys ? (row.country ? fromProjected(row.country as unknown as ProjectedEntity, countryKeys) : null) : undefined,
    }),
  );
}
