import { createHash } from "node:crypto";
import type { EntityKind } from "../../model/entity-kinds.js";
import type { FactType } from "../../model/fact-types.js";
import { DATE_PARTS } from "../../model/graph-keys.js";
import type { PartialDate } from "../../time/partial-date.js";
import type { Annotation, EntityInput, EvidenceInput, PartialDateInput } from "./annotation.schema.js";

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
}

export interface NormalizedArticle {
  article: { id: string; props: Props; publisherId: string | null };
  /** The validated annotation itself (defaults filled in), kept with the article so an editor can fetch, fix and resend it. */
  source: Annotation;
  entities: NormalizedEntity[];
  facts: NormalizedFact[];
  notes: string[];
}

const hash = (...parts: Scalar[]) => createHash("sha256").update(parts.map((p) => String(p ?? "")).join("\u0000")).digest("hex").slice(0, 20);

/** Case, spacing and diacritics folded, for sorting and for matching titles. */
export const foldKey = (s: string): string => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

export function flattenDate(prefix: string, date: PartialDate | undefined): Props {
  const values: Scalar[] = date ? [date.value, date.precision, date.earliest, date.latest, date.text ?? null, date.inferred, date.note ?? null] : DATE_PARTS.map(() => null);
  return Object.fromEntries(DATE_PARTS.map((part, i) => [`${prefix}${part}`, values[i] ?? null]));
}

/** The same fact stated by two articles gets the same id, so the second adds evidence instead of a duplicate. */
export function factId(type: FactType, subjectId: string, objectId: string, identity: Props): string {
  return `fact:${hash(type, subjectId, objectId, identity.role ?? null, identity.countryId ?? null, identity.titleKey ?? null, identity.mode ?? null)}`;
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
    case "Meeting": {
      const start = date(entity.start);
      const end = date(entity.end);
      return {
        ...common,
        series: entity.series ?? null,
        ordinal: entity.ordinal ?? null,
        theme: entity.theme ?? null,
        ...flattenDate("start", start),
        ...flattenDate("end", end),
        dateEarliest: start?.earliest ?? null,
        dateLatest: end?.latest ?? start?.latest ?? null,
      };
    }
  }
}

function evidenceProps(ev: EvidenceInput, text: string, asOf: PartialDate | undefined): Props {
  return { quote: ev.quote, inferred: ev.inferred, note: ev.note ?? null, position: text.indexOf(ev.quote), ...flattenDate("asOf", asOf) };
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
      mentions: entity.mentions,
      quotes: entity.evidence.map((e) => e.quote),
    })),
    facts: mergeDuplicateFacts(annotation.facts.map((fact) => {
      const identity: Props = {
        role: fact.role ?? null,
        countryId: fact.country ?? null,
        title: fact.title ?? null,
        titleKey: fact.title ? foldKey(fact.title) : null,
        mode: fact.mode ?? null,
      };
      const id = factId(fact.type, fact.subject, fact.object, identity);
      // A sentence that states a current office attests it on the day the article appeared, unless it says otherwise.
      const defaultAsOf = fact.type === "HOLDS_POSITION" ? published : undefined;
      return {
        id,
        type: fact.type,
        subjectId: fact.subject,
        objectId: fact.object,
        identity,
        data: { ...flattenDate("from", opt(fact.from)), ...flattenDate("until", opt(fact.until)) },
        evidence: fact.evidence.map((ev) => ({ id: evidenceId(id, article.id, ev.quote), props: evidenceProps(ev, article.text, opt(ev.asOf) ?? defaultAsOf) })),
      };
    })),
    notes: annotation.notes,
  };
}

/** One file may state the same fact twice (two sentences); it is one fact with both pieces of evidence. */
function mergeDuplicateFacts(facts: NormalizedFact[]): NormalizedFact[] {
  const byId = new Map<string, NormalizedFact>();
  for (const fact of facts) {
    const seen = byId.get(fact.id);
    if (!seen) {
      byId.set(fact.id, { ...fact, evidence: [...fact.evidence] });
      continue;
    }
    for (const ev of fact.evidence) if (!seen.evidence.some((e) => e.id === ev.id)) seen.evidence.push(ev);
    for (const [key, value] of Object.entries(fact.data)) if (seen.data[key] === null) seen.data[key] = value;
  }
  return [...byId.values()];
}
