import { describe, expect, it } from "vitest";
import { AppError } from "../../errors/app-error.js";
import { decodeCursor, encodeCursor } from "./cursor.js";

function codeOf(attempt: () => unknown): string | undefined {
  try {
    attempt();
  } catch (error) {
    return (error as AppError).code;
  }
  return undefined;
}

describe("cursor", () => {
  it("round-trips the scope, sort key and id", () => {
    const key = { scope: "officials:NAME_ASC", sort: "kung phoak", id: "official:abcdefgh12" };
    expect(decodeCursor(encodeCursor(key), "officials:NAME_ASC")).toEqual(key);
    const numeric = { scope: "meetings:DATE_DESC", sort: 17, id: "meeting:x1y2z3w4q5" };
    expect(decodeCursor(encodeCursor(numeric), "meetings:DATE_DESC")).toEqual(numeric);
    const unknownSort = { scope: "meetings:DATE_ASC", sort: null, id: "meeting:x1y2z3w4q5" };
    expect(decodeCursor(encodeCursor(unknownSort), "meetings:DATE_ASC")).toEqual(unknownSort);
  });

  it("rejects a cursor it did not issue with BAD_USER_INPUT naming the argument", () => {
    const attempt = () => decodeCursor("not-a-cursor", "officials:NAME_ASC", "after");
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrowError(/"after" is not a cursor/);
    expect(codeOf(attempt)).toBe("BAD_USER_INPUT");
    const wrongShape = Buffer.from(JSON.stringify(["officials:NAME_ASC", { a: 1 }, "x"])).toString("base64url");
    expect(() => decodeCursor(wrongShape, "officials:NAME_ASC")).toThrowError(/"after" is not a cursor/);
  });

  it("refuses a cursor from another list or order, naming both", () => {
    const cursor = encodeCursor({ scope: "officials:NAME_ASC", sort: "a", id: "official:abcdefgh12" });
    const otherOrder = () => decodeCursor(cursor, "officials:NAME_DESC");
    expect(otherOrder).toThrowError(/"after" is a cursor of officials in order NAME_ASC, not of officials in order NAME_DESC/);
    expect(codeOf(otherOrder)).toBe("BAD_USER_INPUT");
    expect(() => decodeCursor(cursor, "countries:NAME_ASC")).toThrowError(/not of countries in order NAME_ASC/);
  });
});
