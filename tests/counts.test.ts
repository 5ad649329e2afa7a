import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { TestHelper } from "./support/test-helper.js";

let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
  await loadCorpus(helper.executor);
});
afterAll(() => helper.close());

interface Bucket {
  keys: ({ dimension: string; value: string; name: string } | null)[];
  count: number;
  ids: string[];
}
interface Counts {
  total: number;
  truncated: boolean;
  buckets: Bucket[];
}

const COUNTS = `query Counts($of: CountSubject!, $by: [CountDimension!]!, $years: Certainty, $ids: Int, $meetings: MeetingFilter, $officials: OfficialFilter, $first: Int) {
  counts(of: $of, by: $by, years: $years, ids: $ids, meetings: $meetings, officials: $officials, first: $first) {
    total truncated buckets { keys { dimension value name } count ids }
  }
}`;

async function counts(variables: Record<string, unknown>): Promise<Counts & { roundTrips: number }> {
  const result = await helper.execute(COUNTS, { first: 1000, ...variables });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return { ...(result.data?.counts as Counts), roundTrips: result.roundTrips };
}

async function total(list: "meetings" | "officials", filter: Record<string, unknown>): Promise<number> {
  return (await totals(list, [filter]))[0]!;
}

/** Several totals of one list, a request per 15 of them (the alias limit), so a test asks the server little. */
async function totals(list: "meetings" | "officials", filters: Record<string, unknown>[]): Promise<number[]> {
  const type = list === "meetings" ? "MeetingFilter" : "OfficialFilter";
  const out: number[] = [];
  for (let start = 0; start < filters.length; start += 15) {
    const chunk = filters.slice(start, start + 15);
    const declared = chunk.map((_, i) => `$f${i}: ${type}`).join(", ");
    const fields = chunk.map((_, i) => `t${i}: ${list}(filter: $f${i}, first: 1) { totalCount }`).join(" ");
    const result = await helper.execute(`query Totals(${declared}) { ${fields} }`, Object.fromEntries(chunk.map((f, i) => [`f${i}`, f])));
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    out.push(...chunk.map((_, i) => (result.data?.[`t${i}`] as { totalCount: number }).totalCount));
  }
  return out;
}

const yearRange = (year: string) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

describe("counts", () => {
  it("counts meetings per country per year in one statement, with the lists' total for the same filter", async () => {
    const filter = { from: "2022-01-01", to: "2025-12-31" };
    const result = await counts({ of: "MEETINGS", by: ["COUNTRY", "YEAR"], meetings: filter });
    expect(result.roundTrips).toBe(1);
    expect(result.total).toBe(await total("meetings", filter));
    expect(result.buckets.length).toBeGreaterThan(1);
    for (const bucket of result.buckets) expect(bucket.keys.map((k) => k?.dimension ?? null).filter(Boolean)).toEqual(bucket.keys.filter(Boolean).map((k) => k!.dimension));
    const khm2024 = result.buckets.find((b) => b.keys[0]?.value === "country:KHM" && b.keys[1]?.value === "2024");
    expect(khm2024?.keys[0]?.name).toBe("Cambodia");
    expect(khm2024?.count).toBe(await total("meetings", { country: "country:KHM", ...yearRange("2024") }));
  });

  it("puts each meeting in the groups the list's own filter would: every country's, series', role's and year's count is that filter's total", async () => {
    for (const [dimension, filterOf] of [
      ["COUNTRY", (v: string) => ({ country: v })],
      ["SERIES", (v: string) => ({ series: v })],
      ["ROLE", (v: string) => ({ role: v })],
      ["ORGANISATION", (v: string) => ({ organisation: v })],
      ["YEAR", (v: string) => yearRange(v)],
    ] as const) {
      // The whole graph is compared, and other files write meetings meanwhile: a pair of
      // answers that straddles someone else's write is asked again (a few times, a moment
      // apart); a real disagreement persists however often it is asked.
      let keyed: Awaited<ReturnType<typeof counts>>["buckets"] = [];
      let expected: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const result = await counts({ of: "MEETINGS", by: [dimension] });
        keyed = result.buckets.filter((b) => b.keys[0] !== null);
        expected = await totals(
          "meetings",
          keyed.map((b) => filterOf(b.keys[0]!.value)),
        );
        if (keyed.every((bucket, i) => bucket.count === expected[i])) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(keyed.length, dimension).toBeGreaterThan(0);
      keyed.forEach((bucket, i) => expect(bucket.count, `${dimension} ${bucket.keys[0]!.value}`).toBe(expected[i]));
    }
  }, 180_000);

  it("groups officials by country as the officials' country filter selects them", async () => {
    const result = await counts({ of: "OFFICIALS", by: ["COUNTRY"] });
    expect(result.total).toBe(await total("officials", {}));
    const keyed = result.buckets.filter((b) => b.keys[0] !== null);
    expect(keyed.length).toBeGreaterThan(1);
    const expected = await totals(
      "officials",
      keyed.map((b) => ({ country: b.keys[0]!.value })),
    );
    keyed.forEach((bucket, i) => expect(bucket.count, bucket.keys[0]!.value).toBe(expected[i]));
  });

  it("splits a single-valued dimension into groups that add up to the total, with a null group for items without a value", async () => {
    const result = await counts({ of: "MEETINGS", by: ["SERIES"] });
    expect(result.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(result.total);
    expect(result.buckets.some((b) => b.keys[0] === null)).toBe(true);
  });

  it("tells certain years from possible ones: no certain group exceeds its possible one, each meeting is in one certain year or none, and 2022 has some", async () => {
    const possible = await counts({ of: "MEETINGS", by: ["YEAR"], years: "POSSIBLE" });
    const certain = await counts({ of: "MEETINGS", by: ["YEAR"], years: "CERTAIN" });
    const inYear = (c: Counts, year: string | null) => c.buckets.find((b) => (b.keys[0]?.value ?? null) === year)?.count ?? 0;
    // Certain years are a subset: no year gains, and the items certain of no year are in the null group.
    for (const bucket of certain.buckets.filter((b) => b.keys[0])) expect(bucket.count).toBeLessThanOrEqual(inYear(possible, bucket.keys[0]!.value));
    expect(certain.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(certain.total);
    expect(inYear(certain, "2022")).toBeGreaterThan(0);
  });

  it("lists up to N ids in each group, all of them items of the group", async () => {
    const result = await counts({ of: "MEETINGS", by: ["COUNTRY"], ids: 2 });
    for (const bucket of result.buckets) {
      expect(bucket.ids.length).toBe(Math.min(2, bucket.count));
      for (const id of bucket.ids) expect(id).toMatch(/^meeting:/);
    }
    const full = await counts({ of: "MEETINGS", by: ["COUNTRY"], ids: 100 });
    const khm = full.buckets.find((b) => b.keys[0]?.value === "country:KHM")!;
    expect(khm.ids).toHaveLength(khm.count);
    const listed = await helper.execute(`{ meetings(filter: { country: "country:KHM" }, first: 100) { nodes { id } } }`);
    expect([...khm.ids].sort()).toEqual((listed.data?.meetings as { nodes: { id: string }[] }).nodes.map((n) => n.id).sort());
  });

  it("counts participations and positions as facts of their type", async () => {
    // Over sets only the corpus touches: other test files write to the shared graph meanwhile.
    const meetings = { name: "17th Meeting of the High-Level Task Force" };
    const officials = { name: "Kung Phoak" };
    const factsAtMeeting = await counts({ of: "FACTS", by: ["KIND"], meetings });
    const participations = await counts({ of: "PARTICIPATIONS", by: ["ROLE"], meetings });
    const factsOfOfficial = await counts({ of: "FACTS", by: ["KIND"], officials });
    const positions = await counts({ of: "POSITIONS", by: ["COUNTRY"], officials });
    const ofType = (facts: Counts, type: string) => facts.buckets.find((b) => b.keys[0]?.value === type)?.count;
    expect(participations.total).toBeGreaterThan(0);
    expect(positions.total).toBeGreaterThan(0);
    expect(participations.total).toBe(ofType(factsAtMeeting, "PARTICIPATED_IN"));
    expect(positions.total).toBe(ofType(factsOfOfficial, "HOLDS_POSITION"));
    const facts = await counts({ of: "FACTS", by: ["KIND"] });
    expect(participations.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(participations.total);
    expect(facts.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(facts.total);
    // The participations of one meeting, through the meetings' filter, are its participants.
    const meeting = await helper.execute(`{ meeting(id: "meeting:megjzr6x2n") { participants { id } } }`);
    const ofMeeting = await counts({ of: "PARTICIPATIONS", by: ["ROLE"], meetings: { name: "17th Meeting of the High-Level Task Force" } });
    expect(ofMeeting.total).toBe((meeting.data?.meeting as { participants: unknown[] }).participants.length);
  });

  it("refuses a dimension the subject lacks, naming those it has, and two filters at once", async () => {
    const wrong = await helper.execute(COUNTS, { of: "MEETINGS", by: ["KIND"] });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(wrong.errors?.[0]?.message).toMatch(/MEETINGS cannot be grouped by KIND.*COUNTRY, YEAR/);
    expect(wrong.roundTrips).toBe(0);
    const two = await helper.execute(COUNTS, { of: "PARTICIPATIONS", by: ["ROLE"], meetings: {}, officials: {} });
    expect(two.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const three = await helper.execute(COUNTS, { of: "MEETINGS", by: ["COUNTRY", "YEAR", "ROLE"] });
    expect(three.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("cuts the groups at first and says so", async () => {
    const result = await counts({ of: "MEETINGS", by: ["COUNTRY", "YEAR"], first: 2 });
    expect(result.buckets).toHaveLength(2);
    expect(result.truncated).toBe(true);
    expect(result.buckets[0]!.count).toBeGreaterThanOrEqual(result.buckets[1]!.count);
  });
});
