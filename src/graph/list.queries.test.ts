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

describe("listQuery with relations", () => {
  const shapes = [{ types: ["PARTICIPATED_IN"] as const, direction: "IN" as const }];

  it("brings each item's relations through the relations statement's own body, one record per item, on either kind of first page", () => {
    for (const query of [listQuery("meetings", "DATE_ASC", ["series"], false, true, false, shapes), listQuery("meetings", "DATE_ASC", ["series"], false, true, true, shapes)]) {
      expect(query.name).toContain(".related[IN:PARTICIPATED_IN]");
      expect(query.text).toContain("MATCH (n)<-[r:PARTICIPATED_IN]-(m:Entity)");
      expect(query.text).toContain("AS related");
      expect(query.text).toContain("rows[i] AS row");
      expect(query.text).toContain("i < toInteger($relationsFor)");
    }
  });

  it("leaves a list without relations as it was", () => {
    const plain = listQuery("meetings", "DATE_ASC", ["series"], false, true, false);
    expect(plain.text).not.toContain("related");
    expect(plain.text).toContain("RETURN null AS totalCount, rows");
  });
});
