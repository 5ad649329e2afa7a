import type { Tx } from "../../neo4j/executor.js";
import { TAKE_ARTICLES_WRITE_LOCK } from "../../graph/write-lock.queries.js";

/**
 * Article-level writes (ingest, its dry run, removal) run one after another: each takes
 * this lock as its first statement and holds it until it commits or rolls back. Articles
 * share entities and facts, and two writers creating the same new entity deadlock on its
 * uniqueness constraint; queueing them costs little, since a load is one short
 * transaction, and the lock is in the graph, so replicas queue too. `holder` names the
 * operation, for whoever inspects the lock while it is held.
 */
export async function takeArticlesWriteLock(tx: Tx, holder: string): Promise<void> {
  await tx.run(TAKE_ARTICLES_WRITE_LOCK, { holder });
}
