import type { GazetteerEntry, Mention, Word } from "./draft.types.js";
import { matchGazetteer } from "./gazetteer.js";
import { latinMentions, unnamedOfficials } from "./latin-mentions.js";
import { runMentions } from "./run-mentions.js";
import { countryNames } from "./lexicons/countries.js";
import { organisationKindOf } from "./lexicons/organisation-heads.js";
import { INTERNATIONAL_BODIES } from "./lexicons/international-bodies.js";
import { cityNames } from "./lexicons/cities.js";
import { countryCrises, topicForms } from "./lexicons/topics.js";
import { wordBoundaries } from "./segment.js";
import { findAll, foldSameLength, isAcronym } from "./text-match.js";

/**
 * Every stretch of the article that names an entity: the graph's own names,
 * country names, and the names the lexicon rules find, in every script the
 * text uses. Overlaps are settled longest first; a shorter mention inside a
 * longer one survives only when it names a body the longer one belongs to
 * ("the 17th Meeting of the Task Force" contains the task force).
 */
export function findMentions(text: string, words: readonly Word[], gazetteer: readonly GazetteerEntry[]): Mention[] {
  const boundaries = wordBoundaries(words);
  const found: Mention[] = [
    ...matchGazetteer(text, boundaries, gazetteer),
    ...countryMentions(text, boundaries),
    ...cityMentions(text, boundaries),
    ...bodyMentions(text, boundaries),
    ...topicMentions(text, boundaries),
    ...latinMentions(text),
  ];
  if (/[\u0E00-\u0E7F]/u.test(text)) found.push(...runMentions(text, "th", boundaries));
  if (/[\u1780-\u17FF]/u.test(text)) found.push(...runMentions(text, "km", boundaries));
  found.push(...bodiesOfMeetings(found));
  found.push(...meetingsOfBodies(text, found));
  found.push(...ownedMeetings(text));
  found.push(
    ...unnamedOfficials(
      text,
      found.filter((m) => m.kind === "Organisation"),
    ),
  );
  return joinAcronymSplits(text, settle(found));
}

/**
 * "ASEAN Political-Security Community (APSC) Strategic Plan" is one name with an
 * acronym inside it, not a body followed by a plan: the two mentions become one.
 */
function joinAcronymSplits(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const gap = /^\s*\(([^()]{2,16})\)\s+/u.exec(text.slice(m.end));
    const next = gap ? mentions.find((n) => n.start === m.end + gap[0].length && (n.kind === "Framework" || n.kind === "Meeting")) : undefined;
    if (gap && next && isAcronym(gap[1]!) && m.kind === "Organisation") {
      next.start = m.start;
      next.text = text.slice(m.start, next.end);
      next.detail = { ...next.detail };
      continue;
    }
    out.push(m);
  }
  const joined = out.filter((m) => m.kind === "Framework" || m.kind === "Meeting");
  return out.filter((m) => !(m.kind === "Organisation" && isAcronym(m.text) && joined.some((j) => j.start < m.start && m.end < j.end && /\(\S+\)/.test(j.text))));
}

function countryMentions(text: string, boundaries: ReadonlySet<number>): Mention[] {
  const out: Mention[] = [];
  for (const c of countryNames()) {
    for (const start of findAll(text, c.name, boundaries)) {
      out.push({
        start,
        end: start + c.name.length,
        text: c.name,
        kind: "Country",
        source: "lexicon",
        confidence: c.demonym ? 0.8 : 0.95,
        reason: c.demonym ? `"${c.name}" is said of ${c.iso3}` : `a name of ${c.iso3}`,
        detail: { iso3: c.iso3 },
        gazetteerIds: [],
      });
    }
  }
  return out;
}

/** Cities and provinces the lexicon knows, by any of their names; the English name is the entity's. */
function cityMentions(text: string, boundaries: ReadonlySet<number>): Mention[] {
  const out: Mention[] = [];
  for (const [name, city] of cityNames()) {
    for (const start of findAll(text, name, boundaries)) {
      out.push({
        start,
        end: start + name.length,
        text: name,
        kind: "Place",
        source: "lexicon",
        confidence: 0.85,
        reason: `a name of ${city.name}, a ${city.kind === "PROVINCE" ? "province" : "city"} in ${city.iso3}`,
        detail: { placeKind: city.kind, canonical: city.name },
        gazetteerIds: [],
      });
    }
  }
  return out;
}

/**
 * Matters a meeting may take up, from the topics lexicon (any case), and a
 * crisis in a named country. Whether the article says a meeting took one up is
 * for the fact rules to judge.
 */
export function topicMentions(text: string, boundaries: ReadonlySet<number>): Mention[] {
  const out: Mention[] = [];
  const folded = foldSameLength(text);
  const topic = (start: number, end: number, name: string, reason: string): Mention => ({
    start,
    end,
    text: text.slice(start, end),
    kind: "Topic",
    source: "lexicon",
    confidence: 0.6,
    reason,
    detail: { canonical: name },
    gazetteerIds: [],
  });
  for (const [form, entry] of topicForms()) {
    for (const start of findAll(folded, foldSameLength(form), boundaries)) out.push(topic(start, start + form.length, entry.name, `a name of the topic ${entry.name}`));
  }
  for (const c of countryCrises(text)) if (boundaries.has(c.start) && boundaries.has(c.end)) out.push(topic(c.start, c.end, c.name, "a crisis in a named country"));
  return out;
}

function bodyMentions(text: string, boundaries: ReadonlySet<number>): Mention[] {
  const out: Mention[] = [];
  for (const body of INTERNATIONAL_BODIES) {
    for (const name of [...body.names, ...(body.acronym ? [body.acronym] : [])]) {
      for (const start of findAll(text, name, boundaries)) {
        out.push({
          start,
          end: start + name.length,
          text: name,
          kind: "Organisation",
          source: "lexicon",
          confidence: 0.9,
          reason: `a name of ${body.names[0]}`,
          detail: { orgKind: body.orgKind, canonical: body.names[0] },
          gazetteerIds: [],
        });
      }
    }
  }
  return out;
}

/** "a meeting of the ASEAN Defence Senior Officials’ Meeting Working Group (ADSOM WG)": a meeting named only by its body. */
function meetingsOfBodies(text: string, found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const lead =
    /\b(?:a|an|the)\s+((?:(?:annual|regular|special|informal|ministerial|extraordinary|joint|first|second|third|latest|recent)\s+)?(?:meeting|summit|conference|retreat|session|consultation)s?)\s+of\s+(?:the\s+)?$/iu;
  for (const body of found) {
    if (body.kind !== "Organisation") continue;
    const m = lead.exec(text.slice(Math.max(0, body.start - 60), body.start));
    if (!m) continue;
    const start = body.start - m[0].length;
    let end = body.end;
    const acronym = /^\s*\([^()]{2,20}\)/u.exec(text.slice(end));
    if (acronym) end += acronym[0].length;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      kind: "Meeting",
      source: "pattern",
      confidence: 0.55,
      reason: `"${m[1]} of" a body`,
      detail: {},
      gazetteerIds: [],
    });
  }
  return out;
}

/**
 * A meeting written in lower case, known by whose it is and how often it is
 * held: "the ministry’s annual conference", "ASEAN’s regular summit". Both the
 * owner and the qualifier are required, so a bare "the meeting" (which refers
 * back) or "an informal meeting" (which names none) is not taken.
 */
const OWNED_MEETING =
  /(?<![\p{L}\d])(?:the|its|their)\s+(?:([\p{L}-]+)[’']s\s+)?((?:annual|biennial|regular|year-end|mid-year|half-yearly|quarterly|plenary|general)\s+(?:\p{Ll}+\s+)?(?:meeting|conference|summit|retreat|forum|session|congress|assembly))(?![\p{L}\d])/gu;

function ownedMeetings(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(OWNED_MEETING)) {
    if (!m[1] && !/^(?:its|their)\s/u.test(m[0])) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: "Meeting",
      source: "pattern",
      confidence: 0.5,
      reason: `"${m[2]}" of ${m[1] ? `the ${m[1]}` : "the body named before"}`,
      detail: {},
      gazetteerIds: [],
    });
  }
  return out;
}

const MEETING_OF = /^(.*?\b(?:Meeting|Meetings|Summit|Conference|Session|Consultation|Retreat)s?)\s+(?:of|for)\s+(?:the\s+)?(.+?)(?:\s*\([^()]{2,20}\))?$/iu;

/** "17th Meeting of the High-Level Task Force …": the body is named inside the meeting's name. */
function bodiesOfMeetings(found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of found) {
    if (m.kind !== "Meeting") continue;
    const parts = MEETING_OF.exec(m.text);
    if (!parts) continue;
    const body = parts[2]!;
    const start = m.start + m.text.length - body.length;
    if (found.some((f) => f.start === start && f.end === m.end && f.kind === "Organisation")) continue;
    out.push({
      start,
      end: m.end,
      text: body,
      kind: "Organisation",
      source: "pattern",
      confidence: 0.6,
      reason: "the body a meeting is named after",
      detail: { orgKind: organisationKindOf(body) },
      gazetteerIds: [],
    });
  }
  return out;
}

const SOURCE_RANK: Record<Mention["source"], number> = { pattern: 3, gazetteer: 4, lexicon: 2, "short-form": 1, acronym: 1 };

/** May `inner` stand inside `outer`? A body inside a meeting's, an office's or a framework's name may; anything else inside a longer name is part of it. */
function mayNest(outer: Mention, inner: Mention): boolean {
  if (inner.kind === outer.kind) return false;
  if (inner.kind === "Organisation") return outer.kind === "Meeting" || outer.kind === "Official";
  // "the political crisis in Myanmar" still names Myanmar.
  if (inner.kind === "Country") return outer.kind === "Topic";
  return false;
}

function settle(found: Mention[]): Mention[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || SOURCE_RANK[b.source] - SOURCE_RANK[a.source] || b.confidence - a.confidence);
  const kept: Mention[] = [];
  for (const m of sorted) {
    const same = kept.find((k) => k.start === m.start && k.end === m.end);
    if (same) {
      if (same.kind === m.kind) {
        same.gazetteerIds = [...new Set([...same.gazetteerIds, ...m.gazetteerIds])];
        same.detail = { ...m.detail, ...same.detail };
      }
      continue;
    }
    const crosses = kept.some((k) => m.start < k.end && k.start < m.end && !(k.start <= m.start && m.end <= k.end));
    if (crosses) continue;
    const outer = kept.filter((k) => k.start <= m.start && m.end <= k.end);
    if (outer.length && !outer.every((o) => mayNest(o, m))) continue;
    // An unresolved acronym inside nothing is weak; it stays for short-form resolution to judge.
    if (m.source === "pattern" && isAcronym(m.text) && m.confidence < 0.4 && m.gazetteerIds.length) m.confidence = 0.8;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
