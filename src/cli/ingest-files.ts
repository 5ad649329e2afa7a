import path from "node:path";
import { readAnnotationFile } from "../corpus/corpus-files.js";
import { AnnotationError } from "../domain/annotation/annotation.validate.js";
import { ingestAnnotation } from "../domain/editing/ingest-annotation.js";
import type { LoadReport } from "../domain/editing/load-article.js";
import type { Author } from "../domain/editing/revision.js";
import { describeDriverError } from "../neo4j/classify-driver-error.js";
import type { Executor } from "../neo4j/executor.js";

export type FileOutcome = { file: string; status: "loaded"; report: LoadReport } | { file: string; status: "invalid" | "failed"; message: string };

/**
 * Each file on its own: validated, then written (or, in a dry run, written and rolled
 * back) in one transaction. A bad file is recorded and the run goes on, so one typo does
 * not hold up a batch, and no file is ever half-written.
 */
export async function ingestFiles(
  executor: Executor,
  files: readonly string[],
  options: { dryRun: boolean; author: Author; onFile?: (index: number, outcome: FileOutcome) => void; onStart?: (index: number, file: string) => void },
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const [index, file] of files.entries()) {
    const name = path.basename(file);
    options.onStart?.(index, name);
    let outcome: FileOutcome;
    try {
      const report = await ingestAnnotation(executor, readAnnotationFile(file, name).raw, name, { dryRun: options.dryRun, author: options.author });
      outcome = { file: name, status: "loaded", report };
    } catch (error) {
      if (error instanceof AnnotationError) outcome = { file: name, status: "invalid", message: error.message };
      else if ((error as NodeJS.ErrnoException).code === "ENOENT") outcome = { file: name, status: "invalid", message: `${name}: no such file` };
      else outcome = { file: name, status: "failed", message: `${name}: ${describeDriverError(error)}` };
    }
    outcomes.push(outcome);
    options.onFile?.(index, outcome);
  }
  return outcomes;
}

/** The closing summary: what happened to each file, then the totals. */
export function summarize(outcomes: readonly FileOutcome[], dryRun: boolean): string {
  const lines = outcomes.map((o) => {
    if (o.status !== "loaded") return `  ${o.file}  ${o.status.toUpperCase()}`;
    const r = o.report;
    return `  ${o.file}  ${r.article}  entities +${r.entities.created.length} ~${r.entities.updated.length}  facts +${r.facts.created.length} ~${r.facts.updated.length}  evidence +${r.evidenceAdded}`;
  });
  const loaded = outcomes.filter((o): o is Extract<FileOutcome, { status: "loaded" }> => o.status === "loaded");
  const count = (change: string) => loaded.filter((o) => o.report.article === change).length;
  const invalid = outcomes.filter((o) => o.status === "invalid").length;
  const failed = outcomes.filter((o) => o.status === "failed").length;
  const verb = dryRun ? "would load" : "loaded";
  const totals = `${loaded.length} ${verb} (${count("created")} created, ${count("updated")} updated, ${count("unchanged")} unchanged), ${invalid} invalid, ${failed} failed.`;
  return [dryRun ? "Dry run: nothing was kept." : "", ...lines, `Summary: ${totals}`].filter(Boolean).join("\n");
}
