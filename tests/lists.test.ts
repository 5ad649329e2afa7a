import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listQuery } from "../src/graph/list.queries.js";
import type { AnnotationInput } from "../src/domain/annotation/annotation.schema.js";
import { ingestAnnotation } from "../src/domain/editing/ingest-annotation.js";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { corpusAnnotations } from "./support/corpus-fixtures.js";
import { type Execution, TEST_AUTHOR, TestHelper } from "./support/test-helper.js";

/** Corpus ids are opaque, so tests find them by kind and name in the annotation files. */
const corpusEntities = corpusAnnotations().flatMap(({ annotation }) => annotation.entities);
function corpusId(kind: string, name: string): string {
  const entity = corpusEntities.find((e) => e.kind === kind && e.name === name);
  if (!entity) throw new Error(`no ${kind} named ${name} in the corpus`);
  return entity.id;
}

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string; name?: string; title?: string }[];
}

let helper: TestHelper;

/** Runs a list query and returns its one connection, failing on any error. */
async function list(field: string, args: string, variables: Record<string, unknown> = {}, item = "id name"): Promise<Connection> {
  const declared = Object.keys(variables).length
    ? `(${Object.keys(variables)
        .map((v) => `$${v}: ${VARIABLE_TYPES[v]}`)
        .join(", ")})`
    : "";
  const result = await helper.execute(`query${declared} { ${field}${args ? `(${args})` : ""} { totalCount pageInfo { hasNextPage endCursor } nodes { ${item} } } }`, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data?.[field] as Connection;
}
const VARIABLE_TYPES: Record<string, string> = { after: "String", first: "Int", name: "String", series: "String" };

/** Every name the list holds, page by page, so other tests' data sharing the database cannot push an expected one off the page. */
async function names(field: string, args: string): Promise<(string | undefined)[]> {
  const found: (string | undefined)[] = [];
  let after: string | null = null;
  do {
    const page: Connection = await list(field, `${args} first: 100${after ? ", after: $after" : ""}`, after ? { after } : {});
    found.push(...page.nodes.map((n) => n.name));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return found;
}

function expectBadInput(result: Execution, message: RegExp) {
  expect(result.data?.[Object.keys(result.data ?? {})[0] ?? ""] ?? null).toBeNull();
  expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(result.errors?.[0]?.message).toMatch(message);
}

/** This test's own entities: names that tie, meetings with no date and one known only to the month. */
let own: { placeIds: string[]; series: string; monthMeetingId: string; meetingIds: string[]; diacriticPlaceId: string };

function ownAnnotation(): AnnotationInput {
  const t = helper.token;
  const placeIds = Array.from({ length: 7 }, () => helper.id("place"));
  const meetingIds = Array.from({ length: 6 }, () => helper.id("meeting"));
  const diacriticPlaceId = helper.id("place");
  const series = `Series ${t}`;
  const starts = [{ value: "2022-02" }, { value: "2023-05-01" }, { value: "2023-05-01" }, undefined, undefined, { value: "2021" }];
  own = { placeIds, series, monthMeetingId: meetingIds[0]!, meetingIds, diacriticPlaceId };
  return {
    formatVersion: 1,
    article: { id: helper.id("article"), title: `Lists fixture ${t}`, language: "en", text: `A fixture article for the list tests, ${t}.` },
    entities: [
      // Three pairs of equal names and one more: ties the keyset must break by id.
      ...placeIds.map((id, i) => ({ id, kind: "Place" as const, placeKind: "VENUE" as const, name: `Plaza ${t} ${["a", "a", "b", "b", "c", "c", "d"][i]}` })),
      {
        id: diacriticPlaceId,
        kind: "Place" as const,
        placeKind: "OTHER" as const,
        name: `Old Town ${t}`,
        aliases: [{ name: `Phố cổ Hội An ${t}`, lang: "vi", script: "Latn" as const, kind: "translation" as const }],
      },
      ...meetingIds.map((id, i) => ({ id, kind: "Meeting" as const, name: `Session ${i} ${t}`, series, ...(starts[i] ? { start: starts[i] } : {}) })),
    ],
    facts: [],
  };
}

beforeAll(async () => {
  helper = await TestHelper.create();
  await loadCorpus(helper.executor);
  await ingestAnnotation(helper.executor, ownAnnotation(), "lists-fixture.json", { author: TEST_AUTHOR });
});
afterAll(() => helper.close());

describe("meetings", () => {
  it("lists the meetings that could fall in 2024, and not those of 2022 or 2025", async () => {
    const found = await names("meetings", `filter: {from: "2024-01-01", to: "2024-12-31"}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "17th Meeting of the High-Level Task Force on ASEAN Community’s Post-2025 Vision",
        "ASEAN Foreign Ministers’ Retreat 2024",
        "16th Coordinating Conference for the ASEAN Political-Security Community",
      ]),
    );
    expect(found).not.toContain("ASEAN Defence Senior Officials’ Meeting Working Group Meeting (February 2022)");
    expect(found).not.toContain("MFAIC Annual Conference reviewing 2024");
  });

  it("counts a meeting known only to the month as overlapping a single day of that month", async () => {
    const day = await list("meetings", `filter: {series: $series, from: "2022-02-07", to: "2022-02-07"}`, { series: own.series });
    expect(day.nodes.map((n) => n.id)).toEqual([own.monthMeetingId]);
    expect(day.totalCount).toBe(1);
    const nextMonth = await list("meetings", `filter: {series: $series, from: "2022-03-01"}`, { series: own.series });
    expect(nextMonth.nodes.map((n) => n.id)).not.toContain(own.monthMeetingId);
  });

  it("filters by the country that took part, hosted or was the venue, by organisation, role and series", async () => {
    const inIndonesia = await names("meetings", `filter: {country: "country:IDN"}`);
    expect(inIndonesia).toContain("16th Coordinating Conference for the ASEAN Political-Security Community");
    expect(inIndonesia).not.toContain("ASEAN Foreign Ministers’ Retreat 2024");
    expect(await names("meetings", `filter: {country: "country:VNM"}`)).toEqual(
      expect.arrayContaining(["17th Meeting of the High-Level Task Force on ASEAN Community’s Post-2025 Vision", "Regional Consultation on the ASEAN Community Blueprints 2025"]),
    );
    expect(await names("meetings", `filter: {country: "country:LAO"}`)).toContain("ASEAN Foreign Ministers’ Retreat 2024");
    const taskForce = corpusId("Organisation", "High-Level Task Force on ASEAN Community’s Post-2025 Vision");
    expect(await names("meetings", `filter: {organisation: "${taskForce}"}`)).toContain("17th Meeting of the High-Level Task Force on ASEAN Community’s Post-2025 Vision");
    expect(await names("meetings", `filter: {role: CHAIRED, series: "ASCCO"}`)).toContain("16th Coordinating Conference for the ASEAN Political-Security Community");
    expect(await names("meetings", `filter: {role: CHAIRED}`)).not.toContain("ASEAN Foreign Ministers’ Retreat 2024");
  });

  it("orders by date with undated meetings last, both ways", async () => {
    const ascending = await list("meetings", `filter: {series: $series}, orderBy: DATE_ASC`, { series: own.series });
    const descending = await list("meetings", `filter: {series: $series}, orderBy: DATE_DESC`, { series: own.series });
    const [m0, m1, m2, m3, m4, m5] = own.meetingIds;
    const [tiedLow, tiedHigh] = [m1!, m2!].sort();
    const [nullLow, nullHigh] = [m3!, m4!].sort();
    expect(ascending.nodes.map((n) => n.id)).toEqual([m5, m0, tiedLow, tiedHigh, nullLow, nullHigh]);
    expect(descending.nodes.map((n) => n.id)).toEqual([tiedHigh, tiedLow, m0, m5, nullHigh, nullLow]);
  });
});

describe("officials", () => {
  it("lists officials of Cambodia: in office there or in its ministries, or representing it", async () => {
    const found = await names("officials", `filter: {country: "country:KHM"}`);
    expect(found).toEqual(expect.arrayContaining(["Kung Phoak", "Sok Chenda Sophea", "Lay Chenda", "Prak Sokhonn", "Eat Sophea"]));
    expect(found).not.toContain("Malar Than Htike");
  });

  it("lists those who led a delegation, and narrows role and dates to the same meeting", async () => {
    expect(await names("officials", `filter: {role: LED_DELEGATION}`)).toEqual(expect.arrayContaining(["Kung Phoak", "พลพงศ์ วังแพน"]));
    expect(await names("officials", `filter: {role: LED_DELEGATION}`)).not.toContain("Sok Chenda Sophea");
    const laterIn2024 = await names("officials", `filter: {role: LED_DELEGATION, from: "2024-06-01", to: "2024-12-31"}`);
    expect(laterIn2024).toContain("Kung Phoak");
    expect(laterIn2024).not.toContain("พลพงศ์ วังแพน");
    const firstHalf = await names("officials", `filter: {from: "2024-01-01", to: "2024-06-30"}`);
    expect(firstHalf).toEqual(expect.arrayContaining(["Sok Chenda Sophea", "Malar Than Htike", "พลพงศ์ วังแพน"]));
    expect(firstHalf).not.toContain("Kung Phoak");
  });

  it("lists those in office in an organisation", async () => {
    const ministry = corpusId("Organisation", "Ministry of Foreign Affairs and International Cooperation");
    expect(await names("officials", `filter: {organisation: "${ministry}"}`)).toEqual(expect.arrayContaining(["Kung Phoak", "Sok Chenda Sophea", "Prak Sokhonn", "Eat Sophea"]));
  });
});

describe("organisations, places, countries, frameworks and articles", () => {
  it("lists ministries, and organisations of a country through their parents", async () => {
    const ministries = await names("organisations", `filter: {kind: MINISTRY}`);
    expect(ministries).toEqual(
      expect.arrayContaining(["Ministry of Foreign Affairs and International Cooperation", "Ministry of National Defense", "Ministry of Foreign Affairs of Thailand"]),
    );
    expect(ministries).not.toContain("ASEAN");
    const cambodian = await names("organisations", `filter: {country: "country:KHM"}`);
    expect(cambodian).toEqual(expect.arrayContaining(["Department of Politics and Foreign Affairs", "Cambodian Mine Action Centre"]));
    expect(cambodian).not.toContain("Thailand Mine Action Centre");
  });

  it("lists places in a country, a venue within a city included", async () => {
    const found = await names("places", `filter: {country: "country:KHM"}`);
    expect(found).toEqual(expect.arrayContaining(["Phnom Penh", "New administrative building of the Ministry of National Defense", "Ream Naval Base"]));
    expect(found).not.toContain("Hoi An");
  });

  it("orders countries by name, either way", async () => {
    const ascending = await names("countries", "");
    const corpusCountries = ["Brunei", "Cambodia", "China", "Indonesia", "Japan", "Laos", "Myanmar", "Singapore", "Thailand", "Timor-Leste", "Vietnam"];
    expect(ascending.filter((n) => corpusCountries.includes(n!))).toEqual(corpusCountries);
    const descending = await names("countries", "orderBy: NAME_DESC");
    expect(descending.filter((n) => corpusCountries.includes(n!))).toEqual([...corpusCountries].reverse());
  });

  it("lists frameworks by kind, and articles by language, date and the entities they mention", async () => {
    expect(await names("frameworks", `filter: {kind: VISION}`)).toEqual(expect.arrayContaining(["ASEAN Community Vision 2045", "Cambodia Vision 2050"]));
    const thai = await list("articles", `filter: {language: "th"}`, {}, "id title");
    expect(thai.nodes.map((n) => n.id)).toContain("article:2903cdcf15653440");
    expect(thai.nodes.map((n) => n.id)).not.toContain("article:0cd131ed29d05df0");
    // Published "2022-02": a day of that month overlaps it.
    const day = await list("articles", `filter: {from: "2022-02-07", to: "2022-02-07"}`, {}, "id title");
    expect(day.nodes.map((n) => n.id)).toContain("article:a0949d524e2acf2e");
    const kung = corpusId("Official", "Kung Phoak");
    const mentioning = await list("articles", `filter: {mentions: "${kung}"}`, {}, "id title");
    expect(mentioning.nodes.map((n) => n.id)).toContain("article:0cd131ed29d05df0");
    expect(mentioning.nodes.map((n) => n.id)).not.toContain("article:5e6a1da8cc247dba");
  });
});

describe("topics", () => {
  it("lists the corpus's topics by name, and by the dates of the meetings that discussed them", async () => {
    expect(await names("topics", "")).toEqual(expect.arrayContaining(["Border demarcation", "Disaster preparedness and response", "Political crisis in Myanmar"]));
    expect(await names("topics", `filter: {name: "myanmar crisis"}`)).toEqual(["Political crisis in Myanmar"]);
    // The retreat met on 29 January 2024; the 17th HLTF-ACV from 29 October 2024.
    const january = await names("topics", `filter: {from: "2024-01-01", to: "2024-01-31"}`);
    expect(january).toContain("Political crisis in Myanmar");
    expect(january).not.toContain("Disaster preparedness and response");
    expect(await names("topics", `filter: {from: "2024-10-01", to: "2024-11-30"}`)).toContain("Disaster preparedness and response");
  });
});

describe("the name filter", () => {
  it.each(["officials", "organisations", "countries", "places", "meetings", "frameworks", "topics"] as const)(
    "on %s is served by a text index, not a scan of the label",
    async (list) => {
      const query = listQuery(list, "NAME_ASC", ["name"], false);
      const session = helper.driver.session({ database: helper.config.neo4j.database });
      try {
        const { summary } = await session.run(`EXPLAIN ${query.text}`, { filter: { name: { folded: "x", lower: "x" } }, limit: 1 });
        const operators: string[] = [];
        const walk = (plan: { operatorType: string; children: unknown[] } | false) => {
          if (!plan) return;
          operators.push(plan.operatorType);
          for (const child of plan.children) walk(child as { operatorType: string; children: unknown[] });
        };
        walk(summary.plan as never);
        expect(
          operators.some((op) => op.startsWith("NodeIndexContainsScan")),
          operators.join(", "),
        ).toBe(true);
        expect(
          operators.some((op) => op.startsWith("NodeByLabelScan")),
          operators.join(", "),
        ).toBe(false);
      } finally {
        await session.close();
      }
    },
  );

  it("ignores case and diacritics, in names and in aliases", async () => {
    expect(await names("officials", `filter: {name: "kung PHOAK"}`)).toContain("Kung Phoak");
    const ministry = await names("organisations", `filter: {name: "mínistry of fôreign affairs and"}`);
    expect(ministry).toContain("Ministry of Foreign Affairs and International Cooperation");
    expect(ministry).not.toContain("Ministry of Foreign Affairs of Myanmar");
    expect(await names("organisations", `filter: {name: "mfaic"}`)).toContain("Ministry of Foreign Affairs and International Cooperation");
    expect(await names("officials", `filter: {name: "phonphong"}`)).toContain("พลพงศ์ วังแพน");
    expect(await names("officials", `filter: {name: "พลพงศ์"}`)).toContain("พลพงศ์ วังแพน");
    // The alias is stored with its diacritics; the input has none, then other ones.
    const plain = await list("places", `filter: {name: $name}`, { name: `PHO CO HOI AN ${helper.token}` });
    expect(plain.nodes.map((n) => n.id)).toEqual([own.diacriticPlaceId]);
    const marked = await list("places", `filter: {name: $name}`, { name: `phố cổ hội an ${helper.token}` });
    expect(marked.nodes.map((n) => n.id)).toEqual([own.diacriticPlaceId]);
  });
});

describe("pagination", () => {
  /** Follows endCursor to the end, checking the total never changes. */
  async function walk(args: string, variables: Record<string, unknown>): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    let total: number | undefined;
    for (let pages = 0; pages < 20; pages += 1) {
      const page: Connection = await list("places", `${args}, first: 2${after ? ", after: $after" : ""}`, after ? { ...variables, after } : variables);
      total ??= page.totalCount;
      expect(page.totalCount).toBe(total);
      expect(page.nodes.length).toBeLessThanOrEqual(2);
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) return seen;
      expect(page.nodes).toHaveLength(2);
      after = page.pageInfo.endCursor;
    }
    throw new Error("pagination did not end");
  }

  it.each(["NAME_ASC", "NAME_DESC"])("walks a list with tied names in pages of 2, %s, with no duplicates or gaps", async (order) => {
    const args = `filter: {name: $name}, orderBy: ${order}`;
    const variables = { name: `plaza ${helper.token}` };
    const whole = await list("places", `${args}, first: 100`, variables);
    expect(whole.totalCount).toBe(7);
    const walked = await walk(args, variables);
    expect(walked).toEqual(whole.nodes.map((n) => n.id));
    expect(new Set(walked).size).toBe(7);
    expect([...walked].sort()).toEqual([...own.placeIds].sort());
  });

  it("walks meetings by date across the undated ones", async () => {
    for (const order of ["DATE_ASC", "DATE_DESC"]) {
      const whole = await list("meetings", `filter: {series: $series}, orderBy: ${order}, first: 100`, { series: own.series });
      const walked: string[] = [];
      let after: string | null = null;
      do {
        const page: Connection = await list(
          "meetings",
          `filter: {series: $series}, orderBy: ${order}, first: 2${after ? ", after: $after" : ""}`,
          after ? { series: own.series, after } : { series: own.series },
        );
        expect(page.totalCount).toBe(6);
        walked.push(...page.nodes.map((n) => n.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(walked).toEqual(whole.nodes.map((n) => n.id));
    }
  });

  it("ends with an empty page and a null cursor past the last item", async () => {
    const whole = await list("places", `filter: {name: $name}, first: 7`, { name: `plaza ${helper.token}` });
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const past = await list("places", `filter: {name: $name}, first: 2, after: $after`, { name: `plaza ${helper.token}`, after: whole.pageInfo.endCursor });
    expect(past).toMatchObject({ totalCount: 7, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});

describe("bad arguments", () => {
  it("refuses a page over the maximum, naming the bound", async () => {
    const max = helper.config.limits.maxPageSize;
    expectBadInput(await helper.execute(`{ officials(first: ${max + 1}) { totalCount } }`), new RegExp(`"first" must be a whole number from 0 to ${max}; got ${max + 1}`));
  });

  it("refuses a cursor it did not issue", async () => {
    expectBadInput(await helper.execute(`{ meetings(after: "not-a-cursor") { totalCount } }`), /"after" is not a cursor/);
  });

  it("refuses a cursor from another order or another list, naming where it came from", async () => {
    const first = await helper.execute(`{ places(orderBy: NAME_ASC, first: 1) { pageInfo { endCursor } } }`);
    const cursor = (first.data?.places as Connection).pageInfo.endCursor;
    expect(cursor).toEqual(expect.any(String));
    const query = (field: string, order: string) => `query ($after: String) { ${field}(orderBy: ${order}, first: 1, after: $after) { totalCount } }`;
    expectBadInput(await helper.execute(query("places", "NAME_DESC"), { after: cursor }), /"after" is a cursor of places in order NAME_ASC, not of places in order NAME_DESC/);
    expectBadInput(await helper.execute(query("countries", "NAME_ASC"), { after: cursor }), /not of countries in order NAME_ASC/);
    expect((await helper.execute(query("places", "NAME_ASC"), { after: cursor })).errors).toBeUndefined();
  });

  it("refuses a date range that ends before it starts, naming both ends", async () => {
    expectBadInput(
      await helper.execute(`{ meetings(filter: {from: "2024-05-01", to: "2024-04-30"}) { totalCount } }`),
      /"filter\.from" \(2024-05-01\) is after "filter\.to" \(2024-04-30\)/,
    );
  });

  it("refuses an id of the wrong kind, saying which kind it takes", async () => {
    expectBadInput(await helper.execute(`{ officials(filter: {country: "org:vbxxv3ta5u"}) { totalCount } }`), /"filter\.country" takes an id starting "country:"/);
  });
});
