import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { corpusAnnotations } from "./support/corpus-fixtures.js";
import { TestHelper } from "./support/test-helper.js";

let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
  await loadCorpus(helper.executor);
});
afterAll(() => helper.close());

const idOf = (name: string) => {
  for (const { annotation } of corpusAnnotations()) {
    const found = annotation.entities.find((e) => e.name === name);
    if (found) return found.id;
  }
  throw new Error(`no entity named ${name} in the corpus`);
};

const CANDIDATES = `query($name: String!, $kind: EntityKind, $organisation: ID, $on: LocalDate) {
  candidates(name: $name, kind: $kind, organisation: $organisation, on: $on) { entity { id name } score reasons }
}`;

type Candidates = { entity: { id: string; name: string }; score: number; reasons: string[] }[];

describe("candidates for editors", () => {
  it("finds both people called Sophea, and ranks the one the context points to first", async () => {
    const mfaic = idOf("Ministry of Foreign Affairs and International Cooperation");
    const asPermanentSecretary = await helper.execute(CANDIDATES, { name: "Sophea", kind: "Official", organisation: mfaic, on: "2025-01-15" });
    expect(asPermanentSecretary.errors).toBeUndefined();
    const list = asPermanentSecretary.data?.candidates as Candidates;
    expect(list.map((c) => c.entity.name)).toEqual(expect.arrayContaining(["Eat Sophea", "Sok Chenda Sophea"]));

    const onRetreatDay = (await helper.execute(CANDIDATES, { name: "Sophea", kind: "Official", on: "2024-01-29" })).data?.candidates as Candidates;
    expect(onRetreatDay[0]?.entity.name).toBe("Sok Chenda Sophea");
    expect(onRetreatDay[0]?.reasons.join(" ")).toMatch(/on 2024-01-29/);
  });

  it("finds an entity through an alias in another script", async () => {
    const list = (await helper.execute(CANDIDATES, { name: "กรมอาเซียน" })).data?.candidates as Candidates;
    expect(list.length).toBeGreaterThan(0);
    expect(list[0]?.entity.name).toMatch(/ASEAN Affairs/);
  });

  it("refuses an empty name, naming the argument", async () => {
    const result = await helper.execute(CANDIDATES, { name: "  " });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/candidates\(name:\)/);
  });
});
