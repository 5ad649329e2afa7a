import { describe, expect, it } from "vitest";
import { pageSize } from "./page-size.js";

const limits = { defaultPageSize: 20, maxPageSize: 100 };

describe("pageSize", () => {
  it("uses the default when none is asked for", () => {
    expect(pageSize(undefined, limits)).toBe(20);
    expect(pageSize(null, limits)).toBe(20);
  });
  it("accepts sizes up to the maximum", () => {
    expect(pageSize(100, limits)).toBe(100);
    expect(pageSize(0, limits)).toBe(0);
  });
  it("refuses a page over the maximum, naming the argument and the bound", () => {
    expect(() => pageSize(101, limits, "first")).toThrowError('"first" must be a whole number from 0 to 100; got 101.');
    expect(() => pageSize(-1, limits)).toThrowError(/got -1/);
  });
});
