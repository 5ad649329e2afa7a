import DataLoader from "dataloader";
import type { RevisionRow } from "../../domain/editing/revision.js";
import type { Executor } from "../../neo4j/executor.js";
import { REVISIONS_BY_ARTICLE } from "../../graph/revision.queries.js";
import { inKeyOrder } from "./in-key-order.js";

/** An article's history is short; the bound keeps a pathological one from flooding a page. */
const LIMIT = 100;

/** An article's revisions, newest first. */
export function revisionsByArticleLoader(executor: Executor) {
  return new DataLoader<string, RevisionRow[]>(async (ids) => {
    const rows = await executor.read<{ id: string; revisions: RevisionRow[] }>(REVISIONS_BY_ARTICLE, { ids, limit: LIMIT });
    return inKeyOrder(
      ids,
      rows,
      (r) => r.id,
      (r) => r.revisions,
      () => [],
    );
  });
}
