import { isInterfaceType, type GraphQLInterfaceType, type GraphQLObjectType } from "graphql";
import { FACT_TYPES, type FactType } from "../../model/fact-types.js";
import type { EntityKind } from "../../model/entity-kinds.js";
import type { RelationKey } from "../../graph/relation.row.js";

/** Which relations a relationship field stands for, before its arguments narrow them. */
export interface RelationshipField {
  types: readonly FactType[];
  direction: RelationKey["direction"];
  /** Only relations whose far end is of these kinds (DISCUSSES reaches frameworks and topics alike). */
  otherKinds?: readonly EntityKind[];
}

/**
 * The relationship fields of each entity type (by GraphQL type, then field name): each a
 * named view of `relations`, a fixed set of types in one direction. The one place that
 * says so: the field resolvers (entity-fields.resolver.ts, entity.resolver.ts) read it
 * through `relationshipField`, and so does a list that brings its items' relations along
 * (item-relations.ts), so both ask the relations loader for the same keys.
 */
const RELATIONSHIP_FIELDS: Readonly<Record<string, Readonly<Record<string, RelationshipField>>>> = {
  // Narrowed by its own `types` and `direction` arguments.
  Entity: { relations: { types: FACT_TYPES, direction: "BOTH" } },
  Official: {
    positions: { types: ["HOLDS_POSITION"], direction: "OUT" },
    participations: { types: ["PARTICIPATED_IN"], direction: "OUT" },
  },
  Organisation: {
    belongsTo: { types: ["BELONGS_TO"], direction: "OUT" },
    units: { types: ["BELONGS_TO"], direction: "IN" },
    officeHolders: { types: ["HOLDS_POSITION"], direction: "IN" },
    participations: { types: ["PARTICIPATED_IN"], direction: "OUT" },
    membersAndChairs: { types: ["MEMBER_OF", "CHAIRS"], direction: "IN" },
  },
  Country: {
    participations: { types: ["PARTICIPATED_IN"], direction: "OUT" },
    chairs: { types: ["CHAIRS"], direction: "OUT" },
    organisations: { types: ["BELONGS_TO"], direction: "IN" },
    commitments: { types: ["MEMBER_OF", "DRAFTED", "ADOPTED", "SUPPORTS", "WITHDREW_FROM", "COOPERATES_WITH"], direction: "BOTH" },
  },
  Place: {
    locatedIn: { types: ["LOCATED_IN"], direction: "OUT" },
    meetings: { types: ["HELD_IN"], direction: "IN" },
  },
  Meeting: {
    places: { types: ["HELD_IN"], direction: "OUT" },
    participants: { types: ["PARTICIPATED_IN"], direction: "IN" },
    frameworks: { types: ["DISCUSSES", "DRAFTED", "ADOPTED", "SUPPORTS"], direction: "OUT", otherKinds: ["Framework"] },
    topics: { types: ["DISCUSSES"], direction: "OUT", otherKinds: ["Topic"] },
    context: { types: ["MEETING_OF", "FOLLOWS"], direction: "BOTH" },
  },
  Framework: {
    discussedAt: { types: ["DISCUSSES"], direction: "IN" },
    lineage: { types: ["PART_OF", "SUCCEEDS"], direction: "BOTH" },
    actors: { types: ["DRAFTED", "ADOPTED", "SUPPORTS", "WITHDREW_FROM"], direction: "IN" },
  },
  Topic: {
    discussedAt: { types: ["DISCUSSES"], direction: "IN" },
  },
};

/** The relationship field `field` of the object type `type`, declared on it or on an interface it implements; undefined for any other field. */
export function relationshipField(type: GraphQLObjectType | GraphQLInterfaceType, field: string): RelationshipField | undefined {
  const own = RELATIONSHIP_FIELDS[type.name]?.[field];
  if (own) return own;
  for (const face of type.getInterfaces()) {
    const inherited = isInterfaceType(face) ? relationshipField(face, field) : undefined;
    if (inherited) return inherited;
  }
  return undefined;
}

/** Every declared relationship field, as `Type.field`: for the test that holds this table to the schema. */
export const RELATIONSHIP_FIELD_NAMES: readonly string[] = Object.entries(RELATIONSHIP_FIELDS).flatMap(([type, fields]) => Object.keys(fields).map((field) => `${type}.${field}`));
