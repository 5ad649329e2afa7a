import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import { decodeCursor, encodeCursor } from "./cursor.js";

describe("cursor", () => {
  it("round-trips the sort key and id", () => {
    const key = { sort: "kung phoak", id: "official:abcdefgh12" };
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
    expect(decodeCursor(encodeCursor({ sort: 17, id: "meeting:x1y2z3w4q5" }))).toEqual({ sort: 17, id: "meeting:x1y2z3w4q5" });
  });

  it("rejects a cursor it did not issue with BAD_USER_INPUT naming the argument", () => {
    const attempt = () => decodeCursor("not-a-cursor", "after");
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrowError(/"after" is not a cursor/);
    try {
      attempt();
    } catch (error) {
      expect((error as AppError).code).toBe("BAD_USER_INPUT");
    }
  });
});
