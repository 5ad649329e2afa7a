import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestAnnotation } from "../src/domain/editing/ingest-annotation.js";
import { cypher } from "../src/neo4j/cypher-query.js";
import { ArticleBuilder, meeting, official, organisation } from "./support/article-builder.js";
import { TEST_AUTHOR, TestHelper } from "./support/test-helper.js";

let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
});
afterAll(() => helper.close());

const DUPLICATES = cypher(
  "test.duplicates",
  `MATCH (n) WHERE n.id CONTAINS $token
   WITH n.id AS id, count(*) AS copies WHERE copies > 1
   RETURN count(id) AS duplicatedNodes`,
);

const DUPLICATE_RELATIONSHIPS = cypher(
  "test.duplicateRelationships",
  `MATCH (f:Fact)-[:SUBJECT]->(s) WHERE s.id CONTAINS $token
   MATCH (s)-[r {factId: f.id}]->()
   WITH f, count(r) AS copies
   RETURN count(f) AS facts, sum(CASE WHEN copies > 1 THEN 1 ELSE 0 END) AS duplicated, min(copies) AS fewest`,
);

describe("concurrent ingestion", () => {
  it("leaves no duplicate entity or fact when editors ingest overlapping articles at the same time", async () => {
    const people = Array.from({ length: 4 }, () => helper.id("official"));
    const ministry = helper.id("org");
    const summit = helper.id("meeting");
    const articles = Array.from({ length: 8 }, (_, i) => {
      const builder = new ArticleBuilder(helper, `Overlap ${i}`).entity(organisation(ministry, "Shared Ministry")).entity(meeting(summit, "Shared Summit", "2024-06-01"));
      for (const [j, person] of people.entries()) {
        builder
          .entity(official(person, `Shared Person ${j}`))
          .fact({ type: "PARTICIPATED_IN", subject: person, object: summit, role: "ATTENDED" }, `Report ${i}: Shared Person ${j} attended the Shared Summit.`)
          .fact({ type: "HOLDS_POSITION", subject: person, object: ministry, title: `Envoy ${j}` }, `Report ${i}: Shared Person ${j} is Envoy ${j} at the Shared Ministry.`);
      }
      return builder.build();
    });

    const reports = await Promise.all(articles.map((a, i) => ingestAnnotation(helper.executor, a, `overlap-${i}.json`, { author: TEST_AUTHOR })));
    expect(reports.every((r) => r.article === "created")).toBe(true);

    const [nodes] = await helper.executor.read<{ duplicatedNodes: number }>(DUPLICATES, { token: helper.token });
    expect(nodes?.duplicatedNodes).toBe(0);
    const [facts] = await helper.executor.read<{ facts: number; duplicated: number; fewest: number }>(DUPLICATE_RELATIONSHIPS, { token: helper.token });
    expect(facts).toEqual({ facts: 8, duplicated: 0, fewest: 1 });

    const evidence = await helper.executor.read<{ n: number }>(
      cypher("test.evidencePerFact", `MATCH (f:Fact)-[:SUBJECT]->(s) WHERE s.id CONTAINS $token RETURN COUNT { (f)<-[:SUPPORTS]-() } AS n`),
      { token: helper.token },
    );
    expect(evidence.map((e) => e.n)).toEqual(Array(8).fill(8));
  });
});

describe("dry runs that deadlock", () => {
  const LOCK = cypher("test.lockNode", `MATCH (n:Entity {id: $id}) SET n.touches = coalesce(n.touches, 0) + 1 RETURN n.touches AS touches`);
  const TOUCHES = cypher("test.touches", `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, n.touches AS touches`);
  const signal = () => {
    let fire!: () => void;
    const fired = new Promise<void>((resolve) => (fire = resolve));
    return { fire, fired };
  };

  /**
   * Takes one node, then, on its first attempt, waits until the other run holds the other
   * node before asking for it: the two wait on each other, and Neo4j fails one of them.
   */
  const crossing = (holds: string, wants: string, mine: ReturnType<typeof signal>, theirs: ReturnType<typeof signal>, attempts: { n: number }) =>
    helper.executor.dryRunWrite("test.crossingDryRun", async (tx) => {
      attempts.n += 1;
      await tx.run(LOCK, { id: holds });
      if (attempts.n === 1) {
        mine.fire();
        await theirs.fired;
      }
      const [row] = await tx.run<{ touches: number }>(LOCK, { id: wants });
      return row?.touches;
    });

  it("retries the one Neo4j chooses as the victim, so both finish, and neither keeps anything", async () => {
    const first = helper.id("place");
    const second = helper.id("place");
    await helper.executor.write(cypher("test.lockNodes", `UNWIND $ids AS id CREATE (:Entity:Place {id: id, name: id})`), { ids: [first, second] });
    const holdsFirst = signal();
    const holdsSecond = signal();
    const attemptsA = { n: 0 };
    const attemptsB = { n: 0 };

    const results = await Promise.all([crossing(first, second, holdsFirst, holdsSecond, attemptsA), crossing(second, first, holdsSecond, holdsFirst, attemptsB)]);

    expect(results).toEqual([1, 1]);
    expect(attemptsA.n + attemptsB.n).toBeGreaterThanOrEqual(3);
    const touches = await helper.executor.read<{ id: string; touches: number | null }>(TOUCHES, { ids: [first, second] });
    expect(touches.map((t) => t.touches)).toEqual([null, null]);
  });
});
