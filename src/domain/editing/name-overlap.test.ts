import { describe, expect, it } from "vitest";
import { editDistance, nameOverlap } from "./name-overlap.js";

describe("nameOverlap", () => {
  it("is 1 for the same words in any case and order, ignoring function words", () => {
    expect(nameOverlap("Ministry of National Defence", "ministry national defence").score).toBe(1);
  });

  it("counts one shared word of many for little", () => {
    expect(nameOverlap("National Assembly", "Ministry of National Defense").score).toBeCloseTo(0.4);
  });

  it("reads a word one edit away as the same, but not a short one", () => {
    expect(nameOverlap("Sokhon", "Prak Sokhonn")).toEqual({ score: 2 / 3, variants: [["sokhon", "sokhonn"]] });
    expect(nameOverlap("Prak", "Prok").score).toBe(0);
  });
});

describe("editDistance", () => {
  it("counts insertions, substitutions and adjacent swaps", () => {
    expect(editDistance("sokhon", "sokhonn", 2)).toBe(1);
    expect(editDistance("defense", "defence", 2)).toBe(1);
    expect(editDistance("chneda", "chenda", 2)).toBe(1);
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});
