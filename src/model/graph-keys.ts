import type { EntityKind } from "./entity-kinds.js";

/**
 * The properties an annotation may set on each node kind and each fact relationship, as
 * fixed lists: the loader's Cypher is generated from them (never from input), so no
 * annotation can write a property missing here. Derived properties are written by the
 * queries themselves: sort and search keys, alias lists, certain and possible spans,
 * evidence counts, dispute fields and audit fields.
 */
export const DATE_PARTS = ["Value", "Precision", "Earliest", "Latest", "Text", "Inferred", "Note"] as const;
export const dateKeys = (prefix: string): string[] => DATE_PARTS.map((part) => `${prefix}${part}`);

export const ENTITY_KEYS: Record<EntityKind, readonly string[]> = {
  Official: ["named", "designation"],
  Organisation: ["orgKind"],
  Country: ["isoCode"],
  Place: ["placeKind"],
  Meeting: ["series", "ordinal", "theme", "status", ...dateKeys("start"), ...dateKeys("end"), "dateEarliest", "dateLatest"],
  Framework: ["frameworkKind"],
  // A topic (the South China Sea, border demarcation) is its name, aliases and description.
  Topic: [],
};

export const COMMON_ENTITY_KEYS = ["name", "sortName", "description"] as const;

/** Identity of a fact: together with its type and endpoints these make its id. */
export const FACT_IDENTITY_KEYS = ["role", "countryId", "title", "titleKey", "mode", "term"] as const;

/** Facts' own data, filled in by the first article that states it and corrected only by an editor. */
export const FACT_DATA_KEYS = [...dateKeys("from"), ...dateKeys("until")] as const;
