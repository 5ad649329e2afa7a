import { describe, expect, it } from "vitest";
import { AnnotationError, validateAnnotation } from "./annotation.validate.js";

const text = "Minister A led the delegation to the Summit. The Summit was held in Vientiane.";
const base = {
  formatVersion: 1,
  article: { id: "article:evidence01", title: "T", language: "en", text },
  entities: [
    { id: "official:aaaaaaaa", kind: "Official", name: "Minister A" },
    { id: "meeting:bbbbbbbb", kind: "Meeting", name: "Summit" },
    { id: "place:cccccccc", kind: "Place", name: "Vientiane", placeKind: "CITY" },
  ],
};
const led = { type: "PARTICIPATED_IN", subject: "official:aaaaaaaa", object: "meeting:bbbbbbbb", role: "LED_DELEGATION" };
const held = { type: "HELD_IN", subject: "meeting:bbbbbbbb", object: "place:cccccccc" };
const quotes = (raw: unknown) => validateAnnotation(raw, "test").facts.map((f) => f.evidence.map((e) => e.props.quote));
const issues = (raw: unknown) => {
  try {
    validateAnnotation(raw, "test");
    return [];
  } catch (e) {
    return (e as AnnotationError).issues.map((i) => `${i.path}: ${i.message}`);
  }
};

describe("evidence by offsets and by reference", () => {
  it("reads a sentence given by offsets, exactly as a copied quote would be", () => {
    const byOffsets = { ...base, facts: [{ ...led, evidence: [{ at: { start: 0, end: 44 } }] }] };
    const byQuote = { ...base, facts: [{ ...led, evidence: [{ quote: text.slice(0, 44) }] }] };
    expect(quotes(byOffsets)).toEqual([["Minister A led the delegation to the Summit."]]);
    expect(validateAnnotation(byOffsets, "a").facts[0]!.evidence[0]!.id).toBe(validateAnnotation(byQuote, "b").facts[0]!.evidence[0]!.id);
  });

  it("lets one shared sentence support several facts", () => {
    const raw = {
      ...base,
      evidence: [{ id: "s1", at: { start: 0, end: text.length } }],
      facts: [
        { ...led, evidence: [{ ref: "s1" }] },
        { ...held, evidence: [{ ref: "s1" }] },
      ],
    };
    expect(quotes(raw)).toEqual([[text], [text]]);
  });

  it("rejects offsets past the text, a quote that disagrees with its offsets, unknown and unused references", () => {
    expect(issues({ ...base, facts: [{ ...led, evidence: [{ at: { start: 0, end: 999 } }] }] })).toEqual([
      expect.stringMatching(/^facts\[0\]\.evidence\[0\]\.at\.end: 999 is past the end/),
    ]);
    expect(issues({ ...base, facts: [{ ...led, evidence: [{ at: { start: 0, end: 10 }, quote: "Something else" }] }] })[0]).toMatch(/quote does not match/);
    expect(issues({ ...base, facts: [{ ...led, evidence: [{ ref: "nope" }] }] })[0]).toMatch(/unknown evidence id nope/);
    expect(
      issues({
        ...base,
        evidence: [
          { id: "s1", quote: text },
          { id: "s2", quote: text },
        ],
        facts: [{ ...led, evidence: [{ ref: "s1" }] }],
      })[0],
    ).toMatch(/s2 is cited by no fact/);
  });

  it("refuses evidence that gives both a reference and a sentence", () => {
    expect(issues({ ...base, evidence: [{ id: "s1", quote: text }], facts: [{ ...led, evidence: [{ ref: "s1", quote: text }] }] }).length).toBeGreaterThan(0);
  });
});
