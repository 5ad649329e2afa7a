import { describe, expect, it } from "vitest";
import { findDates } from "./dates.js";

describe("findDates", () => {
  it("reads a yearless English range with the article's year", () => {
    const [d] = findDates("held from October 29 to November 1 in Hoi An", { year: 2024 });
    expect(d).toMatchObject({ text: "October 29 to November 1", start: { value: "2024-10-29" }, end: { value: "2024-11-01" } });
  });

  it("leaves a yearless day unread without the article's year", () => {
    expect(findDates("on Jan. 29 in Luang Prabang", {})).toEqual([]);
    expect(findDates("on Jan. 29 in Luang Prabang", { year: 2024 })[0]?.start.value).toBe("2024-01-29");
  });

  it("reads Thai digits and Buddhist-era years", () => {
    const [d] = findDates("เมื่อวันที่ ๙ พฤษภาคม ๒๕๖๗ นาย", {});
    expect(d).toMatchObject({ text: "๙ พฤษภาคม ๒๕๖๗", start: { value: "2024-05-09" } });
  });

  it("keeps offsets into the text", () => {
    const text = "The meeting on 7 March 2025 ended.";
    const [d] = findDates(text, {});
    expect(text.slice(d!.at.start, d!.at.end)).toBe(d!.text);
  });
});

describe("findDates in Khmer", () => {
  it("reads Khmer digits and month names through src/time", () => {
    const [d] = findDates("កាលពីថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៤ នៅ", {});
    expect(d?.start.value).toBe("2024-11-20");
  });
});
