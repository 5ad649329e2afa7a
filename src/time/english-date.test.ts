import { describe, expect, it } from "vitest";
import { parseEnglishDate, parseEnglishRange } from "./english-date.js";

const day = (value: string) => ({ value, precision: "DAY" });

describe("parseEnglishDate", () => {
  it("reads month-day-year and day-month-year", () => {
    expect(parseEnglishDate("January 29, 2024")).toEqual(day("2024-01-29"));
    expect(parseEnglishDate("29 January 2024")).toEqual(day("2024-01-29"));
    expect(parseEnglishDate("Monday, January 29, 2024")).toEqual(day("2024-01-29"));
    expect(parseEnglishDate("29th of January, 2024")).toEqual(day("2024-01-29"));
  });

  it("reads abbreviated months with or without a dot, in any case", () => {
    expect(parseEnglishDate("Jan. 29", { year: 2024 })).toEqual(day("2024-01-29"));
    expect(parseEnglishDate("jan 29 2024")).toEqual(day("2024-01-29"));
    expect(parseEnglishDate("Sept. 3, 2024")).toEqual(day("2024-09-03"));
    expect(parseEnglishDate("MAY 13, 2024")).toEqual(day("2024-05-13"));
  });

  it("needs a context year for a yearless day", () => {
    expect(parseEnglishDate("February 7", { year: 2024 })).toEqual(day("2024-02-07"));
    expect(parseEnglishDate("February 7")).toBeUndefined();
    expect(parseEnglishDate("Jan. 29")).toBeUndefined();
  });

  it("prefers the stated year over the context year", () => {
    expect(parseEnglishDate("January 29, 2023", { year: 2024 })?.value).toBe("2023-01-29");
  });

  it("reads month and year at MONTH precision", () => {
    expect(parseEnglishDate("August 2023")).toEqual({ value: "2023-08", precision: "MONTH" });
    expect(parseEnglishDate("in Aug. 2023")).toEqual({ value: "2023-08", precision: "MONTH" });
  });

  it("reads a year, with or without 'in'", () => {
    expect(parseEnglishDate("2024")).toEqual({ value: "2024", precision: "YEAR" });
    expect(parseEnglishDate("in 2021")).toEqual({ value: "2021", precision: "YEAR" });
  });

  it("tolerates trailing punctuation and extra spaces", () => {
    expect(parseEnglishDate("  January  29,  2024. ")).toEqual(day("2024-01-29"));
    expect(parseEnglishDate("on May 13, 2024,")).toEqual(day("2024-05-13"));
  });

  it("rejects impossible days", () => {
    expect(parseEnglishDate("February 29, 2023")).toBeUndefined();
    expect(parseEnglishDate("February 29, 2024")).toEqual(day("2024-02-29"));
    expect(parseEnglishDate("April 31, 2024")).toBeUndefined();
    expect(parseEnglishDate("January 0, 2024")).toBeUndefined();
  });

  it("returns undefined for what is not a date", () => {
    for (const t of ["", "yesterday", "May", "next January", "January 29, 2024 in Jakarta", "24", "Janu 29, 2024"]) {
      expect(parseEnglishDate(t, { year: 2024 }), t).toBeUndefined();
    }
  });
});

describe("parseEnglishRange", () => {
  it("applies the final year to both sides", () => {
    expect(parseEnglishRange("October 29 to November 1, 2024")).toEqual({ start: day("2024-10-29"), end: day("2024-11-01") });
  });

  it("shares one month across a day range", () => {
    expect(parseEnglishRange("February 7-8", { year: 2024 })).toEqual({ start: day("2024-02-07"), end: day("2024-02-08") });
    expect(parseEnglishRange("February 7–8, 2025")).toEqual({ start: day("2025-02-07"), end: day("2025-02-08") });
    expect(parseEnglishRange("7-8 February 2024")).toEqual({ start: day("2024-02-07"), end: day("2024-02-08") });
  });

  it("needs a year from the text or the context", () => {
    expect(parseEnglishRange("February 7-8")).toBeUndefined();
  });

  it("reads month ranges and 'from … to' / 'between … and'", () => {
    expect(parseEnglishRange("January to March 2024")).toEqual({
      start: { value: "2024-01", precision: "MONTH" },
      end: { value: "2024-03", precision: "MONTH" },
    });
    expect(parseEnglishRange("from May 13 until May 15, 2024")?.end).toEqual(day("2024-05-15"));
    expect(parseEnglishRange("between 2021 and 2023")).toEqual({
      start: { value: "2021", precision: "YEAR" },
      end: { value: "2023", precision: "YEAR" },
    });
  });

  it("puts a borrowed-year start in the year before when the range crosses New Year", () => {
    expect(parseEnglishRange("December 30 to January 2, 2025")).toEqual({ start: day("2024-12-30"), end: day("2025-01-02") });
  });

  it("keeps explicit years on both sides", () => {
    expect(parseEnglishRange("December 30, 2023 to January 2, 2024")).toEqual({ start: day("2023-12-30"), end: day("2024-01-02") });
  });

  it("rejects backwards ranges with stated years, impossible days, and non-ranges", () => {
    expect(parseEnglishRange("2024 to 2021")).toBeUndefined();
    expect(parseEnglishRange("February 28-30, 2024")).toBeUndefined();
    expect(parseEnglishRange("January 29, 2024")).toBeUndefined();
    expect(parseEnglishRange("7-8", { year: 2024 })).toBeUndefined();
    expect(parseEnglishRange("January and March 2024")).toBeUndefined();
  });
});
