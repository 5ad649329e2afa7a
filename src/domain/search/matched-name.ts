import { foldSearchText } from "./search-terms.js";

/** Thai and Khmer are written without spaces between words, so such a word may start anywhere in a name. */
const THAI = /[\p{Script=Thai}\p{Script=Khmer}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `term` occurs in `name` starting a word and, unless `prefix`, ending one. */
function occursAsWord(name: string, term: string, prefix: boolean): boolean {
  // Such a word may also be typed without the space a name is printed with ("ប្រាក់សុខុន").
  if (THAI.test(term)) return name.includes(term) || name.replace(/\s+/gu, "").includes(term);
  for (let at = name.indexOf(term); at >= 0; at = name.indexOf(term, at + 1)) {
    const before = at === 0 ? "" : name.charAt(at - 1);
    const after = name.charAt(at + term.length);
    if (!WORD_CHAR.test(before) && (prefix || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

/**
 * Which of an entity's names a search matched. The index stores the name and every alias
 * as one text, so Lucene cannot say; this repeats its test on each name separately: every
 * term a whole word of the name, the last one possibly a prefix. The primary name (first)
 * wins when it matches; null when no single name holds every term, rather than a guess.
 * `terms` come from searchTerms, so names are folded the same way here.
 */
export function matchedName(terms: readonly string[], names: readonly string[]): string | null {
  if (terms.length === 0) return null;
  const last = terms.length - 1;
  return (
    names.find((name) => {
      const folded = foldSearchText(name);
      return terms.every((term, i) => occursAsWord(folded, term, i === last));
    }) ?? null
  );
}
