/**
 * Keeps a write-path query's first plan for as long as Neo4j caches it (`replan=skip`).
 *
 * While a graph grows from nothing, every load changes its statistics enough for Neo4j to
 * plan each load query again, at most every ten seconds; planning the large merge queries
 * costs far more than running them (seconds each on a cold server, against tens of
 * milliseconds), and it was most of a first load's time. Only queries whose every match
 * starts from a unique id (an article's, an entity's, a fact's) use it: their plan is the
 * same on an empty graph and on a large one, so a plan made early never goes stale. A
 * query that could start from a label or an index scan must keep being replanned.
 */
export const keptPlan = (text: string): string => `CYPHER replan=skip\n${text}`;
