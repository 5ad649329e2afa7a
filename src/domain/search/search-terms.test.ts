import { describe, expect, it } from "vitest";
import { foldSearchText, searchTerms, segmentKhmer } from "./search-terms.js";

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

describe("searchTerms and honorifics", () => {
  it("drops a Thai title printed joined to the name, or before it", () => {
    expect(searchTerms("นายพลพงศ์ วังแพน")).toEqual(["พลพงศ์", "วังแพน"]);
    expect(searchTerms("นาย พลพงศ์ วังแพน")).toEqual(["พลพงศ์", "วังแพน"]);
    expect(searchTerms("นางสาวสมศรี")).toEqual(["สมศรี"]);
    expect(searchTerms("ดร.สมชาย")).toEqual(["สมชาย"]);
  });

  it("drops a Khmer title", () => {
    expect(searchTerms("លោក ប្រាក់ សុខុន")).toEqual(["ប្រាក់", "សុខុន"]);
    expect(searchTerms("ឯកឧត្តមប្រាក់សុខុន")).toEqual(["ប្រាក់សុខុន"]);
  });

  it("keeps a word that only begins with the letters of a title, and a title searched alone", () => {
    expect(searchTerms("นายกรัฐมนตรี")).toEqual(["นายกรัฐมนตรี"]);
    expect(searchTerms("นาย")).toEqual(["นาย"]);
  });

  it("removes zero-width spaces", () => {
    expect(searchTerms("ប្រាក់\u200Bសុខុន")).toEqual(["ប្រាក់សុខុន"]);
  });
});

describe("segmentKhmer", () => {
  it("splits Khmer into words and leaves other text alone", () => {
    expect(segmentKhmer("ប្រាក់សុខុន").split(" ").length).toBeGreaterThan(1);
    expect(segmentKhmer("ប្រាក់សុខុន")).toBe(segmentKhmer("ប្រាក់ សុខុន"));
    expect(segmentKhmer("Prak Sokhonn")).toBe("Prak Sokhonn");
  });
});
