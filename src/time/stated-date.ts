import { parseEnglishDate } from "./english-date.js";
import { DateInputError, parsePartialValue, type DateValue } from "./partial-date.js";
import { parseThaiDate } from "./thai-date.js";

/**
 * Turns a date as an article states it into a Gregorian value, choosing the
 * reader by language. Thai text is tried with the Thai reader whatever `lang`
 * says, because Thai dates turn up in articles tagged otherwise (and English
 * ones in Thai articles), so each reader falls back to the other.
 */

const THAI_SCRIPT = /[\u0E00-\u0E7F]/;

export function readStatedDate(text: string, lang: string, context?: { year?: number }): DateValue | undefined {
  const iso = readIso(text.trim());
  if (iso) return iso;
  const thaiFirst = lang.toLowerCase().split(/[-_]/)[0] === "th" || THAI_SCRIPT.test(text);
  const readers = thaiFirst ? [parseThaiDate, parseEnglishDate] : [parseEnglishDate, parseThaiDate];
  for (const read of readers) {
    const found = read(text, context);
    if (found) return found;
  }
  return undefined;
}

/**
 * An annotator may already have written the Gregorian value as the text; it
 * reads the same in any language. A bare year is left to the language readers,
 * since "2567" in Thai is a Buddhist-era year.
 */
function readIso(text: string): DateValue | undefined {
  if (!text.includes("-")) return undefined;
  try {
    const { value, precision } = parsePartialValue(text);
    return { value, precision };
  } catch (e) {
    if (e instanceof DateInputError) return undefined;
    throw e;
  }
}
