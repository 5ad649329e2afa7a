import type { Tx } from "../../neo4j/executor.js";
import { RECORD_REVISIONS } from "../../graph/revision.queries.js";
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

/** Revisions for several changes, in their order, in one statement. */
function record(tx: Tx, revisions: Omit<RevisionRow, "id" | "at" | "seq">[]): Promise<RevisionRow[]> {
  if (revisions.length === 0) return Promise.resolve([]);
  return tx.run<{ revision: RevisionRow }>(RECORD_REVISIONS, { revisions }).then((rows) => rows.map((row) => row.revision));
}

/**
 * Records each load that changed something, in the loads' order. A load that changed
 * nothing records nothing, so ingesting the same article again leaves the graph exactly
 * as it was.
 */
export function recordLoads(tx: Tx, reports: readonly LoadReport[], author: Author): Promise<RevisionRow[]> {
  return record(
    tx,
    reports
      .filter((report) => report.article !== "unchanged")
      .map((report) => ({
        articleId: report.articleId,
        action: report.article === "created" ? "CREATED" : "UPDATED",
        ...author,
        entitiesCreated: report.entities.created.length,
        entitiesUpdated: report.entities.updated.length,
        entitiesRemoved: report.entitiesRemoved,
        factsCreated: report.facts.created.length,
        factsUpdated: report.facts.updated.length,
        factsRemoved: report.factsRemoved,
        evidenceAdded: report.evidenceAdded,
        evidenceRemoved: report.evidenceRemoved,
      })),
  );
}

export async function recordRemoval(tx: Tx, report: RemovalReport, author: Author): Promise<RevisionRow> {
  const [revision] = await record(tx, [
    {
      articleId: report.articleId,
      action: "REMOVED",
      ...author,
      entitiesCreated: 0,
      entitiesUpdated: 0,
      entitiesRemoved: report.entitiesRemoved,
      factsCreated: 0,
      factsUpdated: 0,
      factsRemoved: report.factsRemoved,
      evidenceAdded: 0,
      evidenceRemoved: report.evidenceRemoved,
    },
  ]);
  return revision!;
}
