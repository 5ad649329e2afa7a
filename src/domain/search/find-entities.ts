import type { ReadContext } from "../read-context.js";
import type { EntityKind } from "../../model/entity-kinds.js";
import { SEARCH_ENTITIES } from "../../graph/search.queries.js";
import { type EntityRow, fromProjected, type ProjectedEntity } from "../../graph/entity.row.js";
import { NAME_INDEXES } from "./name-indexes.js";

export interface FoundEntity {
  entity: EntityRow;
  score: number;
}

/** With a kind filter the indexes are asked for more, since the filter runs after them; bounded, so a broad prefix stays cheap. */
const FILTERED_CANDIDATES = 500;

/**
 * Runs a Lucene query over both name indexes in one statement. With `keys`, the hits are
 * read with only those properties (see entityKeys); whole otherwise. Start-up has checked that
 * both exist with their analyzers (neo4j/migrate.ts), so no request needs to ask again.
 */
export async function findEntities(
  ctx: ReadContext,
  query: string,
  kinds: readonly EntityKind[] | null,
  first: number,
  keys: readonly string[] | null = null,
): Promise<FoundEntity[]> {
  if (first === 0) return [];
  const candidates = kinds ? Math.max(first, FILTERED_CANDIDATES) : first;
  const found = await ctx.executor.read<FoundEntity>(SEARCH_ENTITIES, { indexes: NAME_INDEXES, query, kinds, candidates, first, keys });
  return keys ? found.map(({ entity, score }) => ({ entity: fromProjected(entity as unknown as ProjectedEntity, keys), score })) : found;
}
