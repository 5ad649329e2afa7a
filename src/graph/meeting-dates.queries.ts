import { cypher } from "../neo4j/cypher-query.js";

/**
 * Narrows a meeting's earliest possible day with what the graph knows: a meeting that
 * FOLLOWS another took place no earlier than the day the other could have ended. So a
 * consultation dated only "2024" that follows a meeting ending on 1 November 2024 sorts
 * after it, not on 1 January. The stated start is kept as stated; only `dateEarliest`
 * (the bound lists sort and filter on) moves, and `dateEarliestInferredFrom` names the
 * meeting that moved it, marking the bound as inferred. Recomputed from the stated start
 * each time, so a removed FOLLOWS fact takes its narrowing with it. A bound past the
 * meeting's own latest day would contradict it, and is not applied.
 */
const narrowMeeting = (m: string) => `OPTIONAL MATCH (${m})-[:FOLLOWS]->(p:Meeting)
   WITH ${m}, [x IN collect(p) WHERE coalesce(x.endEarliest, x.startEarliest) IS NOT NULL | {id: x.id, day: coalesce(x.endEarliest, x.startEarliest)}] AS prior
   WITH ${m}, reduce(best = null, x IN prior | CASE WHEN best IS NULL OR x.day > best.day THEN x ELSE best END) AS best
   WITH ${m}, best, best IS NOT NULL AND (${m}.startEarliest IS NULL OR best.day > ${m}.startEarliest) AND (${m}.dateLatest IS NULL OR best.day <= ${m}.dateLatest) AS narrows
   SET ${m}.dateEarliest = CASE WHEN narrows THEN best.day ELSE ${m}.startEarliest END,
       ${m}.dateEarliestInferredFrom = CASE WHEN narrows THEN best.id ELSE null END`;

/**
 * The narrowing for these meetings, then for the meetings that follow them (whose
 * bounds may move with theirs), in one statement: the second subquery sees what the
 * first wrote.
 */
export const NARROW_WITH_FOLLOWERS = cypher(
  "meetingDates.narrowWithFollowers",
  `CALL () {
     UNWIND $ids AS id
     MATCH (m:Meeting {id: id})
     ${narrowMeeting("m")}
     RETURN count(m) AS meetings
   }
   CALL () {
     UNWIND $ids AS id
     MATCH (n:Meeting)-[:FOLLOWS]->(:Meeting {id: id})
     WITH DISTINCT n
     ${narrowMeeting("n")}
     RETURN count(n) AS followers
   }
   RETURN meetings, followers`,
);
