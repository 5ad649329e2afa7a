import type { EntityKind, Mention, MentionDetail } from "./draft.types.js";
import { HONORIFICS, WEAK_HONORIFICS } from "./lexicons/honorifics.js";
import { APPOSITIVE_TITLE_HEADS_EN, PORTFOLIO_WORDS_EN, TITLE_WORDS_EN, TITLES_LATIN_OTHER, titleCase } from "./lexicons/titles.js";
import { ORG_HEADS_LATIN, organisationKindOf } from "./lexicons/organisation-heads.js";
import { MEETING_HEADS_LATIN, LEADING_ORDINAL, TRAILING_ORDINAL, readOrdinal } from "./lexicons/meetings.js";
import { FRAMEWORK_HEADS_LATIN } from "./lexicons/frameworks.js";
import { PLACE_TAILS_LATIN, REGIONS_EN } from "./lexicons/places.js";
import { countryNames } from "./lexicons/countries.js";
import { isAcronym } from "./text-match.js";

/**
 * Names in Latin-script text (English, Vietnamese, Indonesian, and the English
 * names Thai and Khmer articles quote): runs of capitalised words joined by
 * "of", "on", "for", "and", classified by their head word — the last
 * organisation, meeting, framework or place word before the first "of"/"on"/"for"
 * ("17th Meeting of the … Task Force" is a meeting, "Ministry of …" a ministry) —
 * or as a person's name by the honorific or office around it.
 */

const WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}\d’'.-]*|\d{1,3}(?:st|nd|rd|th)|\d{4}|[\p{Ll}\d]+-\p{Lu}[\p{L}-]*)`;
const CONNECTOR = String.raw`(?:of|for|on|and|the|de|du|des|la|le|và|của|dan|untuk|bagi)`;
const PHRASE = new RegExp(String.raw`(?<![\p{L}\d])${WORD}(?:[ \u00a0]+(?:${CONNECTOR}[ \u00a0]+)*${WORD})*`, "gu");

/** Capitalised words that start sentences or name days and months, never part of a name. */
const LEADING_NOISE = new Set(
  `the a an in on at during following after before with for from by as this that these those it he she they we his her its their our according meanwhile
additionally further furthermore however also while when since under between among through to of and but or if both each such other several many some all
hosted photo photos source yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec speaking addressing in there here what who where why how building
regarding despite earlier later last next now then thus therefore meanwhile overall notably`.split(/\s+/),
);

const PREPOSITION_SPLIT = /\s+(?:of|on|for|của|untuk|bagi)\s+/u;

export interface LatinPhrase {
  start: number;
  end: number;
  text: string;
}

/** Runs of capitalised words, with leading sentence words and trailing numbers trimmed. */
export function capitalisedPhrases(text: string): LatinPhrase[] {
  const out: LatinPhrase[] = [];
  for (const m of rawPhrases(text)) {
    let start = m.index;
    let phrase = m.text;
    for (;;) {
      const first = /^([^\s]+)\s+/u.exec(phrase);
      const bare = first?.[1]!
        .replace(/[’']s$/u, "")
        .replace(/[.,]$/, "")
        .toLowerCase();
      if (!first || !(LEADING_NOISE.has(bare!) || /^\d{4}$/.test(bare!))) break;
      start += first[0].length;
      phrase = phrase.slice(first[0].length);
    }
    for (;;) {
      const last = /\s+([^\s]+)$/u.exec(phrase);
      if (!last || !LEADING_NOISE.has(last[1]!.replace(/[.,]$/, "").toLowerCase()) || /^(?:The|A|An)$/.test(last[1]!)) break;
      phrase = phrase.slice(0, last.index).replace(/(?:\s+(?:of|for|on|and|the))+$/u, "");
    }
    phrase = phrase.replace(/[’']s$/u, "");
    if (LEADING_NOISE.has(phrase.toLowerCase()) || /^\d+$/.test(phrase)) continue;
    phrase = phrase.replace(/(?:\s+(?:of|for|on|and|the|de|và|dan))+$/u, "").replace(/[.’']+$/u, (s) => (s.startsWith("’") || s.startsWith("'") ? s : ""));
    // A possessive single word starts a new name: "Cambodia’s Foreign Minister".
    const possessive = /^([\p{L}-]+[’']s)\s+/u.exec(phrase);
    if (possessive) {
      out.push({ start, end: start + possessive[1]!.length - 2, text: possessive[1]!.slice(0, -2) });
      start += possessive[0].length;
      phrase = phrase.slice(possessive[0].length);
    }
    if (phrase) out.push({ start, end: start + phrase.length, text: phrase });
  }
  return out;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "adm",
  "st",
  "no",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

/** Matches of PHRASE, cut where a full stop ends a sentence inside one ("… Council. Sophea …"); a headline in title case yields none. */
function* rawPhrases(text: string): Generator<{ index: number; text: string }> {
  const headlines = headlineSpans(text);
  for (const m of text.matchAll(PHRASE)) {
    if (headlines.some(([a, b]) => m.index >= a && m.index < b)) continue;
    let index = m.index;
    let rest = m[0];
    for (let stop = /(\p{L}+)\.\s+/u.exec(rest); stop; stop = /(\p{L}+)\.\s+/u.exec(rest)) {
      const word = stop[1]!;
      if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) {
        // An initial or abbreviation: look further.
        const cut = stop.index + stop[0].length;
        const tail = rest.slice(cut);
        const further = /(\p{L}+)\.\s+/u.exec(tail);
        if (!further) break;
        const end = cut + further.index + further[1]!.length;
        yield { index, text: rest.slice(0, end) };
        index += end + 1;
        rest = rest.slice(end + 1).trimStart();
        continue;
      }
      const end = stop.index + word.length;
      yield { index, text: rest.slice(0, end) };
      const next = stop.index + stop[0].length;
      index += next;
      rest = rest.slice(next);
    }
    if (rest) yield { index, text: rest };
  }
}

/** Lines written in title case (headlines), where capitals say nothing about names. */
function headlineSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const line of text.matchAll(/^.+$/gmu)) {
    const words = line[0].match(/\p{L}[\p{L}’'-]*/gu) ?? [];
    const content = words.filter((w) => w.length > 3);
    if (/[.!?:"”]\s*$/u.test(line[0])) continue;
    if (content.length >= 5 && content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.9) out.push([line.index, line.index + line[0].length]);
  }
  return out;
}

interface Head {
  kind: EntityKind;
  end: number;
  detail: MentionDetail;
}

/** The last head word in `part`: English names end with what they are. */
function lastHead(part: string): Head | undefined {
  const heads: Head[] = [];
  const scan = (re: RegExp, kind: EntityKind, detail: MentionDetail) => {
    const g = new RegExp(re.source, "gu");
    for (const m of part.matchAll(g)) heads.push({ kind, end: m.index + m[0].length, detail });
  };
  for (const [re, orgKind] of ORG_HEADS_LATIN) scan(re, "Organisation", { orgKind });
  scan(MEETING_HEADS_LATIN, "Meeting", {});
  for (const [re, frameworkKind] of FRAMEWORK_HEADS_LATIN) scan(re, "Framework", { frameworkKind });
  for (const [re, placeKind] of PLACE_TAILS_LATIN) scan(new RegExp(re.source.replace(/\$$/, "\\b"), "u"), "Place", { placeKind });
  heads.sort((a, b) => b.end - a.end);
  return heads[0];
}

const honorificList = () =>
  Object.values(HONORIFICS)
    .flat()
    .filter((h) => /^[\p{Script=Latin}]/u.test(h))
    .sort((a, b) => b.length - a.length);

/** Words that alone make a run of capitalised words an office. */
const CORE_OFFICES = new Set(
  `minister secretary director director-general secretary-general president chairman chairwoman chairperson chair king queen prince princess ambassador senator
governor spokesperson spokesman envoy premier sultan mayor commander general chief head leader representative counsellor consul`.split(/\s+/),
);

const isTitleWord = (w: string) => TITLE_WORDS_EN.has(w.toLowerCase().replace(/[’']s$/, "")) || PORTFOLIO_WORDS_EN.has(w.toLowerCase());

/** Splits "Deputy Prime Minister … Prak Sokhonn" into the office and the name: the name is the trailing run of words that are not office words. */
function splitTitleAndName(words: string[]): { title: string[]; name: string[] } {
  let i = words.length;
  while (
    i > 0 &&
    !isTitleWord(words[i - 1]!) &&
    !/^\d/.test(words[i - 1]!) &&
    !(isAcronym(words[i - 1]!) && i === words.length && (/[\d-]/.test(words[i - 1]!) || i < 2 || isTitleWord(words[i - 2]!)))
  )
    i--;
  return { title: words.slice(0, i), name: words.slice(i) };
}

function personMention(phrase: LatinPhrase, offset: number, nameWords: string[], confidence: number, reason: string, title?: string): Mention {
  const name = nameWords.join(" ");
  const start = phrase.start + phrase.text.indexOf(name, offset);
  return { start, end: start + name.length, text: name, kind: "Official", source: "pattern", confidence, reason, detail: title ? { title } : {}, gazetteerIds: [] };
}

function classify(phrase: LatinPhrase, text: string): Mention[] {
  const p = phrase.text;
  const before = text.slice(Math.max(0, phrase.start - 24), phrase.start);
  const after = text.slice(phrase.end, phrase.end + 80);

  for (const h of honorificList()) {
    if (!p.startsWith(h + " ")) continue;
    const words = p.slice(h.length + 1).split(/\s+/);
    const { title, name } = splitTitleAndName(words);
    if (name.length >= 2 || (name.length === 1 && !WEAK_HONORIFICS.has(h))) {
      return [personMention(phrase, h.length, name, name.length >= 2 ? 0.9 : 0.5, `a name after the honorific "${h}"`, title.length ? titleCase(title.join(" ")) : undefined)];
    }
  }

  const headPart = p.split(PREPOSITION_SPLIT)[0]!;
  // "Foreign Minister A B and Deputy Minister C D": two people joined by "and".
  const and = / and /u.exec(p);
  if (and && !lastHead(headPart)) {
    const left = { start: phrase.start, end: phrase.start + and.index, text: p.slice(0, and.index) };
    const right = { start: phrase.start + and.index + 5, end: phrase.end, text: p.slice(and.index + 5) };
    const leftFound = classify(left, text);
    if (leftFound.some((m) => m.kind === "Official" && m.text.split(/\s+/).length >= 2)) return [...leftFound, ...classify(right, text)];
  }
  // "Executive Director of the Mekong River Commission": the office is not part of the body's name.
  const ofSplit = PREPOSITION_SPLIT.exec(p);
  if (ofSplit && headPart.split(/\s+/).every((w) => TITLE_WORDS_EN.has(w.toLowerCase()))) {
    let restStart = ofSplit.index + ofSplit[0].length;
    if (p.startsWith("the ", restStart)) restStart += 4;
    const rest = { start: phrase.start + restStart, end: phrase.end, text: p.slice(restStart) };
    return rest.text && !rest.text.split(/\s+/).every((w) => TITLE_WORDS_EN.has(w.toLowerCase())) ? classify(rest, text) : [];
  }
  const head = lastHead(headPart) ?? (headPart === p ? undefined : lastHead(p));
  const detail: MentionDetail = { ...(head?.detail ?? {}) };
  const base = { start: phrase.start, end: phrase.end, text: p, source: "pattern" as const, gazetteerIds: [] };

  const words = p.split(/\s+/);
  const { title, name } = splitTitleAndName(words);
  const officeFirst = title.some((w) => CORE_OFFICES.has(w.toLowerCase())) && title.every((w) => !/^(?:Ministry|Department|Centre|Center)$/.test(w));
  if (officeFirst && name.length >= 2 && !lastHead(name.join(" "))) {
    return [personMention(phrase, 0, name, 0.85, `a name after the office "${title.join(" ")}"`, titleCase(title.join(" ")))];
  }
  if (officeFirst && name.length === 1 && !head) {
    return [personMention(phrase, 0, name, 0.45, `one name after the office "${title.join(" ")}"`, titleCase(title.join(" ")))];
  }
  for (const [local, english] of TITLES_LATIN_OTHER) {
    if (p.startsWith(local + " ") && words.length - local.split(" ").length >= 2) {
      const rest = p.slice(local.length + 1).split(/\s+/);
      return [personMention(phrase, local.length, rest, 0.8, `a name after the office "${local}"`, english)];
    }
  }

  if (head) {
    if (head.kind === "Meeting") {
      const ordinal = LEADING_ORDINAL.exec(p) ?? /^(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\b/i.exec(p);
      const trailing = TRAILING_ORDINAL.exec(after.replace(/^\s*\([^)]*\)/, ""));
      if (ordinal) detail.ordinal = readOrdinal(ordinal[1]!);
      else if (trailing) detail.ordinal = readOrdinal(trailing[1]!);
    }
    if (head.kind === "Organisation") detail.orgKind = organisationKindOf(p);
    return [
      {
        ...base,
        kind: head.kind,
        detail,
        confidence: 0.75,
        reason: `named like a ${head.kind === "Organisation" ? "body" : head.kind.toLowerCase()} ("${headPart.slice(0, head.end).split(" ").slice(-2).join(" ")}")`,
      },
    ];
  }

  if (REGIONS_EN.includes(p)) return [{ ...base, kind: "Place", detail: { placeKind: "REGION" }, confidence: 0.7, reason: "a region of the world" }];
  if (countryNames().some((c) => c.name === p)) return [];
  if (isAcronym(p) && !/^[IVXLC]+$/.test(p)) {
    return [{ ...base, kind: "Organisation", detail: { orgKind: "OTHER" }, confidence: 0.35, reason: "an acronym, most often a body's" }];
  }
  if (isDateline(phrase, text)) return [{ ...base, kind: "Place", detail: { placeKind: "CITY" }, confidence: 0.5, reason: "the dateline" }];
  if (words.length >= 2 && words.length <= 4 && words.every((w) => !isTitleWord(w) && !/^\d/.test(w))) {
    if (APPOSITIVE_TITLE_HEADS_EN.test(after.replace(/^\s*(?:,|–|-|—)\s*/, "")) && /^\s*(?:,|–|-|—)/.test(after)) {
      return [{ ...base, kind: "Official", detail: {}, confidence: 0.75, reason: "a name followed by an office" }];
    }
    if (/\b(?:said|says|told|by|according to)\s*$/i.test(before) || /^\s*(?:said|says|told)\b/.test(after)) {
      return [{ ...base, kind: "Official", detail: {}, confidence: 0.6, reason: "a name that speaks" }];
    }
    if (/\b(?:in|at|to|near|from)\s+$/i.test(before) && words.length <= 3) {
      return [{ ...base, kind: "Place", detail: { placeKind: "CITY" }, confidence: 0.45, reason: `a name after "${before.trim().split(/\s+/).pop()}"` }];
    }
  }
  if (words.length === 1 && /\b(?:in|at|near)\s+$/.test(before) && !isTitleWord(p) && /^\p{Lu}\p{Ll}/u.test(p)) {
    return [{ ...base, kind: "Place", detail: { placeKind: "CITY" }, confidence: 0.4, reason: `a name after "${before.trim().split(/\s+/).pop()}"` }];
  }
  return [];
}

/** "PHNOM PENH – …" at the start of a line names where the story was filed. */
function isDateline(phrase: LatinPhrase, text: string): boolean {
  const lineStart = text.lastIndexOf("\n", phrase.start - 1) + 1;
  return (
    text.slice(lineStart, phrase.start).trim() === "" &&
    /^\s*(?:[–—-]|\(|,\s*\p{Lu}[\p{L}.]*\s+\d)/u.test(text.slice(phrase.end, phrase.end + 12)) &&
    phrase.text === phrase.text.toUpperCase()
  );
}

/** Names in the Latin-script parts of an article. */
export function latinMentions(text: string): Mention[] {
  return capitalisedPhrases(text).flatMap((p) => classify(p, text));
}

/**
 * Officials known only by office: "the Executive Director of the AHA Centre".
 * Found where an office is followed by "of" and a body's name and not by a person's name.
 */
export function unnamedOfficials(text: string, organisations: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const office =
    /\b[Tt]he\s+((?:(?:Deputy|Vice|Executive|Permanent|Acting|Assistant|Senior)\s+)*(?:Director-General|Secretary-General|Director|Chairman|Chairwoman|Chairperson|Chair|President|Minister|Ambassador|Head|Spokesperson|Secretary|Governor|Commander|Chief))\s+of\s+/gu;
  for (const m of text.matchAll(office)) {
    const orgStart = m.index + m[0].length;
    const org = organisations.find((o) => o.start === orgStart || o.start === orgStart + 4);
    if (!org) continue;
    let end = org.end;
    const acronym = /^\s*\([^)]{2,20}\)/.exec(text.slice(end));
    if (acronym) end += acronym[0].length;
    if (/^,?\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(end)) && !/^,?\s+(?:[Tt]he|A|An)\b/.test(text.slice(end))) continue;
    const start = m.index;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      kind: "Official",
      source: "pattern",
      confidence: 0.6,
      reason: "an office named without a person",
      detail: { designation: text.slice(start, end), title: m[1] },
      gazetteerIds: [],
    });
  }
  return out;
}
