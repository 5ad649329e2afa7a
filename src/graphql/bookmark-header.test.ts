import { describe, expect, it } from "vitest";
import { readBookmarks } from "./bookmark-header.js";

describe("readBookmarks", () => {
  it("reads none, one or several bookmarks", () => {
    expect(readBookmarks(undefined)).toEqual([]);
    expect(readBookmarks("FB:kcwQabc+/=")).toEqual(["FB:kcwQabc+/="]);
    expect(readBookmarks("FB:a, FB:b")).toEqual(["FB:a", "FB:b"]);
  });

  it("refuses what no write returned: spaces, quotes, too many, too long", () => {
    for (const bad of ["FB a", "'; DROP", "x".repeat(600), Array.from({ length: 17 }, (_, i) => `FB:${i}`).join(",")]) {
      expect(() => readBookmarks(bad)).toThrow(/x-diplograph-bookmark/);
    }
  });
});
