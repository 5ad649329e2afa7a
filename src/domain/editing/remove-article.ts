import { NotFoundError } from "../../errors/app-error.js";
import type { Tx } from "../../neo4j/executor.js";
import { ARTICLE_ENTITY_IDS, DELETE_ARTICLE, DROP_STALE_EVIDENCE, DROP_STALE_QUALIFIERS, PRUNE_UNMENTIONED_ENTITIES, PRUNE_UNSUPPORTED_FACTS } from "../../graph/load.queries.js";
import { refreshFactSpans } from "./fact-spans.js";
import { narrowMeetingDates } from "./meeting-dates.js";

export interface RemovalReport {
  articleId: string;
  evidenceRemoved: number;
  factsRemoved: number;
  entitiesRemoved: number;
}

/**
 * Removes an article and everything only it supported. A fact another article also
 * states stays, with that article's evidence; so does an entity another article declares.
 */
export async function removeArticle(tx: Tx, articleId: string): Promise<RemovalReport> {
  const [{ ids: entityIds } = { ids: [] as string[] }] = await tx.run<{ ids: string[] }>(ARTICLE_ENTITY_IDS, { articleId });
  await tx.run(DROP_STALE_QUALIFIERS, { articleId, keepQualifiers: [] });
  const [stale = { factIds: [] as string[], dropped: 0 }] = await tx.run<{ factIds: string[]; dropped: number }>(DROP_STALE_EVIDENCE, { articleId, keep: [] });
  const [{ deleted } = { deleted: 0 }] = await tx.run<{ deleted: number }>(DELETE_ARTICLE, { articleId });
  if (deleted === 0) throw new NotFoundError("Article", articleId);
  const [{ pruned: factsRemoved } = { pruned: 0 }] = await tx.run<{ pruned: number }>(PRUNE_UNSUPPORTED_FACTS, { factIds: stale.factIds });
  const [{ pruned: entitiesRemoved } = { pruned: 0 }] = await tx.run<{ pruned: number }>(PRUNE_UNMENTIONED_ENTITIES, { entityIds });
  await refreshFactSpans(tx, stale.factIds);
  await narrowMeetingDates(tx, entityIds);
  return { articleId, evidenceRemoved: stale.dropped, factsRemoved, entitiesRemoved };
}
