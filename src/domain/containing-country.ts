import type { ReadContext } from "./read-context.js";
import { CLIMB_DEPTH, CONTAINER_LINK } from "../graph/country-climb.js";
import type { EntityRow } from "../graph/entity.row.js";

/** How many levels a start of this kind may climb: its hierarchy's one depth (graph/country-climb.ts). */
const depthOf = (start: EntityRow) => {
  const link = CONTAINER_LINK[start.kind];
  return link ? CLIMB_DEPTH[link] : 0;
};
const MAX_CLIMB = Math.max(...Object.values(CLIMB_DEPTH));

const uniqueById = (rows: readonly EntityRow[]) => [...new Map(rows.map((r) => [r.id, r])).values()];

/** Each entity's containers (CONTAINER_LINK's far ends), for all of them in one batch per loader. */
async function containersOf(ctx: ReadContext, entities: readonly EntityRow[]): Promise<Map<string, EntityRow[]>> {
  const limit = ctx.config.limits.maxPageSize;
  const relations = await Promise.all(
    entities.map((e) => {
      const link = CONTAINER_LINK[e.kind];
      return link ? ctx.loaders.relationsByEntity.load({ id: e.id, types: [link], direction: "OUT", limit }) : Promise.resolve([]);
    }),
  );
  const otherIds = [...new Set(relations.flat().map((r) => r.otherId))];
  const others = await ctx.loaders.entityById.loadMany(otherIds);
  const byId = new Map(others.filter((o): o is EntityRow => o !== null && !(o instanceof Error)).map((o) => [o.id, o]));
  return new Map(entities.map((e, i) => [e.id, (relations[i] ?? []).flatMap((r) => byId.get(r.otherId) ?? [])]));
}

/**
 * The country each organisation or place sits in, climbing BELONGS_TO / LOCATED_IN a
 * level at a time for all of them together, each no further than its hierarchy's depth
 * (the same climb the lists' country filters and officeHolders use): at most MAX_CLIMB levels of two batched
 * queries each, however many entities there are. Search's context line and editors'
 * candidate ranking both rely on it, so a department's official is tied to the country
 * above its ministry in both. Entities of other kinds, and those with no recorded
 * country, are absent from the result.
 */
export async function containingCountries(ctx: ReadContext, starts: readonly EntityRow[]): Promise<Map<string, EntityRow>> {
  const found = new Map<string, EntityRow>();
  const climbing = uniqueById(starts).filter((s) => CONTAINER_LINK[s.kind]);
  const depth = new Map(climbing.map((s) => [s.id, depthOf(s)]));
  let frontier = new Map(climbing.map((s) => [s.id, [s]]));
  for (let step = 0; step < MAX_CLIMB && frontier.size > 0; step += 1) {
    const parents = await containersOf(ctx, uniqueById([...frontier.values()].flat()));
    const next = new Map<string, EntityRow[]>();
    for (const [start, rows] of frontier) {
      const above = rows.flatMap((r) => parents.get(r.id) ?? []);
      const country = above.find((a) => a.kind === "Country");
      if (country) found.set(start, country);
      else if (step + 1 < (depth.get(start) ?? 0) && above.some((a) => CONTAINER_LINK[a.kind]))
        next.set(
          start,
          above.filter((a) => CONTAINER_LINK[a.kind]),
        );
    }
    frontier = next;
  }
  return found;
}
