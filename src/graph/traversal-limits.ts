/**
 * The bounds every traversal works within. A variable-length bound cannot be a Cypher
 * parameter, so the hop counts are fixed lists and one named query is generated per
 * count; everything else is capped here so no argument can ask for an unbounded walk.
 */

/** Hop counts `connection` may search up to; its query is generated once per count. */
export const CONNECTION_HOPS = [1, 2, 3, 4] as const;
export type ConnectionHops = (typeof CONNECTION_HOPS)[number];

/** Hop counts a neighbourhood may span; beyond two hops a hub such as ASEAN reaches most of the graph. */
export const NEIGHBOURHOOD_HOPS = [1, 2] as const;
export type NeighbourhoodHops = (typeof NEIGHBOURHOOD_HOPS)[number];

/** The most paths `connection` returns. */
export const MAX_PATHS = 20;

/**
 * Shortest paths examined before ordering: between two hubs there can be very many,
 * so the order (by the names along each path) is stable only among this many.
 */
export const PATH_CANDIDATE_LIMIT = 200;

/** The most edges a neighbourhood returns; its nodes are their endpoints. */
export const MAX_NEIGHBOURHOOD_EDGES = 500;

/** The most shared meetings listed for one counterpart (the count is never cut). */
export const SHARED_MEETINGS_LIMIT = 100;

/** Office-holding facts considered for one title and day before certainty is worked out and the page cut. */
export const OFFICE_CANDIDATE_LIMIT = 1000;

/** How far up BELONGS_TO an organisation is followed to find its country (unit → department → ministry → country). */
export const BELONGS_TO_DEPTH = 4;
