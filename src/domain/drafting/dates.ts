import { parseEnglishDate, parseEnglishRange } from "../../time/english-date.js";
import { parseThaiDate } from "../../time/thai-date.js";
import { parseKhmerDate, parseKhmerRange } from "../../time/khmer-date.js";
import type { DateValue } from "../../time/partial-date.js";
import type { TextSpan } from "./draft.types.js";

/**
 * Dates as the article states them, read through src/time with the article's
 * own date as context, so "Jan. 29" in a piece published in 2024 is 29 January
 * 2024 and never a guess when the article's date is unknown. Each keeps its
 * words, since the annotation format records the stated text.
 */
export interface StatedDate {
  /** Where the words stand in the text. */
  at: TextSpan;
  text: string;
  start: DateValue;
  end?: DateValue;
}

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const RANGE_SEP = "\\s*(?:–|—|-|to|and|until)\\s*";
const ENGLISH = new RegExp(
  [
    `${MONTH}\\s+${DAY}(?:${RANGE_SEP}(?:${MONTH}\\s+)?${DAY})?(?:,?\\s+\\d{4})?`,
    `${DAY}(?:${RANGE_SEP}${DAY}(?:\\s+${MONTH})?)?\\s+${MONTH}(?:,?\\s+\\d{4})?`,
    `${MONTH},?\\s+\\d{4}`,
  ].join("|"),
  "gu",
);

const THAI_MONTHS = "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม";
const THAI = new RegExp(`[0-9๐-๙]{1,2}\\s*(?:${THAI_MONTHS})(?:\\s*(?:พ\\.ศ\\.|ค\\.ศ\\.)?\\s*[0-9๐-๙]{4})?`, "gu");

const KHMER_MONTHS = "មករា|កុម្ភៈ|កុម្ភះ|កុម្ភ:|កុម្ភ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|កក្តដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|វិច្ចិកា|ធ្នូ";
const KHMER_NUM = "[០-៩0-9]{1,2}";
const KHMER = new RegExp(
  `(?:ថ្ងៃ\\S*\\s*)?(?:ទី\\s*)?${KHMER_NUM}(?:\\s*-\\s*${KHMER_NUM})?\\s*ខែ\\s*(?:${KHMER_MONTHS})(?:\\s*ឆ្នាំ\\s*(?:គ\\.ស\\.|ព\\.ស\\.)?\\s*[០-៩0-9]{4})?|ខែ\\s*(?:${KHMER_MONTHS})\\s*ឆ្នាំ\\s*[០-៩0-9]{4}`,
  "gu",
);

export function findDates(text: string, context: { year?: number }): StatedDate[] {
  const out: StatedDate[] = [];
  for (const m of text.matchAll(ENGLISH)) {
    const stated = m[0].replace(/[,.]$/, "");
    const at = { start: m.index, end: m.index + stated.length };
    const range = /–|—|-|\bto\b|\band\b|\buntil\b/.test(stated) ? parseEnglishRange(stated, context) : undefined;
    if (range) {
      out.push({ at, text: stated, start: range.start, end: range.end });
      continue;
    }
    const single = parseEnglishDate(stated, context);
    if (single) out.push({ at, text: stated, start: single });
  }
  for (const m of text.matchAll(THAI)) {
    const value = parseThaiDate(m[0], context);
    if (value) out.push({ at: { start: m.index, end: m.index + m[0].length }, text: m[0], start: value });
  }
  for (const m of text.matchAll(KHMER)) {
    const at = { start: m.index, end: m.index + m[0].length };
    const range = m[0].includes("-") ? parseKhmerRange(m[0], context) : undefined;
    const single = range ? undefined : parseKhmerDate(m[0], context);
    if (range) out.push({ at, text: m[0], start: range.start, end: range.end });
    else if (single) out.push({ at, text: m[0], start: single });
  }
  return out.sort((a, b) => a.at.start - b.at.start);
}
