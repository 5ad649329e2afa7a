import { describe, expect, it } from "vitest";
import { missingSearchNames } from "./khmer-search-names.js";

describe("missingSearchNames", () => {
  it("proposes a Khmer name split into words when the entity lacks that form", () => {
    const [row] = missingSearchNames([{ id: "official:a", names: ["Prak Sokhonn", "ប្រាក់សុខុន"], searchNames: [] }]);
    expect(row?.id).toBe("official:a");
    expect(row?.searchNames).toHaveLength(1);
    expect(row?.searchNames[0]?.split(" ").length).toBeGreaterThan(1);
  });

  it("leaves out entities that already have every form, and names in other scripts", () => {
    const [first] = missingSearchNames([{ id: "official:a", names: ["ប្រាក់សុខុន"], searchNames: [] }]);
    expect(missingSearchNames([{ id: "official:a", names: ["ប្រាក់សុខុន"], searchNames: first?.searchNames ?? [] }])).toEqual([]);
    expect(missingSearchNames([{ id: "official:b", names: ["Prak Sokhonn", "ปรัก สคน"], searchNames: [] }])).toEqual([]);
  });
});
