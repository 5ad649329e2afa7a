import type { Executor } from "../neo4j/executor.js";
import { validateAnnotation } from "../domain/annotation/annotation.validate.js";
import { corpusFiles, CORPUS_DIR, readAnnotationFile } from "./corpus-files.js";
import { ingestValidated } from "../domain/editing/ingest-annotation.js";
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
 * Validates every file before writing any, so a broken corpus writes nothing; then loads
 * each article in its own transaction, through the same path as every other write.
 */
export async function loadCorpus(executor: Executor, options: { dir?: string; author?: Author; onProgress?: (p: CorpusProgress) => void } = {}): Promise<LoadReport[]> {
  const files = corpusFiles(options.dir ?? CORPUS_DIR).map((file) => readAnnotationFile(file));
  const articles = files.map((f) => ({ source: f.source, article: validateAnnotation(f.raw, f.source) }));
  const reports: LoadReport[] = [];
  for (const [i, { source, article }] of articles.entries()) {
    reports.push(await ingestValidated(executor, article, { author: options.author ?? CORPUS_AUTHOR }));
    options.onProgress?.({ done: i + 1, total: articles.length, source });
  }
  return reports;
}
