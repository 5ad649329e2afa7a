import { loadCorpus } from "../corpus/load-corpus.js";
import type { Logger } from "../logging/logger.js";
import type { Executor } from "../neo4j/executor.js";
import { COUNT_ARTICLES } from "../graph/load.queries.js";

/** Loads the bundled corpus when the graph holds no article yet, so a first start shows the real seed graph. */
export async function seedCorpusIfEmpty(executor: Executor, logger: Logger): Promise<void> {
  const [{ total } = { total: 0 }] = await executor.read<{ total: number }>(COUNT_ARTICLES);
  if (total > 0) return;
  logger.info("the graph is empty: loading the bundled corpus");
  const reports = await loadCorpus(executor, {
    onProgress: ({ done, total: all, source }) => logger.info({ progress: `${done}/${all}`, file: source }, "corpus article loaded"),
  });
  const facts = reports.reduce((n, r) => n + r.facts.created.length, 0);
  logger.info({ articles: reports.length, facts }, "corpus loaded");
}
