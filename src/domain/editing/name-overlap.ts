import { searchTerms } from "../search/search-terms.js";

/**
 * How much of two names is the same words, for ranking candidates: an editor's "National
 * Assembly" shares one word with "Ministry of National Defense", which must count for
 * little, while "Prak Sokhon" and "Prak Sokhonn" are the same name misspelt. Function words
 * ("of", "the") are ignored; a longer word may differ by one edit (two from nine letters)
 * and still count, which catches the spellings transliteration produces.
 */

const FUNCTION_WORDS = new Set(["of", "the", "and", "for", "on", "in", "to", "a", "an", "de", "du", "des", "la", "le"]);

export function nameWords(name: string): string[] {
  return searchTerms(name)
    .flatMap((t) => t.split(/[^\p{L}\p{N}\p{M}-]+/u))
    .filter((w) => w.length > 0 && !FUNCTION_WORDS.has(w));
}

/** Edits allowed between two words before they count as different. */
function tolerance(a: string, b: string): number {
  const shorter = Math.min([...a].length, [...b].length);
  if (shorter >= 9) return 2;
  if (shorter >= 5) return 1;
  return 0;
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min((d[i - 1]?.[j] ?? 0) + 1, (d[i]?.[j - 1] ?? 0) + 1, (d[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, (d[i - 2]?.[j - 2] ?? 0) + 1);
      (d[i] as number[])[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[x.length]?.[y.length] ?? max + 1;
}

export interface Overlap {
  /** Twice the shared words over the words of both names (Dice), 0 to 1. */
  score: number;
  /** Pairs of words counted as the same although spelt differently: [wanted, candidate]. */
  variants: [string, string][];
}

export function nameOverlap(wanted: string, candidate: string): Overlap {
  const a = nameWords(wanted);
  const b = nameWords(candidate);
  if (a.length === 0 || b.length === 0) return { score: 0, variants: [] };
  const free = [...b];
  let shared = 0;
  const variants: [string, string][] = [];
  for (const word of a) {
    let at = free.indexOf(word);
    if (at < 0) at = free.findIndex((w) => editDistance(word, w, tolerance(word, w)) <= tolerance(word, w));
    if (at < 0) continue;
    shared++;
    if (free[at] !== word) variants.push([word, free[at] as string]);
    free.splice(at, 1);
  }
  return { score: (2 * shared) / (a.length + b.length), variants };
}
