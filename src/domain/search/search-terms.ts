/**
 * The words of a search as the name index stores them: lower case, Latin diacritics
 * removed ("Hôi An" → "hoi an"). Lucene analyses whole words but leaves a prefix term
 * (`hôi*`) untouched, so the query has to arrive folded already. Only the combining
 * diacritics block is removed: Thai vowel and tone marks are also combining marks, and
 * removing them would change the word.
 */
export function foldSearchText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/đ/g, "d");
}

/** The folded, whitespace-separated words of a search; empty when there are none. */
export function searchTerms(text: string): string[] {
  return foldSearchText(text).split(/\s+/u).filter(Boolean);
}
