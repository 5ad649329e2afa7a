import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateAnnotation } from "../src/domain/annotation/annotation.validate.js";
import { ingestValidated } from "../src/domain/editing/ingest-annotation.js";
import { loadArticles } from "../src/domain/editing/load-article.js";
import { AppError } from "../src/errors/app-error.js";
import { Executor } from "../src/neo4j/executor.js";
import { calibrate } from "./support/calibration.js";
import { ArticleBuilder, meeting, official } from "./support/article-builder.js";
import { TEST_AUTHOR, TestHelper } from "./support/test-helper.js";

/** The load's own timeout is what an idle machine needs, stretched by how loaded this one is now. */
const calibration = calibrate();
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
      const article = crowdedArticle();

      // The control: the same load under the query timeout is cut off, and keeps nothing.
      const underQueryTimeout = executor.writeTransaction("test.loadUnderQueryTimeout", (tx) => loadArticles(tx, [article]));
      await expect(underQueryTimeout).rejects.toBeInstanceOf(AppError);
      await expect(underQueryTimeout).rejects.toMatchObject({ code: "TIMEOUT" });

      const report = await ingestValidated(executor, article, { author: TEST_AUTHOR });
      expect(report.article).toBe("created");
      expect(report.facts.created).toHaveLength(500);
    },
    calibration.scale(240_000),
  );
});
