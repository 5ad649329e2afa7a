import { describe, expect, it } from "vitest";
import { readStatedDate } from "./stated-date.js";

describe("readStatedDate", () => {
  it("reads Thai dates for lang th", () => {
    expect(readStatedDate("วันที่ ๙ พฤษภาคม ๒๕๖๗", "th")).toEqual({ value: "2024-05-09", precision: "DAY" });
    expect(readStatedDate("ปี ๒๕๖๘", "th-TH")).toEqual({ value: "2025", precision: "YEAR" });
  });

  it("converts a bare BE year in a Thai article but not in an English one", () => {
    expect(readStatedDate("2567", "th")?.value).toBe("2024");
    expect(readStatedDate("2567", "en")?.value).toBe("2567");
  });

  it("reads Thai script whatever the language tag says", () => {
    expect(readStatedDate("๙ พฤษภาคม ๒๕๖๗", "en")?.value).toBe("2024-05-09");
  });

  it("reads English dates, passing the context year on", () => {
    expect(readStatedDate("January 29, 2024", "en")).toEqual({ value: "2024-01-29", precision: "DAY" });
    expect(readStatedDate("February 7", "en", { year: 2024 })?.value).toBe("2024-02-07");
    expect(readStatedDate("๙ พฤษภาคม", "th", { year: 2024 })?.value).toBe("2024-05-09");
  });

  it("falls back to English inside a Thai article", () => {
    expect(readStatedDate("May 13, 2024", "th")?.value).toBe("2024-05-13");
  });

  it("accepts an ISO value as stated text", () => {
    expect(readStatedDate("2024-05", "th")).toEqual({ value: "2024-05", precision: "MONTH" });
    expect(readStatedDate("2023-02-29", "en")).toBeUndefined();
  });

  it("returns undefined when unreadable", () => {
    expect(readStatedDate("last week", "en")).toBeUndefined();
    expect(readStatedDate("เมื่อเร็ว ๆ นี้", "th")).toBeUndefined();
    expect(readStatedDate("", "en")).toBeUndefined();
  });
});

describe("readStatedDate in Khmer", () => {
  it("reads Khmer dates for lang km", () => {
    expect(readStatedDate("ថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៤", "km")).toEqual({ value: "2024-11-20", precision: "DAY" });
    expect(readStatedDate("ខែមិថុនា ឆ្នាំ២០២១", "km-KH")).toEqual({ value: "2021-06", precision: "MONTH" });
  });

  it("reads Khmer script whatever the language tag says", () => {
    expect(readStatedDate("ថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៤", "en")?.value).toBe("2024-11-20");
    expect(readStatedDate("ថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៤", "th")?.value).toBe("2024-11-20");
  });

  it("converts a bare Buddhist-era year in a Khmer article by the Cambodian reckoning", () => {
    expect(readStatedDate("2568", "km")?.value).toBe("2024");
    expect(readStatedDate("2568", "th")?.value).toBe("2025");
  });

  it("passes the context year on and falls back to English inside a Khmer article", () => {
    expect(readStatedDate("ថ្ងៃទី២០ ខែវិច្ឆិកា", "km", { year: 2024 })?.value).toBe("2024-11-20");
    expect(readStatedDate("November 20, 2024", "km")?.value).toBe("2024-11-20");
  });
});
