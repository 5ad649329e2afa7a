import { createHash } from "node:crypto";
import type { EntityKind } from "../../model/entity-kinds.js";
import type { FactType } from "../../model/fact-types.js";
import { DATE_PARTS } from "../../model/graph-keys.js";
import type { PartialDate } from "../../time/partial-date.js";
import { foldSearchText, segmentKhmer } from "../search/search-terms.js";
import { ordinalWord } from "../../model/ordinal-word.js";
import type { Annotation, EntityInput, EvidenceInput, FactInput, PartialDateInput, QualifierInput } from "./annotation.schema.js";

export type Scalar = string | number | boolean | null;
export type Props = Record<string, Scalar>;

export interface NormalizedEvidence {
  id: string;
  props: Props;
}

export interface NormalizedEntity {
  id: string;
  kind: EntityKind;
  props: Props;
  /** "name\tlang\tscript\tkind": a list of strings is what a Neo4j property can hold, and unions stay simple. */
  aliasRecords: string[];
  /** Further forms the name index finds it by (see searchNames). */
  searchNames: string[];
  mentions: string[];
  quotes: string[];
}

export interface NormalizedFact {
  id: string;
  type: FactType;
  subjectId: string;
  objectId: string;
  identity: Props;
  data: Props;
  evidence: NormalizedEvidence[];
  /** Typed values qualifying the fact, each with its own sentence. */
  qualifiers: { id: string; props: Props }[];
}

export interface NormalizedArticle {
  article: { id: string; props: Props; publisherId: string | null };
  /** The validated annotation itself (defaults filled in), kept with the article so an editor can fetch, fix and resend it. */
  source: Annotation;
  entities: NormalizedEntity[];
  facts: NormalizedFact[];
  notes: string[];
}

const hash = (...parts: Scalar[]) =>
  createHash("sha256")
    .update(parts.map((p) => String(p ?? "")).join("\u0000"))
    .digest("hex")
    .slice(0, 20);

/** Case, spacing and diacritics folded, for sorting and for matching titles. */
export const foldKey = (s: string): string => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Further forms the name index should find an entity by, besides its name and aliases:
 * each Khmer name split into words (the analyzer cannot split Khmer), and a meeting's
 * series alone and with its ordinal ("ADSOM WG", "16th ASCCO"), which is how articles
 * refer to meetings.
 */
export function searchNames(entity: EntityInput): string[] {
  const out = new Set<string>(segmentedNames([entity.name, ...entity.aliases.map((a) => a.name)]));
  if (entity.kind === "Meeting" && entity.series) {
    out.add(entity.series);
    if (entity.ordinal !== undefined) out.add(`${ordinalWord(entity.ordinal)} ${entity.series}`);
  }
  return [...out];
}

/**
 * Each Khmer name folded and split into words, as the name index must hold it: its analyzer
 * cannot split Khmer. Names in other scripts give nothing.
 */
export function segmentedNames(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const folded = foldSearchText(name);
    const split = segmentKhmer(folded);
    if (split !== folded) out.add(split);
  }
  return [...out];
}

export function flattenDate(prefix: string, date: PartialDate | undefined): Props {
  const values: Scalar[] = date ? [date.value, date.precision, date.earliest, date.latest, date.text ?? null, date.inferred, date.note ?? null] : DATE_PARTS.map(() => null);
  return Object.fromEntries(DATE_PARTS.map((part, i) => [`${prefix}${part}`, values[i] ?? null]));
}

/**
 * The same fact stated by two articles gets the same id, so the second adds evidence instead
 * of a duplicate. A later term (identity.term from 2) is a fact of its own; the first term
 * keeps the id a fact had before terms were modelled.
 */
export function factId(type: FactType, subjectId: string, objectId: string, identity: Props): string {
  const parts = [type, subjectId, objectId, identity.role ?? null, identity.countryId ?? null, identity.titleKey ?? null, identity.mode ?? null];
  return `fact:${hash(...parts, ...(identity.term != null ? [identity.term] : []))}`;
}

/** What makes two stated facts one: everything factId hashes. The first term is the term-less fact. */
export function factIdentity(fact: FactInput): Props {
  return {
    role: fact.role ?? null,
    countryId: fact.country ?? null,
    title: fact.title ?? null,
    titleKey: fact.title ? foldKey(fact.title) : null,
    mode: fact.mode ?? null,
    term: fact.term !== undefined && fact.term > 1 ? fact.term : null,
  };
}

export const qualifierId = (factId: string, articleId: string, property: string, quote: string) => `qualifier:${hash(factId, articleId, property, quote)}`;

function qualifierProps(q: QualifierInput, text: string, time: PartialDate | undefined): Props {
  return {
    property: q.property,
    valueType: q.quantity ? "QUANTITY" : q.time ? "TIME" : "TEXT",
    amount: q.quantity?.amount ?? null,
    unit: q.quantity?.unit ?? null,
    text: q.text ?? null,
    ...flattenDate("time", time),
    quote: q.evidence.quote,
    inferred: q.evidence.inferred,
    note: q.evidence.note ?? null,
    position: text.indexOf(q.evidence.quote),
  };
}

export const evidenceId = (factOrEntityId: string, articleId: string, quote: string) => `evidence:${hash(factOrEntityId, articleId, quote)}`;

function entityProps(entity: EntityInput, date: (d: PartialDateInput | undefined) => PartialDate | undefined): Props {
  const common: Props = { name: entity.name, sortName: foldKey(entity.name), description: entity.description ?? null };
  switch (entity.kind) {
    case "Official":
      return { ...common, named: entity.named, designation: entity.designation ?? null };
    case "Organisation":
      return { ...common, orgKind: entity.orgKind };
    case "Country":
      return { ...common, isoCode: /^country:[A-Z]{3}$/.test(entity.id) ? entity.id.slice("country:".length) : null };
    case "Place":
      return { ...common, placeKind: entity.placeKind };
    case "Framework":
      return { ...common, frameworkKind: entity.frameworkKind };
    case "Topic":
      return common;
    case "Meeting": {
      const start = date(entity.start);
      const end = date(entity.end);
      return {
        ...common,
        series: entity.series ?? null,
        ordinal: entity.ordinal ?? null,
        theme: entity.theme ?? null,
        status: entity.status,
        ...flattenDate("start", start),
        ...flattenDate("end", end),
        dateEarliest: start?.earliest ?? null,
        dateLatest: end?.latest ?? start?.latest ?? null,
      };
    }
  }
}

/**
 * Each piece of evidence keeps the dates its article states for the fact (`statedFrom*`,
 * `statedUntil*`): the fact itself keeps the first dates it was given (or an editor's
 * correction), so another article's different dates are kept here rather than dropped.
 */
function evidenceProps(ev: EvidenceInput, text: string, asOf: PartialDate | undefined, stated: { from?: PartialDate; until?: PartialDate }): Props {
  return {
    quote: ev.quote,
    inferred: ev.inferred,
    note: ev.note ?? null,
    past: ev.past,
    position: text.indexOf(ev.quote),
    ...flattenDate("asOf", asOf),
    ...flattenDate("statedFrom", stated.from),
    ...flattenDate("statedUntil", stated.until),
  };
}

/** Shapes a validated annotation for the loader: ids computed, dates flattened, nothing left to decide in Cypher. */
export function normalizeAnnotation(annotation: Annotation, date: (d: PartialDateInput) => PartialDate): NormalizedArticle {
  const { article } = annotation;
  const opt = (d: PartialDateInput | undefined) => (d ? date(d) : undefined);
  const published = opt(article.published);
  return {
    source: annotation,
    article: {
      id: article.id,
      publisherId: article.publisher ?? null,
      props: { title: article.title, language: article.language, url: article.url ?? null, text: article.text, ...flattenDate("published", published) },
    },
    entities: annotation.entities.map((entity) => ({
      id: entity.id,
      kind: entity.kind,
      props: entityProps(entity, opt),
      aliasRecords: entity.aliases.map((a) => [a.name, a.lang, a.script, a.kind].join("\t")),
      searchNames: searchNames(entity),
      mentions: entity.mentions,
      quotes: entity.evidence.map((e) => e.quote),
    })),
    facts: mergeDuplicateFacts(
      annotation.facts.map((fact) => {
        const identity = factIdentity(fact);
        const id = factId(fact.type, fact.subject, fact.object, identity);
        // A sentence that states a current office attests it on the day the article appeared,
        // unless it gives its own `asOf` or speaks of the office as past.
        const defaultAsOf = fact.type === "HOLDS_POSITION" ? published : undefined;
        const stated = { from: opt(fact.from), until: opt(fact.until) };
        return {
          id,
          type: fact.type,
          subjectId: fact.subject,
          objectId: fact.object,
          identity,
          data: { ...flattenDate("from", stated.from), ...flattenDate("until", stated.until) },
          qualifiers: fact.qualifiers.map((q) => ({ id: qualifierId(id, article.id, q.property, q.evidence.quote), props: qualifierProps(q, article.text, opt(q.time)) })),
          evidence: fact.evidence.map((ev) => ({
            id: evidenceId(id, article.id, ev.quote),
            props: evidenceProps(ev, article.text, opt(ev.asOf) ?? (ev.past ? undefined : defaultAsOf), stated),
          })),
        };
      }),
    ),
    notes: annotation.notes,
  };
}

/**
 * One file may state the same fact twice (two sentences); it is one fact with both pieces
 * of evidence. The validator has checked that their dates agree (partial dates that agree
 * are nested), so each date is taken from whichever states it more precisely.
 */
function mergeDuplicateFacts(facts: NormalizedFact[]): NormalizedFact[] {
  const byId = new Map<string, NormalizedFact>();
  for (const fact of facts) {
    const seen = byId.get(fact.id);
    if (!seen) {
      byId.set(fact.id, { ...fact, data: { ...fact.data }, evidence: [...fact.evidence], qualifiers: [...fact.qualifiers] });
      continue;
    }
    for (const ev of fact.evidence) if (!seen.evidence.some((e) => e.id === ev.id)) seen.evidence.push(ev);
    for (const q of fact.qualifiers) if (!seen.qualifiers.some((e) => e.id === q.id)) seen.qualifiers.push(q);
    for (const prefix of ["from", "until"]) {
      const mine = fact.data[`${prefix}Value`];
      const theirs = seen.data[`${prefix}Value`];
      if (typeof mine === "string" && (typeof theirs !== "string" || mine.length > theirs.length)) {
        for (const part of DATE_PARTS) seen.data[`${prefix}${part}`] = fact.data[`${prefix}${part}`] ?? null;
      }
    }
  }
  return [...byId.values()];
}
