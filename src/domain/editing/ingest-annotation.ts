import type { Executor, Tx } from "../../neo4j/executor.js";
import type { NormalizedArticle } from "../annotation/annotation.normalize.js";
import { validateAnnotation } from "../annotation/annotation.validate.js";
import { loadArticle, type LoadReport } from "./load-article.js";
import { type Author, recordLoad } from "./revision.js";
import { takeArticlesWriteLock } from "./write-lock.js";

export interface IngestOptions {
  /** Who sends the article, for its revision history. */
  author: Author;
  /** Run the real load in a transaction and roll it back: the report says what a real run would do. */
  dryRun?: boolean;
}

/**
 * Writes a validated article in one transaction, with the revision that records who
 * changed it, or, in a dry run, writes both and rolls them back; after the writers before
 * it (see takeArticlesWriteLock).
 */
export function ingestValidated(executor: Executor, article: NormalizedArticle, options: IngestOptions): Promise<LoadReport> {
  const operation = options.dryRun ? "editing.dryRunIngest" : "editing.ingest";
  const work = async (tx: Tx) => {
    await takeArticlesWriteLock(tx, operation);
    const report = await loadArticle(tx, article);
    await recordLoad(tx, report, options.author);
    return report;
  };
  const timeout = executor.loadTimeoutMs;
  return options.dryRun ? executor.dryRunWrite(operation, work, timeout) : executor.writeTransaction(operation, work, timeout);
}

/**
 * How every article is written, from the corpus, the CLI and the API alike: validate
 * everything first, then write the article in one transaction. An invalid file throws
 * AnnotationError before anything is sent to Neo4j. The other writes are removing an
 * article (removal.ts) and an editor's corrections to a fact (fact-correction.ts).
 */
export async function ingestAnnotation(executor: Executor, raw: unknown, source: string, options: IngestOptions): Promise<LoadReport> {
  return ingestValidated(executor, validateAnnotation(raw, source), options);
}
