import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toPlain } from "./to-plain.js";

describe("toPlain", () => {
  it("turns driver integers into numbers, at any depth", () => {
    expect(toPlain({ a: neo4j.int(7), b: [neo4j.int(1), { c: neo4j.int(2) }] })).toEqual({ a: 7, b: [1, { c: 2 }] });
  });

  it("turns temporal values into their ISO strings", () => {
    expect(toPlain({ on: new neo4j.types.Date(2024, 3, 9) })).toEqual({ on: "2024-03-09" });
  });

  it("turns nodes and relationships into their properties, converted too", () => {
    const node = new neo4j.types.Node(neo4j.int(1), ["Official"], { id: "official:x", born: neo4j.int(1970) }, "4:x:1");
    const rel = new neo4j.types.Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), "HOLDS_POSITION", { term: neo4j.int(2) }, "5:x:2", "4:x:1", "4:x:3");
    expect(toPlain([node, rel])).toEqual([{ id: "official:x", born: 1970 }, { term: 2 }]);
    // The node itself keeps its driver values: only the copy of its properties is converted.
    expect(neo4j.isInt(node.properties.born)).toBe(true);
  });

  it("makes missing values null, in lists and maps alike", () => {
    expect(toPlain({ a: undefined, b: [undefined, null, 1] })).toEqual({ a: null, b: [null, null, 1] });
    expect(toPlain(undefined)).toBeNull();
  });

  it("leaves primitives as they are", () => {
    expect(toPlain("x")).toBe("x");
    expect(toPlain(3)).toBe(3);
    expect(toPlain(false)).toBe(false);
  });
});
