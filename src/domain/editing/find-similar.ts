import type { EntityKind } from "../../model/entity-kinds.js";
import type { Executor } from "../../neo4j/executor.js";
import { SIMILAR_ENTITIES } from "../../graph/editing.queries.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { NAME_INDEXES } from "../search/name-indexes.js";
import { similarNameQuery } from "./similar-name-query.js";

export interface SimilarItem {
  key: string;
  name: string;
  kind: EntityKind | null;
  every: boolean;
  /** Also match Latin words one edit away, for an editor's lookup. */
  fuzzy?: boolean;
}

export interface Similar {
  entity: EntityRow;
  score: number;
}

/** All items in one query, whatever their number. */
export async function findSimilar(executor: Executor, items: SimilarItem[], exclude: readonly string[], candidates: number): Promise<Map<string, Similar[]>> {
  const queries = items.flatMap((item) => {
    const query = similarNameQuery(item.name, item.every, item.fuzzy ?? false);
    return query ? [{ key: item.key, kind: item.kind, query }] : [];
  });
  if (queries.length === 0) return new Map();
  const rows = await executor.read<{ key: string; matches: Similar[] }>(SIMILAR_ENTITIES, { items: queries, indexes: NAME_INDEXES, exclude, candidates });
  return new Map(rows.map((r) => [r.key, r.matches]));
}
