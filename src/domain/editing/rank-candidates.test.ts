import { describe, expect, it } from "vitest";
import { type CandidateContext, rankCandidates, WEIGHTS } from "./rank-candidates.js";

const candidate = (id: string, over: Partial<CandidateContext>): CandidateContext => ({
  id,
  kind: "Official",
  names: [],
  nameScore: 1,
  countries: new Map(),
  organisations: new Map(),
  offices: [],
  ...over,
});

describe("rankCandidates", () => {
  const eat = candidate("official:eat", {
    names: ["Eat Sophea"],
    countries: new Map([["country:KHM", "Cambodia"]]),
    organisations: new Map([["org:mfaic", "MFAIC"]]),
    offices: [{ title: "Permanent Secretary of State", organisation: "MFAIC", span: { certainStart: "2025-01-01", certainEnd: "2025-12-31" } }],
  });
  const sok = candidate("official:sok", {
    names: ["Sok Chenda Sophea"],
    countries: new Map([["country:KHM", "Cambodia"]]),
    offices: [{ title: "Minister", organisation: "MFAIC", span: { certainStart: "2023-08-31", certainEnd: "2024-01-29", possibleStart: "2023-08-01" } }],
  });

  it("puts the candidate that agrees with the editor's context first, and says why", () => {
    const [first, second] = rankCandidates([sok, eat], { name: "Sophea", countryId: "country:KHM", organisationId: "org:mfaic" });
    expect(first?.id).toBe("official:eat");
    expect(first?.reasons).toContain("belongs to or holds office in MFAIC");
    expect(second?.id).toBe("official:sok");
  });

  it("uses the date: who was in office then outranks who was not", () => {
    const [first] = rankCandidates([eat, sok], { name: "Sophea", on: "2024-01-10" });
    expect(first?.id).toBe("official:sok");
    expect(first?.reasons).toContain("was Minister (MFAIC) on 2024-01-10");
  });

  it("rewards an exact name, folded for case and diacritics", () => {
    const [first] = rankCandidates([sok, eat], { name: "eat sophéa" });
    expect(first?.id).toBe("official:eat");
    expect(first?.reasons[0]).toBe('has the name "Eat Sophea"');
  });

  const org = (id: string, name: string, country?: [string, string]) => candidate(id, { kind: "Organisation", names: [name], countries: new Map(country ? [country] : []) });
  const meeting = (id: string, names: string[], m: CandidateContext["meeting"]) => candidate(id, { kind: "Meeting", names, meeting: m });

  it("ranks an exact name in a conflicting country below a partial match in the right one", () => {
    const khm = org("org:khm", "Ministry of National Defence", ["country:KHM", "Cambodia"]);
    const vnm = org("org:vnm", "Vietnam Ministry of National Defence", ["country:VNM", "Vietnam"]);
    const [first, second] = rankCandidates([khm, vnm], { name: "Ministry of National Defence", countryId: "country:VNM" });
    expect(first?.id).toBe("org:vnm");
    expect(second?.reasons).toContain("tied to Cambodia, not to country:VNM");
  });

  it("lets an exact name beat one shared word, even at the same index score", () => {
    const mod = org("org:mod", "Ministry of National Defense");
    const na = org("org:na", "National Assembly");
    const [first, second] = rankCandidates([mod, na], { name: "National Assembly" });
    expect(first?.id).toBe("org:na");
    expect((first?.score ?? 0) - (second?.score ?? 0)).toBeGreaterThanOrEqual(WEIGHTS.EXACT - 1);
  });

  it('matches a meeting on series and ordinal: "16th ADMM" is not the 16th ASCCO', () => {
    const ascco = meeting("meeting:ascco16", ["16th Coordinating Conference for the ASEAN Political-Security Community", "16th ASCCO"], { series: "ASCCO", ordinal: 16 });
    const admm = meeting("meeting:admm", ["ASEAN Defence Ministers' Meeting (June 2022)", "ADMM"], { series: "ADMM" });
    const body = org("org:admm", "ADMM");
    const ranked = rankCandidates([ascco, admm, body], { name: "16th ADMM" });
    expect(ranked[0]?.id).toBe("meeting:admm");
    expect(ranked[0]?.reasons).toContain("a meeting of the ADMM series");
    expect(ranked.find((r) => r.id === "meeting:ascco16")?.reasons).toContain('a meeting of the ASCCO series, which "16th ADMM" does not name');
  });

  it("prefers the meeting with the ordinal asked for, and says when another is meant", () => {
    const m16 = meeting("meeting:16", ["16th HLTF-ACV Meeting"], { series: "HLTF-ACV", ordinal: 16 });
    const m17 = meeting("meeting:17", ["17th HLTF-ACV Meeting"], { series: "HLTF-ACV", ordinal: 17 });
    const [first, second] = rankCandidates([m16, m17], { name: "17th HLTF-ACV" });
    expect(first?.id).toBe("meeting:17");
    expect(second?.reasons).toContain("is the 16th, not the 17th");
  });

  it("uses a meeting's date", () => {
    const june = meeting("meeting:june", ["ADMM"], { series: "ADMM", earliest: "2022-06-01", latest: "2022-06-30" });
    const y2021 = meeting("meeting:2021", ["ADMM"], { series: "ADMM", earliest: "2021-01-01", latest: "2021-12-31" });
    expect(rankCandidates([y2021, june], { name: "ADMM", on: "2022-06-22" })[0]?.id).toBe("meeting:june");
  });

  it("tolerates a small spelling variant and says how it read it", () => {
    const prak = candidate("official:prak", { names: ["Prak Sokhonn"] });
    const other = candidate("official:other", { names: ["Prak Sovann"] });
    const [first] = rankCandidates([other, prak], { name: "Prak Sokhon" });
    expect(first?.id).toBe("official:prak");
    expect(first?.reasons[0]).toMatch(/reading "sokhon" as "sokhonn"/);
  });

  it("penalises another kind than the one asked for", () => {
    const body = org("org:x", "ADSOM WG");
    const m = meeting("meeting:x", ["ASEAN Defence Senior Officials' Meeting Working Group Meeting"], { series: "ADSOM WG" });
    const ranked = rankCandidates([body, m], { name: "ADSOM WG", kind: "Meeting" });
    expect(ranked[0]?.id).toBe("meeting:x");
    expect(ranked[1]?.reasons).toContain("is a Organisation, not a Meeting");
  });
});
