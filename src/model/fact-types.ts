import type { EntityKind } from "./entity-kinds.js";

/**
 * The fixed list of relationship types a fact may have. Each is stored as a direct,
 * typed relationship (for cheap traversal) and as a Fact node (for evidence and
 * audit); see the README's model section.
 */
export const FACT_TYPES = [
  "HOLDS_POSITION",
  "PARTICIPATED_IN",
  "CHAIRS",
  "MEMBER_OF",
  "MEETING_OF",
  "DISCUSSES",
  "DRAFTED",
  "ADOPTED",
  "SUPPORTS",
  "WITHDREW_FROM",
  "PART_OF",
  "SUCCEEDS",
  "BELONGS_TO",
  "HELD_IN",
  "LOCATED_IN",
  "FOLLOWS",
  "VISITED",
  "COOPERATES_WITH",
] as const;
export type FactType = (typeof FACT_TYPES)[number];

export const PARTICIPATION_ROLES = ["LED_DELEGATION", "CHAIRED", "ATTENDED", "SPOKE", "HOSTED"] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

export const DISCUSSION_MODES = ["DISCUSSED", "REVIEWED", "FORMULATED"] as const;
export type DiscussionMode = (typeof DISCUSSION_MODES)[number];

const ACTORS: readonly EntityKind[] = ["Official", "Organisation", "Country"];

/** Which kinds a fact of each type may join: subject kinds, then object kinds. */
export const FACT_ENDPOINTS: Record<FactType, { subject: readonly EntityKind[]; object: readonly EntityKind[]; description: string }> = {
  HOLDS_POSITION: {
    subject: ["Official"],
    object: ["Organisation", "Country"],
    description: "an official holds an office (title) in an organisation, or of a country, over a time span",
  },
  PARTICIPATED_IN: { subject: ACTORS, object: ["Meeting"], description: "an official, organisation or country took part in a meeting, in a role, for a country" },
  CHAIRS: { subject: ["Country", "Organisation"], object: ["Organisation"], description: "a country chairs ASEAN or an ASEAN body over a span (usually a year)" },
  MEMBER_OF: { subject: ["Country", "Organisation"], object: ["Organisation"], description: "a country or organisation is a member of an organisation" },
  MEETING_OF: { subject: ["Meeting"], object: ["Organisation"], description: "a meeting is a session of a body (a task force, a working group)" },
  DISCUSSES: { subject: ["Meeting"], object: ["Framework", "Topic"], description: "a meeting discussed, reviewed or formulated a framework, or discussed a topic" },
  DRAFTED: { subject: [...ACTORS, "Meeting"], object: ["Framework"], description: "an actor drafted a framework" },
  ADOPTED: { subject: [...ACTORS, "Meeting"], object: ["Framework"], description: "an actor adopted or reaffirmed a framework" },
  SUPPORTS: { subject: [...ACTORS, "Meeting"], object: ["Framework"], description: "an actor upholds, implements or works towards a framework" },
  WITHDREW_FROM: { subject: ACTORS, object: ["Framework"], description: "an actor withdrew from a framework" },
  PART_OF: { subject: ["Framework"], object: ["Framework"], description: "a framework is a component of another" },
  SUCCEEDS: { subject: ["Framework"], object: ["Framework"], description: "a framework replaces an earlier one" },
  BELONGS_TO: { subject: ["Organisation"], object: ["Country", "Organisation"], description: "an organisation belongs to a country, to ASEAN, or to a parent organisation" },
  HELD_IN: { subject: ["Meeting"], object: ["Place", "Country"], description: "a meeting was held in a place" },
  LOCATED_IN: { subject: ["Place", "Organisation"], object: ["Place", "Country"], description: "a place or organisation is located in a place or country" },
  FOLLOWS: { subject: ["Meeting"], object: ["Meeting"], description: "a meeting followed on from another" },
  VISITED: { subject: ["Official"], object: ["Country", "Place"], description: "an official visited a country or place" },
  COOPERATES_WITH: { subject: ["Country", "Organisation"], object: ["Country", "Organisation"], description: "two actors work together on a stated matter" },
};
