import DataLoader from "dataloader";
import type { QualifierRow } from "../../graph/qualifier.row.js";
import { QUALIFIERS_BY_FACT } from "../../graph/qualifier.queries.js";
import type { Executor } from "../../neo4j/executor.js";
import { inKeyOrder } from "./in-key-order.js";

/** Bounds what one fact can return. */
export const QUALIFIER_LIMIT = 100;

export function qualifiersByFactLoader(executor: Executor) {
  return new DataLoader<string, QualifierRow[]>(async (ids) => {
    const rows = await executor.read<{ id: string; qualifiers: QualifierRow[] }>(QUALIFIERS_BY_FACT, { ids, limit: QUALIFIER_LIMIT });
    return inKeyOrder(
      ids,
      rows,
      (r) => r.id,
      (r) => r.qualifiers,
      () => [],
    );
  });
}
