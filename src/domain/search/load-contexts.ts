import type { Context } from "../../graphql/context.js";
import type { FactType } from "../../model/fact-types.js";
import type { EntityRow } from "../entity/entity.row.js";
import { CONTAINER_LINK, CONTEXT_LINKS, type ContextLink, describeEntity } from "./entity-context.js";

/** Department → ministry → country and venue → city → country take two steps; three leaves room without an unbounded walk. */
const MAX_CLIMB = 3;

const uniqueById = (rows: readonly EntityRow[]) => [...new Map(rows.map((r) => [r.id, r])).values()];

/**
 * Each entity's outgoing relations of the given types, far ends loaded. All loads of a call
 * are issued together, so the loaders batch them into one query per level however many
 * entities there are; the keys are those the entity fields use, so a page that also asks
 * for `positions` shares the answer.
 */
async function linksOf(ctx: Context, entities: readonly EntityRow[], typesOf: (e: EntityRow) => readonly FactType[]): Promise<Map<string, ContextLink[]>> {
  const limit = ctx.config.limits.maxPageSize;
  const relations = await Promise.all(
    entities.map((e) => {
      const types = typesOf(e);
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
 * The country each organisation or place sits in, climbing BELONGS_TO / LOCATED_IN a level
 * at a time for all of them together: at most MAX_CLIMB levels of two queries each.
 */
async function countriesOf(ctx: Context, starts: readonly EntityRow[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let frontier = new Map(starts.filter((s) => CONTAINER_LINK[s.kind]).map((s) => [s.id, [s]]));
  for (let step = 0; step < MAX_CLIMB && frontier.size > 0; step += 1) {
    const current = uniqueById([...frontier.values()].flat());
    const parents = await linksOf(ctx, current, (e) => {
      const link = CONTAINER_LINK[e.kind];
      return link ? [link] : [];
    });
    const next = new Map<string, EntityRow[]>();
    for (const [start, rows] of frontier) {
      const above = rows.flatMap((r) => (parents.get(r.id) ?? []).map((l) => l.other));
      const country = above.find((a) => a.kind === "Country");
      if (country) found.set(start, country.name);
      else if (above.some((a) => CONTAINER_LINK[a.kind])) next.set(start, above.filter((a) => CONTAINER_LINK[a.kind]));
    }
    frontier = next;
  }
  return found;
}

/**
 * The `context` line of each entity on a page of search hits, built from the same loaders
 * the entity fields use: a fixed number of queries for the whole page, never one per hit.
 */
export async function loadContexts(ctx: Context, entities: readonly EntityRow[]): Promise<Map<string, string>> {
  const links = await linksOf(ctx, entities, (e) => CONTEXT_LINKS[e.kind]);
  const linked = [...links.values()].flat().map((l) => l.other);
  const countries = await countriesOf(ctx, uniqueById([...entities, ...linked]));
  const countryOf = (id: string) => countries.get(id) ?? null;
  return new Map(entities.map((e) => [e.id, describeEntity(e, { links: links.get(e.id) ?? [], countryOf })]));
}
