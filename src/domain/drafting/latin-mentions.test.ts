import { describe, expect, it } from "vitest";
import { capitalisedPhrases, latinMentions, unnamedOfficials } from "./latin-mentions.js";

const kinds = (text: string) => latinMentions(text).map((m) => [m.kind, m.text]);

describe("capitalisedPhrases", () => {
  it("joins capitalised words over of/and/the and drops sentence-initial words", () => {
    expect(capitalisedPhrases("During the visit, the Ministry of Foreign Affairs and International Cooperation said").map((p) => p.text)).toEqual([
      "Ministry of Foreign Affairs and International Cooperation",
    ]);
  });

  it("splits a possessive country from the office after it", () => {
    expect(capitalisedPhrases("Indonesia’s Foreign Minister Retno Marsudi said.").map((p) => p.text)).toEqual(["Indonesia", "Foreign Minister Retno Marsudi"]);
  });
});

describe("latinMentions", () => {
  it("reads a person after an honorific, without the honorific", () => {
    expect(kinds("H.E. ANWAR Ibrahim spoke.")).toEqual([["Official", "ANWAR Ibrahim"]]);
  });

  it("reads a person after an office, and keeps the office as a title", () => {
    const [m] = latinMentions("Deputy Prime Minister and Minister of Foreign Affairs Maria Santos spoke.");
    expect(m).toMatchObject({ kind: "Official", text: "Maria Santos", detail: { title: "Deputy Prime Minister and Minister of Foreign Affairs" } });
  });

  it("reads a person from an office after the name", () => {
    expect(kinds("Tran Van Minh, a senior research fellow at the institute, said")).toContainEqual(["Official", "Tran Van Minh"]);
  });

  it("classifies by the head before the first of/on/for", () => {
    expect(kinds("the 12th Meeting of the Joint Working Group on Trade was held")).toEqual([["Meeting", "12th Meeting of the Joint Working Group on Trade"]]);
    expect(latinMentions("the 12th Meeting of the Joint Working Group")[0]!.detail.ordinal).toBe(12);
    expect(kinds("the Department of Fisheries")).toEqual([["Organisation", "Department of Fisheries"]]);
    expect(kinds("the Bali Concord Declaration")).toEqual([["Framework", "Bali Concord Declaration"]]);
    expect(kinds("a Regional Consultation on the Mekong Strategic Plan was held.")).toEqual([["Meeting", "Regional Consultation on the Mekong Strategic Plan"]]);
  });

  it("takes a short unknown name after 'in' for a place, and a country name for nothing (the country lexicon reads it)", () => {
    expect(kinds("held in Vientiane on Monday")).toEqual([["Place", "Vientiane"]]);
    expect(kinds("held in Malaysia")).toEqual([]);
  });
});

describe("unnamedOfficials", () => {
  it("finds an office with no person's name after it", () => {
    const text = "The Executive Director of the Mekong River Commission said.";
    const orgs = latinMentions(text).filter((m) => m.kind === "Organisation");
    expect(unnamedOfficials(text, orgs).map((m) => m.text)).toEqual(["The Executive Director of the Mekong River Commission"]);
  });

  it("leaves an office followed by a name to the name", () => {
    const text = "The Secretary-General of the Mekong River Commission, Anoulak Kittikhoun, said";
    const orgs = latinMentions(text).filter((m) => m.kind === "Organisation");
    expect(unnamedOfficials(text, orgs)).toEqual([]);
  });
});
