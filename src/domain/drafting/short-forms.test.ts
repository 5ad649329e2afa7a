import { describe, expect, it } from "vitest";
import { findMentions } from "./mentions.js";
import { segmentWords } from "./segment.js";
import { groupEntities, initialsFit } from "./short-forms.js";

const entities = (text: string) => groupEntities(text, findMentions(text, segmentWords(text, "en"), []));

describe("groupEntities", () => {
  it("resolves a lone name to the one person in the article who has it", () => {
    const text = "Foreign Minister Maria Santos arrived. Santos said the talks went well.";
    const [person] = entities(text).filter((e) => e.kind === "Official");
    expect(person!.name).toBe("Maria Santos");
    expect(person!.mentions.map((m) => m.text)).toContain("Santos");
  });

  it("keeps a two-word framework that a body's acronym or a country opens, and drops a bare generic one", () => {
    const names = entities("They respect the ASEAN Charter. The Strategic Plan will follow.")
      .filter((e) => e.kind === "Framework")
      .map((e) => e.name);
    expect(names).toEqual(["ASEAN Charter"]);
  });

  it("gives a two-word acronym in parentheses to its name, and finds it again", () => {
    const text = "They met at a meeting of the Mekong Senior Officials Working Group (MSO WG). Cambodia chaired the MSO WG.";
    const body = entities(text).find((e) => e.kind === "Organisation" && e.name === "Mekong Senior Officials Working Group")!;
    expect(body.shortForms).toContainEqual({ name: "MSO WG", kind: "acronym" });
    expect(body.mentions.map((m) => m.text)).toContain("MSO WG");
  });

  it("takes the English name in parentheses after a Thai name for the same entity", () => {
    const text = "ที่ประชุมได้ติดตามแผนงานประชาคมอาเซียน ค.ศ. ๒๐๒๕ (ASEAN Community Blueprint 2025) แล้ว";
    const found = groupEntities(text, findMentions(text, segmentWords(text, "th"), [])).filter((e) => e.kind === "Framework");
    expect(found).toHaveLength(1);
    expect(found[0]!.shortForms).toContainEqual({ name: "ASEAN Community Blueprint 2025", kind: "translation" });
  });

  it("leaves a lone name unresolved when two people in the article have it", () => {
    const text = "Foreign Minister Maria Santos and Deputy Minister Jose Santos arrived. Santos said the talks went well.";
    const people = entities(text).filter((e) => e.kind === "Official");
    expect(people).toHaveLength(2);
    for (const p of people) expect(p.mentions.map((m) => m.text)).not.toContain("Santos");
  });

  it("gives an acronym in parentheses to the name before it, and later uses of it to the same entity", () => {
    const text = "The Mekong Youth Council (MYC) met. Later the MYC issued a statement.";
    const orgs = entities(text).filter((e) => e.kind === "Organisation");
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.shortForms).toContainEqual({ name: "MYC", kind: "acronym" });
    expect(orgs[0]!.mentions.filter((m) => m.text === "MYC")).toHaveLength(2);
  });

  it("takes a shorter framework name whose words are a subset for the same framework", () => {
    const text = "They adopted the Mekong Water Strategy 2030. The Water Strategy 2030 sets targets.";
    expect(entities(text).filter((e) => e.kind === "Framework")).toHaveLength(1);
  });
});

describe("initialsFit", () => {
  it("matches an acronym to a name's initials in order", () => {
    expect(initialsFit("HLTF-ACV", "High-Level Task Force on ASEAN Community’s Post-2025 Vision")).toBe(true);
    expect(initialsFit("ASCCO", "ASEAN Political-Security Community")).toBe(false);
  });
});
