import { parseEnglishDate } from "./english-date.js";
import { parseKhmerDate } from "./khmer-date.js";
import { DateInputError, parsePartialValue, type DateValue } from "./partial-date.js";
import { parseThaiDate } from "./thai-date.js";

/**
 * Turns a date as an article states it into a Gregorian value, choosing the
 * reader by language. Thai or Khmer script is read with its own reader
 * whatever `lang` says, because such dates turn up in articles tagged
 * otherwise (and English ones in Thai or Khmer articles), so each reader
 * falls back to the others. The language decides only who reads first, which
 * matters for a bare Buddhist-era year: "2567" is BE in a Thai or Khmer
 * article and a plain year in an English one.
 */

type Reader = (text: string, context?: { year?: number }) => DateValue | undefined;

const THAI_SCRIPT = /[\u0E00-\u0E7F]/;
const KHMER_SCRIPT = /[\u1780-\u17FF\u19E0-\u19FF]/;

function readersFor(text: string, lang: string): Reader[] {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  if (primary === "km" || KHMER_SCRIPT.test(text)) return [parseKhmerDate, parseEnglishDate, parseThaiDate];
  if (primary === "th" || THAI_SCRIPT.test(text)) return [parseThaiDate, parseEnglishDate, parseKhmerDate];
  return [parseEnglishDate, parseThaiDate, parseKhmerDate];
}

export function readStatedDate(text: string, lang: string, context?: { year?: number }): DateValue | undefined {
  const iso = readIso(text.trim());
  if (iso) return iso;
  for (const read of readersFor(text, lang)) {
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
