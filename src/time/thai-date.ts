import { formatValue, daysInMonth } from "./calendar.js";
import type { DateValue } from "./partial-date.js";

/**
 * Reads dates as Thai news writes them: Thai digits (๐-๙), Thai month names
 * or their abbreviations, and Buddhist-era years (BE = CE + 543). The article's
 * own wording is kept elsewhere; this only yields the Gregorian value.
 */

const BE_OFFSET = 543;
/** Bare years this large can only be BE: CE 2400 is centuries away, BE 2400 was 1857. */
const BARE_BE_FROM = 2400;

/** Full name and abbreviation for each month, January first. */
const MONTHS: readonly (readonly [string, string])[] = [
  ["มกราคม", "ม.ค."],
  ["กุมภาพันธ์", "ก.พ."],
  ["มีนาคม", "มี.ค."],
  ["เมษายน", "เม.ย."],
  ["พฤษภาคม", "พ.ค."],
  ["มิถุนายน", "มิ.ย."],
  ["กรกฎาคม", "ก.ค."],
  ["สิงหาคม", "ส.ค."],
  ["กันยายน", "ก.ย."],
  ["ตุลาคม", "ต.ค."],
  ["พฤศจิกายน", "พ.ย."],
  ["ธันวาคม", "ธ.ค."],
];

const MONTH_INDEX = new Map<string, number>();
MONTHS.forEach(([full, abbr], i) => {
  MONTH_INDEX.set(full, i + 1);
  // The closing dot of an abbreviation is often dropped ("พ.ค").
  MONTH_INDEX.set(abbr, i + 1);
  MONTH_INDEX.set(abbr.slice(0, -1), i + 1);
});

const escape = (s: string) => s.replace(/[.]/g, "\\.");
// Longest first, so "มี.ค." is not read as a prefix match of something shorter.
const MONTH_RE = [...MONTH_INDEX.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|");
const ERA_RE = "(พ\\.ศ\\.?|ค\\.ศ\\.?)";
const WEEKDAY_RE = "(?:อาทิตย์|จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์)";
/** "วันที่", or "วันพฤหัสบดีที่" as datelines often put the weekday first. */
const DAY_PREFIX_RE = `(?:วัน${WEEKDAY_RE}?\\s*ที่\\s*)?`;

const DAY_MONTH_YEAR = new RegExp(`^${DAY_PREFIX_RE}(\\d{1,2})\\s*(${MONTH_RE})(?:\\s*(?:${ERA_RE}\\s*)?(\\d{4}))?$`);
const MONTH_YEAR = new RegExp(`^(?:(?:ใน)?เดือน\\s*)?(${MONTH_RE})\\s*(?:${ERA_RE}\\s*)?(\\d{4})$`);
const YEAR = new RegExp(`^(?:(?:ใน)?ปี\\s*)?(?:${ERA_RE}\\s*)?(\\d{4})$`);

/** Thai digits are their own code points (U+0E50-U+0E59), so `Number` cannot read them. */
export function thaiDigitsToArabic(s: string): string {
  return s.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/**
 * Returns the Gregorian value of a Thai date phrase, or undefined when the
 * whole phrase is not one. A day with no year takes `context.year` (CE), since
 * datelines often omit it; without one it is unreadable rather than guessed.
 */
export function parseThaiDate(text: string, context?: { year?: number }): DateValue | undefined {
  const s = thaiDigitsToArabic(text).replace(/\s+/g, " ").trim();

  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) {
    const [, day, month, era, year] = dmy;
    const ce = year === undefined ? context?.year : toCE(Number(year), era);
    return build(ce, month, Number(day));
  }
  const my = MONTH_YEAR.exec(s);
  if (my) {
    const [, month, era, year] = my;
    return build(toCE(Number(year), era), month);
  }
  const y = YEAR.exec(s);
  if (y) {
    const [, era, year] = y;
    return build(toCE(Number(year), era));
  }
  return undefined;
}

/** "ค.ศ." marks a CE year as is; "พ.ศ." or a bare year from 2400 up is BE. */
function toCE(year: number, era: string | undefined): number {
  if (era?.startsWith("ค")) return year;
  if (era?.startsWith("พ") || year >= BARE_BE_FROM) return year - BE_OFFSET;
  return year;
}

function build(year: number | undefined, monthName?: string, day?: number): DateValue | undefined {
  if (year === undefined || !Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  if (monthName === undefined) return { value: formatValue(year), precision: "YEAR" };
  const month = MONTH_INDEX.get(monthName);
  if (month === undefined) return undefined;
  if (day === undefined) return { value: formatValue(year, month), precision: "MONTH" };
  // Leap years are judged on the CE year: BE 2567 (= 2024) is not divisible by 4.
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { value: formatValue(year, month, day), precision: "DAY" };
}
