import { describe, expect, it } from "vitest";
import { foldSearchText, searchTerms } from "./search-terms.js";

describe("foldSearchText", () => {
  it("ignores case and Latin diacritics, as the name index does", () => {
    expect(foldSearchText("Hôi An")).toBe("hoi an");
    expect(foldSearchText("KUNG Phoak")).toBe("kung phoak");
    expect(foldSearchText("Đà Nẵng")).toBe("da nang");
  });

  it("keeps Thai vowel and tone marks, which are part of the word", () => {
    expect(foldSearchText("พลพงศ์ วังแพน")).toBe("พลพงศ์ วังแพน");
    expect(foldSearchText("กรมอาเซียน")).toBe("กรมอาเซียน");
  });
});

describe("searchTerms", () => {
  it("splits on any whitespace and drops empty words", () => {
    expect(searchTerms("  hoi \t an\n")).toEqual(["hoi", "an"]);
    expect(searchTerms("   ")).toEqual([]);
  });
});
