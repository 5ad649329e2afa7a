import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { FACT_TYPES } from "../src/model/fact-types.js";
import { corpusAnnotations } from "./support/corpus-fixtures.js";
import { type Execution, TestHelper } from "./support/test-helper.js";

/** Ids by entity name, from the bundled annotation files, so no opaque id is written here. */
const idByName = new Map(corpusAnnotations().flatMap(({ annotation }) => annotation.entities.map((e) => [e.name, e.id] as const)));
const idOf = (name: string): string => {
  const id = idByName.get(name);
  if (!id) throw new Error(`no corpus entity is named ${name}`);
  return id;
};

const KUNG_PHOAK = idOf("Kung Phoak");
const SOK_CHENDA_SOPHEA = idOf("Sok Chenda Sophea");
const CAMBODIA = idOf("Cambodia");
const HLTF_17 = idOf("17th Meeting of the High-Level Task Force on ASEAN Community’s Post-2025 Vision");
const ASCCO_16 = idOf("16th Coordinating Conference for the ASEAN Political-Security Community");
const VISION_2045 = idOf("ASEAN Community Vision 2045");

interface EvidenceOut {
  quote: string;
  article: { title: string };
}
interface RelationOut {
  id: string;
  type: string;
  direction: string;
  title?: string | null;
  evidence: EvidenceOut[];
}
interface EntityOut {
  id: string;
  name: string;
}

const EVIDENCE = `evidence { quote article { title } }`;

let helper: TestHelper;
beforeAll(async () => {
  helper = await TestHelper.create();
  await loadCorpus(helper.executor);
});
afterAll(() => helper.close());

async function ok(query: string, variables: Record<string, unknown> = {}): Promise<Execution & { data: Record<string, any> }> {
  const result = await helper.execute(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result as Execution & { data: Record<string, any> };
}

async function errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
  const result = await helper.execute(query, variables);
  return result.errors?.[0]?.extensions?.code as string | undefined;
}

const quotes = (relations: { evidence: EvidenceOut[] }[]) => relations.flatMap((r) => r.evidence.map((e) => e.quote));
const titles = (relations: { evidence: EvidenceOut[] }[]) => relations.flatMap((r) => r.evidence.map((e) => e.article.title));

describe("counterparts", () => {
  const OFFICIAL_COUNTERPARTS = `query ($id: ID!, $from: LocalDate, $to: LocalDate, $minShared: Int) {
    official(id: $id) {
      counterparts(from: $from, to: $to, minShared: $minShared) {
        entity { id name }
        sharedMeetingCount
        sharedMeetings { id name }
      }
    }
  }`;

  /** The evidence that two officials met: the two-fact path through their shared meeting. */
  async function meetingEvidence(a: string, b: string, meeting: string): Promise<RelationOut[]> {
    const { data } = await ok(`query ($a: ID!, $b: ID!) { connection(from: $a, to: $b, maxHops: 2) { steps { to { id } relation { id type direction ${EVIDENCE} } } } }`, { a, b });
    const path = data.connection.find((p: { steps: { to: { id: string } }[] }) => p.steps[0]?.to.id === meeting);
    expect(path, `${a} and ${b} through ${meeting}`).toBeDefined();
    return path.steps.map((s: { relation: RelationOut }) => s.relation);
  }

  it("finds the officials who spoke at the 17th HLTF-ACV that Kung Phoak led Cambodia's delegation to, with the evidence", async () => {
    const { data } = await ok(OFFICIAL_COUNTERPARTS, { id: KUNG_PHOAK });
    const counterparts = data.official.counterparts;
    expect(counterparts.map((c: { entity: EntityOut }) => c.entity.name)).toEqual([
      "Chairman of the Centre for Strategic Studies and International Relations Development (unnamed)",
      "Executive Director of the AHA Centre (unnamed)",
    ]);
    for (const c of counterparts) {
      expect(c.sharedMeetingCount).toBe(1);
      expect(c.sharedMeetings.map((m: EntityOut) => m.id)).toEqual([HLTF_17]);
      const participations = await meetingEvidence(KUNG_PHOAK, c.entity.id, HLTF_17);
      expect(participations.map((r) => [r.type, r.direction])).toEqual([
        ["PARTICIPATED_IN", "OUT"],
        ["PARTICIPATED_IN", "IN"],
      ]);
      for (const r of participations) expect(titles([r])).toContain("Kung Phoak leads Cambodia’s delegation to the 17th HLTF-ACV Meeting in Hoi An");
    }
  });

  it("shows Sok Chenda Sophea and Malar Than Htike met at the 2024 AMM retreat, and keeps to the dates asked", async () => {
    const { data } = await ok(OFFICIAL_COUNTERPARTS, { id: SOK_CHENDA_SOPHEA, from: "2024-01-01", to: "2024-01-31" });
    expect(data.official.counterparts).toHaveLength(1);
    const [malar] = data.official.counterparts;
    expect(malar.entity.name).toBe("Malar Than Htike");
    expect(malar.sharedMeetingCount).toBe(1);
    expect(malar.sharedMeetings.map((m: EntityOut) => m.name)).toEqual(["ASEAN Foreign Ministers’ Retreat 2024"]);
    const [his, hers] = await meetingEvidence(SOK_CHENDA_SOPHEA, malar.entity.id, malar.sharedMeetings[0].id);
    expect(quotes([his!]).join(" ")).toMatch(/Sophea attended the ASEAN Foreign Ministers’ Retreat/);
    expect(quotes([hers!]).join(" ")).toMatch(/Myanmar sent a representative/);

    const before = await ok(OFFICIAL_COUNTERPARTS, { id: SOK_CHENDA_SOPHEA, to: "2023-12-31" });
    expect(before.data.official.counterparts).toEqual([]);
    const twice = await ok(OFFICIAL_COUNTERPARTS, { id: SOK_CHENDA_SOPHEA, minShared: 2 });
    expect(twice.data.official.counterparts).toEqual([]);
  });

  const COUNTRY_COUNTERPARTS = `query ($id: ID!, $from: LocalDate, $to: LocalDate) {
    country(id: $id) {
      counterparts(from: $from, to: $to) { entity { id name } sharedMeetingCount sharedMeetings { id name } }
    }
  }`;

  it("counts Cambodia present at the 2024 retreat through its minister, with Laos (host) and Myanmar", async () => {
    const { data } = await ok(COUNTRY_COUNTERPARTS, { id: CAMBODIA, from: "2024-01-01", to: "2024-01-31" });
    const counterparts = data.country.counterparts;
    expect(counterparts.map((c: { entity: EntityOut }) => c.entity.name)).toEqual(["Laos", "Myanmar"]);
    const retreat = counterparts[0].sharedMeetings[0];
    expect(retreat.name).toBe("ASEAN Foreign Ministers’ Retreat 2024");
    expect(counterparts[1].sharedMeetings.map((m: EntityOut) => m.id)).toEqual([retreat.id]);

    // Cambodia itself is recorded only through its minister, who attended for it.
    const minister = await ok(
      `query ($id: ID!) { entity(id: $id) { timeline(from: "2024-01-29", to: "2024-01-29") { relation { type other { id } country { id } ${EVIDENCE} } } } }`,
      { id: SOK_CHENDA_SOPHEA },
    );
    const attended = minister.data.entity.timeline
      .map((e: { relation: RelationOut & { other: { id: string }; country: { id: string } | null } }) => e.relation)
      .filter((r: { type: string }) => r.type === "PARTICIPATED_IN");
    expect(attended.map((r: { other: { id: string }; country: { id: string } | null }) => [r.other.id, r.country?.id])).toEqual([[retreat.id, CAMBODIA]]);
    expect(titles(attended)).toContain("Foreign Minister Supports ASEAN Efforts to Maintain Regional Stability");
  });

  it("over all dates adds Vietnam, host of the 17th HLTF-ACV, where Kung Phoak represented Cambodia", async () => {
    const { data } = await ok(COUNTRY_COUNTERPARTS, { id: CAMBODIA });
    expect(data.country.counterparts.map((c: { entity: EntityOut }) => c.entity.name)).toEqual(["Laos", "Myanmar", "Vietnam"]);
    const vietnam = data.country.counterparts[2];
    expect(vietnam.sharedMeetings.map((m: EntityOut) => m.id)).toEqual([HLTF_17]);
  });

  it("costs one counterparts query for a whole list of officials, at each level of the query", async () => {
    const officials = [KUNG_PHOAK, SOK_CHENDA_SOPHEA, idOf("Malar Than Htike")];
    const aliased = (field: string) => `{ ${officials.map((id, i) => `o${i}: official(id: "${id}") { name ${field} }`).join(" ")} }`;
    const without = await ok(aliased(""));
    const withCounterparts = await ok(aliased("counterparts { entity { name } sharedMeetingCount sharedMeetings { name } }"));
    expect(Object.values(withCounterparts.data).map((o: { counterparts: unknown[] }) => o.counterparts.length)).toEqual([2, 1, 1]);
    expect(withCounterparts.roundTrips - without.roundTrips).toBe(1);

    // The counterparts of Kung Phoak's counterparts: one more level, one more query. Kung Phoak
    // himself is not read: nothing but his counterparts is asked of him, and they show he exists.
    const nested = await ok(`query ($id: ID!) { official(id: $id) { counterparts { entity { ... on Official { counterparts { entity { name } } } } } } }`, { id: KUNG_PHOAK });
    const second = nested.data.official.counterparts.map((c: { entity: { counterparts: { entity: EntityOut }[] } }) => c.entity.counterparts.map((d) => d.entity.name));
    expect(second).toHaveLength(2);
    for (const names of second) expect(names).toContain("Kung Phoak");
    expect(nested.roundTrips).toBe(2);
  });

  it("refuses minShared below 1 and an inverted date range", async () => {
    expect(await errorCode(`{ official(id: "${KUNG_PHOAK}") { counterparts(minShared: 0) { sharedMeetingCount } } }`)).toBe("BAD_USER_INPUT");
    expect(await errorCode(`{ country(id: "${CAMBODIA}") { counterparts(from: "2024-02-01", to: "2024-01-01") { sharedMeetingCount } } }`)).toBe("BAD_USER_INPUT");
  });
});

describe("connection", () => {
  const CONNECTION = `query ($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
    connection(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      length
      steps { from { id name } to { id name } relation { id type direction ${EVIDENCE} } }
    }
  }`;

  type PathOut = { length: number; steps: { from: EntityOut; to: EntityOut; relation: RelationOut }[] };

  /** Every path runs from → to, step after step, over facts only, each with evidence. */
  function expectWellFormed(paths: PathOut[], from: string, to: string) {
    for (const path of paths) {
      expect(path.steps).toHaveLength(path.length);
      expect(path.steps[0]?.from.id).toBe(from);
      expect(path.steps.at(-1)?.to.id).toBe(to);
      path.steps.forEach((step, i) => {
        if (i > 0) expect(step.from.id).toBe(path.steps[i - 1]?.to.id);
        expect(FACT_TYPES).toContain(step.relation.type);
        expect(step.relation.evidence.length).toBeGreaterThan(0);
      });
    }
  }

  it("joins Kung Phoak to the ASEAN Community Vision 2045 through the meeting that discussed it and the ministry that supports it", async () => {
    const { data } = await ok(CONNECTION, { from: KUNG_PHOAK, to: VISION_2045 });
    const paths: PathOut[] = data.connection;
    expectWellFormed(paths, KUNG_PHOAK, VISION_2045);
    // Ordered by the names along each path: "17th Meeting…" before "Ministry of Foreign Affairs…".
    expect(paths.map((p) => p.steps.map((s) => [s.relation.type, s.relation.direction, s.to.name]))).toEqual([
      [
        ["PARTICIPATED_IN", "OUT", "17th Meeting of the High-Level Task Force on ASEAN Community’s Post-2025 Vision"],
        ["DISCUSSES", "OUT", "ASEAN Community Vision 2045"],
      ],
      [
        ["HOLDS_POSITION", "OUT", "Ministry of Foreign Affairs and International Cooperation"],
        ["SUPPORTS", "OUT", "ASEAN Community Vision 2045"],
      ],
    ]);
    const [viaMeeting, viaMinistry] = paths;
    expect(titles(viaMeeting!.steps.map((s) => s.relation))).toContain("Kung Phoak leads Cambodia’s delegation to the 17th HLTF-ACV Meeting in Hoi An");
    expect(viaMeeting!.steps[1]?.relation.evidence[0]?.quote).toMatch(/ASEAN Community Vision 2045/);
    expect(viaMinistry!.steps[1]?.relation.evidence.map((e) => e.quote).join(" ")).toMatch(/realisation of the ASEAN Community Vision 2045/);

    const one = await ok(CONNECTION, { from: KUNG_PHOAK, to: VISION_2045, first: 1 });
    expect(one.data.connection).toHaveLength(1);
  });

  it("joins Lay Chenda to Singapore in three facts, each step with its evidence, and walks facts backwards too", async () => {
    const from = idOf("Lay Chenda");
    const to = idOf("Singapore");
    const { data } = await ok(CONNECTION, { from, to });
    const paths: PathOut[] = data.connection;
    expect(paths.length).toBeGreaterThan(0);
    expectWellFormed(paths, from, to);
    for (const path of paths) expect(path.length).toBe(3);
    // Singapore drafted the Phnom Penh Outlook: the last step runs against the fact's direction.
    expect(paths.every((p) => p.steps.at(-1)?.relation.type === "DRAFTED" && p.steps.at(-1)?.relation.direction === "IN")).toBe(true);
    expect(paths.every((p) => p.steps.at(-1)?.from.name === "Phnom Penh Outlook")).toBe(true);
    expect(titles(paths.flatMap((p) => p.steps.map((s) => s.relation)))).toContain("Cambodia hosts ASEAN Defence Senior Officials’ Meeting Working Group in Phnom Penh");
  });

  it("finds nothing within too few hops, and nothing through an article that merely mentions both", async () => {
    const short = await ok(CONNECTION, { from: KUNG_PHOAK, to: VISION_2045, maxHops: 1 });
    expect(short.data.connection).toEqual([]);
    // Both are named in the same article, but no fact joins them: MENTIONS is not a fact.
    const mentioned = await ok(CONNECTION, { from: idOf("Tang Chhin Sothy"), to: idOf("Aung San Suu Kyi") });
    expect(mentioned.data.connection).toEqual([]);
  });

  it("refuses more than 4 hops or fewer than 1, a non-entity id, and the same entity twice; an unknown id is NOT_FOUND", async () => {
    expect(await errorCode(CONNECTION, { from: KUNG_PHOAK, to: VISION_2045, maxHops: 5 })).toBe("BAD_USER_INPUT");
    expect(await errorCode(CONNECTION, { from: KUNG_PHOAK, to: VISION_2045, maxHops: 0 })).toBe("BAD_USER_INPUT");
    expect(await errorCode(CONNECTION, { from: KUNG_PHOAK, to: VISION_2045, first: 1000 })).toBe("BAD_USER_INPUT");
    expect(await errorCode(CONNECTION, { from: "article:0cd131ed29d05df0", to: VISION_2045 })).toBe("BAD_USER_INPUT");
    expect(await errorCode(CONNECTION, { from: KUNG_PHOAK, to: KUNG_PHOAK })).toBe("BAD_USER_INPUT");
    expect(await errorCode(CONNECTION, { from: KUNG_PHOAK, to: "official:zzzzzzzzzz" })).toBe("NOT_FOUND");
  });
});

describe("neighbourhood", () => {
  const NEIGHBOURHOOD = `query ($id: ID!, $hops: Int, $limit: Int) {
    meeting(id: $id) {
      neighbourhood(hops: $hops, limit: $limit) {
        nodes { id name kind }
        edges { id type source target relation { ${EVIDENCE} } }
        truncated
      }
    }
  }`;

  type NeighbourhoodOut = {
    nodes: (EntityOut & { kind: string })[];
    edges: { id: string; type: string; source: string; target: string; relation: { evidence: EvidenceOut[] } }[];
    truncated: boolean;
  };

  function expectDrawable(n: NeighbourhoodOut) {
    const ids = new Set(n.nodes.map((node) => node.id));
    expect(ids.size).toBe(n.nodes.length);
    for (const edge of n.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(FACT_TYPES).toContain(edge.type);
      expect(edge.relation.evidence.length).toBeGreaterThan(0);
    }
  }

  it("at one hop around the 16th ASCCO holds its venue, the Thai delegation leader and the facts joining them, with evidence", async () => {
    const { data } = await ok(NEIGHBOURHOOD, { id: ASCCO_16 });
    const n: NeighbourhoodOut = data.meeting.neighbourhood;
    expectDrawable(n);
    expect(n.truncated).toBe(false);
    expect(n.nodes[0]?.id).toBe(ASCCO_16);
    const names = n.nodes.map((node) => node.name);
    expect(names).toEqual(expect.arrayContaining(["ASEAN Secretariat building", "พลพงศ์ วังแพน", "Jakarta", "Thailand", "ASEAN Community Vision 2045"]));
    // The ASEAN Secretariat (the body, not its building) is two facts away: Secretariat → Jakarta ← meeting.
    expect(names).not.toContain("ASEAN Secretariat");
    expect(n.edges.every((e) => e.source === ASCCO_16 || e.target === ASCCO_16)).toBe(true);
    const leader = n.edges.find((e) => e.source === idOf("พลพงศ์ วังแพน"));
    expect(leader?.type).toBe("PARTICIPATED_IN");
    expect(leader?.relation.evidence[0]?.quote).toMatch(/พลพงศ์ วังแพน/);
  });

  it("at two hops reaches the ASEAN Secretariat, nearest facts first, and says when it cut the rest", async () => {
    const { data } = await ok(NEIGHBOURHOOD, { id: ASCCO_16, hops: 2 });
    const n: NeighbourhoodOut = data.meeting.neighbourhood;
    expectDrawable(n);
    expect(n.nodes.map((node) => node.name)).toContain("ASEAN Secretariat");

    const cut = await ok(NEIGHBOURHOOD, { id: ASCCO_16, hops: 2, limit: 3 });
    const small: NeighbourhoodOut = cut.data.meeting.neighbourhood;
    expectDrawable(small);
    expect(small.truncated).toBe(true);
    expect(small.edges).toHaveLength(3);
    expect(small.edges.every((e) => e.source === ASCCO_16 || e.target === ASCCO_16)).toBe(true);
  });

  it("refuses hops other than 1 or 2 and a limit beyond its cap", async () => {
    expect(await errorCode(NEIGHBOURHOOD, { id: ASCCO_16, hops: 3 })).toBe("BAD_USER_INPUT");
    expect(await errorCode(NEIGHBOURHOOD, { id: ASCCO_16, limit: 100_000 })).toBe("BAD_USER_INPUT");
  });
});

describe("officeHolders", () => {
  const OFFICE_HOLDERS = `query ($title: String!, $on: LocalDate!, $organisation: ID, $country: ID) {
    officeHolders(title: $title, on: $on, organisation: $organisation, country: $country) {
      official { id name }
      organisation { id name }
      title
      certainty
      relation { id type span { certainStart certainEnd possibleStart possibleEnd } ${EVIDENCE} }
    }
  }`;

  type HoldingOut = { official: EntityOut; organisation: EntityOut; title: string; certainty: string; relation: RelationOut };
  const summary = (holdings: HoldingOut[]) => holdings.map((h) => [h.official.name, h.certainty]);

  it("names Sok Chenda Sophea Cambodia's foreign minister for certain on the day of the retreat, Prak Sokhonn only possibly", async () => {
    const { data } = await ok(OFFICE_HOLDERS, { title: "Minister of Foreign Affairs", country: CAMBODIA, on: "2024-01-29" });
    const holdings: HoldingOut[] = data.officeHolders;
    expect(summary(holdings)).toEqual([
      ["Sok Chenda Sophea", "CERTAIN"],
      ["Prak Sokhonn", "POSSIBLE"],
    ]);
    for (const h of holdings) {
      expect(h.title).toBe("Minister of Foreign Affairs and International Cooperation");
      expect(h.organisation.name).toBe("Ministry of Foreign Affairs and International Cooperation");
      expect(h.relation.type).toBe("HOLDS_POSITION");
      expect(h.relation.evidence.length).toBeGreaterThan(0);
    }
    expect(holdings[0]?.relation.evidence.map((e) => e.quote).join(" ")).toMatch(/appointed/);
    expect(titles([holdings[1]!.relation])).toContain("MFAIC highlights 2024 key achievements in foreign policy");
  });

  it("knows the appointment month but not its day: mid-August 2023 is only POSSIBLE, July 2023 not at all", async () => {
    const august = await ok(OFFICE_HOLDERS, { title: "minister of FOREIGN affairs", country: CAMBODIA, on: "2023-08-15" });
    expect(summary(august.data.officeHolders)).toEqual([
      ["Prak Sokhonn", "POSSIBLE"],
      ["Sok Chenda Sophea", "POSSIBLE"],
    ]);
    const july = await ok(OFFICE_HOLDERS, { title: "Minister of Foreign Affairs", country: CAMBODIA, on: "2023-07-31" });
    expect(summary(july.data.officeHolders)).toEqual([["Prak Sokhonn", "POSSIBLE"]]);
  });

  it("follows BELONGS_TO up through parent organisations to the country", async () => {
    // Department of ASEAN Affairs → Ministry of Foreign Affairs of Thailand → Thailand.
    const thai = await ok(OFFICE_HOLDERS, { title: "Director-General", country: idOf("Thailand"), on: "2024-05-09" });
    expect(summary(thai.data.officeHolders)).toEqual([["พลพงศ์ วังแพน", "CERTAIN"]]);
    expect(thai.data.officeHolders[0].relation.evidence[0].quote).toMatch(/อธิบดีกรมอาเซียน/);
    // "Deputy Director-General" contains the fragment; the department → Ministry of National Defense → Cambodia.
    const khm = await ok(OFFICE_HOLDERS, { title: "director-general", country: CAMBODIA, on: "2022-02-07" });
    expect(summary(khm.data.officeHolders)).toEqual([["Lay Chenda", "CERTAIN"]]);
    const byOrganisation = await ok(OFFICE_HOLDERS, { title: "Permanent Secretary", organisation: idOf("Ministry of Foreign Affairs of Myanmar"), on: "2024-01-29" });
    expect(summary(byOrganisation.data.officeHolders)).toEqual([["Malar Than Htike", "CERTAIN"]]);
    const elsewhere = await ok(OFFICE_HOLDERS, { title: "Minister of Foreign Affairs", country: idOf("Thailand"), on: "2024-01-29" });
    expect(elsewhere.data.officeHolders).toEqual([]);
  });

  it("refuses an empty title and a mistyped filter id; an unknown country is NOT_FOUND", async () => {
    expect(await errorCode(OFFICE_HOLDERS, { title: "  ", on: "2024-01-29" })).toBe("BAD_USER_INPUT");
    expect(await errorCode(OFFICE_HOLDERS, { title: "Minister", on: "2024-01-29", organisation: CAMBODIA })).toBe("BAD_USER_INPUT");
    expect(await errorCode(OFFICE_HOLDERS, { title: "Minister", on: "2024-01-29", country: "country:ZZZ" })).toBe("NOT_FOUND");
  });
});

describe("timeline", () => {
  const TIMELINE = `query ($id: ID!, $from: LocalDate, $to: LocalDate, $first: Int) {
    entity(id: $id) {
      timeline(from: $from, to: $to, first: $first) {
        date { value precision }
        earliest
        latest
        relation { type other { name } ${EVIDENCE} }
      }
    }
  }`;

  type EntryOut = { date: { value: string; precision: string }; earliest: string; latest: string; relation: RelationOut & { other: { name: string } } };

  it("puts Sok Chenda Sophea's August 2023 appointment before the January 2024 retreat, and leaves undated facts out", async () => {
    const { data } = await ok(TIMELINE, { id: SOK_CHENDA_SOPHEA });
    const entries: EntryOut[] = data.entity.timeline;
    expect(entries.map((e) => [e.relation.type, e.date.value, e.date.precision])).toEqual([
      ["HOLDS_POSITION", "2023-08", "MONTH"],
      ["PARTICIPATED_IN", "2024-01-29", "DAY"],
    ]);
    expect(entries[0]?.earliest).toBe("2023-08-01");
    expect(entries[0]?.latest).toBe("2023-08-31");
    expect(entries[1]?.relation.other.name).toBe("ASEAN Foreign Ministers’ Retreat 2024");
    for (const entry of entries) expect(titles([entry.relation])).toContain("Foreign Minister Supports ASEAN Efforts to Maintain Regional Stability");
    // Supporting the Five-Point Consensus is stated without any date, so it has no place here.
    expect(entries.some((e) => e.relation.type === "SUPPORTS")).toBe(false);
  });

  it("keeps to the dates asked and stays ordered by earliest, then latest", async () => {
    const later = await ok(TIMELINE, { id: SOK_CHENDA_SOPHEA, from: "2024-01-01" });
    expect(later.data.entity.timeline.map((e: EntryOut) => e.relation.type)).toEqual(["PARTICIPATED_IN"]);

    const { data } = await ok(TIMELINE, { id: CAMBODIA });
    const entries: EntryOut[] = data.entity.timeline;
    expect(entries.length).toBeGreaterThan(3);
    for (let i = 1; i < entries.length; i += 1) {
      const [a, b] = [entries[i - 1]!, entries[i]!];
      expect(a.earliest < b.earliest || (a.earliest === b.earliest && a.latest <= b.latest)).toBe(true);
    }
    const first = await ok(TIMELINE, { id: CAMBODIA, first: 2 });
    expect(first.data.entity.timeline).toHaveLength(2);
  });
});
