import { describe, expect, it } from "vitest";
import { countryNames, englishCountryName } from "./countries.js";

describe("countryNames", () => {
  const find = (name: string) =>
    countryNames()
      .filter((c) => c.name === name)
      .map((c) => c.iso3);

  it("names countries in English, Thai, Khmer, Vietnamese and Indonesian from ICU", () => {
    expect(find("Cambodia")).toContain("KHM");
    expect(find("กัมพูชา")).toContain("KHM");
    expect(find("កម្ពុជា")).toContain("KHM");
    expect(find("Campuchia")).toContain("KHM");
    expect(find("Kamboja")).toContain("KHM");
  });

  it("keeps the name without ICU's parenthesised variant, and the variant itself", () => {
    expect(find("Myanmar")).toContain("MMR");
    expect(find("Burma")).toContain("MMR");
  });

  it("marks demonyms, which name a country without being its name", () => {
    expect(countryNames().find((c) => c.name === "Cambodian")).toMatchObject({ iso3: "KHM", demonym: true });
  });

  it("gives the English primary name by alpha-3 code", () => {
    expect(englishCountryName("LAO")).toBe("Laos");
    expect(englishCountryName("MMR")).toBe("Myanmar");
  });
});
