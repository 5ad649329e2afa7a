import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import { escapeLucene, MAX_SEARCH_LENGTH, toLuceneQuery } from "./lucene-query.js";

/** Asserts the call throws BAD_USER_INPUT and returns the error for further checks. */
function badInputFrom(call: () => unknown): AppError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("BAD_USER_INPUT");
    return error as AppError;
  }
  throw new Error("expected BAD_USER_INPUT");
}

describe("escapeLucene", () => {
  it("escapes every character Lucene's syntax gives a meaning to", () => {
    const specials = ["+", "-", "&", "|", "!", "(", ")", "{", "}", "[", "]", "^", '"', "~", "*", "?", ":", "\\", "/"];
    for (const c of specials) expect(escapeLucene(`a${c}b`), c).toBe(`a\\${c}b`);
    expect(escapeLucene("a&&b||c")).toBe("a\\&\\&b\\|\\|c");
  });

  it("leaves letters, digits and Thai alone", () => {
    expect(escapeLucene("hoi2045กรม")).toBe("hoi2045กรม");
  });
});

describe("toLuceneQuery", () => {
  it("requires every word and matches the last one as a prefix too", () => {
    expect(toLuceneQuery("Kung pho")).toBe('+"kung" +("pho" OR pho*)');
    expect(toLuceneQuery("Sokhonn")).toBe('+("sokhonn" OR sokhonn*)');
  });

  it("folds case and diacritics, because Lucene does not analyse a prefix term", () => {
    expect(toLuceneQuery("Hôi An")).toBe('+"hoi" +("an" OR an*)');
  });

  it("quotes Thai words so that the Thai analyzer's pieces must all match, in order", () => {
    expect(toLuceneQuery("กรมอาเซียน")).toBe('+("กรมอาเซียน" OR กรมอาเซียน*)');
  });

  it("turns query syntax into plain words: operators, groups, quotes and wildcards never reach the parser", () => {
    expect(toLuceneQuery("AND OR (")).toBe('+"and" +"or" +("\\(" OR \\(*)');
    expect(toLuceneQuery('"')).toBe('+("\\"" OR \\"*)');
    expect(toLuceneQuery("HLTF-ACV")).toBe('+("hltf\\-acv" OR hltf\\-acv*)');
    expect(toLuceneQuery("* ? ~ title:x a/b")).toBe('+"\\*" +"\\?" +"\\~" +"title\\:x" +("a\\/b" OR a\\/b*)');
  });

  it("leaves no unescaped special character outside its own quotes, groups and final wildcard", () => {
    const query = toLuceneQuery('+-&&||!(){}[]^"~*?:\\/ NOT AND');
    const unescaped = query.replace(/\\./g, "");
    const structure = unescaped.replace(/\+"[^"]*"/g, "").replace(/\+\("[^"]*" OR [^\s"*()]*\*\)/g, "");
    expect(structure.trim()).toBe("");
  });

  it("rejects an empty or blank text, naming the argument", () => {
    for (const text of ["", "   \n"]) {
      const error = badInputFrom(() => toLuceneQuery(text));
      expect(error.message).toMatch(/search\(text:\)/);
      expect(error.details).toMatchObject({ argument: "text" });
    }
  });

  it("caps the length, naming the argument and the limit", () => {
    expect(() => toLuceneQuery("a".repeat(MAX_SEARCH_LENGTH))).not.toThrow();
    const error = badInputFrom(() => toLuceneQuery("a".repeat(MAX_SEARCH_LENGTH + 1)));
    expect(error.message).toMatch(new RegExp(`search\\(text:\\).*at most ${MAX_SEARCH_LENGTH} characters`));
    expect(error.details).toMatchObject({ argument: "text", limit: MAX_SEARCH_LENGTH });
  });

  it("counts characters, not UTF-16 units, so a Thai name's length is what the user typed", () => {
    expect(() => toLuceneQuery("ก".repeat(MAX_SEARCH_LENGTH))).not.toThrow();
  });
});

describe("toLuceneQuery in Khmer", () => {
  it("offers a Khmer word both as written and split into its words", () => {
    const q = toLuceneQuery("ប្រាក់សុខុន");
    expect(q).toContain('"ប្រាក់សុខុន"');
    expect(q).toMatch(/"ប្រាក់ [^"]+"/);
  });
});
