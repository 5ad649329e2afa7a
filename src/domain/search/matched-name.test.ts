import { describe, expect, it } from "vitest";
import { matchedName } from "./matched-name.js";
import { searchTerms } from "./search-terms.js";

const match = (text: string, names: string[]) => matchedName(searchTerms(text), names);

describe("matchedName", () => {
  it("prefers the primary name when it matches", () => {
    expect(match("kung", ["Kung Phoak", "KUNG Phoak"])).toBe("Kung Phoak");
  });

  it("names the alias when only the alias matches", () => {
    expect(match("hltf", ["High-Level Task Force on ASEAN Community’s Post-2025 Vision", "HLTF-ACV"])).toBe("HLTF-ACV");
    expect(match("wangphaen", ["พลพงศ์ วังแพน", "Phonphong Wangphaen"])).toBe("Phonphong Wangphaen");
  });

  it("matches the last term as a prefix and the others as whole words", () => {
    expect(match("kung pho", ["Kung Phoak"])).toBe("Kung Phoak");
    expect(match("kun phoak", ["Kung Phoak"])).toBeNull();
  });

  it("matches at word starts only, so a term inside a word is no match", () => {
    expect(match("an", ["Cambodian Mine Action Centre"])).toBeNull();
    expect(match("an", ["Hoi An"])).toBe("Hoi An");
  });

  it("ignores case and Latin diacritics on both sides", () => {
    expect(match("Hôi An", ["Hoi An"])).toBe("Hoi An");
    expect(match("hoi an", ["Hội An"])).toBe("Hội An");
  });

  it("finds a Thai word anywhere in a Thai name, as the Thai analyzer does", () => {
    expect(match("วังแพน", ["พลพงศ์ วังแพน", "Phonphong Wangphaen"])).toBe("พลพงศ์ วังแพน");
    expect(match("อาเซียน", ["Department of ASEAN Affairs", "กรมอาเซียน"])).toBe("กรมอาเซียน");
  });

  it("says null when no single name holds every term", () => {
    expect(match("kung sophea", ["Kung Phoak", "Eat Sophea"])).toBeNull();
    expect(match("anything", [])).toBeNull();
  });

  it("matches a Khmer word typed without the space the name is printed with", () => {
    expect(match("ប្រាក់សុខុន", ["Prak Sokhonn", "ប្រាក់ សុខុន"])).toBe("ប្រាក់ សុខុន");
  });
});
