import DataLoader from "dataloader";
import type { Executor } from "../../neo4j/executor.js";
import { SOURCES_BY_ARTICLE } from "../../graph/entity.queries.js";
import { inKeyOrder } from "./in-key-order.js";

/** The annotation each article was last ingested from, parsed; null for an article loaded before sources were kept. */
export function sourceByArticleLoader(executor: Executor) {
  return new DataLoader<string, unknown>(async (ids) => {
    const rows = await executor.read<{ id: string; json: string }>(SOURCES_BY_ARTICLE, { ids });
    return inKeyOrder(
      ids,
      rows,
      (r) => r.id,
      (r) => JSON.parse(r.json) as unknown,
      () => null,
    );
  });
}
