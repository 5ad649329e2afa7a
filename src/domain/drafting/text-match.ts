/**
 * Matching names against text: case, diacritics and apostrophe style folded
 * without changing lengths, so an offset in the folded text is an offset in the
 * article; and checks that a match starts and ends on a word boundary.
 */

/** Lower-cases and straightens apostrophes character by character, keeping every offset. */
export function foldSameLength(s: string): string {
  let out = "";
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const folded = lower.length === ch.length ? lower : ch;
    out += folded === "’" || folded === "‘" ? "'" : folded === "–" || folded === "—" ? "-" : folded;
  }
  return out;
}

/** Folds for comparing names: case, diacritics, apostrophes, spacing. */
export function foldName(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[’‘]/g, "'").replace(/[–—]/g, "-").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Every start offset of `needle` in `haystack` (both already folded) that starts and ends on a boundary. */
export function findAll(haystack: string, needle: string, boundaries: ReadonlySet<number>): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    if (boundaries.has(i) && boundaries.has(i + needle.length)) out.push(i);
  }
  return out;
}

/** Scripts written without spaces between words, where a name's edges are known only from the segmenter. */
export const UNSPACED_SCRIPT = /[\u0E00-\u0E7F\u1780-\u17FF\u0E80-\u0EFF\u1000-\u109F]/u;

export const isAcronym = (s: string): boolean => /^[\p{Lu}\d][\p{Lu}\d&\-./]{1,15}$/u.test(s) && (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
