import DataLoader from "dataloader";
import { type EntityRow, fromProjected, type ProjectedEntity } from "../../graph/entity.row.js";
import type { Executor } from "../../neo4j/executor.js";
import { ENTITIES_BY_ID_WITH_KEYS } from "../../graph/entity.queries.js";

/** An entity by id, with just the properties a selection reads (see entityKeys). */
export interface EntityFieldsKey {
  id: string;
  keys: readonly string[];
}

/**
 * The lean sibling of entityById, for look-ups whose selection is known: one statement per
 * batch, each key reading only its own properties, results in key order.
 */
export function entityFieldsLoader(executor: Executor) {
  return new DataLoader<EntityFieldsKey, EntityRow | null, string>(
    async (keys) => {
      const rows = await executor.read<{ index: number; entity: ProjectedEntity }>(ENTITIES_BY_ID_WITH_KEYS, { keys: keys.map((k, index) => ({ index, id: k.id, keys: k.keys })) });
      const found = new Map(rows.map((r) => [r.index, r.entity]));
      return keys.map((k, i) => {
        const entity = found.get(i);
        return entity ? fromProjected(entity, k.keys) : null;
      });
    },
    { cacheKeyFn: (k) => `${k.keys.join(",")} ${k.id}` },
  );
}
