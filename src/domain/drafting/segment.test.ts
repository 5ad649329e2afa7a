import { describe, expect, it } from "vitest";
import { segmentSentences, segmentWords, wordBoundaries, wordCount } from "./segment.js";

describe("segmentSentences", () => {
  it("splits English sentences and keeps offsets into the text", () => {
    const text = "Headline without stop\n\nH.E. Kung Phoak led the delegation. He spoke on Monday.";
    const sentences = segmentSentences(text, "en");
    expect(sentences.map((s) => s.text)).toEqual(["Headline without stop", "H.E. Kung Phoak led the delegation.", "He spoke on Monday."]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("ends a sentence at a blank line even without punctuation", () => {
    const sentences = segmentSentences("ข่าวต่างประเทศ\n\nเมื่อวันที่ ๙ พฤษภาคม", "th");
    expect(sentences).toHaveLength(2);
  });
});

describe("segmentWords", () => {
  it("finds Thai word boundaries at both ends of a name inside a run", () => {
    const text = "อธิบดีกรมอาเซียนเป็นหัวหน้าคณะผู้แทน";
    const bounds = wordBoundaries(segmentWords(text, "th"));
    const start = text.indexOf("กรมอาเซียน");
    expect(bounds.has(start)).toBe(true);
    expect(bounds.has(start + "กรมอาเซียน".length)).toBe(true);
  });

  it("ends a name before a possessive, which ICU keeps in the word", () => {
    const text = "Cambodia’s delegation and Myanmar's envoy";
    const bounds = wordBoundaries(segmentWords(text, "en"));
    expect(bounds.has("Cambodia".length)).toBe(true);
    expect(bounds.has(text.indexOf("Myanmar") + "Myanmar".length)).toBe(true);
  });

  it("counts words, so a one-word name can be told from a longer one", () => {
    expect(wordCount("Sophea", "en")).toBe(1);
    expect(wordCount("Sok Chenda Sophea", "en")).toBe(3);
    expect(wordCount("กระทรวงการต่างประเทศ", "th")).toBeGreaterThan(1);
  });
});
