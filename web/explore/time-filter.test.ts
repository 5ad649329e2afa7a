import { describe, expect, it } from "vitest";
import { eventVisibility, factVisibility, yearExtent, yearRange } from "./time-filter.js";

const span = (certainStart: string | null, certainEnd: string | null, possibleStart: string | null, possibleEnd: string | null) => ({
  certainStart,
  certainEnd,
  possibleStart,
  possibleEnd,
});

describe("the time slider's rule", () => {
  it("hides a fact whose possible span ends before the range", () => {
    expect(factVisibility(span("2021-03-01", "2021-06-01", "2021-01-01", "2021-12-31"), yearRange(2022, 2024))).toBe("HIDDEN");
  });

  it("draws a fact CERTAIN when its certain span overlaps the range, POSSIBLE when only its possible span does", () => {
    // Appointed some time in August 2023, seen in office on 29 January 2024, end unknown.
    const tenure = span("2023-08-31", "2024-01-29", "2023-08-01", null);
    expect(factVisibility(tenure, yearRange(2024, 2024))).toBe("CERTAIN");
    expect(factVisibility(tenure, yearRange(2025, 2026))).toBe("POSSIBLE");
    expect(factVisibility(tenure, { from: "2023-08-10", to: "2023-08-20" })).toBe("POSSIBLE");
    expect(factVisibility(tenure, yearRange(2020, 2022))).toBe("HIDDEN");
  });

  it("keeps an undated fact as POSSIBLE in any range", () => {
    expect(factVisibility(span(null, null, null, null), yearRange(1990, 1991))).toBe("POSSIBLE");
  });

  it("takes a certain span with one bound as that day only", () => {
    expect(factVisibility(span("2022-02-07", null, "2022-02-07", null), yearRange(2023, 2024))).toBe("POSSIBLE");
    expect(factVisibility(span("2022-02-07", null, "2022-02-07", null), yearRange(2022, 2022))).toBe("CERTAIN");
  });

  it("makes a month-dated meeting CERTAIN only when the whole month is in range", () => {
    expect(eventVisibility("2022-02-01", "2022-02-28", yearRange(2022, 2022))).toBe("CERTAIN");
    expect(eventVisibility("2022-02-01", "2022-02-28", { from: "2022-02-15", to: "2022-12-31" })).toBe("POSSIBLE");
    expect(eventVisibility("2022-02-01", "2022-02-28", yearRange(2023, 2023))).toBe("HIDDEN");
    expect(eventVisibility(null, null, yearRange(2023, 2023))).toBe("POSSIBLE");
  });

  it("finds the years the data spans, ignoring missing and open bounds", () => {
    expect(yearExtent(["2023-08-01", null, "2019-05-09", "9999-12-31", undefined], [2000, 2001])).toEqual([2019, 2023]);
    expect(yearExtent([], [2000, 2001])).toEqual([2000, 2001]);
  });
});
