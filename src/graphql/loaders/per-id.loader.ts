import DataLoader from "dataloader";
import type { Executor } from "../../neo4j/executor.js";
import type { CypherQuery } from "../../neo4j/cypher-query.js";
import { inKeyOrder } from "./in-key-order.js";

/**
 * A loader of one bounded list per id, for a named statement that takes `$ids` and `$limit`
 * and returns a row `{id, <field>}` per id it found; an id with no row gets an empty list.
 * Evidence, mentions, corrections, qualifiers and revisions are all loaded this way.
 */
export function listPerIdLoader<V>(executor: Executor, query: CypherQuery, field: string, limit: number): DataLoader<string, V[]> {
  return new DataLoader<string, V[]>(async (ids) => {
    const rows = await executor.read<Record<string, unknown> & { id: string }>(query, { ids, limit });
    return inKeyOrder(
      ids,
      rows,
      (r) => r.id,
      (r) => r[field] as V[],
      () => [],
    );
  });
}

/**
 * A loader of one row per id, for a named statement that takes `$ids` and returns a row
 * `{<field>: row}` per id it found; `idOf` reads the id back from the row. Null for an id
 * with no row.
 */
export function rowPerIdLoader<V>(executor: Executor, query: CypherQuery, field: string, idOf: (row: V) => string): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(async (ids) => {
    const rows = await executor.read<Record<string, V>>(query, { ids });
    return inKeyOrder(
      ids,
      rows,
      (r) => idOf(r[field] as V),
      (r) => r[field] as V,
      () => null,
    );
  });
}
