import { describe, expect, it } from "vitest";
import { khmerDigitsToArabic, parseKhmerDate, parseKhmerRange } from "./khmer-date.js";

describe("khmerDigitsToArabic", () => {
  it("maps every Khmer digit and leaves other text alone", () => {
    expect(khmerDigitsToArabic("០១២៣៤៥៦៧៨៩")).toBe("0123456789");
    expect(khmerDigitsToArabic("ថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៤")).toBe("ថ្ងៃទី20 ខែវិច្ឆិកា ឆ្នាំ2024");
    expect(khmerDigitsToArabic("May 9")).toBe("May 9");
  });
});

describe("parseKhmerDate", () => {
  it("reads a day with the words for day, month and year", () => {
    expect(parseKhmerDate("ថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៤")).toEqual({ value: "2024-11-20", precision: "DAY" });
    expect(parseKhmerDate("ថ្ងៃទី ២០ ខែ វិច្ឆិកា ឆ្នាំ ២០២៤")?.value).toBe("2024-11-20");
    expect(parseKhmerDate("នៅថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៤")?.value).toBe("2024-11-20");
  });

  it("reads bare forms, Arabic digits and a weekday dateline", () => {
    expect(parseKhmerDate("២០ វិច្ឆិកា ២០២៤")?.value).toBe("2024-11-20");
    expect(parseKhmerDate("20 វិច្ឆិកា 2024")?.value).toBe("2024-11-20");
    expect(parseKhmerDate("ថ្ងៃព្រហស្បតិ៍ ទី២១ ខែវិច្ឆិកា ឆ្នាំ២០២៤")?.value).toBe("2024-11-21");
    expect(parseKhmerDate("ថ្ងៃពុធ ទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៤")?.value).toBe("2024-11-20");
  });

  it("ignores zero-width spaces and a closing full stop", () => {
    expect(parseKhmerDate("ថ្ងៃទី\u200B២០\u200Bខែ\u200Bវិច្ឆិកា\u200Bឆ្នាំ\u200B២០២៤។")?.value).toBe("2024-11-20");
  });

  it("reads a numbered month after ខែ", () => {
    expect(parseKhmerDate("ថ្ងៃទី២០ ខែ១១ ឆ្នាំ២០២៤")?.value).toBe("2024-11-20");
    expect(parseKhmerDate("ថ្ងៃទី២០ ខែ១៣ ឆ្នាំ២០២៤")).toBeUndefined();
  });

  it("reads month and year at MONTH precision and a year alone at YEAR precision", () => {
    expect(parseKhmerDate("ខែមិថុនា ឆ្នាំ២០២១")).toEqual({ value: "2021-06", precision: "MONTH" });
    expect(parseKhmerDate("ក្នុងខែមិថុនា ឆ្នាំ២០២១")?.value).toBe("2021-06");
    expect(parseKhmerDate("ឆ្នាំ២០២៣")).toEqual({ value: "2023", precision: "YEAR" });
    expect(parseKhmerDate("ក្នុងឆ្នាំ២០២៣")?.value).toBe("2023");
    expect(parseKhmerDate("គ.ស. ២០២៥")?.value).toBe("2025");
  });

  it("knows every month by its standard name and common spellings", () => {
    const names = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"];
    names.forEach((name, i) => {
      const mm = String(i + 1).padStart(2, "0");
      expect(parseKhmerDate(`ថ្ងៃទី១ ខែ${name} ឆ្នាំ២០២៤`)?.value, name).toBe(`2024-${mm}-01`);
    });
    expect(parseKhmerDate("ថ្ងៃទី១ ខែកុម្ភះ ឆ្នាំ២០២៤")?.value).toBe("2024-02-01");
    expect(parseKhmerDate("ថ្ងៃទី១ ខែកក្តដា ឆ្នាំ២០២៤")?.value).toBe("2024-07-01");
    expect(parseKhmerDate("ថ្ងៃទី១ ខែវិច្ចិកា ឆ្នាំ២០២៤")?.value).toBe("2024-11-01");
  });

  it("converts a Cambodian Buddhist-era year by the side of Visak Bochea the day falls on", () => {
    // BE 2568 began the day after Visak Bochea 2024 (22 May 2024).
    expect(parseKhmerDate("ថ្ងៃទី២០ ខែវិច្ឆិកា ព.ស. ២៥៦៨")?.value).toBe("2024-11-20");
    expect(parseKhmerDate("ថ្ងៃទី១០ ខែមករា ព.ស. ២៥៦៨")?.value).toBe("2025-01-10");
    expect(parseKhmerDate("ថ្ងៃទី២០ ខែវិច្ឆិកា ពុទ្ធសករាជ ២៥៦៨")?.value).toBe("2024-11-20");
    expect(parseKhmerDate("ខែធ្នូ ព.ស.២៥៦៨")?.value).toBe("2024-12");
  });

  it("reads a Buddhist-era year alone as the CE year it begins in, and a bare year from 2400 as BE", () => {
    expect(parseKhmerDate("ព.ស. ២៥៦៨")).toEqual({ value: "2024", precision: "YEAR" });
    expect(parseKhmerDate("ឆ្នាំ២៥៦៨")?.value).toBe("2024");
    expect(parseKhmerDate("២០២៤")?.value).toBe("2024");
  });

  it("refuses a Buddhist-era day in the weeks around Visak Bochea rather than guess its CE year", () => {
    expect(parseKhmerDate("ថ្ងៃទី១០ ខែឧសភា ព.ស. ២៥៦៨")).toBeUndefined();
    expect(parseKhmerDate("ខែមេសា ព.ស. ២៥៦៨")).toBeUndefined();
    expect(parseKhmerDate("ថ្ងៃទី១០ ខែឧសភា គ.ស. ២០២៤")?.value).toBe("2024-05-10");
  });

  it("judges leap days on the CE year and rejects impossible days", () => {
    expect(parseKhmerDate("ថ្ងៃទី២៩ ខែកុម្ភៈ ឆ្នាំ២០២៤")?.value).toBe("2024-02-29");
    expect(parseKhmerDate("ថ្ងៃទី២៩ ខែកុម្ភៈ ឆ្នាំ២០២៣")).toBeUndefined();
    expect(parseKhmerDate("ថ្ងៃទី៣១ ខែមេសា ឆ្នាំ២០២៤")).toBeUndefined();
    expect(parseKhmerDate("ថ្ងៃទី០ ខែមករា ឆ្នាំ២០២៤")).toBeUndefined();
  });

  it("takes a missing year from context, else gives up", () => {
    expect(parseKhmerDate("ថ្ងៃទី២០ ខែវិច្ឆិកា", { year: 2024 })?.value).toBe("2024-11-20");
    expect(parseKhmerDate("ថ្ងៃទី២០ ខែវិច្ឆិកា")).toBeUndefined();
    expect(parseKhmerDate("ថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ", { year: 2024 })).toBeUndefined();
  });

  it("returns undefined for text that is not a Khmer solar date", () => {
    expect(parseKhmerDate("កិច្ចប្រជុំអាស៊ាន")).toBeUndefined();
    expect(parseKhmerDate("ថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៤ នៅភ្នំពេញ")).toBeUndefined();
    // A lunar date names a lunar month and a waxing day, which this reader does not convert.
    expect(parseKhmerDate("ថ្ងៃច័ន្ទ ៥កើត ខែមិគសិរ")).toBeUndefined();
    expect(parseKhmerDate("May 9, 2024")).toBeUndefined();
    expect(parseKhmerDate("ថ្ងៃទី២០")).toBeUndefined();
    expect(parseKhmerDate("")).toBeUndefined();
  });
});

describe("parseKhmerRange", () => {
  it("reads a range of years with from … to", () => {
    expect(parseKhmerRange("ពីឆ្នាំ២០១៦ ដល់ឆ្នាំ២០២៣")).toEqual({
      start: { value: "2016", precision: "YEAR" },
      end: { value: "2023", precision: "YEAR" },
    });
    expect(parseKhmerRange("ចាប់ពីឆ្នាំ២០១៦ រហូតដល់ឆ្នាំ២០២៣")?.end.value).toBe("2023");
    expect(parseKhmerRange("២០១៦-២០២៣")?.start.value).toBe("2016");
  });

  it("lends the month and year stated once to both sides", () => {
    expect(parseKhmerRange("ថ្ងៃទី៧-៨ ខែកុម្ភៈ ឆ្នាំ២០២៥")).toEqual({
      start: { value: "2025-02-07", precision: "DAY" },
      end: { value: "2025-02-08", precision: "DAY" },
    });
    expect(parseKhmerRange("ថ្ងៃទី៧ និង៨ ខែកុម្ភៈ ឆ្នាំ២០២៥")?.end.value).toBe("2025-02-08");
    expect(parseKhmerRange("ពីថ្ងៃទី២៩ ខែតុលា ដល់ថ្ងៃទី១ ខែវិច្ឆិកា ឆ្នាំ២០២៤")).toEqual({
      start: { value: "2024-10-29", precision: "DAY" },
      end: { value: "2024-11-01", precision: "DAY" },
    });
  });

  it("puts a start with a borrowed year in the year before when it would otherwise follow the end", () => {
    expect(parseKhmerRange("ពីថ្ងៃទី៣០ ខែធ្នូ ដល់ថ្ងៃទី២ ខែមករា ឆ្នាំ២០២៥")?.start.value).toBe("2024-12-30");
  });

  it("rejects a range that ends before it starts or whose sides are not dates", () => {
    expect(parseKhmerRange("ពីឆ្នាំ២០២៣ ដល់ឆ្នាំ២០១៦")).toBeUndefined();
    expect(parseKhmerRange("ពីភ្នំពេញ ដល់បាងកក")).toBeUndefined();
    expect(parseKhmerRange("ឆ្នាំ២០២៣")).toBeUndefined();
  });
});
