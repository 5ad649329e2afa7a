import { BadInputError, NotFoundError } from "../../errors/app-error.js";
import type { ReadContext } from "../read-context.js";
import { checkId } from "../ids.js";
import { CONNECTION_BY_HOPS } from "../../graph/traversal.queries.js";
import { type EntityRow, entityKeys, fromProjected, type ProjectedEntity } from "../../graph/entity.row.js";
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
  /** The entity fields the client selected on the steps' ends: only their properties are read. */
  fields?: ReadonlySet<string>;
  /** The relationship properties the client's selection on the steps' relations needs: only these are read. */
  relationKeys?: readonly string[];
}

/** A step's fact as the connection query returns it: seen from the step's first node. */
interface StepRow {
  factId: string;
  type: RelationRow["type"];
  out: boolean;
  props: Record<string, unknown> | unknown[];
}

/**
 * Checks the arguments before the search. Whether both entities exist is asked only when
 * no path is found, since a path proves it: an unknown id is then NOT_FOUND rather than an
 * empty answer that looks like "not connected", and a found path costs one statement.
 */
export async function findPaths(ctx: ReadContext, args: PathArgs): Promise<Path[]> {
  const from = checkId(args.from, "entity", "from");
  const to = checkId(args.to, "entity", "to");
  if (from === to) throw new BadInputError(`"from" and "to" must be different entities; both are "${from}".`, { argument: "to" });
  const hops = allowedHops(args.maxHops, "maxHops", CONNECTION_HOPS);
  const first = boundedInt(args.first, "first", 1, MAX_PATHS);
  const nodeKeys = args.fields ? entityKeys(args.fields) : null;

  const relationKeys = args.relationKeys ?? null;

  const rows = await ctx.executor.read<{ nodes: EntityRow[]; relations: StepRow[] }>(CONNECTION_BY_HOPS[hops], {
    from,
    to,
    first,
    candidates: PATH_CANDIDATE_LIMIT,
    nodeKeys,
    relationKeys,
  });
  if (rows.length === 0) {
    const [fromRow, toRow] = await Promise.all([ctx.loaders.entityById.load(from), ctx.loaders.entityById.load(to)]);
    if (!fromRow) throw new NotFoundError("entity", from);
    if (!toRow) throw new NotFoundError("entity", to);
  }
  const node = (row: EntityRow) => (nodeKeys ? fromProjected(row as unknown as ProjectedEntity, nodeKeys) : row);
  return rows.map(({ nodes, relations }) => ({
    length: relations.length,
    steps: relations.map((step, i) => {
      const from = node(nodes[i] as EntityRow);
      const to = node(nodes[i + 1] as EntityRow);
      return { from, to, relation: stepRelation(step, from.id, to.id, relationKeys) };
    }),
  }));
}

/** A step's fact as a relation seen from `selfId`; its ends' ids come from the path's nodes, read once. */
function stepRelation(step: StepRow, selfId: string, otherId: string, relationKeys: readonly string[] | null): RelationRow {
  const props = relationKeys ? Object.fromEntries(relationKeys.map((key, i) => [key, (step.props as unknown[])[i] ?? null])) : (step.props as Record<string, unknown>);
  return {
    factId: step.factId,
    type: step.type,
    selfId,
    otherId,
    subjectId: step.out ? selfId : otherId,
    objectId: step.out ? otherId : selfId,
    props,
  };
}
