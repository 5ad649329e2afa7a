import type { Executor } from "../neo4j/executor.js";
import { validateAnnotation } from "../domain/annotation/annotation.validate.js";
import { corpusFiles, CORPUS_DIR, readAnnotationFile } from "./corpus-files.js";
import { batchesOf, ingestBatch } from "../domain/editing/ingest-annotation.js";
import type { LoadReport } from "../domain/editing/load-article.js";
import type { Author } from "../domain/editing/revision.js";

export interface CorpusProgress {
  done: number;
  total: number;
  source: string;
}

/** The bundled corpus's revisions name it, not a person. */
export const CORPUS_AUTHOR: Author = { by: "corpus", via: "CORPUS" };

/**
 * Validates every file before writing any, so a broken corpus writes nothing; then writes
 * the articles in batches (the bundled five in one transaction), through the same path as
 * every other write (see ingestBatch). An article that cannot be written fails the load.
 */
export async function loadCorpus(executor: Executor, options: { dir?: string; author?: Author; onProgress?: (p: CorpusProgress) => void } = {}): Promise<LoadReport[]> {
  const files = corpusFiles(options.dir ?? CORPUS_DIR).map((file) => readAnnotationFile(file));
  const articles = files.map((f) => ({ source: f.source, article: validateAnnotation(f.raw, f.source) }));
  const reports: LoadReport[] = [];
  for (const batch of batchesOf(articles, (a) => a.article.facts.length)) {
    const outcomes = await ingestBatch(
      executor,
      batch.map((a) => a.article),
      { author: options.author ?? CORPUS_AUTHOR },
    );
    for (const [k, outcome] of outcomes.entries()) {
      if ("error" in outcome) throw outcome.error;
      reports.push(outcome.report);
      options.onProgress?.({ done: reports.length, total: articles.length, source: batch[k]!.source });
    }
  }
  return reports;
}
