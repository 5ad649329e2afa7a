import { checkId } from "../ids.js";
import type { Executor } from "../../neo4j/executor.js";
import { type RemovalReport, removeArticle } from "./remove-article.js";
import { type Author, recordRemoval } from "./revision.js";
import { takeArticlesWriteLock } from "./write-lock.js";

/** Removes an article and records who did it, in one transaction under the load timeout. */
export async function removeArticleAs(executor: Executor, id: string, author: Author): Promise<RemovalReport> {
  checkId(id, "Article", "id", "removeArticle(id:)");
  return executor.writeTransaction(
    "editing.removeArticle",
    async (tx) => {
      await takeArticlesWriteLock(tx, "editing.removeArticle");
      const removal = await removeArticle(tx, id);
      await recordRemoval(tx, removal, author);
      return removal;
    },
    executor.loadTimeoutMs,
  );
}
