import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../src/config/config.js";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { LISTS } from "../src/graphql/lists/lists.resolvers.js";
import { TestHelper } from "./support/test-helper.js";

/** The 17th HLTF-ACV: six participants in the corpus, one of them for Cambodia (corpus/annotations). */
const HLTF_MEETING = "meeting:megjzr6x2n";

let helper: TestHelper;
/** A server whose maximum page size is below the default one: every default must still be one it accepts. */
let small: Config;
/** A server whose default page size is below its maximum: a page asked for without `first` takes the default. */
let shortPages: Config;
beforeAll(async () => {
  helper = await TestHelper.create();
  await loadCorpus(helper.executor);
  small = helper.configWith({ GRAPHQL_MAX_PAGE_SIZE: "3" });
  shortPages = helper.configWith({ GRAPHQL_DEFAULT_PAGE_SIZE: "2" });
});
afterAll(() => helper.close());

async function run(query: string, config: Config = small) {
  const result = await helper.execute(query, {}, config);
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

  it("serves a meeting's participants without `first`, at most the maximum page size, with or without `country`", async () => {
    const query = `{ meeting(id: "${HLTF_MEETING}") { participants { id } khm: participants(country: "country:KHM") { id } } }`;
    type Participants = { participants: unknown[]; khm: unknown[] };
    const all = (await run(query, helper.config)).meeting as Participants;
    expect(all.participants.length).toBeGreaterThan(3);
    const capped = (await run(query)).meeting as Participants;
    expect(capped.participants).toHaveLength(3);
    expect(capped.khm.length).toBeGreaterThan(0);
    expect(capped.khm.length).toBeLessThanOrEqual(3);
  });
});

describe("default page sizes follow the configured default", () => {
  it.each(LISTS.map((list) => list.name))("serves %s without `first` a page of the configured default size", async (name) => {
    const page = (await run(`{ ${name} { totalCount nodes { id } pageInfo { hasNextPage } } }`, shortPages))[name] as {
      totalCount: number;
      nodes: unknown[];
      pageInfo: { hasNextPage: boolean };
    };
    expect(page.nodes).toHaveLength(Math.min(2, page.totalCount));
    expect(page.pageInfo.hasNextPage).toBe(page.totalCount > 2);
  });

  it("gives the lists with more than a default page more than one page", async () => {
    const data = await run(`{ organisations { totalCount } officials { totalCount } }`, shortPages);
    expect((data.organisations as { totalCount: number }).totalCount).toBeGreaterThan(2);
    expect((data.officials as { totalCount: number }).totalCount).toBeGreaterThan(2);
  });

  it("serves search and candidates without `first`, at most the configured default", async () => {
    const data = await run(`{ search(text: "ASEAN") { entity { id } } candidates(name: "ASEAN") { entity { id } } }`, shortPages);
    const wide = await run(`{ search(text: "ASEAN") { entity { id } } candidates(name: "ASEAN") { entity { id } } }`, helper.config);
    expect((wide.search as unknown[]).length).toBeGreaterThan(2);
    expect(data.search as unknown[]).toHaveLength(2);
    expect((data.candidates as unknown[]).length).toBeLessThanOrEqual(2);
    expect((data.candidates as unknown[]).length).toBe(Math.min(2, (wide.candidates as unknown[]).length));
  });
});
