import { randomUUID } from "node:crypto";
import { InternalError } from "../../errors/app-error.js";
import type { Tx } from "../../neo4j/executor.js";
import { WRITE_ARTICLES } from "../../graph/load.queries.js";
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

interface WrittenRow {
  index: number;
  created: boolean;
  changed: boolean;
  entities: MergeRow[];
  /** Entities the article no longer mentions. */
  unmentioned: string[];
  facts: MergeRow[];
  /** Facts that lost some of the article's evidence. */
  staleFactIds: string[];
  evidenceRemoved: number;
  factsRemoved: number;
  entitiesRemoved: number;
}

/** An article as WRITE_ARTICLES takes it: `loadId` marks what this article's load creates. */
function articleRow(input: NormalizedArticle, index: number) {
  const qualifiers = input.facts.flatMap((f) => f.qualifiers.map((q) => ({ id: q.id, factId: f.id, props: q.props })));
  return {
    index,
    id: input.article.id,
    props: input.article.props,
    publisherId: input.article.publisherId ?? null,
    json: JSON.stringify(input.source),
    loadId: randomUUID(),
    entities: input.entities.map((e) => ({ id: e.id, kind: e.kind, props: e.props, aliasRecords: e.aliasRecords, searchNames: e.searchNames })),
    mentions: input.entities.map((e) => ({ id: e.id, forms: e.mentions, quotes: e.quotes })),
    facts: input.facts.map(({ id, type, subjectId, objectId, identity, data, evidence }) => ({ id, type, subjectId, objectId, identity, data, evidence })),
    qualifiers,
    keepQualifiers: qualifiers.map((q) => q.id),
    keep: input.facts.flatMap((f) => f.evidence.map((e) => e.id)),
  };
}

function reportOf(articleId: string, row: WrittenRow): LoadReport {
  const factChanges = classify(row.facts);
  const changedSomewhere = factChanges.created.length + factChanges.updated.length + row.factsRemoved + row.entitiesRemoved + row.evidenceRemoved > 0;
  return {
    articleId,
    article: row.created ? "created" : row.changed || changedSomewhere ? "updated" : "unchanged",
    entities: classify(row.entities),
    facts: factChanges,
    factsRemoved: row.factsRemoved,
    entitiesRemoved: row.entitiesRemoved,
    evidenceAdded: row.facts.reduce((n, r) => n + (r.newEvidence ?? 0), 0),
    evidenceRemoved: row.evidenceRemoved,
  };
}

/**
 * Writes validated articles, in order, inside the caller's transaction, in a fixed number
 * of statements whatever their number: one writes every article in turn (WRITE_ARTICLES),
 * each seeing the ones before it, with what it left unsupported pruned before the next;
 * then the spans of all their facts are refreshed at once, and the dates of all their
 * meetings narrowed at once. Both are recomputed from the graph as it stands, never from
 * what they were, and no article's write reads them, so doing them once after the batch
 * leaves the graph and every report as doing them after each article would.
 *
 * MERGE on ids throughout, so loading the same file twice changes nothing, and a fact
 * another article already states gains this article's evidence instead of a duplicate.
 * What a file no longer says (a corrected re-ingest) loses this article's support; the
 * meetings it no longer mentions are narrowed again too, since a FOLLOWS fact it alone
 * stated may be gone with them.
 */
export async function loadArticles(tx: Tx, inputs: readonly NormalizedArticle[]): Promise<LoadReport[]> {
  if (inputs.length === 0) return [];
  const rows = await tx.run<WrittenRow>(WRITE_ARTICLES, { articles: inputs.map(articleRow) });
  const written = [...rows].sort((a, b) => a.index - b.index);
  if (written.length !== inputs.length) throw new InternalError(`the load wrote ${written.length} of ${inputs.length} articles`);

  await refreshFactSpans(tx, [...new Set([...inputs.flatMap((input) => input.facts.map((f) => f.id)), ...written.flatMap((row) => row.staleFactIds)])]);
  await narrowMeetingDates(tx, [
    ...new Set([...inputs.flatMap((input) => input.entities.filter((e) => e.kind === "Meeting").map((e) => e.id)), ...written.flatMap((row) => row.unmentioned)]),
  ]);
  return written.map((row, k) => reportOf(inputs[k]!.article.id, row));
}
