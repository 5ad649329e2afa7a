import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGraph, type GeneratedGraph } from "../bench/generate.js";
import { DIPLOGRAPH_SETTINGS, QUESTION_NAMES, questions } from "../bench/questions.js";
import { loadGraph } from "../bench/support/load-graph.js";
import { cypher } from "../src/neo4j/cypher-query.js";
import { TestHelper } from "./support/test-helper.js";

/**
 * The benchmark's questions, answered by Diplograph and by the hand-written Cypher the
 * benchmark treats as the limit, on a small generated graph: they must agree, or the
 * benchmark would time two different questions.
 */

let helper: TestHelper;
let graph: GeneratedGraph;

beforeAll(async () => {
  helper = await TestHelper.create();
  graph = generateGraph({ facts: 500, tag: helper.token });
  await loadGraph(helper.executor, graph.articles, { concurrency: 1, bulk: 1 });
});
afterAll(() => helper.close());

describe("the benchmark's questions", () => {
  it("generates a graph in the model's shape, with meetings of about twenty participants", () => {
    const meetings = graph.articles.filter((a) => a.entities.some((e) => e.kind === "Meeting"));
    expect(meetings.length).toBeGreaterThan(10);
    for (const article of meetings) expect(article.facts.filter((f) => f.type === "PARTICIPATED_IN").length).toBeGreaterThanOrEqual(16);
    expect(graph.facts).toBeGreaterThan(400);
  });

  it.each(QUESTION_NAMES)("%s: Diplograph and the hand-written Cypher give the same answer", async (name) => {
    const question = questions(graph.probes)[name];
    const ours = await helper.execute(question.diplograph.query, question.diplograph.variables, helper.configWith(DIPLOGRAPH_SETTINGS));
    expect(ours.errors, JSON.stringify(ours.errors)).toBeUndefined();
    const rows = await helper.executor.read(cypher(`bench.${name}`, question.limit.cypher), question.limit.params);
    const answer = question.fromLimit(rows);
    expect(question.fromDiplograph(ours.data)).toEqual(answer);
    // An empty answer would agree trivially.
    expect(JSON.stringify(answer)).not.toMatch(/^(\[\]|\{\}|null)$|"anyPath":false/);
  });
});
