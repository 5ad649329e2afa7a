import { describe, expect, it } from "vitest";
import { BoundedCache } from "./bounded-cache.js";

describe("BoundedCache", () => {
  it("never holds more than its capacity, however many keys pass through it", () => {
    const cache = new BoundedCache<string, number>(3);
    for (let i = 0; i < 10_000; i += 1) cache.set(`k${i}`, i);
    expect(cache.size).toBe(3);
    expect(cache.get("k9999")).toBe(9999);
    expect(cache.get("k0")).toBeUndefined();
  });

  it("drops the least recently used entry, counting reads as use", () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1);
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
  });

  it("builds a missing value once and returns the kept one after", () => {
    const cache = new BoundedCache<string, { n: number }>(2);
    let built = 0;
    const make = () => ({ n: (built += 1) });
    const first = cache.getOrCreate("x", make);
    expect(cache.getOrCreate("x", make)).toBe(first);
    expect(built).toBe(1);
  });

  it("replacing a key keeps one entry for it", () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set("a", 1);
    cache.set("a", 2);
    cache.set("b", 3);
    expect(cache.size).toBe(2);
    expect(cache.get("a")).toBe(2);
  });

  it("refuses a capacity below one", () => {
    expect(() => new BoundedCache(0)).toThrow(/at least one/);
  });
});
