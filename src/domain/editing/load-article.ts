import { randomUUID } from "node:crypto";
import type { Tx } from "../../neo4j/executor.js";
import { PRUNE_UNMENTIONED_ENTITIES, PRUNE_UNSUPPORTED_FACTS, WRITE_ARTICLE, WRITE_FACTS } from "../../graph/load.queries.js";
import type { NormalizedArticle } from "../annotation/annotation.normalize.js";
import { refreshFactSpans } from "./fact-spans.js";
import { narrowMeetingDates } from "./meeting-dates.js";

export type Change = "created" | "updated" | "unchanged";

export interface ItemChanges {
  created: string[];
  updated: string[];
  unchanged: string[];
}

export interface LoadReport {
  articleId: string;
  article: Change;
  entities: ItemChanges;
  facts: ItemChanges;
  /** Facts or entities this article alone supported and no longer does (a corrected file). */
  factsRemoved: number;
  entitiesRemoved: number;
  evidenceAdded: number;
  /** Evidence this article gave before and no longer does. */
  evidenceRemoved: number;
}

interface MergeRow {
  id: string;
  created: boolean;
  changed: boolean;
  newEvidence?: number;
}

const classify = (rows: MergeRow[]): ItemChanges => ({
  created: rows.filter((r) => r.created).map((r) => r.id),
  updated: rows.filter((r) => !r.created && r.changed).map((r) => r.id),
  unchanged: rows.filter((r) => !r.created && !r.changed).map((r) => r.id),
});

/**
 * Writes one validated article inside the caller's transaction: MERGE on ids throughout,
 * so loading the same file twice changes nothing, and a fact another article already
 * states gains this article's evidence instead of a duplicate. What the file no longer
 * says (a corrected re-ingest) loses this article's support.
 */
export async function loadArticle(tx: Tx, input: NormalizedArticle): Promise<LoadReport> {
  const loadId = randomUUID();
  const articleId = input.article.id;
  const [written] = await tx.run<{ created: boolean; changed: boolean; entities: MergeRow[]; dropped: string[] }>(WRITE_ARTICLE, {
    id: articleId,
    props: input.article.props,
    publisherId: input.article.publisherId ?? null,
    json: JSON.stringify(input.source),
    loadId,
    entities: input.entities.map((e) => ({ id: e.id, kind: e.kind, props: e.props, aliasRecords: e.aliasRecords, searchNames: e.searchNames })),
    mentions: input.entities.map((e) => ({ id: e.id, forms: e.mentions, quotes: e.quotes })),
  });
  const article = written!;
  const entityRows = article.entities;
  const dropped = article.dropped;

  const qualifiers = input.facts.flatMap((f) => f.qualifiers.map((q) => ({ id: q.id, factId: f.id, props: q.props })));
  const [factsWritten] = await tx.run<{ facts: MergeRow[]; factIds: string[]; dropped: number }>(WRITE_FACTS, {
    articleId,
    facts: input.facts.map(({ id, type, subjectId, objectId, identity, data, evidence }) => ({ id, type, subjectId, objectId, identity, data, evidence })),
    qualifiers,
    keepQualifiers: qualifiers.map((q) => q.id),
    keep: input.facts.flatMap((f) => f.evidence.map((e) => e.id)),
    loadId,
  });
  const factRows = factsWritten!.facts;
  const stale = { factIds: factsWritten!.factIds, dropped: factsWritten!.dropped };
  const [{ pruned: factsRemoved } = { pruned: 0 }] = stale.factIds.length ? await tx.run<{ pruned: number }>(PRUNE_UNSUPPORTED_FACTS, { factIds: stale.factIds }) : [];
  const [{ pruned: entitiesRemoved } = { pruned: 0 }] = dropped.length ? await tx.run<{ pruned: number }>(PRUNE_UNMENTIONED_ENTITIES, { entityIds: dropped }) : [];

  await refreshFactSpans(tx, [...new Set([...input.facts.map((f) => f.id), ...stale.factIds])]);
  await narrowMeetingDates(
    tx,
    input.entities.filter((e) => e.kind === "Meeting").map((e) => e.id),
  );

  const factChanges = classify(factRows);
  const changedSomewhere = factChanges.created.length + factChanges.updated.length + factsRemoved + entitiesRemoved + stale.dropped > 0;
  return {
    articleId,
    article: article.created ? "created" : article.changed || changedSomewhere ? "updated" : "unchanged",
    entities: classify(entityRows),
    facts: factChanges,
    factsRemoved,
    entitiesRemoved,
    evidenceAdded: factRows.reduce((n, r) => n + (r.newEvidence ?? 0), 0),
    evidenceRemoved: stale.dropped,
  };
}
