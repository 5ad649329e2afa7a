import type { AnnotationInput } from "../../src/domain/annotation/annotation.schema.js";
import { validateAnnotation } from "../../src/domain/annotation/annotation.validate.js";
import { ingestBatch } from "../../src/domain/editing/ingest-annotation.js";
import type { Executor } from "../../src/neo4j/executor.js";

const AUTHOR = { by: "bench", via: "CLI" } as const;

/**
 * Loads generated articles through the real path: each validated and normalised, then
 * written by ingestBatch, `bulk` articles to a transaction (1: each in its own), as
 * `npm run ingest` writes them. An article that cannot be written stops the load.
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
      const failed = (await ingestBatch(executor, normalized, { author: AUTHOR })).find((outcome) => "error" in outcome);
      if (failed) throw failed.error;
      done += batch.length;
      options.onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
}
