import type { ReadContext } from "../read-context.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { containingCountries } from "../containing-country.js";
import { CONTEXT_LINKS, type ContextLink, describeEntity } from "./entity-context.js";

/**
 * Each entity's CONTEXT_LINKS relations, far ends loaded. All loads of a call
 * are issued together, so the loaders batch them into one query per level however many
 * entities there are; the keys are those the entity fields use, so a page that also asks
 * for `positions` shares the answer.
 */
async function linksOf(ctx: ReadContext, entities: readonly EntityRow[]): Promise<Map<string, ContextLink[]>> {
  const limit = ctx.config.limits.maxPageSize;
  const relations = await Promise.all(
    entities.map((e) => {
      const types = CONTEXT_LINKS[e.kind];
      return types.length > 0 ? ctx.loaders.relationsByEntity.load({ id: e.id, types, direction: "OUT", limit }) : Promise.resolve([]);
    }),
  );
  const otherIds = [...new Set(relations.flat().map((r) => r.otherId))];
  const others = await Promise.all(otherIds.map((id) => ctx.loaders.entityById.load(id)));
  const byId = new Map(others.filter((o): o is EntityRow => o !== null).map((o) => [o.id, o]));
  return new Map(
    entities.map((e, i) => [
      e.id,
      (relations[i] ?? []).flatMap((r) => {
        const other = byId.get(r.otherId);
        return other ? [{ title: typeof r.props.title === "string" ? r.props.title : null, other }] : [];
      }),
    ]),
  );
}

/**
 * The `context` line of each entity on a page of search hits, built from the same loaders
 * the entity fields use: a fixed number of queries for the whole page, never one per hit.
 */
export async function loadContexts(ctx: ReadContext, entities: readonly EntityRow[]): Promise<Map<string, string>> {
  const links = await linksOf(ctx, entities);
  const linked = [...links.values()].flat().map((l) => l.other);
  const countries = await containingCountries(ctx, [...entities, ...linked]);
  const countryOf = (id: string) => countries.get(id)?.name ?? null;
  return new Map(entities.map((e) => [e.id, describeEntity(e, { links: links.get(e.id) ?? [], countryOf })]));
}
