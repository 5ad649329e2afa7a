import { describe, expect, it } from "vitest";
import { CITIES, cityNames, cityOf } from "./cities.js";
import { ALPHA3 } from "./countries.js";

describe("the city lexicon", () => {
  it("knows a city by its names in English, Thai, Khmer, Vietnamese and Indonesian, with its country", () => {
    for (const name of ["Phnom Penh", "พนมเปญ", "ភ្នំពេញ", "Phnôm Pênh"]) expect(cityOf(name)).toMatchObject({ name: "Phnom Penh", iso3: "KHM" });
    expect(cityOf("Hà Nội")?.iso3).toBe("VNM");
    expect(cityOf("Jenewa")?.name).toBe("Geneva");
  });

  it("finds a place with its place word, and a dateline in capitals", () => {
    expect(cityOf("กรุงจาการ์ตา")?.name).toBe("Jakarta");
    expect(cityOf("ខេត្តបន្ទាយមានជ័យ")?.name).toBe("Banteay Meanchey");
    expect(cityOf("Banteay Meanchey province")?.kind).toBe("PROVINCE");
    expect(cityOf("PHNOM PENH")?.name).toBe("Phnom Penh");
  });

  it("covers the region and the world's capitals, each in a country the drafter knows, and gives no name to two places", () => {
    expect(CITIES.length).toBeGreaterThanOrEqual(100);
    const codes = new Set(ALPHA3.values());
    for (const city of CITIES) expect(codes, city.name).toContain(city.iso3);
    const seen = new Map<string, string>();
    for (const city of CITIES) {
      for (const name of new Set([city.name, ...city.names])) {
        expect(seen.get(name) ?? city.name, name).toBe(city.name);
        seen.set(name, city.name);
      }
    }
    expect(cityNames().size).toBeGreaterThan(CITIES.length * 2);
  });
});
