/**
 * Meeting vocabulary: the words that make a name a meeting's, the words that
 * refer back to the meeting an article is about ("the meeting", "ที่ประชุม"), and
 * ordinals in each script ("17th", "ครั้งที่ ๑๖", "លើកទី១៧").
 */
export const MEETING_HEADS_LATIN =
  /\b(?:Meeting|Meetings|Summit|Conference|Retreat|Forum|Dialogue|Consultation|Session|Congress|Symposium|Workshop|Seminar|Talks|Roundtable|Round Table|Hội nghị|Pertemuan|Konferensi|KTT|Sidang)\b/u;

/** Thai and Khmer words that start a meeting's name. */
export const MEETING_HEADS_TH = ["การประชุม", "ประชุม"];
export const MEETING_HEADS_KM = ["កិច្ចប្រជុំ", "សន្និសីទ", "វេទិកា"];

/** Words that refer back to the meeting the article is about. */
export const MEETING_ANAPHORA = /\b(?:the (?:meeting|conference|summit|retreat|consultation|gathering|session|forum)s?)\b|ที่ประชุม|កិច្ចប្រជុំនេះ|អង្គប្រជុំ/giu;

/** An ordinal after a meeting's name: Thai "ครั้งที่ ๑๖", Khmer "លើកទី ១៧", Vietnamese "lần thứ 17", Indonesian "ke-17". */
export const TRAILING_ORDINAL = /^\s*(?:ครั้งที่|លើកទី|lần thứ|ke-?)\s*([0-9๐-๙០-៩]+)/u;

/** An ordinal before an English name: "17th Meeting of …", "the Forty-Fourth Summit". */
export const LEADING_ORDINAL = /^(\d{1,3})(?:st|nd|rd|th)\b/i;

const WORD_ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
];

/** Reads an ordinal in any of the digit systems, or an English ordinal word. */
export function readOrdinal(s: string): number | undefined {
  const w = WORD_ORDINALS.indexOf(s.toLowerCase());
  if (w >= 0) return w + 1;
  const digits = toArabicDigits(s).replace(/\D/g, "");
  return digits ? Number(digits) : undefined;
}

/** Thai (๐–๙) and Khmer (០–៩) digits to ASCII. */
export function toArabicDigits(s: string): string {
  return s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)).replace(/[០-៩]/g, (d) => String(d.charCodeAt(0) - 0x17e0));
}
