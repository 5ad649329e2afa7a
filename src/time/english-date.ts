import { formatValue } from "./calendar.js";
import { DateInputError, parsePartialValue, type DateValue } from "./partial-date.js";

/**
 * Reads the date phrases English news uses ("January 29, 2024", "29 January
 * 2024", "Jan. 29", "August 2023", "in 2021") and ranges ("October 29 to
 * November 1, 2024", "February 7-8"). Articles often drop the year once it is
 * clear from the dateline, so a caller may pass it as `context.year`; without
 * it a yearless day is unreadable rather than guessed.
 */

export interface EnglishDateContext {
  year?: number;
}

export interface DateRange {
  start: DateValue;
  end: DateValue;
}

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "Sept." is the one common abbreviation that is not the first three letters. */
function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w === "sept") return 9;
  const i = MONTH_NAMES.findIndex((m) => m === w || (w.length === 3 && m.startsWith(w)));
  return i < 0 ? undefined : i + 1;
}

const MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(\\d{4})";
const WEEKDAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?";

const FORMS: readonly { re: RegExp; parts: readonly ("day" | "month" | "year")[] }[] = [
  { re: new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?$`, "i"), parts: ["month", "day", "year"] },
  { re: new RegExp(`^${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?(?:\\s+${YEAR})?$`, "i"), parts: ["day", "month", "year"] },
  { re: new RegExp(`^${MONTH},?\\s+${YEAR}$`, "i"), parts: ["month", "year"] },
  { re: new RegExp(`^${YEAR}$`), parts: ["year"] },
];
/** Forms that only make sense as one side of a range: "8, 2025" in "February 7-8, 2025", "January" in "January to March 2024". */
const RANGE_SIDE_FORMS: typeof FORMS = [
  { re: new RegExp(`^${DAY}(?:,?\\s+${YEAR})?$`, "i"), parts: ["day", "year"] },
  { re: new RegExp(`^${MONTH}$`, "i"), parts: ["month"] },
];

interface Parts {
  year?: number;
  month?: number;
  day?: number;
}

function normalise(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[,;]$/, "")
    .replace(/(\d)\.$/, "$1")
    .trim();
}

function readParts(text: string, forms: typeof FORMS): Parts | undefined {
  for (const { re, parts } of forms) {
    const m = re.exec(text);
    if (!m) continue;
    const out: Parts = {};
    parts.forEach((name, i) => {
      const raw = m[i + 1];
      if (raw === undefined) return;
      out[name] = name === "month" ? monthNumber(raw) : Number(raw);
    });
    return out;
  }
  return undefined;
}

/** Builds a checked value; a day or month without a year, or an impossible day, yields undefined. */
function build(p: Parts): DateValue | undefined {
  if (p.year === undefined) return undefined;
  if (p.day !== undefined && p.month === undefined) return undefined;
  try {
    const { value, precision } = parsePartialValue(formatValue(p.year, p.month, p.day));
    return { value, precision };
  } catch (e) {
    if (e instanceof DateInputError) return undefined;
    throw e;
  }
}

export function parseEnglishDate(text: string, context?: EnglishDateContext): DateValue | undefined {
  const s = normalise(text).replace(/^(?:in|on)\s+/i, "");
  const p = readParts(s, FORMS);
  if (!p) return undefined;
  return build({ ...p, year: p.year ?? context?.year });
}

const SEPARATOR = /\s*[-–—]\s*|\s+(?:to|until|till|through|thru)\s+|\s+and\s+/i;

/**
 * Reads "A to B" where parts missing from one side come from the other: the
 * year stated at the end applies to both sides, a month stated once applies to
 * both days ("February 7-8", "7-8 February"). When a borrowed year would put
 * the start after the end ("December 30 to January 2, 2025") the start is
 * taken to fall in the year before, the only reading that makes a range.
 */
export function parseEnglishRange(text: string, context?: EnglishDateContext): DateRange | undefined {
  let s = normalise(text);
  const between = /^between\s+/i.test(s);
  s = s.replace(/^(?:between|from)\s+/i, "");
  const sep = SEPARATOR.exec(s);
  if (!sep || (/^\s+and\s+$/i.test(sep[0]) && !between)) return undefined;
  const sides = [s.slice(0, sep.index), s.slice(sep.index + sep[0].length)].map((side) => readParts(side.trim(), [...FORMS, ...RANGE_SIDE_FORMS]));
  const [left, right] = sides;
  if (!left || !right) return undefined;

  if (left.day !== undefined && left.month === undefined) left.month = right.month;
  if (right.day !== undefined && right.month === undefined) right.month = left.month;
  const year = right.year ?? left.year ?? context?.year;
  const leftBorrowed = left.year === undefined;
  const rightBorrowed = right.year === undefined;
  left.year ??= year;
  right.year ??= year;

  let start = build(left);
  let end = build(right);
  if (start && end && start.value > end.value && left.year !== undefined && right.year !== undefined) {
    if (leftBorrowed) start = build({ ...left, year: left.year - 1 });
    else if (rightBorrowed) end = build({ ...right, year: right.year + 1 });
  }
  if (!start || !end || parsePartialValue(start.value).earliest > parsePartialValue(end.value).latest) return undefined;
  return { start, end };
}
