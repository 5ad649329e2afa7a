import DataLoader from "dataloader";
import type { Correction } from "../editing/correction.type.js";
import type { Executor } from "../../neo4j/executor.js";
import { CORRECTIONS_BY_FACT } from "../../graph/editing.queries.js";
import { inKeyOrder } from "./in-key-order.js";

export function correctionsByFactLoader(executor: Executor) {
  return new DataLoader<string, Correction[]>(async (ids) => {
    const rows = await executor.read<{ id: string; corrections: Correction[] }>(CORRECTIONS_BY_FACT, { ids, limit: 100 });
    return inKeyOrder(
      ids,
      rows,
      (r) => r.id,
      (r) => r.corrections,
      () => [],
    );
  });
}
