import DataLoader from "dataloader";
import type { RelationRow } from "../../graph/relation.row.js";
import type { Executor } from "../../neo4j/executor.js";
import { RELATIONS_BY_FACT_ID } from "../../graph/relation.queries.js";
import { inKeyOrder } from "./in-key-order.js";

export function relationByFactLoader(executor: Executor) {
  return new DataLoader<string, RelationRow | null>(async (ids) => {
    const rows = await executor.read<{ relation: RelationRow }>(RELATIONS_BY_FACT_ID, { ids });
    return inKeyOrder(
      ids,
      rows,
      (r) => r.relation.factId,
      (r) => r.relation,
      () => null,
    );
  });
}
