import { describe, expect, it } from "vitest";
import { listQuery } from "./list.queries.js";

describe("listQuery", () => {
  it("counts the whole filtered set only when the total is asked for", () => {
    const counted = listQuery("meetings", "DATE_ASC", ["series"], false, true, true);
    const uncounted = listQuery("meetings", "DATE_ASC", ["series"], false, true, false);
    expect(counted.text).toContain("count(n) AS totalCount");
    expect(uncounted.text).not.toContain("count(");
    expect(uncounted.text.match(/MATCH \(n:Meeting\)/g)).toHaveLength(1);
    expect(uncounted.text).toContain("null AS totalCount");
    expect(uncounted.name).not.toBe(counted.name);
  });
});
