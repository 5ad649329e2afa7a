import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { MAX_SEARCH_LENGTH } from "../src/domain/search/lucene-query.js";
import { ingestAnnotation } from "../src/domain/editing/ingest-annotation.js";
import { ArticleBuilder, official } from "./support/article-builder.js";
import { TEST_AUTHOR, TestHelper } from "./support/test-helper.js";

interface Hit {
  entity: { id: string; kind: string; name: string };
  score: number;
  matchedName: string | null;
  context: string;
}

/** Ids from corpus/annotations: opaque, so read from the files rather than derived from names. */
const ID = {
  kungPhoak: "official:gct3sfqxbx",
  prakSokhonn: "official:cuj2vdigqr",
  sokChendaSophea: "official:s47nxbs4rl",
  eatSophea: "official:slfxcq3ixa",
  wangphaen: "official:y6uvverkdj",
  hoiAn: "place:gvswm3fx7q",
  departmentOfAseanAffairs: "org:ncktedeczj",
  aseanSecretariat: "org:bxyx6dh7qn",
  aseanSecretariatBuilding: "place:si6snxnztj",
  hltfAcv: "org:nadgvdnrmi",
  hltfMeeting: "meeting:megjzr6x2n",
  myanmarCrisis: "topic:dluf7spsqe",
};

const SEARCH = `query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    entity { id kind name }
    score
    matchedName
    context
  }
}`;

let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
  await loadCorpus(helper.executor);
});
afterAll(() => helper.close());

async function search(text: string, options: { kinds?: string[]; first?: number } = {}) {
  const result = await helper.execute(SEARCH, { text, kinds: options.kinds ?? null, first: options.first ?? null });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return { hits: (result.data?.search ?? []) as Hit[], roundTrips: result.roundTrips };
}

const ids = (hits: Hit[]) => hits.map((h) => h.entity.id);
const hitFor = (hits: Hit[], id: string) => hits.find((h) => h.entity.id === id);

describe("search in English", () => {
  it.each([
    ["kung phoak", ID.kungPhoak],
    ["KUNG", ID.kungPhoak],
    ["Sokhonn", ID.prakSokhonn],
    ["Hoi An", ID.hoiAn],
    ["hoi an", ID.hoiAn],
  ])("finds %j whatever its case", async (text, id) => {
    const { hits } = await search(text);
    expect(ids(hits)).toContain(id);
  });

  it('ignores diacritics: "Hôi An" finds Hoi An, first', async () => {
    const { hits } = await search("Hôi An");
    expect(hits[0]?.entity.id).toBe(ID.hoiAn);
    expect(hits[0]?.matchedName).toBe("Hoi An");
  });

  it("matches the last word as a prefix, so results follow typing", async () => {
    for (const text of ["kung pho", "Sokho", "hoi a"]) {
      const { hits } = await search(text);
      expect(hits.length, text).toBeGreaterThan(0);
    }
    expect(ids((await search("kung pho")).hits)).toEqual([ID.kungPhoak]);
    expect(ids((await search("Sokho")).hits)).toContain(ID.prakSokhonn);
  });

  it("finds a topic by words of its names, as a Topic, described by its description", async () => {
    // The alias's words are all in the primary name too, and the primary name wins when it matches.
    const { hits } = await search("Myanmar crisis");
    expect(hits[0]).toMatchObject({ entity: { id: ID.myanmarCrisis, kind: "Topic" }, matchedName: "Political crisis in Myanmar" });
    expect(hits[0]?.context).toMatch(/^The political crisis and armed conflict in Myanmar/);
    expect(ids((await search("political crisis", { kinds: ["Topic"] })).hits)).toEqual([ID.myanmarCrisis]);
    expect(ids((await search("political crisis", { kinds: ["Framework"] })).hits)).not.toContain(ID.myanmarCrisis);
  });

  it("requires every word, not any", async () => {
    expect((await search("kung sophea")).hits).toEqual([]);
  });

  it("finds an entity by an alias and says which name matched", async () => {
    const { hits } = await search("HLTF-ACV");
    expect(ids(hits)).toEqual(expect.arrayContaining([ID.hltfAcv, ID.hltfMeeting]));
    expect(hitFor(hits, ID.hltfAcv)?.matchedName).toBe("HLTF-ACV");
    expect(hitFor(hits, ID.hltfMeeting)?.matchedName).toBe("17th HLTF-ACV Meeting");
  });

  it("orders hits by score, best first", async () => {
    const { hits } = await search("ASEAN");
    expect(hits.length).toBeGreaterThan(3);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe("search in Thai", () => {
  it("finds the Thai official by a Thai word of his name", async () => {
    const { hits } = await search("วังแพน");
    expect(hits[0]?.entity).toMatchObject({ id: ID.wangphaen, name: "พลพงศ์ วังแพน" });
    expect(hits[0]?.context).toContain("Department of ASEAN Affairs");
  });

  it("finds the department by its Thai name, naming the alias that matched", async () => {
    const { hits } = await search("กรมอาเซียน");
    expect(hits[0]?.entity.id).toBe(ID.departmentOfAseanAffairs);
    expect(hits[0]?.matchedName).toBe("กรมอาเซียน");
  });

  it("finds a Thai word inside an unspaced compound, which only the thai analyzer splits", async () => {
    // "อาเซียน" (ASEAN) is a word inside "สำนักงานเลขาธิการอาเซียน" (ASEAN Secretariat).
    const { hits } = await search("อาเซียน");
    expect(ids(hits)).toContain(ID.aseanSecretariat);
  });
});

describe("meetings by series", () => {
  it("finds a meeting by its series and by ordinal and series, not only the body", async () => {
    const adsom = await search("ADSOM WG");
    expect(ids(adsom.hits)).toEqual(expect.arrayContaining(["meeting:ptfflil4zm", "org:micde5xcel"]));
    expect(ids((await search("17th HLTF-ACV")).hits)).toContain(ID.hltfMeeting);
  });
});

describe("honorifics are no part of a name", () => {
  it.each([["นายพลพงศ์ วังแพน"], ["นาย พลพงศ์ วังแพน"], ["ดร.พลพงศ์ วังแพน"]])("%j finds the Thai official as printed with his title", async (text) => {
    const { hits } = await search(text);
    expect(hits[0]?.entity.id).toBe(ID.wangphaen);
  });
});

describe("search in Khmer", () => {
  /** A Khmer alias the test owns; the Latin name carries the token so only this entity has it. */
  let khmerId: string;
  beforeAll(async () => {
    khmerId = helper.id("official");
    const annotation = new ArticleBuilder(helper, "Khmer names")
      .entity({ ...official(khmerId, `Sokhonn Khmer ${helper.token}`), aliases: [{ name: "ប្រាក់ សុខុន", lang: "km", script: "Khmr", kind: "full" }] } as never)
      .fact({ type: "VISITED", subject: khmerId, object: "country:KHM" }, "He visited Cambodia.")
      .entity({ id: "country:KHM", kind: "Country", name: "Cambodia" } as never)
      .build();
    await ingestAnnotation(helper.executor, annotation, "khmer.json", { author: TEST_AUTHOR });
  });

  it.each([["ប្រាក់ សុខុន"], ["ប្រាក់សុខុន"], ["សុខុន"], ["លោក ប្រាក់ សុខុន"], ["ឯកឧត្តមប្រាក់សុខុន"], ["ប្រាក់\u200Bសុខុន"]])(
    "finds a Khmer name written %j, split into words as it is stored",
    async (text) => {
      const { hits } = await search(text);
      expect(ids(hits)).toContain(khmerId);
    },
  );

  it("names the Khmer alias that matched", async () => {
    const { hits } = await search("ប្រាក់សុខុន");
    expect(hitFor(hits, khmerId)?.matchedName).toBe("ប្រាក់ សុខុន");
  });
});

describe("the kinds filter", () => {
  it("keeps only the kinds asked for", async () => {
    const all = await search("ASEAN Secretariat");
    expect(ids(all.hits)).toEqual(expect.arrayContaining([ID.aseanSecretariat, ID.aseanSecretariatBuilding]));

    const places = await search("ASEAN Secretariat", { kinds: ["Place"] });
    expect(ids(places.hits)).toEqual([ID.aseanSecretariatBuilding]);

    const bodies = await search("ASEAN Secretariat", { kinds: ["Organisation", "Official"] });
    expect(ids(bodies.hits)).toContain(ID.aseanSecretariat);
    expect(bodies.hits.every((h) => ["Organisation", "Official"].includes(h.entity.kind))).toBe(true);
  });
});

describe("context", () => {
  it('tells apart the two officials "Sophea" finds, by office, organisation and country', async () => {
    const { hits } = await search("Sophea");
    const chenda = hitFor(hits, ID.sokChendaSophea);
    const eat = hitFor(hits, ID.eatSophea);
    expect(chenda?.entity.name).toBe("Sok Chenda Sophea");
    expect(eat?.entity.name).toBe("Eat Sophea");
    expect(eat?.context).toBe("Permanent Secretary of State, Ministry of Foreign Affairs and International Cooperation (Cambodia)");
    expect(chenda?.context).toBe("Minister of Foreign Affairs and International Cooperation, Ministry of Foreign Affairs and International Cooperation (Cambodia)");
  });

  it("gives an organisation's kind and country, and a meeting's dates and place", async () => {
    const department = hitFor((await search("Department of ASEAN Affairs")).hits, ID.departmentOfAseanAffairs);
    expect(department?.context).toBe("Department, Ministry of Foreign Affairs of Thailand (Thailand)");
    const meeting = hitFor((await search("17th HLTF-ACV")).hits, ID.hltfMeeting);
    expect(meeting?.context).toBe("2024-10-29 – 2024-11-01, Hoi An (Vietnam)");
    const building = hitFor((await search("ASEAN Secretariat building")).hits, ID.aseanSecretariatBuilding);
    expect(building?.context).toBe("Venue, Jakarta (Indonesia)");
  });

  it("costs a fixed number of queries for a whole page, however many hits it has", async () => {
    const one = await search("ASEAN", { first: 1 });
    const page = await search("ASEAN", { first: 50 });
    expect(page.hits.length).toBeGreaterThan(10);
    // The search, the hits' relations and their far ends, then at most three steps towards a country.
    const bound = 1 + 2 + 2 * 3;
    expect(one.roundTrips).toBeLessThanOrEqual(bound);
    expect(page.roundTrips).toBeLessThanOrEqual(bound);
  });

  it("runs no context query when no hit asks for one", async () => {
    const result = await helper.execute(`{ search(text: "Sophea") { entity { id name } matchedName } }`);
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(1);
  });
});

describe("user input", () => {
  it.each(["AND OR (", '"', "title:x", "a && b || !c", "*", "?", "\\", "[1 TO 5]", "{x}", "~2", "/regex/", "-x +y", "^", "AND", "NOT"])(
    "treats %j as text to search for: an answer, never a Lucene parse error",
    async (text) => {
      const result = await helper.execute(SEARCH, { text });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(Array.isArray(result.data?.search)).toBe(true);
    },
  );

  it("rejects an empty text with BAD_USER_INPUT naming the argument, before any query", async () => {
    for (const text of ["", "   "]) {
      const result = await helper.execute(SEARCH, { text });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "text" });
      expect(result.roundTrips).toBe(0);
    }
  });

  it(`rejects a text over ${MAX_SEARCH_LENGTH} characters with BAD_USER_INPUT naming the argument and the limit`, async () => {
    const result = await helper.execute(SEARCH, { text: "a".repeat(MAX_SEARCH_LENGTH + 1) });
    const error = result.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "text", limit: MAX_SEARCH_LENGTH });
    expect(error?.message).toContain("search(text:)");
    expect(error?.message).toContain(String(MAX_SEARCH_LENGTH));
    expect(result.roundTrips).toBe(0);
  });

  it("bounds `first` by the server's maximum page size", async () => {
    const result = await helper.execute(SEARCH, { text: "ASEAN", first: helper.config.limits.maxPageSize + 1 });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
    expect((await search("ASEAN", { first: 0 })).hits).toEqual([]);
    expect((await search("ASEAN", { first: 2 })).hits).toHaveLength(2);
  });
});
