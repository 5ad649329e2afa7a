import type { Sentence, Word } from "./draft.types.js";

/**
 * Sentences and words from Node's built-in ICU segmenter, which knows word
 * boundaries in scripts written without spaces (Thai, Khmer, Lao, Myanmar).
 * Blank lines also end a sentence: headlines, datelines and captions carry no
 * full stop, and a fact must never be read across them.
 */

const baseLanguage = (lang: string) => lang.toLowerCase().split(/[-_]/)[0] || "en";

export function segmentSentences(text: string, lang: string): Sentence[] {
  const segmenter = new Intl.Segmenter(baseLanguage(lang), { granularity: "sentence" });
  const out: Sentence[] = [];
  for (const block of blocks(text)) {
    let pending: number | undefined;
    for (const s of segmenter.segment(block.text)) {
      const start = pending ?? block.start + s.index;
      const end = block.start + s.index + s.segment.length;
      if (ABBREVIATION_END.test(text.slice(start, end).trimEnd())) {
        pending = start;
        continue;
      }
      pending = undefined;
      pushTrimmed(out, text, start, end);
    }
    if (pending !== undefined) pushTrimmed(out, text, pending, block.start + block.text.length);
  }
  return out;
}

/** ICU ends a sentence after "H.E." or "Jan."; an honorific, an initial or an abbreviated month never ends one in news text. */
const ABBREVIATION_END =
  /(?:^|[\s(])(?:(?:\p{Lu}\.){1,3}|(?:[ก-ฮ]\.){1,3}|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Adm|Sen|Rep|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|ดร|ศ|รศ|ผศ|พล\.อ|ค\.ศ|พ\.ศ)\.)$/u;

export function segmentWords(text: string, lang: string): Word[] {
  const segmenter = new Intl.Segmenter(baseLanguage(lang), { granularity: "word" });
  return Array.from(segmenter.segment(text), (s) => ({ start: s.index, end: s.index + s.segment.length, text: s.segment, wordLike: s.isWordLike ?? false }));
}

/** Word boundaries as a set of offsets, for checking that a match starts and ends on one. */
export function wordBoundaries(words: readonly Word[]): Set<number> {
  const set = new Set<number>();
  for (const w of words) {
    set.add(w.start);
    set.add(w.end);
    // ICU keeps a possessive in its word ("Cambodia’s"); the name ends before it.
    const possessive = /[’']s$/u.exec(w.text);
    if (possessive && w.text.length > 2) set.add(w.end - 2);
  }
  return set;
}

/** Counts the word-like segments of a name: "ASEAN" is one word, "กระทรวงการต่างประเทศ" several. */
export function wordCount(name: string, lang: string): number {
  return segmentWords(name, lang).filter((w) => w.wordLike).length;
}

function* blocks(text: string): Generator<{ start: number; text: string }> {
  const re = /\n\s*\n|\r\n\s*\r\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield { start, text: text.slice(start, m.index) };
    start = m.index + m[0].length;
  }
  yield { start, text: text.slice(start) };
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
