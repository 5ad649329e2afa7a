import { describe, expect, it } from "vitest";
import { inKeyOrder } from "./in-key-order.js";

describe("inKeyOrder", () => {
  it("returns one value per key, in key order, whatever order rows arrive in", () => {
    const rows = [
      { id: "b", v: 2 },
      { id: "a", v: 1 },
    ];
    expect(
      inKeyOrder(
        ["a", "b", "a"],
        rows,
        (r) => r.id,
        (r) => r.v,
        () => null,
      ),
    ).toEqual([1, 2, 1]);
  });

  it("fills a missing key with the fallback", () => {
    expect(
      inKeyOrder<string, { id: string; v: number }, number | string>(
        ["x", "a"],
        [{ id: "a", v: 1 }],
        (r) => r.id,
        (r) => r.v,
        (k) => `missing ${k}`,
      ),
    ).toEqual(["missing x", 1]);
  });
});
