import { daysInMonth, formatValue } from "./calendar.js";
import type { DateRange } from "./english-date.js";
import { parsePartialValue, type DateValue } from "./partial-date.js";

/**
 * Reads dates as Khmer news writes them: Khmer digits (០-៩), the solar month
 * names (មករា … ធ្នូ, with their common spellings), the words for day, month
 * and year (ថ្ងៃទី ២០ ខែវិច្ឆិកា ឆ្នាំ២០២៤), a weekday dateline, and years of
 * the Christian (គ.ស.) or Buddhist (ព.ស.) era, and ranges ("ពីឆ្នាំ២០១៦
 * ដល់ឆ្នាំ២០២៣", "ថ្ងៃទី៧-៨ ខែកុម្ភៈ").
 *
 * Cambodia's Buddhist era is not Thailand's. Thailand renumbered its BE to
 * begin on 1 January, so Thai BE = CE + 543 all year. Cambodia's BE year turns
 * the day after Visak Bochea, the full moon of the lunar month Pisak, which
 * falls between late April and late May: BE 2568 began on 23 May 2024. So a
 * Cambodian BE year is CE + 544 from that day to the year's end and CE + 543
 * before it; everyday usage names a BE year by CE + 544, the CE year in which
 * it begins. This reader therefore converts a day before 15 April with 543, a
 * day from 1 June with 544, a BE year alone with 544, and refuses a BE date in
 * between, where only the lunar calendar could tell (the annotator then
 * states the Gregorian value). Lunar dates (៥កើត ខែមិគសិរ) are not read.
 */

const BE_OFFSET_BEFORE_VISAK = 543;
const BE_OFFSET_AFTER_VISAK = 544;
/** Bare years this large can only be BE, as in the Thai reader. */
const BARE_BE_FROM = 2400;
/** Earliest and latest days (month, day) Visak Bochea can fall on, with a margin. */
const VISAK_WINDOW_FROM = [4, 15] as const;
const VISAK_WINDOW_UNTIL = [5, 31] as const;

/** Each solar month's names, January first: the standard spelling, then spellings seen in print. */
const MONTHS: readonly (readonly string[])[] = [
  ["មករា"],
  ["កុម្ភៈ", "កុម្ភះ", "កុម្ភ:", "កុម្ភ"],
  ["មីនា"],
  ["មេសា"],
  ["ឧសភា"],
  ["មិថុនា"],
  ["កក្កដា", "កក្តដា"],
  ["សីហា"],
  ["កញ្ញា"],
  ["តុលា"],
  ["វិច្ឆិកា", "វិច្ចិកា"],
  ["ធ្នូ"],
];

const WEEKDAYS = ["ច័ន្ទ", "អង្គារ", "ពុធ", "ព្រហស្បតិ៍", "ព្រហស្បត្តិ៍", "សុក្រ", "សៅរ៍", "សៅរ", "អាទិត្យ"];

type Token = { kind: "num"; n: number; digits: number } | { kind: "monthName"; month: number } | { kind: "monthWord" } | { kind: "yearWord" } | { kind: "era"; era: "BE" | "CE" };

/** Words a date phrase may carry that say nothing about the date: "on", "in", "day", the ordinal "ទី", weekdays. */
const FILLERS = ["កាលពី", "ក្នុង", "នៅ", "នា", "ថ្ងៃ", "ទី", ...WEEKDAYS];

const LEXICON: readonly (readonly [string, Token | null])[] = [
  ...MONTHS.flatMap((names, i) => names.map((name) => [name, { kind: "monthName", month: i + 1 }] as const)),
  ["ខែ", { kind: "monthWord" }],
  ["ឆ្នាំ", { kind: "yearWord" }],
  ["ពុទ្ធសករាជ", { kind: "era", era: "BE" }],
  ["ព.ស.", { kind: "era", era: "BE" }],
  ["ព.ស", { kind: "era", era: "BE" }],
  ["គ្រិស្តសករាជ", { kind: "era", era: "CE" }],
  ["គ.ស.", { kind: "era", era: "CE" }],
  ["គ.ស", { kind: "era", era: "CE" }],
  ...FILLERS.map((word) => [word, null] as const),
];
// Longest first, so "កុម្ភៈ" is not cut short at "កុម្ភ" and "ថ្ងៃ" does not hide a longer word.
const ORDERED_LEXICON = [...LEXICON].sort((a, b) => b[0].length - a[0].length);

/** Khmer digits are their own code points (U+17E0-U+17E9), so `Number` cannot read them. */
export function khmerDigitsToArabic(s: string): string {
  return s.replace(/[\u17E0-\u17E9]/g, (d) => String(d.charCodeAt(0) - 0x17e0));
}

/**
 * One spelling for matching: composed code points, Arabic digits, no
 * zero-width spaces (Khmer text marks word breaks with them), single spaces,
 * and no closing Khmer full stop or comma.
 */
function normalise(text: string): string {
  return khmerDigitsToArabic(text.normalize("NFC"))
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[។៕,]$/u, "")
    .trim();
}

/** Splits a phrase into date tokens; any word the lexicon does not know makes it not a date. */
function tokenize(s: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  outer: while (i < s.length) {
    if (s[i] === " ") {
      i++;
      continue;
    }
    const digits = /^\d+/.exec(s.slice(i));
    if (digits) {
      out.push({ kind: "num", n: Number(digits[0]), digits: digits[0].length });
      i += digits[0].length;
      continue;
    }
    for (const [word, token] of ORDERED_LEXICON) {
      if (s.startsWith(word, i)) {
        if (token) out.push(token);
        i += word.length;
        continue outer;
      }
    }
    return undefined;
  }
  return out;
}

interface Parts {
  day?: number;
  month?: number;
  year?: number;
  era?: "BE" | "CE";
}

/**
 * Reads `[day] month [year]` or `year`; with `sides` also a bare day or a bare
 * month, which only make sense as one side of a range.
 */
function readParts(tokens: Token[], sides: boolean): Parts | undefined {
  const p: Parts = {};
  let i = 0;
  const at = (k: number) => tokens[k];
  const isMonthStart = (t: Token | undefined) => t?.kind === "monthName" || t?.kind === "monthWord";

  const first = at(0);
  if (first?.kind === "num" && first.digits <= 2 && (isMonthStart(at(1)) || (sides && tokens.length === 1))) {
    p.day = first.n;
    i = 1;
  }
  const m = at(i);
  if (m?.kind === "monthWord") {
    const name = at(i + 1);
    if (name?.kind === "monthName") p.month = name.month;
    else if (name?.kind === "num" && name.digits <= 2) p.month = name.n;
    else return undefined;
    i += 2;
  } else if (m?.kind === "monthName") {
    p.month = m.month;
    i += 1;
  }
  let yearWord = false;
  if (at(i)?.kind === "yearWord") {
    yearWord = true;
    i++;
  }
  const eraBefore = at(i);
  if (eraBefore?.kind === "era") {
    p.era = eraBefore.era;
    i++;
  }
  const y = at(i);
  if (y?.kind === "num" && y.digits === 4) {
    p.year = y.n;
    i++;
    const eraAfter = at(i);
    if (eraAfter?.kind === "era" && p.era === undefined) {
      p.era = eraAfter.era;
      i++;
    }
  } else if (yearWord || p.era !== undefined) {
    return undefined;
  }
  if (i !== tokens.length || i === 0) return undefined;
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) return undefined;
  if (!sides && p.year === undefined && p.month === undefined) return undefined;
  return p;
}

/** The CE year of a stated year, or undefined where a Cambodian BE year cannot be placed without the lunar calendar. */
function toCE(p: Parts): number | undefined {
  if (p.year === undefined) return undefined;
  const be = p.era === "BE" || (p.era === undefined && p.year >= BARE_BE_FROM);
  if (!be) return p.year;
  if (p.month === undefined) return p.year - BE_OFFSET_AFTER_VISAK;
  const key = p.month * 100 + (p.day ?? 0);
  const from = VISAK_WINDOW_FROM[0] * 100 + VISAK_WINDOW_FROM[1];
  const until = VISAK_WINDOW_UNTIL[0] * 100 + VISAK_WINDOW_UNTIL[1];
  // A month alone spans the window if any of its days does.
  const lastKey = p.day === undefined ? p.month * 100 + 31 : key;
  if (lastKey < from) return p.year - BE_OFFSET_BEFORE_VISAK;
  if (key > until) return p.year - BE_OFFSET_AFTER_VISAK;
  return undefined;
}

function build(year: number | undefined, month?: number, day?: number): DateValue | undefined {
  if (year === undefined || !Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  if (month === undefined) return day === undefined ? { value: formatValue(year), precision: "YEAR" } : undefined;
  if (day === undefined) return { value: formatValue(year, month), precision: "MONTH" };
  // Leap years are judged on the CE year, as for Thai dates.
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { value: formatValue(year, month, day), precision: "DAY" };
}

function value(p: Parts, context?: { year?: number }): DateValue | undefined {
  const year = p.year === undefined ? context?.year : toCE(p);
  return build(year, p.month, p.day);
}

/**
 * Returns the Gregorian value of a Khmer date phrase, or undefined when the
 * whole phrase is not one. A day with no year takes `context.year` (CE), since
 * datelines often omit it; without one it is unreadable rather than guessed.
 */
export function parseKhmerDate(text: string, context?: { year?: number }): DateValue | undefined {
  const tokens = tokenize(normalise(text));
  const p = tokens && readParts(tokens, false);
  return p ? value(p, context) : undefined;
}

/** "from", "starting from", "between" before a range. */
const RANGE_PREFIX = /^(?:ចាប់ពី|ចន្លោះពី|ចន្លោះ|ពី)\s*/u;
/** "until", "to", dashes; "and" only between two days or after "between". */
const SEPARATORS = [/\s*រហូតដល់\s*/gu, /\s*ដល់\s*/gu, /\s*ទៅ\s*/gu, /\s*[-–—]\s*/gu, /\s*និង\s*/gu];

/**
 * Reads "A to B" where parts missing from one side come from the other, as
 * the English range reader does: the year stated at the end applies to both
 * sides, a month stated once applies to both days. When a borrowed year would
 * put the start after the end, the start is taken to fall in the year before.
 */
export function parseKhmerRange(text: string, context?: { year?: number }): DateRange | undefined {
  let s = normalise(text);
  const between = /^ចន្លោះ/u.test(s);
  s = s.replace(RANGE_PREFIX, "");
  for (const sep of SEPARATORS) {
    const isAnd = sep.source.includes("និង");
    for (const found of s.matchAll(sep)) {
      const leftText = s.slice(0, found.index);
      const rightText = s.slice(found.index + found[0].length);
      const leftTokens = tokenize(leftText);
      const rightTokens = tokenize(rightText);
      if (!leftTokens || !rightTokens) continue;
      const left = readParts(leftTokens, true);
      const right = readParts(rightTokens, true);
      if (!left || !right) continue;
      if (isAnd && !between && !(left.day !== undefined && left.month === undefined)) continue;
      const range = join(left, right, context);
      if (range) return range;
    }
  }
  return undefined;
}

function join(left: Parts, right: Parts, context?: { year?: number }): DateRange | undefined {
  if (left.day !== undefined && left.month === undefined) left.month = right.month;
  if (right.day !== undefined && right.month === undefined) right.month = left.month;
  const leftBorrowed = left.year === undefined;
  const rightBorrowed = right.year === undefined;
  if (leftBorrowed && right.year !== undefined) Object.assign(left, { year: right.year, era: right.era });
  if (rightBorrowed && left.year !== undefined) Object.assign(right, { year: left.year, era: left.era });
  let start = value(left, context);
  let end = value(right, context);
  if (start && end && start.value > end.value) {
    if (leftBorrowed && !rightBorrowed) start = build(Number(start.value.slice(0, 4)) - 1, left.month, left.day);
    else if (rightBorrowed && !leftBorrowed) end = build(Number(end.value.slice(0, 4)) + 1, right.month, right.day);
  }
  if (!start || !end || parsePartialValue(start.value).earliest > parsePartialValue(end.value).latest) return undefined;
  return { start, end };
}
