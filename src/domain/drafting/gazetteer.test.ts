import { describe, expect, it } from "vitest";
import { matchGazetteer } from "./gazetteer.js";
import { segmentWords, wordBoundaries } from "./segment.js";
import type { GazetteerEntry } from "./draft.types.js";

const entries: GazetteerEntry[] = [
  { id: "org:aaaaaaaa", kind: "Organisation", name: "Department of ASEAN Affairs", aliases: ["กรมอาเซียน"] },
  { id: "official:bbbbbbbb", kind: "Official", name: "Sok Chenda Sophea", aliases: [] },
  { id: "official:cccccccc", kind: "Official", name: "Eat Sophea", aliases: ["Sophea"] },
  { id: "official:dddddddd", kind: "Official", name: "Sophea", aliases: [] },
];

const run = (text: string, lang: string) => matchGazetteer(text, wordBoundaries(segmentWords(text, lang)), entries);

describe("matchGazetteer", () => {
  it("finds a Thai alias inside a run of Thai letters, on word boundaries", () => {
    const found = run("นายพลพงศ์ วังแพน อธิบดีกรมอาเซียน เป็นหัวหน้า", "th");
    expect(found.map((m) => [m.text, m.gazetteerIds])).toEqual([["กรมอาเซียน", ["org:aaaaaaaa"]]]);
  });

  it("matches regardless of case and apostrophe style, never inside a word", () => {
    expect(run("SOK CHENDA SOPHEA arrived.", "en").map((m) => m.text)).toContain("SOK CHENDA SOPHEA");
    expect(run("Sokchenda Sophean arrived.", "en")).toEqual([]);
  });

  it("lists every entity that shares a name, and trusts a shared name less", () => {
    const found = run("Sophea attended.", "en");
    expect(found).toHaveLength(1);
    expect(found[0]!.gazetteerIds.sort()).toEqual(["official:cccccccc", "official:dddddddd"]);
    expect(found[0]!.confidence).toBeLessThan(0.9);
  });
});
