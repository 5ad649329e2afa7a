import type { z } from "zod";
import { FACT_ENDPOINTS } from "../../model/fact-types.js";
import { kindOfId } from "../../model/entity-kinds.js";
import { DateInputError, parsePartialValue, type PartialDate } from "../../time/partial-date.js";
import { QUALIFIER_PROPERTIES } from "../../model/qualifier-properties.js";
import { readStatedDate } from "../../time/stated-date.js";
import { resolveEvidence } from "./annotation.evidence.js";
import { type Annotation, annotationSchema, type EntityInput, type PartialDateInput } from "./annotation.schema.js";
import { factId, factIdentity, normalizeAnnotation, type NormalizedArticle } from "./annotation.normalize.js";

export interface ValidationIssue {
  /** Where in the file, e.g. `facts[3].evidence[0].quote`. */
  path: string;
  message: string;
}

/** Everything wrong with one file, reported together so an editor fixes it in one pass. */
export class AnnotationError extends Error {
  constructor(
    readonly source: string,
    readonly issues: ValidationIssue[],
  ) {
    super(`${source} is invalid:\n${issues.map((i) => `  - ${i.path || "(file)"}: ${i.message}`).join("\n")}`);
    this.name = "AnnotationError";
  }
}

const pathOf = (segments: ReadonlyArray<PropertyKey>): string =>
  segments.reduce<string>((acc, s) => (typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${String(s)}` : String(s)), "");

function zodIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message }));
}

/** "an Official", "a Topic": the endpoint messages name kinds, and read better with the right article. */
const withArticle = (words: string) => `${/^[AEIOU]/.test(words) ? "an" : "a"} ${words}`;

const excerpt = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}…` : s);

/**
 * Checks one annotation file and returns it normalized for the loader. Nothing is written
 * unless this passes, so a rejected file leaves the graph exactly as it was.
 */
export function validateAnnotation(raw: unknown, source: string): NormalizedArticle {
  const parsed = annotationSchema.safeParse(raw);
  if (!parsed.success) throw new AnnotationError(source, zodIssues(parsed.error));
  const issues: ValidationIssue[] = [];
  const annotation = resolveEvidence(parsed.data, issues);
  const dates = new Map<PartialDateInput, PartialDate>();
  checkEntities(annotation, issues);
  checkFacts(annotation, issues);
  checkDates(annotation, issues, dates);
  checkRepeatedFacts(annotation, issues, dates);
  if (issues.length > 0) throw new AnnotationError(source, issues);
  return normalizeAnnotation(annotation, (input) => dates.get(input) as PartialDate);
}

function checkEntities(annotation: Annotation, issues: ValidationIssue[]): void {
  const { text } = annotation.article;
  const seen = new Set<string>();
  annotation.entities.forEach((entity, i) => {
    const at = `entities[${i}]`;
    if (seen.has(entity.id)) issues.push({ path: `${at}.id`, message: `${entity.id} is declared twice in this file` });
    seen.add(entity.id);
    const kind = kindOfId(entity.id);
    if (kind !== entity.kind) issues.push({ path: `${at}.kind`, message: `${entity.id} has the prefix of a ${kind ?? "unknown kind"}, but kind is ${entity.kind}` });
    const names = [entity.name, ...entity.aliases.map((a) => a.name)];
    if (names.some((n) => n.includes("\t"))) issues.push({ path: `${at}.name`, message: "names may not contain tab characters" });
    entity.mentions.forEach((form, j) => {
      if (!text.includes(form)) issues.push({ path: `${at}.mentions[${j}]`, message: `the form ${excerpt(form)} does not occur in the article's text` });
    });
    entity.evidence.forEach((ev, j) => {
      if (!text.includes(ev.quote)) issues.push({ path: `${at}.evidence[${j}].quote`, message: `the quote ${excerpt(ev.quote)} does not occur in the article's text` });
    });
  });
  const publisher = annotation.article.publisher;
  if (publisher !== undefined) {
    const declared = annotation.entities.find((e) => e.id === publisher);
    if (!declared) issues.push({ path: "article.publisher", message: `unknown id ${publisher}: declare it in entities` });
    else if (declared.kind !== "Organisation") issues.push({ path: "article.publisher", message: `${publisher} is a ${declared.kind}; a publisher must be an Organisation` });
  }
}

function checkFacts(annotation: Annotation, issues: ValidationIssue[]): void {
  const { text } = annotation.article;
  const entities = new Map<string, EntityInput>(annotation.entities.map((e) => [e.id, e]));
  annotation.facts.forEach((fact, i) => {
    const at = `facts[${i}]`;
    const endpoints = FACT_ENDPOINTS[fact.type];
    for (const side of ["subject", "object"] as const) {
      const entity = entities.get(fact[side]);
      if (!entity) {
        issues.push({ path: `${at}.${side}`, message: `unknown id ${fact[side]}: declare it in entities` });
      } else if (!endpoints[side].includes(entity.kind)) {
        issues.push({
          path: `${at}.${side}`,
          message: `${fact.type} takes ${withArticle(endpoints[side].join(" or "))} as its ${side}, but ${fact[side]} (${entity.name}) is ${withArticle(entity.kind)}`,
        });
      }
    }
    if (fact.subject === fact.object) issues.push({ path: `${at}.object`, message: "a fact cannot join an entity to itself" });
    const expects = { role: fact.type === "PARTICIPATED_IN", title: fact.type === "HOLDS_POSITION", mode: fact.type === "DISCUSSES" };
    for (const [field, wanted] of Object.entries(expects) as [keyof typeof expects, boolean][]) {
      if (wanted && fact[field] === undefined) issues.push({ path: `${at}.${field}`, message: `${fact.type} needs a ${field}` });
      if (!wanted && fact[field] !== undefined)
        issues.push({ path: `${at}.${field}`, message: `${field} belongs only to ${field === "role" ? "PARTICIPATED_IN" : field === "title" ? "HOLDS_POSITION" : "DISCUSSES"}` });
    }
    if (fact.country !== undefined) {
      const country = entities.get(fact.country);
      if (fact.type !== "PARTICIPATED_IN") issues.push({ path: `${at}.country`, message: "country belongs only to PARTICIPATED_IN" });
      else if (!country) issues.push({ path: `${at}.country`, message: `unknown id ${fact.country}: declare it in entities` });
      else if (country.kind !== "Country") issues.push({ path: `${at}.country`, message: `${fact.country} is a ${country.kind}, not a Country` });
    }
    fact.evidence.forEach((ev, j) => {
      if (!text.includes(ev.quote)) issues.push({ path: `${at}.evidence[${j}].quote`, message: `the quote ${excerpt(ev.quote)} does not occur in the article's text` });
    });
    fact.qualifiers.forEach((q, j) => {
      if (!text.includes(q.evidence.quote))
        issues.push({ path: `${at}.qualifiers[${j}].evidence.quote`, message: `the quote ${excerpt(q.evidence.quote)} does not occur in the article's text` });
      const wanted = QUALIFIER_PROPERTIES[q.property].valueType;
      const given = q.quantity ? "QUANTITY" : q.time ? "TIME" : "TEXT";
      if (wanted !== given) issues.push({ path: `${at}.qualifiers[${j}]`, message: `${q.property} takes a ${wanted.toLowerCase()} value, not a ${given.toLowerCase()}` });
    });
  });
}

/** Every partial date in the file, with the path an error should name. */
function* datesIn(annotation: Annotation): Generator<[string, PartialDateInput]> {
  if (annotation.article.published) yield ["article.published", annotation.article.published];
  for (const [i, entity] of annotation.entities.entries()) {
    if (entity.kind === "Meeting") {
      if (entity.start) yield [`entities[${i}].start`, entity.start];
      if (entity.end) yield [`entities[${i}].end`, entity.end];
    }
    for (const [j, ev] of entity.evidence.entries()) if (ev.asOf) yield [`entities[${i}].evidence[${j}].asOf`, ev.asOf];
  }
  for (const [i, fact] of annotation.facts.entries()) {
    if (fact.from) yield [`facts[${i}].from`, fact.from];
    if (fact.until) yield [`facts[${i}].until`, fact.until];
    for (const [j, ev] of fact.evidence.entries()) if (ev.asOf) yield [`facts[${i}].evidence[${j}].asOf`, ev.asOf];
    for (const [j, q] of fact.qualifiers.entries()) if (q.time) yield [`facts[${i}].qualifiers[${j}].time`, q.time];
  }
}

function checkDates(annotation: Annotation, issues: ValidationIssue[], out: Map<PartialDateInput, PartialDate>): void {
  const { text, language } = annotation.article;
  for (const [at, input] of datesIn(annotation)) {
    if (input.text !== undefined && !input.inferred && !text.includes(input.text)) {
      issues.push({
        path: `${at}.text`,
        message: `the date text ${excerpt(input.text)} does not occur in the article's text (mark the date inferred if the article only implies it)`,
      });
    }
    const context = input.value !== undefined ? { year: Number(input.value.slice(0, 4)) } : undefined;
    const read = input.text !== undefined ? readStatedDate(input.text, language, context) : undefined;
    let value = input.value;
    if (value === undefined) {
      if (!read) {
        issues.push({ path: `${at}.text`, message: `cannot read a date from ${excerpt(input.text ?? "")}: give value as YYYY, YYYY-MM or YYYY-MM-DD` });
        continue;
      }
      value = read.value;
    } else if (read && read.value !== value) {
      issues.push({ path: `${at}.value`, message: `${value} disagrees with the stated text ${excerpt(input.text ?? "")}, which reads as ${read.value}` });
    }
    try {
      out.set(input, { ...parsePartialValue(value), text: input.text, inferred: input.inferred, note: input.note });
    } catch (error) {
      if (!(error instanceof DateInputError)) throw error;
      issues.push({ path: `${at}.value`, message: error.message });
    }
  }
  const ordered = (from: PartialDateInput | undefined, until: PartialDateInput | undefined, at: string) => {
    const a = from && out.get(from);
    const b = until && out.get(until);
    if (a && b && a.earliest > b.latest) issues.push({ path: at, message: `ends (${b.value}) before it starts (${a.value})` });
  };
  annotation.entities.forEach((e, i) => e.kind === "Meeting" && ordered(e.start, e.end, `entities[${i}].end`));
  annotation.facts.forEach((f, i) => ordered(f.from, f.until, `facts[${i}].until`));
}

const nested = (a: PartialDate, b: PartialDate) => (a.earliest <= b.earliest && b.latest <= a.latest) || (b.earliest <= a.earliest && a.latest <= b.latest);
const narrower = (a: PartialDate | undefined, b: PartialDate | undefined) => (!a ? b : !b ? a : a.value.length >= b.value.length ? a : b);

/**
 * Facts of one file with the same identity are one fact stated twice, and are loaded as
 * one; their dates must then agree. Dates that cannot be one span (a second term in the
 * same office: "from 2016 to 2023" and "again from 20 November 2024") are refused with a
 * pointer to `term`, instead of merging into a fact that ends before it starts.
 */
function checkRepeatedFacts(annotation: Annotation, issues: ValidationIssue[], dates: Map<PartialDateInput, PartialDate>): void {
  const groups = new Map<string, number[]>();
  annotation.facts.forEach((fact, i) => {
    const id = factId(fact.type, fact.subject, fact.object, factIdentity(fact));
    groups.set(id, [...(groups.get(id) ?? []), i]);
  });
  const hint = "if these are separate terms, give the later fact `term: 2` (and so on)";
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue;
    let from: [number, PartialDate] | undefined;
    let until: [number, PartialDate] | undefined;
    for (const i of indexes) {
      const fact = annotation.facts[i];
      if (!fact) continue;
      for (const side of ["from", "until"] as const) {
        const input = fact[side];
        const date = input && dates.get(input);
        if (!date) continue;
        const seen = side === "from" ? from : until;
        if (seen && !nested(seen[1], date)) {
          issues.push({
            path: `facts[${i}].${side}`,
            message: `states the same fact as facts[${seen[0]}] with ${side} ${date.value}, which disagrees with its ${seen[1].value}: ${hint}`,
          });
          continue;
        }
        const best = narrower(seen?.[1], date) === date ? ([i, date] as [number, PartialDate]) : seen;
        if (side === "from") from = best;
        else until = best;
      }
    }
    if (from && until && from[1].earliest > until[1].latest) {
      issues.push({
        path: `facts[${Math.max(from[0], until[0])}]`,
        message: `together with facts[${Math.min(from[0], until[0])}] this states one fact that ends (${until[1].value}) before it starts (${from[1].value}): ${hint}`,
      });
    }
  }
}
