import type { PlaceKind } from "../../../model/entity-kinds.js";

/**
 * Words that start a place's name in Thai and Khmer ("กรุง…" a capital,
 * "จังหวัด…" a province, "ខេត្ត…"), and English words that end one. Places
 * with no such word are found through the gazetteer or after "in"/"at".
 */
export const PLACE_HEADS_TH: readonly (readonly [string, PlaceKind])[] = [
  ["กรุง", "CITY"],
  ["นคร", "CITY"],
  ["จังหวัด", "PROVINCE"],
  ["เมือง", "CITY"],
];

export const PLACE_HEADS_KM: readonly (readonly [string, PlaceKind])[] = [
  ["រាជធានី", "CITY"],
  ["ទីក្រុង", "CITY"],
  ["ខេត្ត", "PROVINCE"],
  ["ក្រុង", "CITY"],
];

/** English words that end a place's name. */
export const PLACE_TAILS_LATIN: readonly (readonly [RegExp, PlaceKind])[] = [
  [/\b(?:Province|Prefecture|State|Region)$/u, "PROVINCE"],
  [/\b(?:City|Town|Capital)$/u, "CITY"],
  [/\b(?:Bridge|Canal|Port|Airport|Base|Dam|Railway|Highway|Pass|Checkpoint)$/u, "INFRASTRUCTURE"],
  [/\b(?:Palace|Hall|Hotel|Building|Centre|Center|Complex|Convention Centre)$/u, "VENUE"],
];

/** Regions of the world written like places. */
export const REGIONS_EN = [
  "Southeast Asia",
  "South-East Asia",
  "East Asia",
  "South Asia",
  "Asia-Pacific",
  "Indo-Pacific",
  "Middle East",
  "Mekong",
  "South China Sea",
  "Europe",
  "Africa",
  "Latin America",
  "Pacific",
];
