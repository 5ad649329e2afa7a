import { BadInputError, NotFoundError } from "../../errors/app-error.js";
import type { EntityRow } from "../../graph/entity.row.js";
import type { ListName, ListOrder } from "../../graph/list.queries.js";
import type { FilterParams } from "../lists/filter-values.js";
import { listPage } from "../lists/list-page.js";
import type { ReadContext } from "../read-context.js";
import { type CounterpartArgs, findCounterparts } from "../traversal/find-counterparts.js";
import { findNeighbourhoods } from "../traversal/find-neighbourhood.js";
import { findPaths, type PathArgs } from "../traversal/find-paths.js";

/** What to export: the same arguments as the GraphQL field that answers the same question. */
export type ExportSource =
  | { of: "neighbourhood"; id: string; hops: number; limit: number }
  | ({ of: "connection" } & PathArgs)
  | ({ of: "counterparts"; id: string } & CounterpartArgs)
  | { of: "list"; list: Exclude<ListName, "articles">; filter: FilterParams; order: ListOrder; first?: number | null; after?: string | null; limit: number };

/** The entities and fact ids a source reaches, before they are filled in for export. */
export interface Reached {
  title: string;
  nodes: EntityRow[];
  factIds: string[];
  truncated: boolean;
}

async function entity(ctx: ReadContext, id: string): Promise<EntityRow> {
  const row = await ctx.loaders.entityById.load(id);
  if (!row) throw new NotFoundError("entity", id);
  return row;
}

const unique = <T extends { id: string }>(rows: T[]) => [...new Map(rows.map((r) => [r.id, r])).values()];

/**
 * Each source goes through the same domain function and bounds as its GraphQL field, so
 * the same arguments are checked the same way and reach the same graph.
 */
export async function reach(ctx: ReadContext, source: ExportSource): Promise<Reached> {
  switch (source.of) {
    case "neighbourhood": {
      const centre = await entity(ctx, source.id);
      const [found] = await findNeighbourhoods(ctx, [centre], source.hops, source.limit);
      return { title: `The ${source.hops}-hop neighbourhood of ${centre.name}`, nodes: found!.nodes, factIds: found!.edges.map((e) => e.id), truncated: found!.truncated };
    }
    case "connection": {
      const paths = await findPaths(ctx, source);
      const [from, to] = await Promise.all([entity(ctx, source.from), entity(ctx, source.to)]);
      const nodes = unique(paths.flatMap((p) => p.steps.flatMap((s) => [s.from, s.to])));
      return {
        title: `How ${from.name} and ${to.name} are connected`,
        nodes: nodes.length ? nodes : [from, to],
        factIds: [...new Set(paths.flatMap((p) => p.steps.map((s) => s.relation.factId)))],
        truncated: false,
      };
    }
    case "counterparts": {
      const centre = await entity(ctx, source.id);
      if (centre.kind !== "Official" && centre.kind !== "Country")
        throw new BadInputError(`Counterparts are found for an official or a country; "${source.id}" is a ${centre.kind}.`, { argument: "id" });
      const counterparts = await findCounterparts(ctx, centre.kind, centre.id, source);
      const meetings = unique(counterparts.flatMap((c) => c.sharedMeetings));
      const people = [centre, ...counterparts.map((c) => c.entity)];
      // The edges are each one's own participations in the shared meetings.
      const meetingIds = new Set(meetings.map((m) => m.id));
      const limit = ctx.config.limits.maxPageSize;
      const relations = await Promise.all(people.map((p) => ctx.loaders.relationsByEntity.load({ id: p.id, types: ["PARTICIPATED_IN"], direction: "OUT", limit })));
      const factIds = relations
        .flat()
        .filter((r) => meetingIds.has(r.otherId))
        .map((r) => r.factId);
      return { title: `Counterparts of ${centre.name}`, nodes: unique([...people, ...meetings]), factIds: [...new Set(factIds)], truncated: false };
    }
    case "list": {
      const page = await listPage<EntityRow>(ctx, source.list, source.filter, { order: source.order, first: source.first, after: source.after, count: false });
      const around = await findNeighbourhoods(ctx, page.nodes, 1, source.limit);
      return {
        title: `${source.list[0]!.toUpperCase()}${source.list.slice(1)} and the facts touching them`,
        nodes: unique([...page.nodes, ...around.flatMap((a) => a.nodes)]),
        factIds: [...new Set(around.flatMap((a) => a.edges.map((e) => e.id)))],
        truncated: around.some((a) => a.truncated) || page.pageInfo.hasNextPage,
      };
    }
  }
}
