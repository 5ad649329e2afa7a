import { describe, expect, it } from "vitest";
import { annotationSchema, type AnnotationInput } from "../annotation/annotation.schema.js";
import { prf, scoreDraft } from "./evaluate.js";

const text = "H.E. Kung Phoak led the delegation to the Summit in Hoi An.";
const gold = annotationSchema.parse({
  formatVersion: 1,
  article: { id: "article:aaaaaaaa", title: "t", language: "en", text },
  entities: [
    { id: "official:gold0001", kind: "Official", name: "Kung Phoak", mentions: ["Kung Phoak"] },
    { id: "place:gold0002", kind: "Place", name: "Hoi An", placeKind: "CITY", mentions: ["Hoi An"] },
    { id: "meeting:gold0003", kind: "Meeting", name: "Summit", mentions: ["Summit"] },
  ],
  facts: [{ type: "HELD_IN", subject: "meeting:gold0003", object: "place:gold0002", evidence: [{ quote: text }] }],
});

const draft = (entities: AnnotationInput["entities"], facts: AnnotationInput["facts"]): AnnotationInput => ({ formatVersion: 1, article: gold.article, entities, facts });

describe("scoreDraft", () => {
  it("matches entities by where they are mentioned, whatever their ids and names", () => {
    const d = draft(
      [
        { id: "official:new00001", kind: "Official", name: "H.E. Kung Phoak", mentions: ["H.E. Kung Phoak"] },
        { id: "meeting:new00002", kind: "Meeting", name: "The Summit", mentions: ["Summit"] },
        { id: "place:new00003", kind: "Place", name: "Hoi An", placeKind: "CITY", mentions: ["Hoi An"] },
      ],
      [{ type: "HELD_IN", subject: "meeting:new00002", object: "place:new00003", evidence: [{ quote: text }] }],
    );
    const score = scoreDraft(gold, d, new Set());
    expect(score.entities.officials).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.facts.HELD_IN).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("counts a link to an existing entity the annotation does not mean as a false link", () => {
    const d = draft([{ id: "official:other001", kind: "Official", name: "Kung Phoak", mentions: ["Kung Phoak"] }], []);
    const score = scoreDraft(gold, d, new Set(["official:other001"]));
    expect(score.falseLinks).toEqual([{ draftId: "official:other001", name: "Kung Phoak", goldId: "official:gold0001" }]);
    expect(score.entities.meetings).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it("lists what it missed and what it proposed wrongly, by entity group and fact type", () => {
    const d = draft(
      [
        { id: "official:new00001", kind: "Official", name: "Kung Phoak", mentions: ["Kung Phoak"] },
        { id: "place:new00003", kind: "Place", name: "Hoi An", placeKind: "CITY", mentions: ["Hoi An"] },
      ],
      [{ type: "VISITED", subject: "official:new00001", object: "place:new00003", evidence: [{ quote: text }] }],
    );
    const score = scoreDraft(gold, d, new Set());
    expect(score.misses.entities.meetings).toEqual({ fn: ['Meeting "Summit"'], fp: [] });
    expect(score.misses.facts.HELD_IN).toEqual({ fn: ['"Summit" HELD_IN "Hoi An"'], fp: [] });
    expect(score.misses.facts.VISITED).toEqual({ fn: [], fp: ['"Kung Phoak" VISITED "Hoi An"'] });
  });
});

describe("prf", () => {
  it("computes precision, recall and F1, and zero for nothing", () => {
    expect(prf({ tp: 3, fp: 1, fn: 1 })).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(0);
  });
});
