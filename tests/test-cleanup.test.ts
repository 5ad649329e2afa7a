import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { ingestAnnotation } from "../src/domain/editing/ingest-annotation.js";
import { cypher } from "../src/neo4j/cypher-query.js";
import { corpusAnnotation } from "./support/corpus-fixtures.js";
import { TEST_AUTHOR, TestHelper } from "./support/test-helper.js";

/** Facts a corpus article supports whose stored evidenceCount differs from the evidence they have. */
const MISCOUNTED = cypher(
  "test.miscountedFacts",
  `MATCH (:Article {id: $articleId})<-[:IN]-(:Evidence)-[:SUPPORTS]->(f:Fact)
   WITH DISTINCT f
   MATCH (f)-[:SUBJECT]->(s)
   MATCH (f)-[:OBJECT]->(o)
   MATCH (s)-[r {factId: f.id}]->(o)
   WITH f, r, COUNT { (f)<-[:SUPPORTS]-(:Evidence) } AS evidence
   WHERE r.evidenceCount <> evidence
   RETURN f.id AS id, r.evidenceCount AS stored, evidence`,
);

let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
  await loadCorpus(helper.executor);
});
afterAll(() => helper.close());

describe("a test's cleanup", () => {
  it("leaves the corpus facts it added evidence to counted as they were", async () => {
    const corpusArticle = corpusAnnotation("001").article.id;
    const other = await TestHelper.create();
    const copy = structuredClone(corpusAnnotation("001"));
    copy.article.id = other.id("article");
    await ingestAnnotation(other.executor, copy, "copy.json", { author: TEST_AUTHOR });
    // While the copy is there, the shared facts have two pieces of evidence each.
    expect(await helper.executor.read(MISCOUNTED, { articleId: corpusArticle })).toEqual([]);

    await other.close();
    expect(await helper.executor.read(MISCOUNTED, { articleId: corpusArticle })).toEqual([]);
  });
});
