import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import { onceForSiblings, selectedBelow } from "../selection.js";
import { entityKeys } from "../../graph/entity.row.js";
import { neighbourhoodBounds } from "../../domain/traversal/find-neighbourhood.js";
import type { NeighbourhoodRow } from "../traversal/neighbourhood.type.js";
import { NEIGHBOURHOOD_HOPS, type NeighbourhoodHops } from "../../graph/traversal-limits.js";
import type { Executor } from "../../neo4j/executor.js";
import { type NeighbourhoodQueryRow, readNeighbourhood } from "../../graph/neighbourhood.row.js";
import { NEIGHBOURHOOD_BY_HOPS } from "../../graph/traversal.queries.js";

export interface NeighbourhoodKey {
  id: string;
  hops: NeighbourhoodHops;
  limit: number;
  /** Read only these node properties (the fields the client selected on the nodes); every one when omitted. */
  nodeKeys?: readonly string[] | null;
}

/** The loader key for a `neighbourhood` field, built in one place for the field and for a lookup that asks ahead for it (lookup-ahead.ts). */
export function neighbourhoodKeyFor(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, id: string, hops: number, limit: number): NeighbourhoodKey {
  // Only the properties the client selected on the nodes are read, worked out once for a list's entities.
  return { id, ...neighbourhoodBounds(hops, limit), nodeKeys: onceForSiblings(info, "neighbourhood", () => entityKeys(selectedBelow(info, "nodes"))) };
}

/** A batch runs one query per hop count present in it (the hop count is part of the query's text). */
export function neighbourhoodLoader(executor: Executor) {
  return new DataLoader<NeighbourhoodKey, NeighbourhoodRow | null, string>(
    async (keys) => {
      const results: (NeighbourhoodRow | null)[] = keys.map(() => null);
      await Promise.all(
        NEIGHBOURHOOD_HOPS.map(async (hops) => {
          const params = keys.flatMap((k, index) => (k.hops === hops ? [{ index, id: k.id, limit: k.limit, nodeKeys: k.nodeKeys ?? null }] : []));
          if (params.length === 0) return;
          const rows = await executor.read<NeighbourhoodQueryRow>(NEIGHBOURHOOD_BY_HOPS[hops], { keys: params });
          for (const row of rows) results[row.index] = readNeighbourhood(row, keys[row.index]!.nodeKeys ?? null);
        }),
      );
      return results;
    },
    { cacheKeyFn: (k) => JSON.stringify([k.id, k.hops, k.limit, k.nodeKeys ?? null]) },
  );
}
