import DataLoader from "dataloader";
import type { RelationKey, RelationRow } from "../../graph/relation.row.js";
import type { Executor } from "../../neo4j/executor.js";
import { RELATIONS_BY_ENTITY } from "../../graph/relation.queries.js";


export function relationsByEntityLoader(executor: Executor) {
  return new DataLoader<RelationKey, RelationRow[], string>(
    async (keys) => {
      const params = keys.map((k, index) => ({ index, id: k.id, types: k.types, direction: k.direction, role: k.role ?? null, countryId: k.countryId ?? null, from: k.from ?? null, to: k.to ?? null, limit: k.limit }));
      const cap = Math.max(...keys.map((k) => k.limit));
      const rows = await executor.read<{ index: number; relations: RelationRow[] }>(RELATIONS_BY_ENTITY, { keys: params, cap });
      const byIndex = new Map(rows.map((r) => [r.index, r.relations]));
      return keys.map((_, i) => byIndex.get(i) ?? []);
    },
    { cacheKeyFn: (k) => JSON.stringify([k.id, [...k.types].sort(), k.direction, k.role ?? null, k.countryId ?? null, k.from ?? null, k.to ?? null, k.limit]) },
  );
}
