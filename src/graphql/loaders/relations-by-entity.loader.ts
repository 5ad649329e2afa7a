import DataLoader from "dataloader";
import type { RelationKey, RelationRow } from "../../graph/relation.row.js";
import type { EntityRow, ProjectedEntity } from "../../graph/entity.row.js";
import type { Executor } from "../../neo4j/executor.js";
import { type RelationShape, relationsByEntity } from "../../graph/relation.queries.js";

/**
 * A country read once for the batch, with every key's properties (`read`), as one key's
 * projection (`wanted`, a subset), which the relation fields turn into a row; null when the
 * relation names no country (or one that no longer exists).
 */
function projectedFor(country: ProjectedEntity | undefined, read: readonly string[], wanted: readonly string[]): EntityRow | null {
  if (!country) return null;
  const projected: ProjectedEntity = { id: country.id, kind: country.kind, values: wanted.map((k) => country.values[read.indexOf(k)]) };
  return projected as unknown as EntityRow;
}

/** One statement per batch, whatever mix of types and directions its keys ask for. */
export function relationsByEntityLoader(executor: Executor) {
  return new DataLoader<RelationKey, RelationRow[], string>(
    async (keys) => {
      const shapes: RelationShape[] = [];
      const shapeIndex = new Map<string, number>();
      const params = keys.map((k, index) => {
        const types = [...k.types].sort();
        const signature = `${k.direction}:${types.join("|")}`;
        let shape = shapeIndex.get(signature);
        if (shape === undefined) {
          shape = shapes.push({ types, direction: k.direction }) - 1;
          shapeIndex.set(signature, shape);
        }
        return {
          index,
          shape,
          id: k.id,
          role: k.role ?? null,
          countryId: k.countryId ?? null,
          from: k.from ?? null,
          to: k.to ?? null,
          otherKinds: k.otherKinds ?? null,
          limit: k.limit,
          relationKeys: k.relationKeys ?? null,
          otherKeys: k.otherKeys ?? null,
          countryKeys: k.countryKeys ?? null,
        };
      });
      const cap = Math.max(...keys.map((k) => k.limit));
      const countryKeys = [...new Set(keys.flatMap((k) => k.countryKeys ?? []))].sort();
      const results = await executor.read<{ index: number; relations: RelationRow[]; countries: ProjectedEntity[] | null }>(relationsByEntity(shapes), {
        keys: params,
        cap,
        countryKeys,
      });
      const countries = new Map((results[0]?.countries ?? []).map((c) => [c.id, c]));
      // Rows carry which way the fact runs (`out`) rather than both end ids, listed properties as values, and the country's id.
      for (const row of results) {
        const key = keys[row.index]!;
        for (const relation of row.relations as (RelationRow & { out: boolean; countryId?: string | null })[]) {
          if (relation.other) relation.otherId = relation.other.id;
          relation.selfId = key.id;
          relation.subjectId = relation.out ? key.id : relation.otherId;
          relation.objectId = relation.out ? relation.otherId : key.id;
          if (key.relationKeys) relation.props = Object.fromEntries(key.relationKeys.map((k, i) => [k, (relation.props as unknown as unknown[])[i] ?? null]));
          if (key.countryKeys) relation.country = projectedFor(countries.get(relation.countryId ?? ""), countryKeys, key.countryKeys);
          delete relation.countryId;
        }
      }
      const byIndex = new Map(results.map((r) => [r.index, r.relations]));
      return keys.map((_, i) => byIndex.get(i) ?? []);
    },
    {
      cacheKeyFn: (k) =>
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
        ]),
    },
  );
}
