/**
 * What a qualifier says about a fact, as Wikidata qualifies a statement: a typed value with
 * its own evidence. The list is fixed so analysts can ask for one property across the
 * graph; each property takes one kind of value.
 */
export const QUALIFIER_VALUE_TYPES = ["QUANTITY", "TIME", "TEXT"] as const;
export type QualifierValueType = (typeof QUALIFIER_VALUE_TYPES)[number];

export const QUALIFIER_PROPERTIES = {
  /** How far something is done: "the APSC Blueprint 2025 was 99 percent implemented". */
  PROGRESS: { valueType: "QUANTITY", description: "how far something is done, e.g. 99 percent implemented" },
  /** How many: delegates, meetings, participating states. */
  COUNT: { valueType: "QUANTITY", description: "how many, e.g. 10 member states took part" },
  /** A sum of money or a size, with its unit. */
  AMOUNT: { valueType: "QUANTITY", description: "a sum or size with its unit, e.g. 5 million USD" },
  /** The fact happens for the first time since then: "for the first time since mid-2021". */
  FIRST_SINCE: { valueType: "TIME", description: "the first time since a point in time, e.g. since mid-2021" },
  /** When, for a fact that has no span of its own. */
  POINT_IN_TIME: { valueType: "TIME", description: "when the fact took place, for a fact with no span of its own" },
  /** How: "virtually", "in person", "as an observer". */
  MANNER: { valueType: "TEXT", description: "how, e.g. virtually, in person, as an observer" },
} as const satisfies Record<string, { valueType: QualifierValueType; description: string }>;

export type QualifierProperty = keyof typeof QUALIFIER_PROPERTIES;
export const QUALIFIER_PROPERTY_NAMES = Object.keys(QUALIFIER_PROPERTIES) as [QualifierProperty, ...QualifierProperty[]];
