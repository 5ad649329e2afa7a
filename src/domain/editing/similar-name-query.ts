import { escapeLucene, termClause } from "../search/lucene-query.js";
import { searchTerms } from "../search/search-terms.js";

/**
 * A Lucene query for names resembling `name`. With `every`, all its words must match (a
 * near-duplicate organisation or meeting); otherwise any one word will do, since two
 * people who share a surname or a given name are exactly what an editor must be shown.
 */
export function similarNameQuery(name: string, every: boolean, fuzzy = false): string | null {
  const terms = searchTerms(name).filter((t) => [...t].length >= 2);
  if (terms.length === 0) return null;
  return terms.map((t) => `${every ? "+" : ""}${fuzzy ? fuzzyClause(t) : termClause(t, false)}`).join(" ");
}

/** Latin words from five letters up also match one edit away ("Sokhon" finds Sokhonn); shorter ones would match too much. */
const FUZZY_FROM = 5;
const LATIN_WORD = /^[\p{Script=Latin}\p{N}]+$/u;

function fuzzyClause(term: string): string {
  const exact = termClause(term, false);
  if ([...term].length < FUZZY_FROM || !LATIN_WORD.test(term)) return exact;
  return `(${exact} OR ${escapeLucene(term)}~1)`;
}
