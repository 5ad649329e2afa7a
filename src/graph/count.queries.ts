import { FACT_TYPES } from "../model/fact-types.js";
import { cypher, type CypherQuery } from "../neo4j/cypher-query.js";
import { type ListName, listMatch } from "./list.queries.js";
import { BoundedCache, STATEMENT_CACHE_ENTRIES } from "./bounded-cache.js";

/**
 * Counts grouped by one or two dimensions over the same filtered sets as the lists. The
 * set is the list's own MATCH (listMatch), so a count and a list given the same filter
 * always agree; what is counted, and what it is grouped by, are fixed fragments chosen
 * from the tables below. Values travel as parameters, as in the lists.
 */

export const COUNT_SUBJECTS = ["MEETINGS", "OFFICIALS", "ORGANISATIONS", "PLACES", "FRAMEWORKS", "TOPICS", "PARTICIPATIONS", "POSITIONS", "FACTS"] as const;
export type CountSubject = (typeof COUNT_SUBJECTS)[number];

export const COUNT_DIMENSIONS = ["COUNTRY", "YEAR", "ROLE", "ORGANISATION", "KIND", "SERIES", "FRAMEWORK", "TOPIC"] as const;
export type CountDimension = (typeof COUNT_DIMENSIONS)[number];

export const YEAR_CERTAINTIES = ["CERTAIN", "POSSIBLE"] as const;
export type YearCertainty = (typeof YEAR_CERTAINTIES)[number];

export const COUNT_ORDERS = ["COUNT_DESC", "KEY_ASC"] as const;
export type CountOrder = (typeof COUNT_ORDERS)[number];

/** One group's key along one dimension: an entity's id and name, or a value (a year, a role) as both. */
export interface CountKeyRow {
  value: string;
  name: string;
}

export interface CountResult {
  total: number;
  buckets: { keys: (CountKeyRow | null)[]; count: number; ids: string[] }[];
}

const entityKey = (v: string) => `{value: ${v}.id, name: ${v}.name}`;
const valueKey = (v: string) => `{value: ${v}, name: ${v}}`;

/** The years of an ISO-day range: every year it touches (POSSIBLE), or its year only when it lies within one (CERTAIN). */
function yearsOf(earliest: string, latest: string, certainty: YearCertainty): string {
  const first = `toInteger(left(${earliest}, 4))`;
  const last = `toInteger(left(${latest}, 4))`;
  const years =
    certainty === "POSSIBLE"
      ? `CASE WHEN ${earliest} IS NULL OR ${latest} IS NULL THEN [] ELSE range(${first}, ${last}) END`
      : `CASE WHEN ${earliest} IS NULL OR ${latest} IS NULL OR ${first} <> ${last} THEN [] ELSE [${first}] END`;
  return `[y IN ${years} | ${valueKey("toString(y)")}]`;
}

/**
 * A fact's years: those of its meeting when it concerns one (a participation happens on
 * the meeting's days), else those of its certain span (CERTAIN) or its possible span,
 * whose open end runs to this year (POSSIBLE).
 */
function factYears(certainty: YearCertainty): string {
  const meeting = `head([x IN [a, b] WHERE x:Meeting])`;
  const span =
    certainty === "CERTAIN"
      ? `[y IN CASE WHEN r.certainStart IS NULL OR r.certainEnd IS NULL THEN [] ELSE range(toInteger(left(r.certainStart, 4)), toInteger(left(r.certainEnd, 4))) END | ${valueKey("toString(y)")}]`
      : `[y IN CASE WHEN coalesce(r.possibleStart, r.certainStart) IS NULL THEN []
               ELSE range(toInteger(left(coalesce(r.possibleStart, r.certainStart), 4)),
                          toInteger(left(coalesce(r.possibleEnd, r.certainEnd, toString(date())), 4))) END | ${valueKey("toString(y)")}]`;
  return `CASE WHEN ${meeting} IS NOT NULL THEN ${yearsOf(`${meeting}.dateEarliest`, `${meeting}.dateLatest`, certainty)} ELSE ${span} END`;
}

type Fragments = Partial<Record<CountDimension, (years: YearCertainty) => string>>;

/** Keys of a meeting `n`: each fragment is a list expression, empty when the meeting has no value. */
const MEETING_KEYS: Fragments = {
  // The same countries the meetings' country filter accepts: represented, taking part or hosting, or where it was held.
  COUNTRY: () => `COLLECT {
      MATCH (:Entity)-[p:PARTICIPATED_IN]->(n) WHERE p.countryId IS NOT NULL MATCH (c:Country {id: p.countryId}) RETURN ${entityKey("c")} AS k
      UNION MATCH (c:Country)-[:PARTICIPATED_IN]->(n) RETURN ${entityKey("c")} AS k
      UNION MATCH (n)-[:HELD_IN]->()-[:LOCATED_IN*0..2]->(c:Country) RETURN ${entityKey("c")} AS k }`,
  YEAR: (years) => yearsOf("n.dateEarliest", "n.dateLatest", years),
  ROLE: () => `COLLECT { MATCH (:Entity)-[p:PARTICIPATED_IN]->(n) WHERE p.role IS NOT NULL RETURN DISTINCT ${valueKey("p.role")} AS k }`,
  ORGANISATION: () => `COLLECT {
      MATCH (o:Organisation)-[:PARTICIPATED_IN]->(n) RETURN ${entityKey("o")} AS k
      UNION MATCH (n)-[:MEETING_OF]->(o:Organisation) RETURN ${entityKey("o")} AS k }`,
  SERIES: () => `[s IN [n.series] WHERE s IS NOT NULL | ${valueKey("s")}]`,
  FRAMEWORK: () => `COLLECT { MATCH (n)-[:DISCUSSES]->(f:Framework) RETURN DISTINCT ${entityKey("f")} AS k }`,
  TOPIC: () => `COLLECT { MATCH (n)-[:DISCUSSES]->(t:Topic) RETURN DISTINCT ${entityKey("t")} AS k }`,
};

/** Keys of an official `n`. */
const OFFICIAL_KEYS: Fragments = {
  // The same countries the officials' country filter accepts: in office in it or its organisations, or representing it.
  COUNTRY: () => `COLLECT {
      MATCH (n)-[:HOLDS_POSITION]->()-[:BELONGS_TO*0..3]->(c:Country) RETURN ${entityKey("c")} AS k
      UNION MATCH (n)-[p:PARTICIPATED_IN]->(:Meeting) WHERE p.countryId IS NOT NULL MATCH (c:Country {id: p.countryId}) RETURN ${entityKey("c")} AS k }`,
  ROLE: () => `COLLECT { MATCH (n)-[p:PARTICIPATED_IN]->(:Meeting) WHERE p.role IS NOT NULL RETURN DISTINCT ${valueKey("p.role")} AS k }`,
  ORGANISATION: () => `COLLECT { MATCH (n)-[:HOLDS_POSITION]->(o:Organisation) RETURN DISTINCT ${entityKey("o")} AS k }`,
  YEAR: (years) => `COLLECT {
      MATCH (n)-[:PARTICIPATED_IN]->(m:Meeting) UNWIND ${yearsOf("m.dateEarliest", "m.dateLatest", years)} AS k RETURN DISTINCT k }`,
};

const ORGANISATION_KEYS: Fragments = {
  COUNTRY: () => `COLLECT { MATCH (n)-[:BELONGS_TO*1..3]->(c:Country) RETURN DISTINCT ${entityKey("c")} AS k }`,
  KIND: () => `[s IN [n.orgKind] WHERE s IS NOT NULL | ${valueKey("s")}]`,
  ORGANISATION: () => `COLLECT { MATCH (n)-[:BELONGS_TO]->(o:Organisation) RETURN DISTINCT ${entityKey("o")} AS k }`,
};

const PLACE_KEYS: Fragments = {
  COUNTRY: () => `COLLECT { MATCH (n)-[:LOCATED_IN*1..2]->(c:Country) RETURN DISTINCT ${entityKey("c")} AS k }`,
  KIND: () => `[s IN [n.placeKind] WHERE s IS NOT NULL | ${valueKey("s")}]`,
};

const FRAMEWORK_KEYS: Fragments = {
  KIND: () => `[s IN [n.frameworkKind] WHERE s IS NOT NULL | ${valueKey("s")}]`,
};

/** Keys of a topic `n`: through the meetings that discussed it (their years and series). */
const TOPIC_KEYS: Fragments = {
  YEAR: (years) => `COLLECT {
      MATCH (m:Meeting)-[:DISCUSSES]->(n) UNWIND ${yearsOf("m.dateEarliest", "m.dateLatest", years)} AS k RETURN DISTINCT k }`,
  SERIES: () => `COLLECT { MATCH (m:Meeting)-[:DISCUSSES]->(n) WHERE m.series IS NOT NULL RETURN DISTINCT ${valueKey("m.series")} AS k }`,
};

/**
 * Keys of a fact `r` from `a` to `b`. Its countries are its ends' (an organisation's by
 * climbing BELONGS_TO) and the one represented; its role is a participation's role or an
 * office's title; its kind is the relationship type, except where the subject says otherwise.
 */
const FACT_KEYS: Fragments = {
  COUNTRY: () => `COLLECT {
      UNWIND [a, b] AS x MATCH (x)-[:BELONGS_TO*0..4]->(c:Country) RETURN ${entityKey("c")} AS k
      UNION MATCH (c:Country) WHERE c.id = r.countryId RETURN ${entityKey("c")} AS k }`,
  YEAR: factYears,
  ROLE: () => `CASE WHEN r.role IS NOT NULL THEN [${valueKey("r.role")}] WHEN r.title IS NOT NULL THEN [{value: r.titleKey, name: r.title}] ELSE [] END`,
  ORGANISATION: () => `[x IN [a, b] WHERE x:Organisation | ${entityKey("x")}]`,
  KIND: () => `[${valueKey("type(r)")}]`,
  SERIES: () => `[x IN [a, b] WHERE x:Meeting AND x.series IS NOT NULL | ${valueKey("x.series")}]`,
  FRAMEWORK: () => `COLLECT { UNWIND [a, b] AS x MATCH (x)-[:DISCUSSES*0..1]->(f:Framework) RETURN DISTINCT ${entityKey("f")} AS k }`,
  TOPIC: () => `COLLECT { UNWIND [a, b] AS x MATCH (x)-[:DISCUSSES*0..1]->(t:Topic) RETURN DISTINCT ${entityKey("t")} AS k }`,
};

/** The kind of who took part (Official, Organisation, Country). */
const PARTICIPATION_KIND = () => `[l IN labels(a) WHERE l IN ['Official', 'Organisation', 'Country'] | ${valueKey("l")}]`;
/** The kind of organisation an office is in, or COUNTRY for an office of state. */
const POSITION_KIND = () => `CASE WHEN b:Country THEN [${valueKey("'COUNTRY'")}] WHEN b.orgKind IS NOT NULL THEN [${valueKey("b.orgKind")}] ELSE [] END`;

interface SubjectSpec {
  /** The lists whose filtered set the subject is counted over. */
  lists: readonly ListName[];
  /** From the list's members `n` to the counted items: `item` (an id), and `n`, or `r`, `a` and `b` for facts. */
  expand: string;
  keys: Fragments;
  /** Facts rather than entities: without a filter, reached from every entity. */
  ofFacts: boolean;
}

const FACT_PATTERN = FACT_TYPES.join("|");
const factsOf = (types: string) =>
  `MATCH (n)-[r:${types}]-(:Entity) WHERE r.factId IS NOT NULL
   WITH DISTINCT r
   WITH r, startNode(r) AS a, endNode(r) AS b, r.factId AS item`;

const ENTITY_LISTS: readonly ListName[] = ["officials", "organisations", "countries", "places", "meetings", "frameworks", "topics"];

export const COUNT_SPECS: Record<CountSubject, SubjectSpec> = {
  MEETINGS: { lists: ["meetings"], expand: "WITH n, n.id AS item", keys: MEETING_KEYS, ofFacts: false },
  OFFICIALS: { lists: ["officials"], expand: "WITH n, n.id AS item", keys: OFFICIAL_KEYS, ofFacts: false },
  ORGANISATIONS: { lists: ["organisations"], expand: "WITH n, n.id AS item", keys: ORGANISATION_KEYS, ofFacts: false },
  PLACES: { lists: ["places"], expand: "WITH n, n.id AS item", keys: PLACE_KEYS, ofFacts: false },
  FRAMEWORKS: { lists: ["frameworks"], expand: "WITH n, n.id AS item", keys: FRAMEWORK_KEYS, ofFacts: false },
  TOPICS: { lists: ["topics"], expand: "WITH n, n.id AS item", keys: TOPIC_KEYS, ofFacts: false },
  PARTICIPATIONS: {
    lists: ["meetings", "officials", "organisations", "countries"],
    expand: factsOf("PARTICIPATED_IN"),
    keys: { ...FACT_KEYS, KIND: PARTICIPATION_KIND },
    ofFacts: true,
  },
  POSITIONS: {
    lists: ["officials", "organisations", "countries"],
    expand: factsOf("HOLDS_POSITION"),
    keys: { ...FACT_KEYS, KIND: POSITION_KIND, SERIES: undefined, FRAMEWORK: undefined, TOPIC: undefined },
    ofFacts: true,
  },
  FACTS: { lists: ENTITY_LISTS, expand: factsOf(FACT_PATTERN), keys: FACT_KEYS, ofFacts: true },
};

/** The dimensions a subject can be grouped by, for error messages and documentation. */
export const dimensionsOf = (subject: CountSubject): CountDimension[] => COUNT_DIMENSIONS.filter((d) => COUNT_SPECS[subject].keys[d]);

/**
 * `list` null: no filter. Entities are then their whole list; facts are every fact of
 * their type, reached from every entity.
 */
function compose(subject: CountSubject, list: ListName | null, active: ReadonlySet<string>, by: readonly CountDimension[], years: YearCertainty, order: CountOrder): CypherQuery {
  const spec = COUNT_SPECS[subject];
  if (list !== null && !spec.lists.includes(list)) throw new Error(`${subject} are not counted over ${list}`);
  const fragments = by.map((d) => {
    const fragment = spec.keys[d];
    if (!fragment) throw new Error(`${subject} cannot be grouped by ${d}`);
    return fragment(years);
  });
  const base = list ?? (spec.ofFacts ? null : spec.lists[0]!);
  const match = base ? listMatch(base, active) : "MATCH (n:Entity)";
  const keyNames = by.map((_, i) => `k${i}`);
  const unwinds = keyNames.map((k) => `UNWIND CASE WHEN size(${k}s) = 0 THEN [null] ELSE ${k}s END AS ${k}`).join("\n       ");
  // Items without a value (an undated meeting) fall in a null group, listed last.
  const keyOrder = keyNames.map((k) => `${k} IS NULL, ${k}.name, ${k}.value`).join(", ");
  const orderBy = order === "COUNT_DESC" ? `itemCount DESC, ${keyOrder}` : `${keyOrder}`;
  const name = `count.${subject}.${list ?? "all"}.${by.join("x")}${by.includes("YEAR") ? `.${years}` : ""}.${order}${active.size ? `[${[...active].sort().join(",")}]` : ""}`;
  return cypher(
    name,
    `CALL () {
     ${match}
     ${spec.expand}
     RETURN count(DISTINCT item) AS total
   }
   CALL () {
     ${match}
     ${spec.expand}
     WITH item, ${fragments.map((f, i) => `${f} AS k${i}s`).join(",\n          ")}
     ${unwinds}
     WITH ${keyNames.join(", ")}, item ORDER BY item
     WITH ${keyNames.join(", ")}, count(DISTINCT item) AS itemCount, collect(DISTINCT item) AS items
     ORDER BY ${orderBy}
     LIMIT toInteger($limit)
     RETURN collect({keys: [${keyNames.join(", ")}], count: itemCount, ids: items[..toInteger($ids)]}) AS buckets
   }
   RETURN total, buckets`,
  );
}

const composed = new BoundedCache<string, CypherQuery>(STATEMENT_CACHE_ENTRIES);

/** The one statement that returns a subject's total over a list's filtered set, and its groups. Built once per shape and kept, in a bounded cache (bounded-cache.ts). */
export function countQuery(
  subject: CountSubject,
  list: ListName | null,
  activeFilters: readonly string[],
  by: readonly CountDimension[],
  years: YearCertainty,
  order: CountOrder,
): CypherQuery {
  const active = new Set(activeFilters);
  const key = JSON.stringify([subject, list, [...active].sort(), by, years, order]);
  return composed.getOrCreate(key, () => compose(subject, list, active, by, years, order));
}
