import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { type Execution, TestHelper } from "./support/test-helper.js";

/** The 17th HLTF-ACV, where Kung Phoak led Cambodia's delegation (corpus/annotations). */
const HLTF_MEETING = "meeting:megjzr6x2n";

let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
  await loadCorpus(helper.executor);
});
afterAll(() => helper.close());

function expectBadId(result: Execution, argument: string) {
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe("BAD_USER_INPUT");
  expect(result.errors?.[0]?.extensions?.argument).toBe(argument);
  expect(result.errors?.[0]?.message).toContain(`"${argument}" takes an id starting`);
}

describe("a wrong id is BAD_USER_INPUT naming the input, never an empty answer", () => {
  it("participants(country:) refuses an id that is not a country's", async () => {
    const ok = await helper.execute(`{ meeting(id: "${HLTF_MEETING}") { participants(country: "country:KHM") { id } } }`);
    expect(ok.errors).toBeUndefined();
    expect((ok.data?.meeting as { participants: unknown[] }).participants.length).toBeGreaterThan(0);

    expectBadId(await helper.execute(`{ meeting(id: "${HLTF_MEETING}") { participants(country: "nonsense") { id } } }`), "country");
    expectBadId(await helper.execute(`{ meeting(id: "${HLTF_MEETING}") { participants(country: "org:3jcnmkkhth") { id } } }`), "country");
  });

  it("candidates(country:, organisation:) refuse ids of the wrong kind, even when no name matches", async () => {
    expectBadId(await helper.execute(`{ candidates(name: "zzzz-no-such-name", country: "nonsense") { score } }`), "country");
    expectBadId(await helper.execute(`{ candidates(name: "Sophea", organisation: "country:KHM") { score } }`), "organisation");
  });

  it("revisions(article:) and officeHolders(country:) refuse ids of the wrong kind", async () => {
    expectBadId(await helper.execute(`{ revisions(article: "nonsense") { seq } }`), "article");
    expectBadId(await helper.execute(`{ officeHolders(title: "Minister", on: "2024-01-29", country: "nonsense") { title } }`), "country");
  });
});
