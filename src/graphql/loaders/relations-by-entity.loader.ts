import DataLoader from "dataloader";
import type { RelationRow } from "../relation/relation.type.js";
import type { FactType } from "../../model/fact-types.js";
import type { Executor } from "../../neo4j/executor.js";
import { RELATIONS_BY_ENTITY } from "../../graph/relation.queries.js";

/** Which of an entity's relations a field wants. Two fields asking the same thing share one key. */
export interface RelationKey {
  id: string;
  types: readonly FactType[];
  direction: "OUT" | "IN" | "BOTH";
  role?: string | null;
  countryId?: string | null;
  from?: string | null;
  to?: string | null;
  limit: number;
}

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
