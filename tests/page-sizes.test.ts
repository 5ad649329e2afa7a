import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../src/config/config.js";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { TestHelper } from "./support/test-helper.js";

let helper: TestHelper;
/** A server whose maximum page size is below the default one: every default must still be one it accepts. */
let small: Config;
beforeAll(async () => {
  helper = await TestHelper.create();
  await loadCorpus(helper.executor);
  small = helper.configWith({ GRAPHQL_MAX_PAGE_SIZE: "3" });
});
afterAll(() => helper.close());

async function run(query: string) {
  const result = await helper.execute(query, {}, small);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data ?? {};
}

describe("default page sizes follow the configured maximum", () => {
  it("serves search without `first`, at most the maximum page size", async () => {
    const data = await run(`{ search(text: "ASEAN") { entity { id } } }`);
    const hits = data.search as unknown[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
  });

  it("serves candidates without `first`, at most the maximum page size", async () => {
    const data = await run(`{ candidates(name: "ASEAN") { entity { id } } }`);
    const candidates = data.candidates as unknown[];
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.length).toBeLessThanOrEqual(3);
  });

  it("cuts a list's default page at the maximum page size", async () => {
    const data = await run(`{ organisations { totalCount nodes { id } pageInfo { hasNextPage } } }`);
    const page = data.organisations as { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean } };
    expect(page.totalCount).toBeGreaterThan(3);
    expect(page.nodes).toHaveLength(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });
});
