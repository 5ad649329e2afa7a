/**
 * The words of a search as the name index stores them: lower case, Latin diacritics
 * removed ("Hôi An" → "hoi an"). Lucene analyses whole words but leaves a prefix term
 * (`hôi*`) untouched, so the query has to arrive folded already. Only the combining
 * diacritics block is removed: Thai and Khmer vowel and tone marks are also combining
 * marks, and removing them would change the word.
 */
export function foldSearchText(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .normalize("NFC")
      .toLowerCase()
      .replace(/đ/g, "d")
      // Khmer marks word breaks with invisible zero-width spaces; they are no part of a name.
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
  );
}

const THAI = /\p{Script=Thai}/u;
const KHMER = /\p{Script=Khmer}/u;

/**
 * Titles printed before a name that are no part of it: Thai Mr/Mrs/Miss/Dr and Khmer
 * Mr/Mrs/Madam/His Excellency/Dr/Oknha. Thai and Khmer write them joined to the name
 * ("นายพลพงศ์"), so they are recognised as the first word the segmenter finds, never as a
 * bare string prefix: "นายกรัฐมนตรี" (prime minister) begins with the letters of นาย but
 * its first word is นายก.
 */
const HONORIFICS = new Set(["นาย", "นาง", "นางสาว", "ดร.", "ดร", "លោក", "លោកស្រី", "អ្នកស្រី", "ឯកឧត្តម", "លោកជំទាវ", "បណ្ឌិត", "ឧកញ៉ា"]);
/** Abbreviations with a dot the segmenter keeps joined to the name ("ดร.สมชาย"). */
const DOTTED_HONORIFICS = ["ดร."];

const thaiWords = new Intl.Segmenter("th", { granularity: "word" });
const khmerWords = new Intl.Segmenter("km", { granularity: "word" });

function segments(word: string): string[] {
  const segmenter = KHMER.test(word) ? khmerWords : thaiWords;
  return [...segmenter.segment(word)].map((s) => s.segment).filter((s) => s.trim().length > 0);
}

/** The word with one leading honorific removed, or undefined when it does not start with one. */
function withoutHonorific(word: string): string | undefined {
  if (HONORIFICS.has(word)) return "";
  for (const dotted of DOTTED_HONORIFICS) if (word.startsWith(dotted)) return word.slice(dotted.length);
  if (!THAI.test(word) && !KHMER.test(word)) return undefined;
  const [first, ...rest] = segments(word);
  return first !== undefined && rest.length > 0 && HONORIFICS.has(first) ? rest.join("") : undefined;
}

/**
 * The folded, whitespace-separated words of a search, without the honorifics a name is
 * printed with ("นายพลพงศ์ วังแพน" → "พลพงศ์", "วังแพน"); empty when there are none. An
 * honorific alone is kept, since then it is what the user is looking for.
 */
export function searchTerms(text: string): string[] {
  const words = foldSearchText(text).split(/\s+/u).filter(Boolean);
  while (words.length > 0) {
    const stripped = withoutHonorific(words[0] as string);
    if (stripped === undefined) break;
    if (stripped === "" && words.length === 1) break;
    if (stripped === "") words.shift();
    else words[0] = stripped;
  }
  return words;
}

/**
 * Khmer, like Thai, is written without spaces between words, but Lucene has no Khmer
 * analyzer: its standard tokenizer keeps a whole run of Khmer as one token. So Khmer is
 * split into words here, with the same segmenter (ICU's dictionary) for the names stored
 * and for the words searched, and the words are joined by spaces. Other text is returned
 * as it is.
 */
export function segmentKhmer(text: string): string {
  if (!KHMER.test(text)) return text;
  return text
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => (KHMER.test(word) ? segments(word).join(" ") : word))
    .join(" ");
}

/**
 * Which split forms segmentKhmer (after foldSearchText) gives: the same for the same rules and
 * the same ICU, whose dictionary finds the words. Start-up looks for entities lacking forms
 * only when this changes (see addMissingKhmerSearchNames), so the leading number must go up
 * with any change to either function that changes what they make of a Khmer name.
 */
export const KHMER_SEGMENTATION = `1;icu ${process.versions.icu ?? "none"}`;

/** True when a term needs its Khmer words found separately (see segmentKhmer). */
export const isKhmer = (term: string): boolean => KHMER.test(term);
