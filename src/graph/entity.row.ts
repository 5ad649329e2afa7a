import type { EntityKind } from "../model/entity-kinds.js";
import { DATE_PARTS, dateKeys } from "../model/graph-keys.js";

/** An entity as the queries return it: its node properties plus its kind. */
export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  sortName: string;
  description?: string | null;
  aliasRecords?: string[];
  [property: string]: unknown;
}

/** Cypher that projects the entity node bound to `variable` into an EntityRow. */
export const projectEntity = (variable: string) =>
  `${variable} { .*, kind: [l IN labels(${variable}) WHERE l <> 'Entity'][0], searchText: null, searchTextThai: null, aliasNames: null, searchNames: null, nameKeys: null }`;

/** Cypher that projects an entity node `n` into an EntityRow. */
export const ENTITY_PROJECTION = projectEntity("n");

/**
 * The node properties each GraphQL field of an entity reads. A field not listed reads none
 * beyond the id and kind (relationship fields, and fields computed from other queries).
 */
const FIELD_PROPERTIES: Record<string, readonly string[]> = {
  name: ["name"],
  description: ["description"],
  aliases: ["aliasRecords"],
  named: ["named"],
  designation: ["designation"],
  orgKind: ["orgKind"],
  isoCode: ["isoCode"],
  placeKind: ["placeKind"],
  series: ["series"],
  ordinal: ["ordinal"],
  theme: ["theme"],
  frameworkKind: ["frameworkKind"],
  start: dateKeys("start"),
  end: dateKeys("end"),
  status: ["status"],
  dateEarliest: ["dateEarliest"],
  dateLatest: ["dateLatest"],
  earliestDayInferredFrom: ["dateEarliestInferredFrom"],
};

/** The entity fields read from the node's own properties: a field missing here would read as null. */
export const PROPERTY_FIELDS: readonly string[] = Object.keys(FIELD_PROPERTIES);

/**
 * The properties a selection of entity fields needs, from the fixed list above only: what a
 * query projects when it looks ahead, instead of every property of the node. The name is
 * always read, since errors and logs name what they speak of. With `below` (the fields
 * selected under a field), a partial date reads only the parts selected under it.
 */
export function entityKeys(fields: ReadonlySet<string>, below?: (field: string) => ReadonlySet<string>): string[] {
  const keys = new Set<string>(["name"]);
  for (const field of fields) for (const key of (below && DATE_FIELDS.has(field) ? dateFieldKeys(field, below(field)) : FIELD_PROPERTIES[field]) ?? []) keys.add(key);
  return [...keys].sort();
}

/** The entity fields that are partial dates, stored flat under their name (startValue, startPrecision, …). */
const DATE_FIELDS: ReadonlySet<string> = new Set(["start", "end"]);

/**
 * The stored parts a selection on a partial date needs: the value always (a date without
 * one reads as null), and each other part only when its field is selected, so
 * `start { value }` reads one property, not seven.
 */
function dateFieldKeys(prefix: string, selected: ReadonlySet<string>): string[] {
  return DATE_PARTS.filter((part) => part === "Value" || selected.has(part.toLowerCase())).map((part) => `${prefix}${part}`);
}

/**
 * Cypher that projects the entity bound to `variable` with only the properties listed in
 * the Cypher list expression `keys` (a parameter), as values in that order; `fromProjected`
 * makes the EntityRow. Property names travel as values, so no selection becomes Cypher text.
 */
export const projectEntityValues = (variable: string, keys: string) =>
  `{id: ${variable}.id, kind: [l IN labels(${variable}) WHERE l <> 'Entity'][0], values: [k IN ${keys} | ${variable}[k]]}`;

export interface ProjectedEntity {
  id: string;
  kind: EntityKind;
  values: unknown[];
}

/** On a row read with only some properties: which ones (a full row has every property it holds). */
const READ_KEYS = Symbol("readKeys");

export function fromProjected(projected: ProjectedEntity, keys: readonly string[]): EntityRow {
  const row = { id: projected.id, kind: projected.kind } as EntityRow;
  keys.forEach((key, i) => {
    row[key] = projected.values[i] ?? null;
  });
  Object.defineProperty(row, READ_KEYS, { value: keys, enumerable: false });
  return row;
}

/** A counterpart as the counterparts queries return it: projected, with the keys it was read with. */
export interface ProjectedCounterpart {
  entity: ProjectedEntity;
  sharedMeetingCount: number;
  sharedMeetings: ProjectedEntity[];
}

/** A projected counterpart as rows: for the GraphQL loader and the domain service alike. */
export function counterpartFromProjected(counterpart: ProjectedCounterpart, entityKeys: readonly string[], meetingKeys: readonly string[]) {
  return {
    entity: fromProjected(counterpart.entity, entityKeys),
    sharedMeetingCount: counterpart.sharedMeetingCount,
    sharedMeetings: counterpart.sharedMeetings.map((m) => fromProjected(m, meetingKeys)),
  };
}

/** Whether `row` was read with every property in `keys`, so it can stand for the entity in a selection needing them. */
export function covers(row: EntityRow, keys: readonly string[]): boolean {
  const read = (row as { [READ_KEYS]?: readonly string[] })[READ_KEYS];
  return !read || keys.every((key) => read.includes(key));
}
