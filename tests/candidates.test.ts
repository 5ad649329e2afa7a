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

describe("candidates: the first answer is safe to link", () => {
  const LOOKUP = `query($name: String!, $kind: EntityKind, $country: ID, $on: LocalDate) {
    candidates(name: $name, kind: $kind, country: $country, on: $on) { entity { id name } score reasons }
  }`;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    ids.vnMinistry = helper.id("org");
    ids.assembly = helper.id("org");
    const annotation = new ArticleBuilder(helper, "Two bodies")
      .entity({ id: "country:VNM", kind: "Country", name: "Vietnam" } as never)
      .entity({ id: "country:KHM", kind: "Country", name: "Cambodia" } as never)
      .entity(organisation(ids.vnMinistry, "Ministry of National Defence"))
      .entity({ ...organisation(ids.assembly, "National Assembly"), orgKind: "GOVERNMENT_BODY" } as never)
      .fact({ type: "BELONGS_TO", subject: ids.vnMinistry, object: "country:VNM" }, "Vietnam's Ministry of National Defence hosted the talks.")
      .fact({ type: "BELONGS_TO", subject: ids.assembly, object: "country:KHM" }, "Cambodia's National Assembly approved it.")
      .build();
    await ingestAnnotation(helper.executor, annotation, "lookups.json", { author: TEST_AUTHOR });
  });

  /** Each lookup an editor makes, and the entity that must come first: by its corpus name, or by a key of `ids`. */
  const LOOKUPS: { name: string; kind?: string; country?: string; on?: string; first: string }[] = [
    { name: "Ministry of National Defence", country: "country:VNM", first: "=vnMinistry" },
    { name: "Ministry of National Defence", country: "country:KHM", first: "Ministry of National Defense" },
    { name: "National Assembly", first: "=assembly" },
    { name: "16th ASCCO", first: "16th Coordinating Conference for the ASEAN Political-Security Community" },
    { name: "17th HLTF-ACV", first: "17th Meeting of the High-Level Task Force on ASEAN Community’s Post-2025 Vision" },
    { name: "ADMM", kind: "Meeting", on: "2022-06-22", first: "ASEAN Defence Ministers’ Meeting (June 2022)" },
    { name: "ADSOM WG", kind: "Meeting", first: "ASEAN Defence Senior Officials’ Meeting Working Group Meeting (February 2022)" },
    { name: "ADSOM WG", first: "ASEAN Defence Senior Officials’ Meeting Working Group" },
    { name: "Sokhon", kind: "Official", first: "Prak Sokhonn" },
    { name: "Prak Sokhon", first: "Prak Sokhonn" },
    { name: "Sok Chenda", first: "Sok Chenda Sophea" },
    { name: "MFAIC", first: "Ministry of Foreign Affairs and International Cooperation" },
    { name: "กรมอาเซียน", first: "Department of ASEAN Affairs" },
    { name: "นายพลพงศ์ วังแพน", first: "พลพงศ์ วังแพน" },
  ];

  it.each(LOOKUPS)("$name ($kind $country $on) → $first", async ({ name, kind, country, on, first }) => {
    const result = await helper.execute(LOOKUP, { name, kind: kind ?? null, country: country ?? null, on: on ?? null });
    expect(result.errors).toBeUndefined();
    const list = result.data?.candidates as Candidates;
    const expected = first.startsWith("=") ? ids[first.slice(1)] : idOf(first);
    expect(list[0]?.entity.id, JSON.stringify(list.slice(0, 3))).toBe(expected);
    expect(list[0]?.reasons.length).toBeGreaterThan(0);
  });

  it('does not put the 16th ASCCO first for "16th ADMM", and says why it ranks low', async () => {
    const list = (await helper.execute(LOOKUP, { name: "16th ADMM" })).data?.candidates as Candidates;
    const ascco = idOf("16th Coordinating Conference for the ASEAN Political-Security Community");
    expect(list[0]?.entity.id).not.toBe(ascco);
    expect(
      list
        .slice(0, 3)
        .map((c) => c.entity.name)
        .join(" | "),
    ).toMatch(/ASEAN Defence Ministers’ Meeting/);
    expect(list.find((c) => c.entity.id === ascco)?.reasons).toContain('a meeting of the ASCCO series, which "16th ADMM" does not name');
  });
});
