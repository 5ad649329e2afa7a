import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestAnnotation } from "../src/domain/editing/ingest-annotation.js";
import { ArticleBuilder, official } from "./support/article-builder.js";
import { TEST_AUTHOR, TestHelper } from "./support/test-helper.js";

let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
  // The queries start at Cambodia; this file gives it a relation of its own rather than rely on another file's data.
  const visitor = helper.id("official");
  const article = new ArticleBuilder(helper, "Query limits")
    .entity(official(visitor, `Limits Visitor ${helper.token}`))
    .entity({ id: "country:KHM", kind: "Country", name: "Cambodia" } as never)
    .fact({ type: "VISITED", subject: visitor, object: "country:KHM" }, "The visitor went to Cambodia.")
    .build();
  await ingestAnnotation(helper.executor, article, "query-limits.json", { author: TEST_AUTHOR });
});
afterAll(() => helper.close());

/** Nests `relations { other { … } }` to the given depth. */
const nested = (depth: number) => {
  let selection = "id";
  for (let i = 0; i < depth; i += 1) selection = `relations { other { ${selection} } }`;
  return `{ country(id: "country:KHM") { ${selection} } }`;
};

describe("query limits", () => {
  it("rejects an over-deep query before any Cypher runs, wording it as a limit rather than a syntax error", async () => {
    const result = await helper.execute(nested(helper.config.limits.maxDepth));
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
    expect(result.errors?.[0]?.message).not.toMatch(/syntax error:/i);
    expect(result.errors?.[0]?.message).toMatch(/^Refused by a limit/);
    expect(result.errors?.[0]?.extensions).toMatchObject({ limit: helper.config.limits.maxDepth });
    expect(result.roundTrips).toBe(0);
  });

  it("accepts a natural query ten levels deep: who met whom at which meeting, and what they hold", async () => {
    expect(helper.config.limits.maxDepth).toBeGreaterThanOrEqual(12);
    const query = `{ country(id: "country:KHM") { relations(first: 2) { other { ... on Official { positions(first: 2) { other { relations(first: 2) { other { relations(first: 2) { other { id } } } } } } } } } } }`;
    const result = await helper.execute(query);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  });

  it("rejects a query with too many aliases before any Cypher runs", async () => {
    const aliases = Array.from({ length: helper.config.limits.maxAliases + 1 }, (_, i) => `a${i}: country(id: "country:KHM") { id }`).join(" ");
    const result = await helper.execute(`{ ${aliases} }`);
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
    expect(result.roundTrips).toBe(0);
  });

  it("rejects an over-costly query before any Cypher runs, counting a page size hidden in a variable", async () => {
    const query = `query($n: Int) { meetings(first: $n) { nodes { participants(first: $n) { other { ... on Official { positions(first: $n) { id } } } } } } }`;
    const result = await helper.execute(query, { n: 100 });
    expect(result.errors, JSON.stringify(result.errors)).toBeDefined();
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/estimated cost is \d+, over the limit of 100000/);
    expect(result.roundTrips).toBe(0);
    expect((await helper.execute(query, { n: 5 })).errors).toBeUndefined();
  });

  it("suggests no field names unless the operator opts in, since they would map the schema for an attacker", async () => {
    const typo = `{ countri(id: "country:KHM") { id } }`;
    for (const env of [{}, { NODE_ENV: "production" }, { NODE_ENV: "development" }] as Record<string, string>[]) {
      const refused = await helper.execute(typo, {}, helper.configWith(env));
      expect(refused.errors?.[0]?.message).toMatch(/Cannot query field "countri"/);
      expect(refused.errors?.[0]?.message).not.toMatch(/Did you mean/);
    }
    expect((await helper.execute(typo, {}, helper.configWith({ GRAPHQL_SUGGESTIONS: "true" }))).errors?.[0]?.message).toMatch(/Did you mean "country"/);
  });

  it("lets a query within the limits through", async () => {
    const result = await helper.execute(`{ node(id: "country:ZZZ") { id } }`);
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(1);
  });
});
