import { describe, expect, it } from "vitest";
import { type MeasuredRow, targetLines } from "./targets.js";

const row = (over: Partial<MeasuredRow>): MeasuredRow => ({
  question: "P1",
  concurrency: 10,
  depth: 0,
  throughputOverPeer: 2,
  p50OverLimit: 1,
  hitsOverLimit: 1,
  statements: 1,
  peakRssMb: 150,
  ...over,
});

describe("targetLines", () => {
  it("says a target is met on every row when it is", () => {
    const lines = targetLines([row({}), row({ concurrency: 50 })]);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe("- **throughput ≥ 1.5× @neo4j/graphql's:** met on 2 of 2.");
  });

  it("lists each miss with its figure, worst first", () => {
    const lines = targetLines([
      row({ question: "P2", throughputOverPeer: 0.9, p50OverLimit: 5 }),
      row({ question: "P3", throughputOverPeer: 0.5, p50OverLimit: 1.2 }),
      row({ question: "P4", throughputOverPeer: 1.6, p50OverLimit: 2 }),
    ]);
    expect(lines[0]).toBe("- **throughput ≥ 1.5× @neo4j/graphql's:** met on 1 of 3; missed on P3 c=10 0.50×, P2 c=10 0.90×.");
    expect(lines[1]).toBe("- **p50 ≤ 1.3× the hand-written statement's:** met on 1 of 3; missed on P2 c=10 5.00×, P4 c=10 2.00×.");
  });

  it("judges db hits and statements once per question, statements against the depth (at least one)", () => {
    const lines = targetLines([
      row({ question: "P1", depth: 0, statements: 1 }),
      row({ question: "P2", depth: 2, statements: 3, hitsOverLimit: 1.6 }),
      row({ question: "P2", concurrency: 50, depth: 2, statements: 3, hitsOverLimit: 1.6 }),
    ]);
    expect(lines[2]).toBe("- **db hits ≤ 1.5× the hand-written statement's:** met on 1 of 2; missed on P2 1.60×.");
    expect(lines[3]).toBe("- **statements ≤ the relationship depth (at least 1):** met on 1 of 2; missed on P2 1 more.");
  });

  it("judges peak memory on every row", () => {
    expect(targetLines([row({ peakRssMb: 300.4 })])[4]).toBe("- **peak RSS ≤ 250 MB:** met on 0 of 1; missed on P1 c=10 300 MB.");
  });
});
