import { describe, expect, it } from "vitest";
import { daysInMonth, formatValue, isLeapYear } from "./calendar.js";

describe("isLeapYear", () => {
  it("follows the 4/100/400 rule", () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
  });
});

describe("daysInMonth", () => {
  it("gives February 29 days only in leap years", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
  });
  it("knows 30- and 31-day months", () => {
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });
  it("refuses months outside 1-12", () => {
    expect(() => daysInMonth(2024, 13)).toThrow(RangeError);
    expect(() => daysInMonth(2024, 0)).toThrow(RangeError);
  });
});

describe("formatValue", () => {
  it("zero-pads each piece", () => {
    expect(formatValue(2024)).toBe("2024");
    expect(formatValue(2024, 5)).toBe("2024-05");
    expect(formatValue(2024, 5, 9)).toBe("2024-05-09");
  });
});
