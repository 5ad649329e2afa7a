import { ENTITY_PROJECTION, type ProjectedEntity, projectEntityValues } from "./entity.row.js";
import type { StatementRelation } from "./relation.row.js";
import { cypher, type CypherQuery } from "../neo4j/cypher-query.js";
import { climbToCountry, climbToOrganisation, inCountry } from "./country-climb.js";
import { endsOnOrAfter, startsOnOrBefore } from "./date-overlap.js";
import { fold } from "./name-keys.js";
import { BoundedCache, STATEMENT_CACHE_ENTRIES } from "./bounded-cache.js";
import { countriesOf, relatedOf, type RelationShape, shapeNames } from "./relation.queries.js";

/**
 * The top-level lists. Each statement is composed from fixed fragments only: the label,
 * the sort key and the predicate of each filter the request uses. Values always travel as
 * parameters (`$filter.<key>`, `$after`, `$limit`), so what varies per request is which
 * fragments are present, never their text. Leaving unused filters out, rather than
 * writing `$x IS NULL OR …`, lets the planner use the kind, series and date indexes.
 */

export const LIST_NAMES = ["officials", "organisations", "countries", "places", "meetings", "frameworks", "topics", "articles"] as const;
export type ListName = (typeof LIST_NAMES)[number];

export const NAME_ORDERS = ["NAME_ASC", "NAME_DESC"] as const;
export const DATED_ORDERS = [...NAME_ORDERS, "DATE_ASC", "DATE_DESC"] as const;
export type ListOrder = (typeof DATED_ORDERS)[number];

/** One keyed item of a page. */
export interface ListRow<T> {
  sort: string | null;
  id: string;
  item: T;
}

/** What every list statement returns: the total across pages (null when not counted), and one page of keyed items. */
export interface ListResult<T> {
  totalCount: number | null;
  rows: ListRow<T>[];
}

/**
 * What a list statement that brings its items' relations returns instead: one record per
 * item (`row`, null for an empty page), the total on each, and on the first the countries
 * its relations represented. One record per item, not one for the page, for the reason
 * given at relationsByEntityQuery: a record larger than a Bolt chunk decodes slowly.
 */
export interface RelatedListRecord<T> {
  totalCount: number | null;
  row: (ListRow<T> & { related: { index: number; relations: StatementRelation[] }[] }) | null;
  countries: ProjectedEntity[] | null;
}

interface Ordering {
  key: string;
  descending: boolean;
}

interface ListSpec {
  label: string;
  projection: string;
  orders: Partial<Record<ListOrder, Ordering>>;
  filters: readonly string[];
  /** The WHERE conditions for the filters in use, each a predicate over `n`. */
  predicates(active: ReadonlySet<string>): string[];
}

/**
 * A substring of the name or of any alias, ignoring case and diacritics: one CONTAINS per
 * form of the input against `nameKeys` (see NAME_KEYS), which the kinds' TEXT indexes serve.
 */
const NAME_MATCH = `(n.nameKeys CONTAINS $filter.name.folded OR n.nameKeys CONTAINS $filter.name.lower)`;

const TITLE_MATCH = `(toLower(n.title) CONTAINS $filter.title.lower OR ${fold("n.title")} CONTAINS $filter.title.folded)`;

/** The date-range filters, one predicate per end so an unused end leaves no condition (graph/date-overlap.ts). */
const overlapsFrom = (earliest: string, latest: string) => endsOnOrAfter(earliest, latest, "$filter.from");
const overlapsTo = (earliest: string, latest: string) => startsOnOrBefore(earliest, latest, "$filter.to");

const pick = (active: ReadonlySet<string>, fragments: Record<string, string>) =>
  Object.entries(fragments)
    .filter(([key]) => active.has(key))
    .map(([, text]) => text);

/** Officials: role and dates narrow the same participation, so "led a delegation in 2024" means one meeting. */
function officialParticipation(active: ReadonlySet<string>): string[] {
  const conditions = pick(active, {
    role: "p.role = $filter.role",
    from: overlapsFrom("m.dateEarliest", "m.dateLatest"),
    to: overlapsTo("m.dateEarliest", "m.dateLatest"),
  });
  return conditions.length ? [`EXISTS { MATCH (n)-[p:PARTICIPATED_IN]->(m:Meeting) WHERE ${conditions.join(" AND ")} }`] : [];
}

/** Topics: both ends of a date range narrow the same meeting that discussed the topic, as for officials. */
function topicMeetings(active: ReadonlySet<string>): string[] {
  const conditions = pick(active, {
    from: overlapsFrom("m.dateEarliest", "m.dateLatest"),
    to: overlapsTo("m.dateEarliest", "m.dateLatest"),
  });
  return conditions.length ? [`EXISTS { MATCH (m:Meeting)-[:DISCUSSES]->(n) WHERE ${conditions.join(" AND ")} }`] : [];
}

const byName: Partial<Record<ListOrder, Ordering>> = {
  NAME_ASC: { key: "n.sortName", descending: false },
  NAME_DESC: { key: "n.sortName", descending: true },
};

const entitySpec = (label: string, filters: readonly string[], predicates: ListSpec["predicates"], orders = byName): ListSpec => ({
  label,
  projection: ENTITY_PROJECTION,
  orders,
  filters,
  predicates,
});

export const LIST_SPECS: Record<ListName, ListSpec> = {
  officials: entitySpec("Official", ["name", "country", "organisation", "role", "from", "to"], (active) => [
    ...pick(active, {
      name: NAME_MATCH,
      // In office in the country itself, or in an organisation of it (the one BELONGS_TO climb); or representing it at a meeting.
      country: `(EXISTS { (n)-[:HOLDS_POSITION]->()${climbToCountry("BELONGS_TO", "$filter.country")} }
        OR EXISTS { MATCH (n)-[p:PARTICIPATED_IN]->(:Meeting) WHERE p.countryId = $filter.country })`,
      organisation: `EXISTS { (n)-[:HOLDS_POSITION]->(:Organisation)${climbToOrganisation("$filter.organisation")} }`,
    }),
    ...officialParticipation(active),
  ]),
  organisations: entitySpec("Organisation", ["name", "kind", "country"], (active) =>
    pick(active, {
      name: NAME_MATCH,
      kind: "n.orgKind = $filter.kind",
      country: inCountry("n", "BELONGS_TO", "$filter.country"),
    }),
  ),
  countries: entitySpec("Country", ["name"], (active) => pick(active, { name: NAME_MATCH })),
  places: entitySpec("Place", ["name", "kind", "country"], (active) =>
    pick(active, {
      name: NAME_MATCH,
      kind: "n.placeKind = $filter.kind",
      country: inCountry("n", "LOCATED_IN", "$filter.country"),
    }),
  ),
  meetings: entitySpec(
    "Meeting",
    ["name", "series", "status", "country", "organisation", "role", "from", "to"],
    (active) =>
      pick(active, {
        name: NAME_MATCH,
        series: "n.series = $filter.series",
        status: "n.status = $filter.status",
        // A participant represented it, it took part or hosted, or the meeting was held in it or in a place in it.
        country: `(EXISTS { MATCH (:Entity)-[p:PARTICIPATED_IN]->(n) WHERE p.countryId = $filter.country }
          OR EXISTS { (:Country {id: $filter.country})-[:PARTICIPATED_IN]->(n) }
          OR EXISTS { (n)-[:HELD_IN]->()${climbToCountry("LOCATED_IN", "$filter.country")} })`,
        organisation: `(EXISTS { (:Organisation {id: $filter.organisation})-[:PARTICIPATED_IN]->(n) }
          OR EXISTS { (n)-[:MEETING_OF]->(:Organisation {id: $filter.organisation}) })`,
        role: "EXISTS { MATCH (:Entity)-[p:PARTICIPATED_IN]->(n) WHERE p.role = $filter.role }",
        from: overlapsFrom("n.dateEarliest", "n.dateLatest"),
        to: overlapsTo("n.dateEarliest", "n.dateLatest"),
      }),
    { ...byName, DATE_ASC: { key: "n.dateEarliest", descending: false }, DATE_DESC: { key: "n.dateEarliest", descending: true } },
  ),
  frameworks: entitySpec("Framework", ["name", "kind"], (active) => pick(active, { name: NAME_MATCH, kind: "n.frameworkKind = $filter.kind" })),
  topics: entitySpec("Topic", ["name", "from", "to"], (active) => [...pick(active, { name: NAME_MATCH }), ...topicMeetings(active)]),
  articles: {
    label: "Article",
    projection: "n { .*, publisherId: head([(n)-[:PUBLISHED_BY]->(p:Organisation) | p.id]) }",
    orders: {
      NAME_ASC: { key: "toLower(n.title)", descending: false },
      NAME_DESC: { key: "toLower(n.title)", descending: true },
      DATE_ASC: { key: "n.publishedEarliest", descending: false },
      DATE_DESC: { key: "n.publishedEarliest", descending: true },
    },
    filters: ["title", "language", "mentions", "from", "to"],
    predicates: (active) =>
      pick(active, {
        title: TITLE_MATCH,
        language: "n.language = $filter.language",
        mentions: "EXISTS { (n)-[:MENTIONS]->(:Entity {id: $filter.mentions}) }",
        from: overlapsFrom("n.publishedEarliest", "n.publishedLatest"),
        to: overlapsTo("n.publishedEarliest", "n.publishedLatest"),
      }),
  },
};

/**
 * Keyset pagination with nulls last in either direction: after a keyed item come larger
 * (smaller, descending) keys, then equal keys with larger (smaller) ids, then every null key;
 * after a null key, only null keys with larger (smaller) ids.
 */
function keyset(descending: boolean): string {
  const beyond = descending ? "<" : ">";
  return `CASE WHEN $after.sort IS NULL
      THEN sortKey IS NULL AND n.id ${beyond} $after.id
      ELSE sortKey IS NULL OR sortKey ${beyond} $after.sort OR (sortKey = $after.sort AND n.id ${beyond} $after.id)
    END`;
}

/**
 * The MATCH that finds a list's members (`n`) for the filters in use: the one definition
 * of a list's set, shared by its pages and by the counts grouped over it.
 */
export function listMatch(list: ListName, active: ReadonlySet<string>): string {
  const spec = LIST_SPECS[list];
  const unknown = [...active].filter((key) => !spec.filters.includes(key));
  if (unknown.length) throw new Error(`${list} has no filter ${unknown.join(", ")}`);
  const predicates = spec.predicates(active);
  return `MATCH (n:${spec.label})${predicates.length ? `\n     WHERE ${predicates.join("\n       AND ")}` : ""}`;
}

/**
 * The page's items from `page` (a list of `{n, sort}`, in order), each with the relations
 * its fields will ask for (`relatedOf`): the relation key templates in `$relationTemplates`, for the
 * first `$relationsFor` items only (the one more fetched to learn whether a page follows
 * gets none). Leaves `rows`.
 */
function itemsWithRelations(projection: string, shapes: readonly RelationShape[]): string {
  return `UNWIND range(0, size(page) - 1) AS i
     WITH page[i].n AS n, page[i].sort AS sortKey, CASE WHEN i < toInteger($relationsFor) THEN $relationTemplates ELSE [] END AS templates
     ${relatedOf(shapes, "templates")}
     RETURN collect({sort: sortKey, id: n.id, item: ${projection}, related: related}) AS rows`;
}

/** Every represented country of the page's relations, read once (see countriesOf). */
const PAGE_COUNTRIES = countriesOf("rows", "UNWIND rows AS row UNWIND row.related AS result");

function compose(list: ListName, order: ListOrder, active: ReadonlySet<string>, paged: boolean, lean: boolean, counted: boolean, shapes: readonly RelationShape[]): CypherQuery {
  const spec = LIST_SPECS[list];
  const ordering = spec.orders[order];
  if (!ordering) throw new Error(`${list} cannot be ordered by ${order}`);
  const match = listMatch(list, active);
  const direction = ordering.descending ? "DESC" : "ASC";
  const related = shapes.length > 0;
  const name = `list.${list}.${order}${active.size ? `[${[...active].sort().join(",")}]` : ""}${paged ? ".after" : ""}${lean ? ".lean" : ""}${counted ? "" : ".uncounted"}${related ? `.related[${shapeNames(shapes)}]` : ""}`;
  const projection = lean ? projectEntityValues("n", "$keys") : spec.projection;
  const countries = related ? `\n   ${PAGE_COUNTRIES}` : "";
  const returned = (total: string) =>
    related
      ? `UNWIND CASE WHEN size(rows) = 0 THEN [-1] ELSE range(0, size(rows) - 1) END AS i
   RETURN ${total}, rows[i] AS row, CASE WHEN i <= 0 THEN countries END AS countries`
      : `RETURN ${total}, rows`;
  if (counted && !paged && active.size > 0) {
    // A filtered first page with its total: one walk over the matches, sorted, gives both
    // (an unfiltered count instead reads the count store, and a later page counts what it skips).
    const items = related
      ? `WITH found[..toInteger($limit)] AS page
     ${itemsWithRelations(projection, shapes)}`
      : `UNWIND found[..toInteger($limit)] AS hit
     WITH hit.n AS n, hit.sort AS sortKey
     RETURN collect({sort: sortKey, id: n.id, item: ${projection}}) AS rows`;
    return cypher(
      name,
      `${match}
   WITH n, ${ordering.key} AS sortKey
   ORDER BY sortKey IS NULL, sortKey ${direction}, n.id ${direction}
   WITH collect({n: n, sort: sortKey}) AS found
   CALL (found) {
     ${items}
   }${countries}
   ${returned("size(found) AS totalCount")}`,
    );
  }
  // Counting walks the whole filtered set a second time; a page whose total nobody asked for skips it.
  const count = counted
    ? `CALL () {
     ${match}
     RETURN count(n) AS totalCount
   }
   `
    : "";
  const items = related
    ? `WITH collect({n: n, sort: sortKey}) AS page
     ${itemsWithRelations(projection, shapes)}`
    : `RETURN collect({sort: sortKey, id: n.id, item: ${projection}}) AS rows`;
  return cypher(
    name,
    `${count}CALL () {
     ${match}
     WITH n, ${ordering.key} AS sortKey
     ${paged ? `WHERE ${keyset(ordering.descending)}` : ""}
     WITH n, sortKey ORDER BY sortKey IS NULL, sortKey ${direction}, n.id ${direction}
     LIMIT toInteger($limit)
     ${items}
   }${countries}
   ${returned(counted ? "totalCount" : "null AS totalCount")}`,
  );
}

const composed = new BoundedCache<string, CypherQuery>(STATEMENT_CACHE_ENTRIES);

/**
 * The one statement that returns both a page and the total for a list, its order, the
 * filters in use and whether it continues from a cursor. Statements are built once and kept, in a bounded cache (bounded-cache.ts).
 * A `lean` entity list projects only the properties in `$keys` (see projectEntityValues);
 * an uncounted one leaves the total out (null) and matches only once. With `shapes`, each
 * item comes with the relations that the key templates in `$relationTemplates` ask for, as
 * the relations statement answers them (`related`, one `{index, relations}` per template),
 * with the countries they represented (`countries`, with `$countryKeys`), `$cap` being the
 * largest size any template asks for; it then returns RelatedListRecords.
 */
export function listQuery(
  list: ListName,
  order: ListOrder,
  activeFilters: readonly string[],
  paged: boolean,
  lean = false,
  counted = true,
  shapes: readonly RelationShape[] = [],
): CypherQuery {
  const active = new Set(activeFilters);
  const key = JSON.stringify([list, order, [...active].sort(), paged, lean, counted, shapes]);
  return composed.getOrCreate(key, () => compose(list, order, active, paged, lean, counted, shapes));
}
