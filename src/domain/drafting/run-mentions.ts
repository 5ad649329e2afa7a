import type { EntityKind, Mention, MentionDetail } from "./draft.types.js";
import { HONORIFICS, WEAK_HONORIFICS } from "./lexicons/honorifics.js";
import { TITLES_KM, TITLES_TH } from "./lexicons/titles.js";
import { ORG_HEADS_KM, ORG_HEADS_TH } from "./lexicons/organisation-heads.js";
import { MEETING_HEADS_KM, MEETING_HEADS_TH, TRAILING_ORDINAL, readOrdinal } from "./lexicons/meetings.js";
import { FRAMEWORK_HEADS_KM, FRAMEWORK_HEADS_TH } from "./lexicons/frameworks.js";
import { PLACE_HEADS_KM, PLACE_HEADS_TH } from "./lexicons/places.js";

/**
 * Names in Thai and Khmer, which write a name as one unbroken run of letters
 * after a head word ("กระทรวงการต่างประเทศ", "ក្រសួងការបរទេស"). A head found on
 * a word boundary starts a mention that runs to the next space or punctuation;
 * a person's name follows an honorific as a given name and a family name.
 */

const THAI = "\\u0E00-\\u0E7F";
const KHMER = "\\u1780-\\u17FF\\u19E0-\\u19FF\\u200B";

interface HeadSpec {
  head: string;
  kind: EntityKind;
  detail: MentionDetail;
}

function heads(script: "th" | "km"): HeadSpec[] {
  const th = script === "th";
  return [
    ...(th ? ORG_HEADS_TH : ORG_HEADS_KM).map(([head, orgKind]) => ({ head, kind: "Organisation" as const, detail: { orgKind } })),
    ...(th ? MEETING_HEADS_TH : MEETING_HEADS_KM).map((head) => ({ head, kind: "Meeting" as const, detail: {} })),
    ...(th ? FRAMEWORK_HEADS_TH : FRAMEWORK_HEADS_KM).map(([head, frameworkKind]) => ({ head, kind: "Framework" as const, detail: { frameworkKind } })),
    ...(th ? PLACE_HEADS_TH : PLACE_HEADS_KM).map(([head, placeKind]) => ({ head, kind: "Place" as const, detail: { placeKind } })),
  ].sort((a, b) => b.head.length - a.head.length);
}

/** Words that end a name when they start the rest of a run: verbs and linking words that follow a name without a space. */
const RUN_STOPS_TH = ["เป็น", "ได้", "เพื่อ", "ซึ่ง", "โดย", "ที่", "ใน", "ของ", "กับ", "ให้", "จะ", "ณ", "มี", "ก็", "จาก", "แก่", "ไป", "มา", "ว่า", "อย่าง"];
const RUN_STOPS_KM = ["បាន", "ដើម្បី", "និង", "ដែល", "នៅ", "របស់", "ជាមួយ", "ក្នុង", "ជា", "ពី", "លើ"];

/** Thai and Khmer year phrases after a framework's name: "ค.ศ. ๒๐๒๕", "ឆ្នាំ២០២៥". */
const YEAR_SUFFIX = /^\s?(?:ค\.ศ\.|พ\.ศ\.|ឆ្នាំ)\s?[0-9๐-๙០-៩]{4}/u;

function runEnd(text: string, from: number, script: "th" | "km", boundaries: ReadonlySet<number>): number {
  const letters = new RegExp(`[${script === "th" ? THAI : KHMER}]`, "u");
  let end = from;
  while (end < text.length && letters.test(text[end]!) && !/[ๆฯ]/.test(text[end]!)) end++;
  // Stop before a linking word that starts on a word boundary inside the run.
  const stops = script === "th" ? RUN_STOPS_TH : RUN_STOPS_KM;
  for (let i = from + 1; i < end; i++) {
    if (!boundaries.has(i)) continue;
    if (stops.some((s) => text.startsWith(s, i) && boundaries.has(i + s.length))) return i;
  }
  // Khmer names of ministries join their portfolios with a spaced "និង": "ក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ".
  if (script === "km" && text.startsWith(" និង", end) && letters.test(text[end + 5] ?? "")) return runEnd(text, end + 5, script, boundaries);
  return end;
}

export function runMentions(text: string, script: "th" | "km", boundaries: ReadonlySet<number>): Mention[] {
  const out: Mention[] = [];
  const specs = heads(script);
  const letters = script === "th" ? THAI : KHMER;
  const headRe = new RegExp(`[${letters}]+`, "gu");
  for (const run of text.matchAll(headRe)) {
    for (let i = run.index; i < run.index + run[0].length; i++) {
      if (!boundaries.has(i)) continue;
      const spec = specs.find((s) => text.startsWith(s.head, i));
      if (!spec) continue;
      let end = runEnd(text, i, script, boundaries);
      if (end - i <= spec.head.length && spec.kind !== "Organisation") continue;
      const detail: MentionDetail = { ...spec.detail };
      if (spec.kind === "Framework") {
        const year = YEAR_SUFFIX.exec(text.slice(end));
        if (year) end += year[0].length;
      }
      if (spec.kind === "Meeting") {
        const ordinal = TRAILING_ORDINAL.exec(text.slice(end));
        if (ordinal) {
          detail.ordinal = readOrdinal(ordinal[1]!);
          end += ordinal[0].length;
        }
      }
      out.push({
        start: i,
        end,
        text: text.slice(i, end),
        kind: spec.kind,
        source: "lexicon",
        confidence: 0.7,
        reason: `starts with "${spec.head}"`,
        detail,
        gazetteerIds: [],
      });
      i = end - 1;
    }
  }
  const persons = people(text, script);
  return [...out, ...persons, ...unnamedOffices(text, script, boundaries, persons)];
}

/** Honorific + given name + family name: "นายพลพงศ์ วังแพน", "ឯកឧត្តម ប្រាក់ សុខុន". */
function people(text: string, script: "th" | "km"): Mention[] {
  const out: Mention[] = [];
  const letters = script === "th" ? THAI : KHMER;
  const titles = (script === "th" ? TITLES_TH : TITLES_KM).map(([t]) => t);
  const honorifics = [...(HONORIFICS[script] ?? [])].sort((a, b) => b.length - a.length);
  const alternation = honorifics.map((h) => h.replace(/[.]/g, "\\.")).join("|");
  // Thai writes the given name straight after the honorific; Khmer puts a space, and splits family and given names by spaces too.
  const re = new RegExp(`(${alternation})\\s?([${letters}]+)((?:\\s[${letters}]+){1,2})`, "gu");
  for (const m of text.matchAll(re)) {
    const honorific = m[1]!;
    let parts = [m[2]!, ...m[3]!.trim().split(/\s/)];
    // A title after the name is not part of it.
    const cut = parts.findIndex((p, i) => i > 0 && titles.some((t) => p.startsWith(t)));
    if (cut > 0) parts = parts.slice(0, cut);
    if (script === "th") parts = parts.slice(0, 2);
    if (parts.length < 2 && WEAK_HONORIFICS.has(honorific)) continue;
    if (parts.length < 2 && script === "km") continue;
    if (titles.some((t) => parts[0]!.startsWith(t))) continue;
    const nameStart = m.index + honorific.length + (text[m.index + honorific.length] === " " ? 1 : 0);
    const name = parts.join(" ");
    if (!text.startsWith(name, nameStart)) continue;
    out.push({
      start: nameStart,
      end: nameStart + name.length,
      text: name,
      kind: "Official",
      source: "pattern",
      confidence: parts.length >= 2 ? 0.85 : 0.5,
      reason: `a name after the honorific "${honorific}"`,
      detail: {},
      gazetteerIds: [],
    });
  }
  return out;
}

/** An office at the start of a run with no name before it: "รองเลขาธิการอาเซียน…เป็นประธาน" is an official known only by office. */
function unnamedOffices(text: string, script: "th" | "km", boundaries: ReadonlySet<number>, found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const titles = script === "th" ? TITLES_TH : TITLES_KM;
  const letters = new RegExp(`[${script === "th" ? THAI : KHMER}]`, "u");
  for (const [title, english] of titles) {
    for (let i = text.indexOf(title); i >= 0; i = text.indexOf(title, i + 1)) {
      if (i > 0 && letters.test(text[i - 1]!) && !/(?:โดยมี|มี|ដោយមាន)$/u.test(text.slice(Math.max(0, i - 6), i))) continue;
      if (!boundaries.has(i)) continue;
      // Right after a person's name it is that person's office, not another official.
      if (/[\p{L}\p{M}]\s$/u.test(text.slice(Math.max(0, i - 2), i)) && found.some((m) => m.kind === "Official" && m.end >= i - 2)) continue;
      const end = runEnd(text, i, script, boundaries);
      if (end - i <= title.length) continue;
      out.push({
        start: i,
        end,
        text: text.slice(i, end),
        kind: "Official",
        source: "pattern",
        confidence: 0.5,
        reason: `the office "${title}" (${english}) with no name`,
        detail: { designation: text.slice(i, end), title: english },
        gazetteerIds: [],
      });
    }
  }
  return out;
}
