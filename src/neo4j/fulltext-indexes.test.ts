import { describe, expect, it } from "vitest";
import { ENTITY_KINDS } from "../model/entity-kinds.js";
import { nameIndexProblem } from "./fulltext-indexes.js";

describe("nameIndexProblem", () => {
  it("accepts an index with its analyzer over every entity kind", () => {
    expect(nameIndexProblem("entity_names", "standard-folding", { analyzer: "standard-folding", labels: [...ENTITY_KINDS] })).toBeNull();
  });

  it("names a missing index and a wrong analyzer", () => {
    expect(nameIndexProblem("entity_names", "thai", undefined)).toBe("the full-text index entity_names is missing; it should use thai");
    expect(nameIndexProblem("entity_names_thai", "thai", { analyzer: "standard", labels: [...ENTITY_KINDS] })).toMatch(/uses the standard analyzer; it should use thai/);
  });

  it("names the kinds an index leaves out, so a kind search cannot find stops start-up", () => {
    const before = ["Official", "Organisation", "Country", "Place", "Meeting", "Framework"];
    expect(nameIndexProblem("entity_names", "standard-folding", { analyzer: "standard-folding", labels: before })).toBe(
      "the full-text index entity_names does not cover Topic; a migration must index every entity kind",
    );
  });
});
