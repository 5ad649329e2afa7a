import DataLoader from "dataloader";
import type { RelationKey, RelationRow, StatementRelation } from "../../graph/relation.row.js";
import type { ProjectedEntity } from "../../graph/entity.row.js";
import type { Executor } from "../../neo4j/executor.js";
import { relationsByEntity } from "../../graph/relation.queries.js";
import { countriesById, relationBatch, relationRows } from "../../graph/relation-batch.js";

/**
 * The loader's cache key: every part of a RelationKey, types in a fixed order. A list that
 * brings its items' relations primes the loader under the same keys (domain/lists/list-page.ts).
 */
const relationCacheKey = (k: RelationKey) =>
  JSON.stringify([
    k.id,
    [...k.types].sort(),
    k.direction,
    k.role ?? null,
    k.countryId ?? null,
    k.from ?? null,
    k.to ?? null,
    k.otherKinds ?? null,
    k.limit,
    k.relationKeys ?? null,
    k.otherKeys ?? null,
    k.countryKeys ?? null,
  ]);

/** One statement per batch, whatever mix of types and directions its keys ask for. */
export function relationsByEntityLoader(executor: Executor) {
  return new DataLoader<RelationKey, RelationRow[], string>(
    async (keys) => {
      const batch = relationBatch(keys);
      const results = await executor.read<{ index: number; relations: StatementRelation[]; countries: ProjectedEntity[] | null }>(relationsByEntity(batch.shapes), {
        keys: batch.params.map((param, i) => ({ ...param, id: keys[i]!.id })),
        cap: batch.cap,
        countryKeys: batch.countryKeys,
      });
      const countries = countriesById(results[0]?.countries);
      const byIndex = new Map(results.map((r) => [r.index, relationRows(keys[r.index]!, r.relations, countries, batch.countryKeys)]));
      return keys.map((_, i) => byIndex.get(i) ?? []);
    },
    { cacheKeyFn: relationCacheKey },
  );
}
