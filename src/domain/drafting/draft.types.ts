import type { EntityKind, FrameworkKind, OrganisationKind, PlaceKind } from "../../model/entity-kinds.js";

/** A stretch of the article's text, by UTF-16 offsets (the offsets JavaScript strings and the annotation format use). */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Sentence extends TextSpan {
  text: string;
}

export interface Word extends TextSpan {
  text: string;
  wordLike: boolean;
}

/** What a mention says about its entity beyond its kind, as far as the words show it. */
export interface MentionDetail {
  orgKind?: OrganisationKind;
  placeKind?: PlaceKind;
  frameworkKind?: FrameworkKind;
  series?: string;
  ordinal?: number;
  /** For an official known only by office: the office as stated. */
  designation?: string;
  /** The office stated next to a person's name ("Secretary of State"), in English when a lexicon knows it. */
  title?: string;
  /** An acronym stated in parentheses right after the mention. */
  acronym?: string;
  /** The primary name a lexicon gives the entity, whatever form the article uses. */
  canonical?: string;
  /** ISO 3166-1 alpha-3 code, for countries. */
  iso3?: string;
}

export type MentionSource = "gazetteer" | "lexicon" | "pattern" | "short-form" | "acronym";

/** One stretch of text taken to name an entity. */
export interface Mention extends TextSpan {
  text: string;
  kind: EntityKind;
  source: MentionSource;
  confidence: number;
  reason: string;
  detail: MentionDetail;
  /** Gazetteer entries whose name or alias this is exactly (ids). */
  gazetteerIds: string[];
  /** For short forms: the index of the mention it abbreviates, once resolved. */
  refersTo?: number;
}

/** An entity the graph already holds, as the drafter needs it for matching and linking. */
export interface GazetteerEntry {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** Countries it is tied to (id → name), for ranking. */
  countries?: Record<string, string>;
  /** Organisations it belongs to or holds office in (id → name). */
  organisations?: Record<string, string>;
}

/** Mentions of one entity within the article, gathered by short-form resolution. */
export interface DraftEntity {
  key: string;
  kind: EntityKind;
  name: string;
  mentions: Mention[];
  detail: MentionDetail;
  confidence: number;
  reasons: string[];
  /** Forms used in the article that are shorter names for it (acronyms, short names). */
  shortForms: { name: string; kind: "acronym" | "short" | "translation" }[];
}

export interface LinkCandidate {
  id: string;
  name: string;
  score: number;
  reasons: string[];
}

export interface EntityLink {
  /** The existing entity this draft entity is taken to be; absent when unsure or new. */
  linkedId?: string;
  candidates: LinkCandidate[];
  reason: string;
}

export interface DraftFactItem {
  type: import("../../model/fact-types.js").FactType;
  subjectKey: string;
  objectKey: string;
  role?: import("../../model/fact-types.js").ParticipationRole;
  countryKey?: string;
  title?: string;
  mode?: import("../../model/fact-types.js").DiscussionMode;
  sentence: Sentence;
  confidence: number;
  reason: string;
  /** Set when the sentence implies the fact rather than stating it: why the inference holds (the evidence is then marked inferred). */
  inferredBecause?: string;
}

export type { EntityKind, FrameworkKind, OrganisationKind, PlaceKind };
