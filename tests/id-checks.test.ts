import { getNamedType, type GraphQLInputObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { createSchema } from "../src/graphql/schema.js";
import { LISTS } from "../src/graphql/lists/lists.resolvers.js";
import { type Execution, TestHelper } from "./support/test-helper.js";

/** The 17th HLTF-ACV, where Kung Phoak led Cambodia's delegation (corpus/annotations). */
const HLTF_MEETING = "meeting:megjzr6x2n";

let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
  await loadCorpus(helper.executor);
});
afterAll(() => helper.close());

function expectBadId(result: Execution, argument: string, takes = "an id starting") {
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe("BAD_USER_INPUT");
  expect(result.errors?.[0]?.extensions?.argument).toBe(argument);
  expect(result.errors?.[0]?.message).toContain(`"${argument}" takes ${takes}`);
  expect(result.data ?? null).toBeNull();
}

/** Every ID field of every list's filter, read from the schema, so a filter added later is checked too. */
async function idFilters(): Promise<{ list: string; field: string }[]> {
  const schema = await createSchema();
  return LISTS.flatMap((list) =>
    Object.values((schema.getType(list.filter.name) as GraphQLInputObjectType).getFields())
      .filter((field) => getNamedType(field.type).name === "ID")
      .map((field) => ({ list: list.name, field: field.name })),
  );
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

  it("every list's id filters refuse an id of the wrong kind, naming the filter field", async () => {
    const fields = await idFilters();
    expect(fields.length).toBeGreaterThanOrEqual(7);
    for (const { list, field } of fields) {
      const takes = field === "mentions" ? "an entity id" : "an id starting";
      expectBadId(await helper.execute(`{ ${list}(filter: {${field}: "nonsense"}) { totalCount nodes { id } } }`), `filter.${field}`, takes);
      expectBadId(await helper.execute(`{ ${list}(filter: {${field}: "article:zzzzzzzzzz"}) { totalCount } }`), `filter.${field}`, takes);
    }
  });

  it("a list's id filter takes an id of the right kind", async () => {
    const result = await helper.execute(`{ meetings(filter: {country: "country:KHM"}) { totalCount } }`);
    expect(result.errors).toBeUndefined();
    expect((result.data?.meetings as { totalCount: number }).totalCount).toBeGreaterThan(0);
  });

  it("counts over a list's filter refuse its wrong ids the same way", async () => {
    expectBadId(await helper.execute(`{ counts(of: MEETINGS, by: [YEAR], meetings: {country: "org:3jcnmkkhth"}) { total } }`), "filter.country");
    expectBadId(await helper.execute(`{ counts(of: OFFICIALS, by: [ROLE], officials: {organisation: "nonsense"}) { total } }`), "filter.organisation");
  });
});
