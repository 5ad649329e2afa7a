import type { AnnotationInput } from "../../src/domain/annotation/annotation.schema.js";
import { validateAnnotation } from "../../src/domain/annotation/annotation.validate.js";
import { ingestValidated } from "../../src/domain/editing/ingest-annotation.js";
import { loadArticle } from "../../src/domain/editing/load-article.js";
import { recordLoad } from "../../src/domain/editing/revision.js";
import type { Executor } from "../../src/neo4j/executor.js";

const AUTHOR = { by: "bench", via: "CLI" } as const;

/**
 * Loads generated articles through the real path: each validated and normalised, then
 * written by loadArticle in its own transaction. `bulk` writes several validated articles
 * per transaction through the same loadArticle, for the largest graphs.
 */
export async function loadGraph(
  executor: Executor,
  articles: AnnotationInput[],
  options: { concurrency: number; bulk: number; onProgress?: (done: number) => void },
): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < articles.length) {
      const batch = articles.slice(next, next + options.bulk);
      next += batch.length;
      const normalized = batch.map((a) => validateAnnotation(a, a.article.id));
      if (normalized.length === 1) {
        await ingestValidated(executor, normalized[0]!, { author: AUTHOR });
      } else {
        await executor.writeTransaction(
          "bench.loadBatch",
          async (tx) => {
            for (const article of normalized) await recordLoad(tx, await loadArticle(tx, article), AUTHOR);
          },
          executor.loadTimeoutMs,
        );
      }
      done += batch.length;
      options.onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
}
