import DataLoader from "dataloader";
import type { EntityRow } from "../../graph/entity.row.js";
import type { Executor } from "../../neo4j/executor.js";
import { ENTITIES_BY_ID } from "../../graph/entity.queries.js";
import { inKeyOrder } from "./in-key-order.js";

export function entityByIdLoader(executor: Executor) {
  return new DataLoader<string, EntityRow | null>(async (ids) => {
    const rows = await executor.read<{ entity: EntityRow }>(ENTITIES_BY_ID, { ids });
    return inKeyOrder(
      ids,
      rows,
      (r) => r.entity.id,
      (r) => r.entity,
      () => null,
    );
  });
}
