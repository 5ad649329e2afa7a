import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { ingestAnnotation } from "../src/domain/editing/ingest-annotation.js";
import { ArticleBuilder, official, organisation } from "./support/article-builder.js";
import { corpusAnnotations } from "./support/corpus-fixtures.js";
import { TEST_AUTHOR, TestHelper } from "./support/test-helper.js";

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

  it("ties an official to the country above their department's ministry, and ranks them first for that country", async () => {
    const land = helper.id("country");
    const ministry = helper.id("org");
    const department = helper.id("org");
    const official1 = helper.id("official");
    const official2 = helper.id("official");
    const annotation = new ArticleBuilder(helper, "Two namesakes")
      .entity({ id: land, kind: "Country", name: `Climbland ${helper.token}` } as never)
      .entity(organisation(ministry, "Ministry of Climbing Affairs"))
      .entity(organisation(department, "Department of Ladders"))
      .entity(official(official1, `Vanna Climber ${helper.token}`))
      .entity(official(official2, `Vanna Climber ${helper.token}`))
      .fact({ type: "BELONGS_TO", subject: department, object: ministry }, "The Department of Ladders is part of the Ministry of Climbing Affairs.")
      .fact({ type: "BELONGS_TO", subject: ministry, object: land }, "The Ministry of Climbing Affairs serves Climbland.")
      .fact({ type: "HOLDS_POSITION", subject: official1, object: department, title: "Director-General" }, "Vanna Climber is Director-General of the Department of Ladders.")
      .build();
    await ingestAnnotation(helper.executor, annotation, "namesakes.json", { author: TEST_AUTHOR });

    const result = await helper.execute(`query($name: String!, $country: ID) { candidates(name: $name, kind: Official, country: $country) { entity { id } reasons } }`, {
      name: `Vanna Climber ${helper.token}`,
      country: land,
    });
    expect(result.errors).toBeUndefined();
    const list = result.data?.candidates as Candidates;
    expect(list.map((c) => c.entity.id)).toEqual([official1, official2]);
    expect(list[0]?.reasons).toContain(`tied to Climbland ${helper.token}`);
    expect(list[1]?.reasons.join(" ")).not.toMatch(/tied to/);
  });

  it("refuses an empty name, naming the argument", async () => {
    const result = await helper.execute(CANDIDATES, { name: "  " });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/candidates\(name:\)/);
  });
});
