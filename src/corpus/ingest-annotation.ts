import type { Executor, Tx } from "../neo4j/executor.js";
import type { NormalizedArticle } from "./annotation.normalize.js";
import { validateAnnotation } from "./annotation.validate.js";
import { loadArticle, type LoadReport } from "./load-article.js";

export interface IngestOptions {
  /** Run the real load in a transaction and roll it back: the report says what a real run would do. */
  dryRun?: boolean;
}

/** Writes a validated article in one transaction, or, in a dry run, writes it and rolls it back. */
export function ingestValidated(executor: Executor, article: NormalizedArticle, options: IngestOptions = {}): Promise<LoadReport> {
  const work = (tx: Tx) => loadArticle(tx, article);
  return options.dryRun ? executor.dryRunWrite(work) : executor.writeTransaction(work);
}

/**
 * The one path every write takes, from the corpus, the CLI and the API alike: validate
 * everything first, then write the article in one transaction. An invalid file throws
 * AnnotationError before anything is sent to Neo4j.
 */
export async function ingestAnnotation(executor: Executor, raw: unknown, source: string, options: IngestOptions = {}): Promise<LoadReport> {
  return ingestValidated(executor, validateAnnotation(raw, source), options);
}
