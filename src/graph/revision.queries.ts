import { cypher } from "../neo4j/cypher-query.js";

/** The properties a Revision returns: its counts, and its time as an ISO string. */
const REVISION_PROJECTION = `r {.*, at: toString(r.at)}`;

/**
 * One revision for each of `$revisions`, in order. `seq` numbers an article's revisions
 * 1, 2, 3…: clock times can tie to the millisecond, the numbers cannot. Writes to one
 * article are serialised by the lock on its node, which the caller's transaction holds by
 * the time it records the revision; each row's subquery sees the revisions the rows before
 * it created, so an article written twice in one batch gets two numbers. `at` is read from
 * the real-time clock for each row, so a batch's revisions keep the order they happened in
 * (the statement clock would give them all one time).
 */
export const RECORD_REVISIONS = cypher(
  "revision.record",
  `UNWIND $revisions AS props
   CALL (props) {
     OPTIONAL MATCH (earlier:Revision {articleId: props.articleId})
     WITH props, max(earlier.seq) AS last
     CREATE (r:Revision {id: randomUUID(), at: datetime.realtime(), seq: coalesce(last, 0) + 1})
     SET r += props
     RETURN ${REVISION_PROJECTION} AS revision
   }
   RETURN revision`,
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
