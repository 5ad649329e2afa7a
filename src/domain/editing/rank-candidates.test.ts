import { describe, expect, it } from "vitest";
import { type CandidateContext, rankCandidates } from "./rank-candidates.js";

const candidate = (id: string, over: Partial<CandidateContext>): CandidateContext => ({
  id,
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
    expect(first?.reasons[0]).toBe('has the name "eat sophéa"');
  });
});
