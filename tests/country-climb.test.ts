import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestAnnotation } from "../src/domain/editing/ingest-annotation.js";
import { ArticleBuilder, meeting, official, organisation } from "./support/article-builder.js";
import { TEST_AUTHOR, TestHelper } from "./support/test-helper.js";

/**
 * "Which country is it in" has one answer wherever it is asked: the lists' country filters,
 * officeHolders and search's context line all climb the same hierarchies to the same depth.
 * The fixture is as deep as each hierarchy is allowed to be: a unit four BELONGS_TO steps
 * below its country, a venue three LOCATED_IN steps below it.
 */
let helper: TestHelper;
const ids: Record<string, string> = {};
let landName: string;

beforeAll(async () => {
  helper = await TestHelper.create();
  for (const key of ["land", "ministry", "department", "division", "unit", "head", "province", "city", "venue", "meeting"]) {
    ids[key] = helper.id(
      key === "land" ? "country" : ["ministry", "department", "division", "unit"].includes(key) ? "org" : key === "head" ? "official" : key === "meeting" ? "meeting" : "place",
    );
  }
  landName = `Deepland ${helper.token}`;
  const place = (id: string, name: string, placeKind: string) => ({ id, kind: "Place", name, placeKind }) as never;
  const annotation = new ArticleBuilder(helper, "A deep hierarchy")
    .entity({ id: ids.land!, kind: "Country", name: landName } as never)
    .entity(organisation(ids.ministry!, `Ministry of Depth ${helper.token}`))
    .entity(organisation(ids.department!, `Department of Layers ${helper.token}`))
    .entity(organisation(ids.division!, `Division of Levels ${helper.token}`))
    .entity(organisation(ids.unit!, `Unit of Steps ${helper.token}`))
    .entity(official(ids.head!, `Sothea Deep ${helper.token}`))
    .entity(place(ids.province!, `Province of Depth ${helper.token}`, "PROVINCE"))
    .entity(place(ids.city!, `City of Depth ${helper.token}`, "CITY"))
    .entity(place(ids.venue!, `Hall of Depth ${helper.token}`, "VENUE"))
    .entity(meeting(ids.meeting!, `Meeting in Depth ${helper.token}`, "2024-06-01"))
    .fact({ type: "BELONGS_TO", subject: ids.ministry!, object: ids.land! }, "The Ministry of Depth serves Deepland.")
    .fact({ type: "BELONGS_TO", subject: ids.department!, object: ids.ministry! }, "The Department of Layers is part of the Ministry of Depth.")
    .fact({ type: "BELONGS_TO", subject: ids.division!, object: ids.department! }, "The Division of Levels is part of the Department of Layers.")
    .fact({ type: "BELONGS_TO", subject: ids.unit!, object: ids.division! }, "The Unit of Steps is part of the Division of Levels.")
    .fact({ type: "HOLDS_POSITION", subject: ids.head!, object: ids.unit!, title: "Head of Unit" }, "Sothea Deep is Head of the Unit of Steps.")
    .fact({ type: "LOCATED_IN", subject: ids.province!, object: ids.land! }, "The Province of Depth lies in Deepland.")
    .fact({ type: "LOCATED_IN", subject: ids.city!, object: ids.province! }, "The City of Depth lies in the Province of Depth.")
    .fact({ type: "LOCATED_IN", subject: ids.venue!, object: ids.city! }, "The Hall of Depth is in the City of Depth.")
    .fact({ type: "HELD_IN", subject: ids.meeting!, object: ids.venue! }, "The Meeting in Depth was held at the Hall of Depth.")
    .build();
  await ingestAnnotation(helper.executor, annotation, "deep-hierarchy.json", { author: TEST_AUTHOR });
});
afterAll(() => helper.close());

async function data(query: string, variables: Record<string, unknown>) {
  const result = await helper.execute(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as Record<string, { nodes?: { id: string }[] } & unknown>;
}

const listIds = async (list: string) => {
  const result = await data(`query($country: ID!) { ${list}(filter: {country: $country}, first: 100) { nodes { id } } }`, { country: ids.land });
  return (result[list]!.nodes ?? []).map((n) => n.id);
};

describe("the country above an entity", () => {
  it("officials(country:) and officeHolders(country:) agree on an official of a unit four levels down", async () => {
    expect(await listIds("officials")).toContain(ids.head);
    const holders = await data(`query($country: ID!) { officeHolders(title: "Head of Unit", on: "2024-06-01", country: $country) { official { id } } }`, { country: ids.land });
    expect((holders.officeHolders as unknown as { official: { id: string } }[]).map((h) => h.official.id)).toEqual([ids.head]);
  });

  it("organisations(country:) and search's context find the country above the same unit", async () => {
    expect(await listIds("organisations")).toEqual(expect.arrayContaining([ids.ministry, ids.department, ids.division, ids.unit]));
    const hits = await data(`query($text: String!) { search(text: $text, kinds: [Organisation], first: 5) { entity { id } context } }`, { text: `Unit of Steps ${helper.token}` });
    const unit = (hits.search as unknown as { entity: { id: string }; context: string }[]).find((h) => h.entity.id === ids.unit);
    expect(unit?.context).toContain(landName);
  });

  it("places(country:), meetings(country:) and search's context agree on a venue three levels down", async () => {
    expect(await listIds("places")).toEqual(expect.arrayContaining([ids.province, ids.city, ids.venue]));
    expect(await listIds("meetings")).toContain(ids.meeting);
    const hits = await data(`query($text: String!) { search(text: $text, kinds: [Place], first: 5) { entity { id } context } }`, { text: `Hall of Depth ${helper.token}` });
    const venue = (hits.search as unknown as { entity: { id: string }; context: string }[]).find((h) => h.entity.id === ids.venue);
    expect(venue?.context).toContain(landName);
  });
});
