import { describe, expect, it } from "vitest";
import { compactCypher, cypher } from "./cypher-query.js";

describe("compactCypher", () => {
  it("drops comments and makes each run of whitespace one space", () => {
    const text = `
      MATCH (n:Entity {id: $id})   // the entity asked about
      /* its facts,
         both ways */
      MATCH (n)-[r]-(m)
      RETURN n.id AS id,
             count(r) AS facts`;
    expect(compactCypher(text)).toBe("MATCH (n:Entity {id: $id}) MATCH (n)-[r]-(m) RETURN n.id AS id, count(r) AS facts");
  });

  it("keeps string literals and backquoted names exactly, whatever they hold", () => {
    const text = `RETURN 'a  b // not a comment' AS x, "it\\"s  /* kept */" AS y, 'it\\'s' AS z, n.\`odd  name\` AS w`;
    expect(compactCypher(text)).toBe(text);
  });

  it("is what a named query sends", () => {
    expect(cypher("q", "  RETURN 1\n\n   AS one  ").text).toBe("RETURN 1 AS one");
  });
});
