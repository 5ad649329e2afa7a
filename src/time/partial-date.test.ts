import { describe, expect, it } from "vitest";
import { comparePartial, DateInputError, overlaps, parsePartialValue } from "./partial-date.js";

describe("parsePartialValue", () => {
  it("reads a day as a one-day span", () => {
    expect(parsePartialValue("2024-05-09")).toEqual({
      value: "2024-05-09",
      precision: "DAY",
      earliest: "2024-05-09",
      latest: "2024-05-09",
    });
  });

  it("keeps MONTH precision and spans the whole month", () => {
    expect(parsePartialValue("2024-05")).toEqual({
      value: "2024-05",
      precision: "MONTH",
      earliest: "2024-05-01",
      latest: "2024-05-31",
    });
    expect(parsePartialValue("2023-04").latest).toBe("2023-04-30");
  });

  it("ends February on the 29th in a leap year only", () => {
    expect(parsePartialValue("2024-02").latest).toBe("2024-02-29");
    expect(parsePartialValue("2023-02").latest).toBe("2023-02-28");
  });

  it("spans a whole year", () => {
    expect(parsePartialValue("2024")).toMatchObject({ precision: "YEAR", earliest: "2024-01-01", latest: "2024-12-31" });
  });

  it("accepts 2024-02-29 because 2024 is a leap year", () => {
    expect(parsePartialValue("2024-02-29").precision).toBe("DAY");
  });

  it("rejects 2023-02-29, month 13, day 0 and April 31", () => {
    for (const bad of ["2023-02-29", "2024-13", "2024-13-01", "2024-00", "2024-05-00", "2024-04-31"]) {
      expect(() => parsePartialValue(bad), bad).toThrow(DateInputError);
    }
  });

  it("rejects other shapes", () => {
    for (const bad of ["", "24", "2024-5", "2024-05-9", "2024/05/09", " 2024", "2024-05-09T00:00"]) {
      expect(() => parsePartialValue(bad), bad).toThrow(DateInputError);
    }
  });

  it("names the bad value and the expected forms", () => {
    expect(() => parsePartialValue("2023-02-29")).toThrow(/"2023-02-29".*YYYY, YYYY-MM or YYYY-MM-DD/);
    try {
      parsePartialValue("nope");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DateInputError);
      expect((e as DateInputError).value).toBe("nope");
      expect((e as Error).name).toBe("DateInputError");
    }
  });
});

describe("comparePartial", () => {
  const p = (v: string) => parsePartialValue(v);
  it("orders by earliest day", () => {
    expect(comparePartial(p("2023-12-31"), p("2024"))).toBeLessThan(0);
    expect(comparePartial(p("2024-06"), p("2024-05-09"))).toBeGreaterThan(0);
  });
  it("puts the more precise first when they start together", () => {
    const sorted = [p("2024"), p("2024-01"), p("2024-01-01")].sort(comparePartial).map((d) => d.value);
    expect(sorted).toEqual(["2024-01-01", "2024-01", "2024"]);
  });
  it("is zero for equal spans", () => {
    expect(comparePartial(p("2024-05"), p("2024-05"))).toBe(0);
  });
});

describe("overlaps", () => {
  const may = parsePartialValue("2024-05");
  it("is true when the spans share any day", () => {
    expect(overlaps(may, { from: "2024-05-31", to: "2024-07-01" })).toBe(true);
    expect(overlaps(may, { from: "2024-04-01", to: "2024-05-01" })).toBe(true);
    expect(overlaps(parsePartialValue("2024"), { from: "2024-03-01", to: "2024-03-31" })).toBe(true);
  });
  it("is false when the date lies wholly outside", () => {
    expect(overlaps(may, { from: "2024-06-01" })).toBe(false);
    expect(overlaps(may, { to: "2024-04-30" })).toBe(false);
  });
  it("treats a missing end as open", () => {
    expect(overlaps(may, {})).toBe(true);
    expect(overlaps(may, { from: "1900-01-01" })).toBe(true);
    expect(overlaps(may, { to: "2999-12-31" })).toBe(true);
  });
  it("reads partial range ends by their full span", () => {
    expect(overlaps(parsePartialValue("2024-12-31"), { to: "2024" })).toBe(true);
    expect(overlaps(parsePartialValue("2025-01-01"), { to: "2024" })).toBe(false);
    expect(overlaps(parsePartialValue("2023-12-31"), { from: "2024" })).toBe(false);
  });
  it("refuses a malformed range end", () => {
    expect(() => overlaps(may, { from: "2024-02-30" })).toThrow(DateInputError);
  });
});
