import type { Executor, Tx } from "../../neo4j/executor.js";
import type { NormalizedArticle } from "../annotation/annotation.normalize.js";
import { validateAnnotation } from "../annotation/annotation.validate.js";
import { loadArticles, type LoadReport } from "./load-article.js";
import { type Author, recordLoads } from "./revision.js";
import { takeArticlesWriteLock } from "./write-lock.js";

export interface IngestOptions {
  /** Who sends the article, for its revision history. */
  author: Author;
  /** Run the real load in a transaction and roll it back: the report says what a real run would do. */
  dryRun?: boolean;
}

/**
 * Writes validated articles in one transaction, after the writers before it (see
 * takeArticlesWriteLock): every article in a fixed number of statements (see
 * loadArticles), then the revisions that record who changed each, in one more; in a dry
 * run, writes them all and rolls them back. Each article sees the ones before it, exactly
 * as it would had each had a transaction of its own, and reports the same.
 */
function ingestInOneTransaction(executor: Executor, articles: readonly NormalizedArticle[], options: IngestOptions): Promise<LoadReport[]> {
  const operation = options.dryRun ? "editing.dryRunIngest" : "editing.ingest";
  const work = async (tx: Tx) => {
    await takeArticlesWriteLock(tx, operation);
    const reports = await loadArticles(tx, articles);
    await recordLoads(tx, reports, options.author);
    return reports;
  };
  const timeout = executor.loadTimeoutMs;
  return options.dryRun ? executor.dryRunWrite(operation, work, timeout) : executor.writeTransaction(operation, work, timeout);
}

/** Writes a validated article in one transaction (see ingestInOneTransaction). */
export async function ingestValidated(executor: Executor, article: NormalizedArticle, options: IngestOptions): Promise<LoadReport> {
  const [report] = await ingestInOneTransaction(executor, [article], options);
  return report!;
}

export type BatchOutcome = { report: LoadReport } | { error: unknown };

/**
 * Writes a batch of validated articles in one transaction and a fixed number of statements,
 * which saves a lock, a commit, the index updates' flush and every statement's round trip
 * and set-up per article; the batch commits whole or not at all, so no
 * article is ever half-written. If the shared transaction fails, each article is written
 * again in a transaction of its own, so one article that cannot be written (or a batch that
 * outlasted the load timeout) does not hold up the others; the outcomes are in the
 * articles' order.
 */
export async function ingestBatch(executor: Executor, articles: readonly NormalizedArticle[], options: IngestOptions): Promise<BatchOutcome[]> {
  if (articles.length > 1) {
    try {
      return (await ingestInOneTransaction(executor, articles, options)).map((report) => ({ report }));
    } catch {
      // One at a time below: each article's own outcome, the failing one's error included.
    }
  }
  const outcomes: BatchOutcome[] = [];
  for (const article of articles) {
    try {
      outcomes.push({ report: await ingestValidated(executor, article, options) });
    } catch (error) {
      outcomes.push({ error });
    }
  }
  return outcomes;
}

/** How many articles, and how many facts in all, one batch's transaction takes at most. */
export const BATCH_LIMITS = { articles: 50, facts: 2_000 };

/**
 * Groups articles, in order, into batches within the limits; an article over the facts
 * limit on its own makes a batch of one.
 */
export function batchesOf<T>(items: readonly T[], facts: (item: T) => number, limits = BATCH_LIMITS): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let count = 0;
  for (const item of items) {
    const n = facts(item);
    if (current.length > 0 && (current.length >= limits.articles || count + n > limits.facts)) {
      batches.push(current);
      current = [];
      count = 0;
    }
    current.push(item);
    count += n;
  }
  if (current.length > 0) batches.push(current);
  return batches;
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
