import { BadInputError } from "../../errors/app-error.js";
import { isKhmer, searchTerms, segmentKhmer } from "./search-terms.js";

/** Longer input is no name anyone types; the cap also bounds the clauses Lucene has to build. */
export const MAX_SEARCH_LENGTH = 200;

/** Every character Lucene's query syntax gives a meaning to (`&&` and `||` are covered by `&` and `|`). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export const escapeLucene = (term: string): string => term.replace(LUCENE_SPECIAL, "\\$&");

/**
 * Turns what a user typed into a Lucene query that cannot fail to parse: every special
 * character escaped, every word required, the last one also matched as a prefix so results
 * follow typing ("kung pho" finds Kung Phoak).
 *
 * Each word is quoted as a phrase because the Thai analyzer splits an unspaced Thai word
 * into several words; quoted, they must all occur, in order, instead of any one of them.
 * The prefix form is only an alternative to the phrase, since Lucene cannot split a
 * wildcard term and a Thai prefix alone would find nothing.
 */
export function toLuceneQuery(text: string): string {
  const length = [...text].length;
  if (length > MAX_SEARCH_LENGTH) {
    throw new BadInputError(`search(text:) takes at most ${MAX_SEARCH_LENGTH} characters; got ${length}.`, { argument: "text", limit: MAX_SEARCH_LENGTH });
  }
  const terms = searchTerms(text);
  if (terms.length === 0) throw new BadInputError("search(text:) needs at least one word to search for; got an empty text.", { argument: "text" });
  const last = terms.length - 1;
  return terms.map((term, i) => `+${termClause(term, i === last)}`).join(" ");
}

/**
 * One word as a Lucene clause: the word as a phrase, optionally also as a prefix, and for
 * Khmer also its words as split by segmentKhmer, since a Khmer name is stored both as
 * written and split (the analyzer cannot split it).
 */
export function termClause(term: string, prefix: boolean): string {
  const escaped = escapeLucene(term);
  const forms = [`"${escaped}"`];
  if (prefix) forms.push(`${escaped}*`);
  if (isKhmer(term)) {
    const split = segmentKhmer(term);
    if (split !== term) forms.push(`"${escapeLucene(split)}"`);
  }
  return forms.length === 1 ? (forms[0] as string) : `(${forms.join(" OR ")})`;
}
