import { createHash } from "node:crypto";
import type { AnnotationInput } from "../annotation/annotation.schema.js";
import { ID_PREFIX } from "../../model/entity-kinds.js";
import type { DraftEntity, DraftFactItem, EntityLink, GazetteerEntry, LinkCandidate, Sentence } from "./draft.types.js";
import { segmentSentences, segmentWords } from "./segment.js";
import { findMentions } from "./mentions.js";
import { groupEntities } from "./short-forms.js";
import { linkEntity } from "./link.js";
import { findDates, type StatedDate } from "./dates.js";
import { extractFacts } from "./facts.js";
import { parsePartialValue } from "../../time/partial-date.js";

/**
 * The drafting pipeline end to end: raw text in, a draft in the annotation
 * format out (valid for ingestArticle), with a confidence, a reason and link
 * candidates for each item, so an editor reviews rather than retypes. It is
 * deterministic and offline: the same text and gazetteer give the same draft.
 */
export interface DraftInput {
  text: string;
  language: string;
  title: string;
  url?: string;
  /** The article's date as YYYY, YYYY-MM or YYYY-MM-DD; the year reads yearless dates. */
  published?: string;
  /** The publisher's name; linked to the graph when it knows it. */
  publisher?: string;
}

export interface EntityReview {
  id: string;
  kind: string;
  name: string;
  confidence: number;
  reasons: string[];
  /** The existing entity the draft links to (its id is then the entity's own id). */
  linkedId?: string;
  candidates: LinkCandidate[];
  linkReason: string;
}

export interface FactReview {
  /** Index into the draft's `facts`. */
  index: number;
  confidence: number;
  reason: string;
  /** The sentence the fact is drawn from, for reading while reviewing. */
  evidence: string;
}

export interface Draft {
  annotation: AnnotationInput;
  entities: EntityReview[];
  facts: FactReview[];
}

const hash = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("hex");

export function draftArticle(input: DraftInput, gazetteer: readonly GazetteerEntry[]): Draft {
  const { text, language } = input;
  const sentences = segmentSentences(text, language);
  const words = segmentWords(text, language);
  const mentions = findMentions(text, words, gazetteer);
  const grouped = groupEntities(text, mentions);
  const year = input.published ? Number(input.published.slice(0, 4)) : undefined;
  const dates = findDates(text, year ? { year } : {});
  const facts = extractFacts(text, language, sentences, grouped);
  // A topic is drafted only when a meeting is said to take it up; a passing mention ("the risks of climate change") is not one.
  const entities = grouped.filter((e) => e.kind !== "Topic" || facts.some((f) => f.objectKey === e.key));
  const articleKey = hash(input.url ?? text).slice(0, 16);

  const links = new Map<DraftEntity, EntityLink>(entities.map((e) => [e, linkEntity(e, gazetteer, language)]));
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const e of entities) {
    const linked = links.get(e)!.linkedId;
    let id = linked ?? `${ID_PREFIX[e.kind]}:${hash(articleKey, e.key).slice(0, 12)}`;
    // Two drafted entities never share an id; a second link to the same entity stays new.
    if (used.has(id)) id = `${ID_PREFIX[e.kind]}:${hash(articleKey, e.key, "2").slice(0, 12)}`;
    used.add(id);
    ids.set(e.key, id);
  }
  const gazetteerById = new Map(gazetteer.map((g) => [g.id, g]));

  const annotationEntities: AnnotationInput["entities"] = entities.map((e) => entityJson(e, ids.get(e.key)!, links.get(e)!, gazetteerById, language, sentences, dates, text));
  const publisher = publisherEntity(input.publisher, entities, ids, gazetteer, articleKey);
  if (publisher && !annotationEntities.some((x) => x.id === publisher.id)) annotationEntities.push(publisher.json!);
  // "told The Post" in an article The Phnom Penh Post published: the short name is the publisher's, which names the entity.
  const short = publisher?.shortFor ? annotationEntities.find((x) => x.id === publisher.id) : undefined;
  if (short && input.publisher && !links.get(publisher!.shortFor!)!.linkedId) {
    short.aliases = [...(short.aliases ?? []), { name: short.name, lang: langOf(short.name, language), script: scriptOf(short.name) as "Latn", kind: "short" }];
    short.name = input.publisher.trim();
  }

  const factJson = facts.map((f) => factToJson(f, ids)).filter((f): f is NonNullable<typeof f> => f !== undefined);
  // A sentence that supports several facts is given once, by offsets, and cited by reference.
  const bySentence = new Map<number, number>();
  for (const f of factJson) bySentence.set(f.source.sentence.start, (bySentence.get(f.source.sentence.start) ?? 0) + 1);
  const shared = [...bySentence].filter(([, n]) => n > 1).map(([start]) => sentences.find((x) => x.start === start)!);
  const refOf = new Map(shared.map((x, i) => [x.start, `s${i + 1}`]));
  for (const f of factJson) {
    const ref = refOf.get(f.source.sentence.start);
    const inferred = f.source.inferredBecause ? { inferred: true, note: f.source.inferredBecause } : {};
    f.json.evidence = [ref ? { ref, ...inferred } : { at: { start: f.source.sentence.start, end: f.source.sentence.end }, ...inferred }];
  }
  const annotation: AnnotationInput = {
    formatVersion: 1,
    article: {
      id: `article:${articleKey}`,
      title: input.title,
      language,
      ...(input.url ? { url: input.url } : {}),
      ...(input.published ? { published: { value: input.published } } : {}),
      ...(publisher ? { publisher: publisher.id } : {}),
      text,
    },
    entities: annotationEntities,
    facts: factJson.map((f) => f.json),
    evidence: shared.map((x) => ({ id: refOf.get(x.start)!, at: { start: x.start, end: x.end } })),
    notes: ["Drafted automatically; every entity, link and fact awaits an editor's review."],
  };
  return {
    annotation,
    entities: entities.map((e) => {
      const link = links.get(e)!;
      return {
        id: ids.get(e.key)!,
        kind: e.kind,
        name: e.name,
        confidence: round(e.confidence),
        reasons: e.reasons,
        ...(link.linkedId ? { linkedId: link.linkedId } : {}),
        candidates: link.candidates,
        linkReason: link.reason,
      };
    }),
    facts: factJson.map((f, index) => ({ index, confidence: round(f.source.confidence), reason: f.source.reason, evidence: f.source.sentence.text })),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

const scriptOf = (s: string) => (/[\u0E00-\u0E7F]/u.test(s) ? "Thai" : /[\u1780-\u17FF]/u.test(s) ? "Khmr" : /[\u1000-\u109F]/u.test(s) ? "Mymr" : "Latn");
const langOf = (s: string, articleLang: string) => {
  const script = scriptOf(s);
  return script === "Thai" ? "th" : script === "Khmr" ? "km" : script === "Mymr" ? "my" : ["vi", "id", "ms", "en", "fil"].includes(articleLang) ? articleLang : "en";
};

function entityJson(
  e: DraftEntity,
  id: string,
  link: EntityLink,
  gazetteerById: ReadonlyMap<string, GazetteerEntry>,
  lang: string,
  sentences: readonly Sentence[],
  dates: readonly StatedDate[],
  text: string,
): AnnotationInput["entities"][number] {
  const linked = link.linkedId ? gazetteerById.get(link.linkedId) : undefined;
  const designation = e.detail.designation;
  const name = linked?.name ?? (designation ? `${designation.replace(/^the\s+/i, "").replace(/\s*\([^)]*\)\s*$/, "")} (unnamed)` : e.name);
  const known = new Set([name, ...(linked?.aliases ?? [])]);
  const aliases = [...(e.name !== name && !designation ? [{ name: e.name, kind: "variant" as const }] : []), ...e.shortForms]
    .filter((a) => !known.has(a.name) && (known.add(a.name), true))
    .map((a) => ({ name: a.name, lang: langOf(a.name, lang), script: scriptOf(a.name) as "Latn", kind: a.kind }));
  const mentions = [...new Set(e.mentions.map((m) => m.text))].filter((m) => text.includes(m));
  const base = { id, name, aliases, mentions };
  switch (e.kind) {
    case "Official":
      return { ...base, kind: "Official", named: !designation, ...(designation ? { designation } : {}) };
    case "Organisation":
      return { ...base, kind: "Organisation", orgKind: e.detail.orgKind ?? "OTHER" };
    case "Country":
      return { ...base, kind: "Country" };
    case "Place":
      return { ...base, kind: "Place", placeKind: e.detail.placeKind ?? "OTHER" };
    case "Framework":
      return { ...base, kind: "Framework", frameworkKind: e.detail.frameworkKind ?? "OTHER" };
    case "Topic":
      return { ...base, kind: "Topic" };
    case "Meeting": {
      const when = meetingDate(e, sentences, dates);
      return {
        ...base,
        kind: "Meeting",
        ...(e.detail.series ? { series: e.detail.series } : {}),
        ...(e.detail.ordinal ? { ordinal: e.detail.ordinal } : {}),
        ...(when
          ? {
              start: { value: when.date.start.value, text: when.date.text },
              ...(when.date.end ? { end: { value: when.date.end.value, text: when.date.text } } : {}),
              evidence: [{ at: { start: when.sentence.start, end: when.sentence.end } }],
            }
          : {}),
      };
    }
  }
}

/** A meeting's date: a date stated in the first sentence that names the meeting and states one. */
function meetingDate(e: DraftEntity, sentences: readonly Sentence[], dates: readonly StatedDate[]) {
  for (const s of sentences) {
    if (!e.mentions.some((m) => m.start >= s.start && m.end <= s.end)) continue;
    const date = dates.find((d) => d.at.start >= s.start && d.at.end <= s.end);
    if (date) return { sentence: s, date };
  }
  return undefined;
}

function factToJson(f: DraftFactItem, ids: ReadonlyMap<string, string>) {
  const subject = ids.get(f.subjectKey);
  const object = ids.get(f.objectKey);
  if (!subject || !object) return undefined;
  const country = f.countryKey ? ids.get(f.countryKey) : undefined;
  const json: AnnotationInput["facts"][number] = {
    type: f.type,
    subject,
    object,
    ...(f.role ? { role: f.role } : {}),
    ...(country ? { country } : {}),
    ...(f.title ? { title: f.title } : {}),
    ...(f.mode ? { mode: f.mode } : {}),
    evidence: [{ at: { start: f.sentence.start, end: f.sentence.end } }],
  };
  return { json, source: f };
}

function publisherEntity(name: string | undefined, entities: readonly DraftEntity[], ids: ReadonlyMap<string, string>, gazetteer: readonly GazetteerEntry[], articleKey: string) {
  if (!name?.trim()) return undefined;
  const folded = name.trim().toLowerCase();
  const drafted = entities.find((e) => e.kind === "Organisation" && [e.name, ...e.shortForms.map((s) => s.name)].some((n) => n.toLowerCase() === folded));
  if (drafted) return { id: ids.get(drafted.key)! };
  // A news outlet the article names by the end of the publisher's name ("The Post" for The Phnom Penh Post).
  const outlets = entities.filter((e) => e.kind === "Organisation" && e.detail.orgKind === "MEDIA" && folded.endsWith(` ${e.name.replace(/^the\s+/iu, "").toLowerCase()}`));
  if (outlets.length === 1) return { id: ids.get(outlets[0]!.key)!, shortFor: outlets[0]! };
  const known = gazetteer.filter((g) => g.kind === "Organisation" && [g.name, ...g.aliases].some((n) => n.toLowerCase() === folded));
  const id = known.length === 1 ? known[0]!.id : `org:${hash(articleKey, "publisher", folded).slice(0, 12)}`;
  const json: AnnotationInput["entities"][number] = {
    id,
    kind: "Organisation",
    name: known.length === 1 ? known[0]!.name : name.trim(),
    orgKind: "MEDIA",
    aliases: [],
    mentions: [],
  };
  return { id, json };
}

/** Checks a published date early, with the same reader the format uses. */
export function checkPublished(value: string): string {
  return parsePartialValue(value).value;
}
