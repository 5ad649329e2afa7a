import { escapeLucene } from "../search/lucene-query.js";
import { searchTerms } from "../search/search-terms.js";

/**
 * A Lucene query for names resembling `name`. With `every`, all its words must match (a
 * near-duplicate organisation or meeting); otherwise any one word will do, since two
 * people who share a surname or a given name are exactly what an editor must be shown.
 */
export function similarNameQuery(name: string, every: boolean): string | null {
  const terms = searchTerms(name).filter((t) => [...t].length >= 2);
  if (terms.length === 0) return null;
  return terms.map((t) => `${every ? "+" : ""}"${escapeLucene(t)}"`).join(" ");
}
