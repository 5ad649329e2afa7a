import { describe, expect, it } from "vitest";
import { listQuery } from "./list.queries.js";

describe("listQuery", () => {
  it("counts the whole filtered set only when the total is asked for", () => {
    const counted = listQuery("meetings", "DATE_ASC", ["series"], true, true, true);
    const uncounted = listQuery("meetings", "DATE_ASC", ["series"], false, true, false);
    expect(counted.text).toContain("count(n) AS totalCount");
    expect(uncounted.text).not.toContain("count(");
    expect(uncounted.text.match(/MATCH \(n:Meeting\)/g)).toHaveLength(1);
    expect(uncounted.text).toContain("null AS totalCount");
    expect(uncounted.name).not.toBe(counted.name);
  });

  it("walks a filtered first page's matches once for both the page and the total", () => {
    const first = listQuery("meetings", "DATE_ASC", ["series", "from"], false, true, true);
    expect(first.text.match(/MATCH \(n:Meeting\)/g)).toHaveLength(1);
    expect(first.text).toContain("size(found) AS totalCount");
    // Unfiltered, Neo4j counts a label from its count store; a later page counts what it skips.
    expect(listQuery("meetings", "DATE_ASC", [], false, true, true).text).toContain("count(n) AS totalCount");
    expect(listQuery("meetings", "DATE_ASC", ["series"], true, true, true).text).toContain("count(n) AS totalCount");
  });
});
