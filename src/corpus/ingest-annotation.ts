import type { Executor } from "../neo4j/executor.js";
import { validateAnnotation } from "./annotation.validate.js";
import { loadArticle, type LoadReport } from "./load-article.js";

/**
 * The one path every write takes, from the corpus, the CLI and the API alike: validate
 * everything first, then write the article in one transaction. An invalid file throws
 * AnnotationError before anything is sent to Neo4j.
 */
export async function ingestAnnotation(executor: Executor, raw: unknown, source: string): Promise<LoadReport> {
  const article = validateAnnotation(raw, source);
  return executor.writeTransaction((tx) => loadArticle(tx, article));
}
