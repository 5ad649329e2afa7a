import { cypher } from "../neo4j/cypher-query.js";

/** The properties a Revision returns: its counts, and its time as an ISO string. */
const REVISION_PROJECTION = `r {.*, at: toString(r.at)}`;

/**
 * `seq` numbers an article's revisions 1, 2, 3…: clock times can tie to the millisecond,
 * the numbers cannot. Writes to one article are serialised by the lock on its node, which
 * the caller's transaction holds by the time it records the revision.
 */
export const RECORD_REVISION = cypher(
  "revision.record",
  `OPTIONAL MATCH (earlier:Revision {articleId: $props.articleId})
   WITH max(earlier.seq) AS last
   CREATE (r:Revision {id: randomUUID(), at: datetime(), seq: coalesce(last, 0) + 1})
   SET r += $props
   RETURN ${REVISION_PROJECTION} AS revision`,
);

export const REVISIONS_BY_ARTICLE = cypher(
  "revision.byArticle",
  `UNWIND $ids AS id
   CALL (id) {
     MATCH (r:Revision {articleId: id})
     WITH r ORDER BY r.seq DESC
     LIMIT toInteger($limit)
     RETURN collect(${REVISION_PROJECTION}) AS revisions
   }
   RETURN id, revisions`,
);

/** Across the graph, newest first; `at` is indexed, and `seq` orders one article's changes within a millisecond. */
export const RECENT_REVISIONS = cypher(
  "revision.recent",
  `MATCH (r:Revision)
   WHERE $by IS NULL OR r.by = $by
   WITH r ORDER BY r.at DESC, r.seq DESC, r.id
   LIMIT toInteger($limit)
   RETURN ${REVISION_PROJECTION} AS revision`,
);

/** One article's changes through the articleId index, in the order its sequence numbers give. */
export const ARTICLE_REVISIONS = cypher(
  "revision.ofArticle",
  `MATCH (r:Revision {articleId: $articleId})
   WHERE $by IS NULL OR r.by = $by
   WITH r ORDER BY r.seq DESC
   LIMIT toInteger($limit)
   RETURN ${REVISION_PROJECTION} AS revision`,
);
