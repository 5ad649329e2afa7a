import { registerEnumType } from "type-graphql";
import { ENTITY_KINDS, FRAMEWORK_KINDS, MEETING_STATUSES, ORGANISATION_KINDS, PLACE_KINDS } from "../../model/entity-kinds.js";
import { DISCUSSION_MODES, FACT_ENDPOINTS, FACT_TYPES, PARTICIPATION_ROLES } from "../../model/fact-types.js";

/** A GraphQL enum object from a fixed list, so the list stays the one definition. */
export const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const EntityKindEnum = asEnum(ENTITY_KINDS);
export const RelationTypeEnum = asEnum(FACT_TYPES);
export const ParticipationRoleEnum = asEnum(PARTICIPATION_ROLES);
export const DiscussionModeEnum = asEnum(DISCUSSION_MODES);
export const OrganisationKindEnum = asEnum(ORGANISATION_KINDS);
export const PlaceKindEnum = asEnum(PLACE_KINDS);
export const MeetingStatusEnum = asEnum(MEETING_STATUSES);
export const FrameworkKindEnum = asEnum(FRAMEWORK_KINDS);
export const DatePrecisionEnum = asEnum(["DAY", "MONTH", "YEAR"] as const);
export const DirectionEnum = asEnum(["OUT", "IN", "BOTH"] as const);
export const CertaintyEnum = asEnum(["CERTAIN", "POSSIBLE"] as const);
export type Direction = keyof typeof DirectionEnum;

registerEnumType(EntityKindEnum, { name: "EntityKind", description: "The kinds of entity in the graph." });
registerEnumType(RelationTypeEnum, {
  name: "RelationType",
  description: "The typed relationships a fact can have.",
  valuesConfig: Object.fromEntries(FACT_TYPES.map((t) => [t, { description: FACT_ENDPOINTS[t].description }])),
});
registerEnumType(ParticipationRoleEnum, {
  name: "ParticipationRole",
  description: "The part an official, organisation or country played in a meeting.",
  valuesConfig: {
    LED_DELEGATION: { description: "Led its country's delegation." },
    CHAIRED: { description: "Chaired the meeting." },
    ATTENDED: { description: "Attended, in no more specific role that the source states." },
    SPOKE: { description: "Spoke or presented." },
    HOSTED: { description: "Hosted or organised the meeting." },
  },
});
registerEnumType(DiscussionModeEnum, {
  name: "DiscussionMode",
  description: "How a meeting dealt with a framework or topic.",
  valuesConfig: {
    DISCUSSED: { description: "Discussed it." },
    REVIEWED: { description: "Reviewed its implementation or progress." },
    FORMULATED: { description: "Worked on drafting it." },
  },
});
registerEnumType(OrganisationKindEnum, { name: "OrganisationKind", description: "What sort of organisation it is." });
registerEnumType(PlaceKindEnum, { name: "PlaceKind", description: "What sort of place it is." });
registerEnumType(MeetingStatusEnum, { name: "MeetingStatus", description: "Whether a meeting took place (HELD), is scheduled (PLANNED) or only announced (ANNOUNCED)." });
registerEnumType(FrameworkKindEnum, {
  name: "FrameworkKind",
  description: "What sort of framework it is: visions, blueprints, strategic plans, consensuses, outlooks, charters, agreements…",
});
registerEnumType(DatePrecisionEnum, {
  name: "DatePrecision",
  description: "How much of a date the source states.",
  valuesConfig: { DAY: { description: "Known to the day." }, MONTH: { description: "Known to the month only." }, YEAR: { description: "Known to the year only." } },
});
registerEnumType(DirectionEnum, {
  name: "Direction",
  description: "Which way a relationship runs from the entity in view.",
  valuesConfig: {
    OUT: { description: "The entity is the relationship's subject." },
    IN: { description: "The entity is the relationship's object." },
    BOTH: { description: "Either way." },
  },
});
registerEnumType(CertaintyEnum, {
  name: "Certainty",
  description: "Whether the evidence makes a statement about a date certain, or only leaves it possible.",
  valuesConfig: {
    CERTAIN: { description: "The evidence shows it held on that day." },
    POSSIBLE: { description: "Nothing in the evidence rules it out, but nothing shows it either." },
  },
});
