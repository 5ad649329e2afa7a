/**
 * The fixed vocabulary of node labels. Cypher takes labels only from these lists,
 * never from input, so a label can be interpolated safely once it is checked here.
 */
export const ENTITY_KINDS = ["Official", "Organisation", "Country", "Place", "Meeting", "Framework", "Topic"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Id prefixes, so that `node(id)` and the validator know a node's kind without a query. */
export const ID_PREFIX: Record<EntityKind | "Article", string> = {
  Official: "official",
  Organisation: "org",
  Country: "country",
  Place: "place",
  Meeting: "meeting",
  Framework: "framework",
  Topic: "topic",
  Article: "article",
};

export function kindOfId(id: string): EntityKind | "Article" | undefined {
  const prefix = id.slice(0, id.indexOf(":"));
  return (Object.keys(ID_PREFIX) as (EntityKind | "Article")[]).find((k) => ID_PREFIX[k] === prefix);
}

export const ORGANISATION_KINDS = ["MINISTRY", "DEPARTMENT", "GOVERNMENT_BODY", "ASEAN_BODY", "INTERNATIONAL_ORGANISATION", "CENTRE", "RESEARCH_CENTRE", "MEDIA", "OTHER"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * Whether a meeting took place: articles report planned and announced meetings too, and an
 * analyst counting meetings held must be able to leave those out.
 */
export const MEETING_STATUSES = ["HELD", "PLANNED", "ANNOUNCED"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const PLACE_KINDS = ["CITY", "PROVINCE", "REGION", "VENUE", "INFRASTRUCTURE", "OTHER"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const FRAMEWORK_KINDS = ["VISION", "BLUEPRINT", "STRATEGIC_PLAN", "CONSENSUS", "OUTLOOK", "CHARTER", "AGREEMENT", "CONSTITUTION", "POLICY", "OTHER"] as const;
export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number];
