import DataLoader from "dataloader";
import type { ArticleRow } from "../../graph/article.row.js";
import type { Executor } from "../../neo4j/executor.js";
import { ARTICLES_BY_ID } from "../../graph/entity.queries.js";
import { inKeyOrder } from "./in-key-order.js";

export function articleByIdLoader(executor: Executor) {
  return new DataLoader<string, ArticleRow | null>(async (ids) => {
    const rows = await executor.read<{ article: ArticleRow }>(ARTICLES_BY_ID, { ids });
    return inKeyOrder(
      ids,
      rows,
      (r) => r.article.id,
      (r) => r.article,
      () => null,
    );
  });
}
