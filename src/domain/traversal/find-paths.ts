import { badInput, notFound } from "../../errors/app-error.js";
import type { ReadContext } from "../read-context.js";
import { kindOfId } from "../../model/entity-kinds.js";
import { CONNECTION_BY_HOPS } from "../../graph/traversal.queries.js";
import type { EntityRow } from "../../graph/entity.row.js";
import type { RelationRow } from "../../graph/relation.row.js";
import { allowedHops, boundedInt } from "./traversal-args.js";
import { CONNECTION_HOPS, MAX_PATHS, PATH_CANDIDATE_LIMIT } from "../../graph/traversal-limits.js";

/** A chain of facts joining two entities, each step taken from `from` to `to`. */
export interface Path {
  length: number;
  steps: { from: EntityRow; to: EntityRow; relation: RelationRow }[];
}

export interface PathArgs {
  from: string;
  to: string;
  maxHops: number;
  first: number;
}

function entityId(id: string, argument: string): string {
  const kind = kindOfId(id);
  if (!kind || kind === "Article") throw badInput(`"${argument}" takes an entity id (official:, org:, country:, place:, meeting:, framework:); got "${id}".`, { argument });
  return id;
}

/**
 * Checks everything before the search: the arguments, then that both entities exist, so
 * an unknown id is NOT_FOUND rather than an empty answer that looks like "not connected".
 */
export async function findPaths(ctx: ReadContext, args: PathArgs): Promise<Path[]> {
  const from = entityId(args.from, "from");
  const to = entityId(args.to, "to");
  if (from === to) throw badInput(`"from" and "to" must be different entities; both are "${from}".`, { argument: "to" });
  const hops = allowedHops(args.maxHops, "maxHops", CONNECTION_HOPS);
  const first = boundedInt(args.first, "first", 1, MAX_PATHS);
  const [fromRow, toRow] = await Promise.all([ctx.loaders.entityById.load(from), ctx.loaders.entityById.load(to)]);
  if (!fromRow) throw notFound("entity", from);
  if (!toRow) throw notFound("entity", to);

  const rows = await ctx.executor.read<{ nodes: EntityRow[]; relations: RelationRow[] }>(CONNECTION_BY_HOPS[hops], { from, to, first, candidates: PATH_CANDIDATE_LIMIT });
  return rows.map(({ nodes, relations }) => ({
    length: relations.length,
    steps: relations.map((relation, i) => ({ from: nodes[i] as EntityRow, to: nodes[i + 1] as EntityRow, relation })),
  }));
}
