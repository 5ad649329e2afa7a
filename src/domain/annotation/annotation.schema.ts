import { z } from "zod";
import { FACT_TYPES, FACT_ENDPOINTS, PARTICIPATION_ROLES, DISCUSSION_MODES } from "../../model/fact-types.js";
import { QUALIFIER_PROPERTY_NAMES } from "../../model/qualifier-properties.js";
import { ENTITY_KINDS, ORGANISATION_KINDS, PLACE_KINDS, FRAMEWORK_KINDS, MEETING_STATUSES } from "../../model/entity-kinds.js";

/**
 * The annotation format: one JSON file per article, reviewed by a person and
 * loaded by the one validated load path (corpus files and the ingestion API alike).
 * Structural rules live here; rules that need the whole file (quotes occur in the
 * text, ids resolve, endpoint kinds fit the fact type) live in annotation.validate.ts.
 */

/** Ids are opaque: a kind prefix and a token that is never a bare name, so two people who share a name never share an id. Countries use their ISO 3166-1 alpha-3 code where they have one. */
export const ENTITY_ID = /^(official|org|place|meeting|framework|topic|country):[a-z0-9]{8,32}$|^country:[A-Z]{3}$/;
export const ARTICLE_ID = /^article:[a-z0-9]{8,32}$/;

/** Rejects blank strings without rewriting them: an article's text must be stored exactly as given. */
const nonEmpty = z.string().refine((s) => s.trim().length > 0, "must not be blank");

export const partialDateSchema = z
  .object({
    value: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD")
      .optional()
      .describe("The Gregorian date as precisely as it is known: its length gives the precision. Omit it to have the loader read `text`."),
    text: nonEmpty
      .optional()
      .describe("The date word for word as the article states it (Thai or Khmer digits and Buddhist-era years kept); Thai, Khmer and English phrases are read."),
    inferred: z.boolean().default(false).describe("True when the article only implies this date; `note` then says how."),
    note: nonEmpty.optional(),
  })
  .strict()
  .refine((d) => d.value !== undefined || d.text !== undefined, { message: "give `value`, `text`, or both" })
  .refine((d) => !d.inferred || d.note !== undefined, { message: "an inferred date needs a `note` saying how it was inferred", path: ["note"] });

export const aliasSchema = z
  .object({
    name: nonEmpty,
    lang: z.string().regex(/^[a-z]{2,3}$/, "expected an ISO 639 language code such as en or th"),
    script: z.enum(["Latn", "Thai", "Khmr", "Mymr"]).describe("ISO 15924 script code"),
    kind: z.enum(["full", "short", "acronym", "transliteration", "translation", "variant"]).default("variant"),
  })
  .strict();

/** Where a sentence stands in the article's text: UTF-16 offsets (as JavaScript counts), end exclusive. */
export const textSpanSchema = z
  .object({
    start: z.number().int().min(0).describe("Offset of the first character."),
    end: z.number().int().min(1).describe("Offset just past the last character."),
  })
  .strict()
  .refine((s) => s.end > s.start, { message: "`end` must be after `start`", path: ["end"] });

/** Ids of shared evidence, cited by `ref`. */
export const EVIDENCE_REF = /^[A-Za-z0-9_.:-]{1,40}$/;

const evidenceFields = {
  quote: nonEmpty.optional().describe("The sentence that states the fact, word for word: it must occur in the article's text. Or give `at` instead of copying it."),
  at: textSpanSchema.optional().describe("The sentence by its character offsets in the article's text, instead of copying it as `quote`; with both, they must agree."),
  inferred: z.boolean().default(false).describe("True when the sentence implies the fact rather than stating it."),
  note: nonEmpty.optional().describe("Why the inference holds; required when `inferred` is true."),
  asOf: partialDateSchema
    .optional()
    .describe(
      "When the sentence attests the fact to hold. Without it, a sentence stating an office (HOLDS_POSITION) counts as a sighting of the office on the article's publication day, unless `past` is true.",
    ),
  past: z
    .boolean()
    .default(false)
    .describe('True when the sentence speaks of the fact as over ("previously held … from 2016 to 2023"): it is then no sighting on the publication day.'),
};

export const evidenceSchema = z
  .object({
    ...evidenceFields,
    ref: z
      .string()
      .regex(EVIDENCE_REF)
      .optional()
      .describe(
        "The id of an entry in the annotation's top-level `evidence`, so that one sentence supports several facts without being repeated. `inferred`, `note` and `asOf` given here add to the shared entry's.",
      ),
  })
  .strict()
  .refine((e) => (e.ref === undefined) === (e.quote !== undefined || e.at !== undefined), {
    message: "give the sentence as `quote` or `at`, or cite shared evidence by `ref` (one of these)",
  })
  .refine((e) => e.ref !== undefined || !e.inferred || e.note !== undefined, { message: "inferred evidence needs a `note`", path: ["note"] });

/** A sentence several facts cite by `ref`. */
export const sharedEvidenceSchema = z
  .object({ id: z.string().regex(EVIDENCE_REF, "expected an id of letters, digits, _ . : or -").describe("What facts cite in `ref`."), ...evidenceFields })
  .strict()
  .refine((e) => e.quote !== undefined || e.at !== undefined, { message: "give the sentence as `quote` or `at`" })
  .refine((e) => !e.inferred || e.note !== undefined, { message: "inferred evidence needs a `note`", path: ["note"] });

/** A typed value qualifying a fact (see model/qualifier-properties.ts), with its own sentence as evidence. */
export const qualifierSchema = z
  .object({
    property: z
      .enum(QUALIFIER_PROPERTY_NAMES)
      .describe("What the value says about the fact: PROGRESS, COUNT, AMOUNT (a quantity), FIRST_SINCE, POINT_IN_TIME (a time), MANNER (a text)."),
    quantity: z
      .object({ amount: z.number().describe("The number, e.g. 99."), unit: nonEmpty.optional().describe("The unit, e.g. percent, USD; omit for a bare count.") })
      .strict()
      .optional(),
    time: partialDateSchema.optional().describe("A point in time, as precisely as stated."),
    text: nonEmpty.optional().describe("A value in words, as stated."),
    evidence: z
      .object({
        quote: nonEmpty.describe("The sentence that states the value, word for word."),
        inferred: z.boolean().default(false),
        note: nonEmpty.optional().describe('Why an inferred value follows, or how a vague one was read ("mid-2021" as 2021).'),
      })
      .strict()
      .refine((e) => !e.inferred || e.note !== undefined, { message: "inferred evidence needs a `note`", path: ["note"] }),
  })
  .strict()
  .refine((q) => [q.quantity, q.time, q.text].filter((v) => v !== undefined).length === 1, { message: "give exactly one of `quantity`, `time` or `text`" });

const entityBase = {
  id: z.string().regex(ENTITY_ID, "expected an id such as official:k3m9x2qa or country:KHM"),
  name: nonEmpty.describe("The primary name, in its usual written form."),
  aliases: z.array(aliasSchema).default([]),
  mentions: z.array(nonEmpty).default([]).describe("The forms this article uses for the entity, word for word."),
  description: nonEmpty.optional(),
  evidence: z.array(evidenceSchema).default([]).describe("Sentences stating the entity's own attributes (dates, ordinal, theme)."),
};

export const officialSchema = z
  .object({
    ...entityBase,
    kind: z.literal("Official"),
    named: z.boolean().default(true).describe("False for an actor known only by office; `name` then describes the office, never an invented person."),
    designation: nonEmpty.optional().describe("For an unnamed actor: the office as the article states it."),
  })
  .strict()
  .refine((o) => o.named || o.designation !== undefined, { message: "an unnamed official needs a `designation`", path: ["designation"] });

export const organisationSchema = z.object({ ...entityBase, kind: z.literal("Organisation"), orgKind: z.enum(ORGANISATION_KINDS) }).strict();
export const countrySchema = z.object({ ...entityBase, kind: z.literal("Country") }).strict();
export const placeSchema = z.object({ ...entityBase, kind: z.literal("Place"), placeKind: z.enum(PLACE_KINDS) }).strict();
export const meetingSchema = z
  .object({
    ...entityBase,
    kind: z.literal("Meeting"),
    series: nonEmpty.optional().describe("The recurring meeting this one belongs to, e.g. ASCCO."),
    ordinal: z.number().int().positive().optional(),
    start: partialDateSchema.optional(),
    end: partialDateSchema.optional(),
    theme: nonEmpty.optional(),
    status: z
      .enum(MEETING_STATUSES)
      .default("HELD")
      .describe("HELD when the article reports it as having taken place; PLANNED when scheduled for a date; ANNOUNCED when only announced, with no firm date."),
  })
  .strict();
export const frameworkSchema = z.object({ ...entityBase, kind: z.literal("Framework"), frameworkKind: z.enum(FRAMEWORK_KINDS) }).strict();

/**
 * A matter discussed that is no framework: a sea, a border, a dispute, a crisis ("the South
 * China Sea", "border demarcation"). Kept apart from frameworks so that only a framework can
 * be drafted, adopted or supported; a meeting DISCUSSES either.
 */
export const topicSchema = z
  .object({ ...entityBase, kind: z.literal("Topic") })
  .strict()
  .describe("A matter a meeting discussed that is not a framework, e.g. the South China Sea or border demarcation.");

export const entitySchema = z.union([officialSchema, organisationSchema, countrySchema, placeSchema, meetingSchema, frameworkSchema, topicSchema]);

export const factSchema = z
  .object({
    type: z.enum(FACT_TYPES),
    subject: z.string().regex(ENTITY_ID),
    object: z.string().regex(ENTITY_ID),
    role: z.enum(PARTICIPATION_ROLES).optional().describe("PARTICIPATED_IN only: the part the subject played."),
    country: z.string().regex(ENTITY_ID).optional().describe("PARTICIPATED_IN only: the country the subject represented."),
    title: nonEmpty.optional().describe("HOLDS_POSITION only: the office, in its full English form."),
    mode: z.enum(DISCUSSION_MODES).optional().describe("DISCUSSES only: how the meeting dealt with the framework or topic."),
    term: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        "Which of several separate periods of the same fact this is, counting from 1 (e.g. a second term in one office). Each term is its own fact with its own evidence and span; omit it for the first or only one.",
      ),
    from: partialDateSchema.optional().describe("When the fact began, as this article states it."),
    until: partialDateSchema.optional().describe("When the fact ended, as this article states it."),
    evidence: z.array(evidenceSchema).min(1, "every fact needs at least one piece of evidence"),
    qualifiers: z
      .array(qualifierSchema)
      .default([])
      .describe('Typed values that qualify the fact ("99 percent implemented", "for the first time since mid-2021"), each with its own sentence.'),
  })
  .strict();

export const articleSchema = z
  .object({
    id: z.string().regex(ARTICLE_ID, "expected an id such as article:0cd131ed29d05df0"),
    title: nonEmpty,
    publisher: z.string().regex(ENTITY_ID).optional().describe("The organisation that published it; declare it in `entities`."),
    language: z.string().regex(/^[a-z]{2,3}$/),
    published: partialDateSchema.optional(),
    url: z.url().optional(),
    text: nonEmpty,
  })
  .strict();

export const annotationSchema = z
  .object({
    formatVersion: z.literal(1),
    article: articleSchema,
    entities: z.array(entitySchema),
    facts: z.array(factSchema),
    evidence: z.array(sharedEvidenceSchema).default([]).describe("Sentences that several facts cite by `ref`, each given once."),
    notes: z.array(nonEmpty).default([]).describe("The annotator's decisions a reviewer should know about."),
  })
  .strict();

export type PartialDateInput = z.infer<typeof partialDateSchema>;
/** An annotation as parsed: evidence may still be offsets or references. */
export type ParsedAnnotation = z.infer<typeof annotationSchema>;
export type ParsedEvidence = z.infer<typeof evidenceSchema>;
export type SharedEvidence = z.infer<typeof sharedEvidenceSchema>;
/** Evidence once resolved: always the sentence itself. */
export interface EvidenceInput {
  quote: string;
  inferred: boolean;
  past: boolean;
  note?: string;
  asOf?: PartialDateInput;
}
type WithResolvedEvidence<T> = T extends { evidence: unknown } ? Omit<T, "evidence"> & { evidence: EvidenceInput[] } : T;
export type EntityInput = WithResolvedEvidence<z.infer<typeof entitySchema>>;
export type FactInput = WithResolvedEvidence<z.infer<typeof factSchema>>;
export type QualifierInput = z.infer<typeof qualifierSchema>;
export type ArticleInput = z.infer<typeof articleSchema>;
/** An annotation with every piece of evidence resolved to its sentence, as the loader takes it. */
export type Annotation = Omit<ParsedAnnotation, "entities" | "facts" | "evidence"> & { entities: EntityInput[]; facts: FactInput[] };
export type AnnotationInput = z.input<typeof annotationSchema>;

export { FACT_ENDPOINTS, ENTITY_KINDS };
