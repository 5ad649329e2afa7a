// Qualifiers of facts (typed values with their own evidence) are nodes keyed by id, like evidence.
CREATE CONSTRAINT qualifier_id IF NOT EXISTS FOR (q:Qualifier) REQUIRE q.id IS UNIQUE;
CREATE INDEX qualifier_article IF NOT EXISTS FOR (q:Qualifier) ON (q.articleId);
// A meeting that FOLLOWS another took place no earlier than the day the other could have
// ended; loads narrow `dateEarliest` so (src/graph/meeting-dates.queries.ts), and this
// applies the same rule once to an existing graph.
MATCH (m:Meeting)-[:FOLLOWS]->(:Meeting)
WITH DISTINCT m
OPTIONAL MATCH (m)-[:FOLLOWS]->(p:Meeting)
WITH m, [x IN collect(p) WHERE coalesce(x.endEarliest, x.startEarliest) IS NOT NULL | {id: x.id, day: coalesce(x.endEarliest, x.startEarliest)}] AS prior
WITH m, reduce(best = null, x IN prior | CASE WHEN best IS NULL OR x.day > best.day THEN x ELSE best END) AS best
WITH m, best, best IS NOT NULL AND (m.startEarliest IS NULL OR best.day > m.startEarliest) AND (m.dateLatest IS NULL OR best.day <= m.dateLatest) AS narrows
SET m.dateEarliest = CASE WHEN narrows THEN best.day ELSE m.startEarliest END,
    m.dateEarliestInferredFrom = CASE WHEN narrows THEN best.id ELSE null END;
