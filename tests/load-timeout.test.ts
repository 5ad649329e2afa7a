import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateAnnotation } from "../src/domain/annotation/annotation.validate.js";
import { ingestValidated } from "../src/domain/editing/ingest-annotation.js";
import { loadArticles } from "../src/domain/editing/load-article.js";
import { AppError } from "../src/errors/app-error.js";
import { cypher } from "../src/neo4j/cypher-query.js";
import { Executor } from "../src/neo4j/executor.js";
import { calibrate } from "./support/calibration.js";
import { ArticleBuilder, meeting, official } from "./support/article-builder.js";
import { TEST_AUTHOR, TestHelper } from "./support/test-helper.js";

/** The load's own timeout is what an idle machine needs, stretched by how loaded this one is now. */
const calibration = calibrate();
const ARTICLE_COUNT = cypher("test.articleCount", "MATCH (a:Article {id: $id}) RETURN count(a) AS n");
let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
});
afterAll(() => helper.close());

/** An article far bigger than any real one: five hundred people at one summit. */
function crowdedArticle() {
  const summit = helper.id("meeting");
  const builder = new ArticleBuilder(helper, "A crowded summit").entity(meeting(summit, "Crowded Summit", "2024-06-01"));
  for (let i = 0; i < 500; i += 1) {
    const person = helper.id("official");
    builder
      .entity(official(person, `Delegate ${i}`))
      .fact({ type: "PARTICIPATED_IN", subject: person, object: summit, role: "ATTENDED" }, `Delegate ${i} attended the Crowded Summit.`);
  }
  return validateAnnotation(builder.build(), "crowded.json");
}

/**
 * Neo4j ends a transaction past its timeout when its transaction monitor next looks, every
 * two seconds by default (db.transaction.monitor.check.interval): a load held open for
 * longer than that and the query timeout together is past its deadline whatever the
 * machine's speed, where a load that is merely big may finish first on a fast machine.
 */
const PAST_THE_MONITOR_MS = 3_000;

/** Loads the article, holds the transaction open past the deadline, then runs one more statement. */
const heldLoad = (article: ReturnType<typeof crowdedArticle>) => async (tx: Parameters<Parameters<Executor["writeTransaction"]>[1]>[0]) => {
  const reports = await loadArticles(tx, [article]);
  await new Promise((resolve) => setTimeout(resolve, calibration.scale(PAST_THE_MONITOR_MS)));
  await tx.run(ARTICLE_COUNT, { id: article.article.id });
  return reports;
};

describe("transaction timeouts", () => {
  it(
    "gives loading its own, longer timeout, so a load that outlasts the query timeout still completes",
    async () => {
      const executor = Executor.create(helper.driver, {
        database: helper.config.neo4j.database,
        txTimeoutMs: 100,
        loadTxTimeoutMs: calibration.scale(120_000),
        logger: helper.logger,
      });

      // The control: a load that outlasts the query timeout is cut off under it, and keeps nothing.
      const control = crowdedArticle();
      const underQueryTimeout = executor.writeTransaction("test.loadUnderQueryTimeout", heldLoad(control));
      await expect(underQueryTimeout).rejects.toBeInstanceOf(AppError);
      await expect(underQueryTimeout).rejects.toMatchObject({ code: "TIMEOUT" });
      expect((await executor.read<{ n: number }>(ARTICLE_COUNT, { id: control.article.id }))[0]!.n).toBe(0);

      // The same, under the load timeout, completes.
      const [held] = await executor.writeTransaction("test.loadUnderLoadTimeout", heldLoad(crowdedArticle()), executor.loadTimeoutMs);
      expect(held!.facts.created).toHaveLength(500);

      // And ingestion runs under the load timeout.
      const report = await ingestValidated(executor, crowdedArticle(), { author: TEST_AUTHOR });
      expect(report.article).toBe("created");
      expect(report.facts.created).toHaveLength(500);
    },
    calibration.scale(240_000),
  );
});
