import type { Tx } from "../../neo4j/executor.js";
import { RECORD_REVISION } from "../../graph/revision.queries.js";
import type { LoadReport } from "./load-article.js";
import type { RemovalReport } from "./remove-article.js";

/** How a change reached the graph. */
export type RevisionVia = "API" | "CLI" | "CORPUS";

/** Who made a change and through what: every write to an article names one. */
export interface Author {
  /** The editor's configured key name, the CLI's operating-system user, or "corpus". */
  by: string;
  via: RevisionVia;
}

export type RevisionAction = "CREATED" | "UPDATED" | "REMOVED";

export interface RevisionRow {
  id: string;
  articleId: string;
  /** The article's revisions are numbered 1, 2, 3… in the order they happened. */
  seq: number;
  action: RevisionAction;
  by: string;
  via: RevisionVia;
  at: string;
  entitiesCreated: number;
  entitiesUpdated: number;
  entitiesRemoved: number;
  factsCreated: number;
  factsUpdated: number;
  factsRemoved: number;
  evidenceAdded: number;
  evidenceRemoved: number;
}

async function record(tx: Tx, props: Omit<RevisionRow, "id" | "at" | "seq">): Promise<RevisionRow> {
  const [row] = await tx.run<{ revision: RevisionRow }>(RECORD_REVISION, { props });
  return row!.revision;
}

/**
 * Records a load that changed something. A load that changed nothing records nothing,
 * so ingesting the same article again leaves the graph exactly as it was.
 */
export async function recordLoad(tx: Tx, report: LoadReport, author: Author): Promise<RevisionRow | null> {
  if (report.article === "unchanged") return null;
  return record(tx, {
    articleId: report.articleId,
    action: report.article === "created" ? "CREATED" : "UPDATED",
    ...author,
    entitiesCreated: report.entities.created.length,
    entitiesUpdated: report.entities.updated.length,
    entitiesRemoved: report.removedEntities,
    factsCreated: report.facts.created.length,
    factsUpdated: report.facts.updated.length,
    factsRemoved: report.removedFacts,
    evidenceAdded: report.evidenceAdded,
    evidenceRemoved: report.evidenceRemoved,
  });
}

export function recordRemoval(tx: Tx, report: RemovalReport, author: Author): Promise<RevisionRow> {
  return record(tx, {
    articleId: report.articleId,
    action: "REMOVED",
    ...author,
    entitiesCreated: 0,
    entitiesUpdated: 0,
    entitiesRemoved: report.removedEntities,
    factsCreated: 0,
    factsUpdated: 0,
    factsRemoved: report.removedFacts,
    evidenceAdded: 0,
    evidenceRemoved: report.removedEvidence,
  });
}
