import { type EntityRow, fromProjected, type ProjectedEntity } from "./entity.row.js";
import type { FactType } from "../model/fact-types.js";

/** An edge of a neighbourhood: a fact's id and type, and its two ends' ids. */
export interface NeighbourhoodEdge {
  id: string;
  type: FactType;
  source: string;
  target: string;
}

/**
 * One key's neighbourhood as the query returns it. Each edge names its ends by element id
 * (`refs` gives each node's, in the order of `nodes`), since the nodes carry the ids
 * already: reading `startNode(r).id` again for every edge would read each end's id twice.
 */
export interface NeighbourhoodQueryRow {
  index: number;
  nodes: unknown[];
  refs: string[];
  /** Each edge as a list, `[id, type, source, target]`, rather than a map whose keys would be sent and decoded again for every edge. */
  edges: [id: string, type: FactType, source: string, target: string][];
  truncated: boolean;
}

/** The neighbourhood a query row describes; its nodes projected with `nodeKeys` when it lists them, whole otherwise. */
export function readNeighbourhood(row: NeighbourhoodQueryRow, nodeKeys: readonly string[] | null): { nodes: EntityRow[]; edges: NeighbourhoodEdge[]; truncated: boolean } {
  const nodes = nodeKeys ? row.nodes.map((n) => fromProjected(n as ProjectedEntity, nodeKeys)) : (row.nodes as EntityRow[]);
  const idOf = new Map(row.refs.map((ref, i) => [ref, nodes[i]!.id]));
  const edges = row.edges.map(([id, type, source, target]) => ({ id, type, source: idOf.get(source)!, target: idOf.get(target)! }));
  return { nodes, edges, truncated: row.truncated };
}
