import { describe, expect, it } from "vitest";
import { similarNameQuery } from "./similar-name-query.js";

describe("similarNameQuery", () => {
  it("matches any word of a person's name, folded", () => {
    expect(similarNameQuery("Sok Chénda Sophea", false)).toBe('"sok" "chenda" "sophea"');
  });
  it("requires every word for a near-duplicate", () => {
    expect(similarNameQuery("Cambodia Development Centre", true)).toBe('+"cambodia" +"development" +"centre"');
  });
  it("escapes Lucene syntax and drops one-letter words", () => {
    expect(similarNameQuery('A "Q" (x) name:', false)).toBe('"\\"q\\"" "\\(x\\)" "name\\:"');
  });
  it("has no query for a name with no words", () => {
    expect(similarNameQuery("  -  ", false)).toBeNull();
  });
});
