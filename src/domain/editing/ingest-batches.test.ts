import { describe, expect, it } from "vitest";
import { batchesOf } from "./ingest-annotation.js";

describe("batchesOf", () => {
  const limits = { articles: 3, facts: 10 };
  it("keeps the order and fills each batch up to the article limit", () => {
    expect(batchesOf([1, 1, 1, 1, 1, 1, 1], (n) => n, limits)).toEqual([[1, 1, 1], [1, 1, 1], [1]]);
  });
  it("starts a new batch before the facts would pass the limit", () => {
    expect(batchesOf([4, 4, 4, 2], (n) => n, limits)).toEqual([
      [4, 4],
      [4, 2],
    ]);
  });
  it("gives an article over the facts limit a batch of its own", () => {
    expect(batchesOf([1, 25, 1], (n) => n, limits)).toEqual([[1], [25], [1]]);
  });
  it("makes no batch of nothing", () => {
    expect(batchesOf([], (n: number) => n, limits)).toEqual([]);
  });
});
