/**
 * DataLoader's contract: the batch function returns one result per key, in key order.
 * Rows come back from Neo4j in any order and missing keys produce no row, so every
 * loader maps rows back through this.
 */
export function inKeyOrder<K, R, V>(keys: readonly K[], rows: readonly R[], keyOfRow: (row: R) => K, valueOf: (row: R) => V, missing: (key: K) => V): V[] {
  const found = new Map<K, V>();
  for (const row of rows) found.set(keyOfRow(row), valueOf(row));
  return keys.map((key) => (found.has(key) ? (found.get(key) as V) : missing(key)));
}
