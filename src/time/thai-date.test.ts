import { describe, expect, it } from "vitest";
import { parseThaiDate, thaiDigitsToArabic } from "./thai-date.js";

describe("thaiDigitsToArabic", () => {
  it("maps every Thai digit and leaves other text alone", () => {
    expect(thaiDigitsToArabic("๐๑๒๓๔๕๖๗๘๙")).toBe("0123456789");
    expect(thaiDigitsToArabic("วันที่ ๙ พฤษภาคม ๒๕๖๗")).toBe("วันที่ 9 พฤษภาคม 2567");
    expect(thaiDigitsToArabic("May 9")).toBe("May 9");
  });
});

describe("parseThaiDate", () => {
  it("reads a day with a BE year", () => {
    expect(parseThaiDate("๙ พฤษภาคม ๒๕๖๗")).toEqual({ value: "2024-05-09", precision: "DAY" });
  });

  it("accepts a leading วันที่ and a weekday dateline", () => {
    expect(parseThaiDate("วันที่ ๙ พฤษภาคม ๒๕๖๗")).toEqual({ value: "2024-05-09", precision: "DAY" });
    expect(parseThaiDate("วันพฤหัสบดีที่ ๙ พฤษภาคม ๒๕๖๗")?.value).toBe("2024-05-09");
  });

  it("reads Arabic digits too", () => {
    expect(parseThaiDate("9 พฤษภาคม 2567")).toEqual({ value: "2024-05-09", precision: "DAY" });
  });

  it("reads a month and year at MONTH precision", () => {
    expect(parseThaiDate("พฤษภาคม ๒๕๖๗")).toEqual({ value: "2024-05", precision: "MONTH" });
    expect(parseThaiDate("เดือนพฤษภาคม ๒๕๖๗")).toEqual({ value: "2024-05", precision: "MONTH" });
  });

  it("reads a year alone at YEAR precision", () => {
    expect(parseThaiDate("ปี ๒๕๖๘")).toEqual({ value: "2025", precision: "YEAR" });
    expect(parseThaiDate("๒๕๖๘")).toEqual({ value: "2025", precision: "YEAR" });
    expect(parseThaiDate("ในปี ๒๕๖๘")).toEqual({ value: "2025", precision: "YEAR" });
  });

  it("keeps a ค.ศ. year as CE and converts a พ.ศ. year", () => {
    expect(parseThaiDate("ค.ศ. ๒๐๒๕")).toEqual({ value: "2025", precision: "YEAR" });
    expect(parseThaiDate("พ.ศ. ๒๕๖๘")).toEqual({ value: "2025", precision: "YEAR" });
    expect(parseThaiDate("ปี พ.ศ. 2568")?.value).toBe("2025");
    expect(parseThaiDate("๙ พฤษภาคม พ.ศ. ๒๕๖๗")?.value).toBe("2024-05-09");
    expect(parseThaiDate("๙ พฤษภาคม ค.ศ. ๒๐๒๔")?.value).toBe("2024-05-09");
  });

  it("treats a bare year below 2400 as CE", () => {
    expect(parseThaiDate("๒๐๒๕")?.value).toBe("2025");
    expect(parseThaiDate("๒๔๐๐")?.value).toBe("1857");
  });

  it("knows every full and abbreviated month name", () => {
    const full = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];
    const abbr = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
    full.forEach((name, i) => {
      const mm = String(i + 1).padStart(2, "0");
      expect(parseThaiDate(`1 ${name} 2567`)?.value, name).toBe(`2024-${mm}-01`);
      expect(parseThaiDate(`1 ${abbr[i]} 2567`)?.value, abbr[i]).toBe(`2024-${mm}-01`);
    });
  });

  it("tolerates missing spaces and a dropped final dot", () => {
    expect(parseThaiDate("๙พ.ค.๒๕๖๗")?.value).toBe("2024-05-09");
    expect(parseThaiDate("๙ พ.ค ๒๕๖๗")?.value).toBe("2024-05-09");
  });

  it("judges leap days on the CE year", () => {
    // BE 2567 is not divisible by 4, but CE 2024 is a leap year.
    expect(parseThaiDate("๒๙ กุมภาพันธ์ ๒๕๖๗")?.value).toBe("2024-02-29");
    expect(parseThaiDate("๒๙ กุมภาพันธ์ ๒๕๖๖")).toBeUndefined();
  });

  it("rejects impossible days", () => {
    expect(parseThaiDate("๓๐ กุมภาพันธ์ ๒๕๖๗")).toBeUndefined();
    expect(parseThaiDate("๓๑ เมษายน ๒๕๖๗")).toBeUndefined();
    expect(parseThaiDate("๐ มกราคม ๒๕๖๗")).toBeUndefined();
  });

  it("takes a missing year from context, else gives up", () => {
    expect(parseThaiDate("๙ พฤษภาคม", { year: 2024 })?.value).toBe("2024-05-09");
    expect(parseThaiDate("๙ พฤษภาคม")).toBeUndefined();
    expect(parseThaiDate("๙ พฤษภาคม พ.ศ.", { year: 2024 })).toBeUndefined();
  });

  it("returns undefined for text that is not a Thai date", () => {
    expect(parseThaiDate("ที่ประชุมอาเซียน")).toBeUndefined();
    expect(parseThaiDate("May 9, 2024")).toBeUndefined();
    expect(parseThaiDate("๙ พฤษภาคม ๒๕๖๗ ที่กรุงเทพฯ")).toBeUndefined();
    expect(parseThaiDate("")).toBeUndefined();
  });
});
