import type { EntityKind } from "../model/entity-kinds.js";

/**
 * "Which country is it in", defined once. An organisation climbs BELONGS_TO (unit →
 * division → department → ministry → country); a place climbs LOCATED_IN (venue → city →
 * province → country). Each hierarchy has one depth, the most steps from an entity to its
 * country, used by every list filter, traversal and search context alike, so no two
 * questions about the same entity can disagree. Bounded, so no walk is unbounded.
 */
export const CLIMB_DEPTH = { BELONGS_TO: 4, LOCATED_IN: 3 } as const;
export type ClimbLink = keyof typeof CLIMB_DEPTH;

/** The hierarchy an entity of each kind climbs towards its country; other kinds have none. */
export const CONTAINER_LINK: Partial<Record<EntityKind, ClimbLink>> = { Organisation: "BELONGS_TO", Place: "LOCATED_IN" };

/**
 * The climb as a Cypher path segment to append to a pattern: its last node is the country
 * `countryId` (a parameter expression such as `$country`), or lies in it through at most
 * the hierarchy's depth.
 */
export function climbToCountry(link: ClimbLink, countryId: string): string {
  return `-[:${link}*0..${CLIMB_DEPTH[link]}]->(:Country {id: ${countryId}})`;
}

/** A Cypher predicate: the node `start` is the country `countryId` or lies in it. */
export function inCountry(start: string, link: ClimbLink, countryId: string): string {
  return `EXISTS { (${start})${climbToCountry(link, countryId)} }`;
}

/** The same climb towards an organisation: the pattern's last node is `organisationId` or one of its units. */
export function climbToOrganisation(organisationId: string): string {
  return `-[:BELONGS_TO*0..${CLIMB_DEPTH.BELONGS_TO}]->(:Organisation {id: ${organisationId}})`;
}
