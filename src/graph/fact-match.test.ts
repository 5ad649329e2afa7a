import { describe, expect, it } from "vitest";
import { matchFactRelationship, optionalFactRelationship } from "./fact-match.js";

describe("matchFactRelationship", () => {
  it("reaches the relationship through the (:Fact) node by its id, then from its two endpoints", () => {
    const text = matchFactRelationship("$factId", { subject: "n", object: "m" });
    expect(text.split("\n").map((line) => line.trim())).toEqual([
      "MATCH (f:Fact {id: $factId})-[:SUBJECT]->(n) USING INDEX f:Fact(id)",
      "MATCH (f)-[:OBJECT]->(m)",
      "WITH *, head([(n)-[factRel]->(m) WHERE factRel.factId = $factId | factRel]) AS r WHERE r IS NOT NULL",
    ]);
  });

  it("has an optional form for a fact node already bound", () => {
    expect(optionalFactRelationship("f", "id", { subject: "s", object: "o" })).toMatch(
      /^OPTIONAL MATCH \(f\)-\[:SUBJECT\]->\(s\)[\s\S]*WITH \*, head\(\[\(s\)-\[factRel\]->\(o\) WHERE factRel\.factId = id \| factRel\]\) AS r$/,
    );
  });
});
