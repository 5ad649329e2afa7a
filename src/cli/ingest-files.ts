import path from "node:path";
import { readAnnotationFile } from "../corpus/corpus-files.js";
import type { NormalizedArticle } from "../domain/annotation/annotation.normalize.js";
import { AnnotationError, validateAnnotation } from "../domain/annotation/annotation.validate.js";
import { BATCH_LIMITS, batchesOf, ingestBatch } from "../domain/editing/ingest-annotation.js";
import type { LoadReport } from "../domain/editing/load-article.js";
import type { Author } from "../domain/editing/revision.js";
import { describeDriverError } from "../neo4j/classify-driver-error.js";
import type { Executor } from "../neo4j/executor.js";

export type FileOutcome = { file: string; status: "loaded"; report: LoadReport } | { file: string; status: "invalid" | "failed"; message: string };

interface ValidFile {
  index: number;
  file: string;
  article: NormalizedArticle;
}

/**
 * Each file validated on its own, then the valid ones written in batches, each batch in one
 * transaction (or, in a dry run, written and rolled back); see ingestBatch. A bad file is
 * recorded and the run goes on, so one typo does not hold up a batch, and no file is ever
 * half-written. `batch` caps the articles per transaction; 1 gives each its own.
 */
export async function ingestFiles(
  executor: Executor,
  files: readonly string[],
  options: {
    dryRun: boolean;
    author: Author;
    batch?: number;
    onFile?: (index: number, outcome: FileOutcome) => void;
    onStart?: (index: number, file: string) => void;
  },
): Promise<FileOutcome[]> {
  const limits = { ...BATCH_LIMITS, articles: options.batch ?? BATCH_LIMITS.articles };
  const outcomes: FileOutcome[] = [];
  const settle = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    options.onFile?.(index, outcome);
  };
  for (let first = 0; first < files.length; first += limits.articles) {
    const valid: ValidFile[] = [];
    for (const [offset, file] of files.slice(first, first + limits.articles).entries()) {
      const index = first + offset;
      const name = path.basename(file);
      options.onStart?.(index, name);
      try {
        valid.push({ index, file: name, article: validateAnnotation(readAnnotationFile(file, name).raw, name) });
      } catch (error) {
        if (error instanceof AnnotationError) settle(index, { file: name, status: "invalid", message: error.message });
        else if ((error as NodeJS.ErrnoException).code === "ENOENT") settle(index, { file: name, status: "invalid", message: `${name}: no such file` });
        else settle(index, { file: name, status: "failed", message: `${name}: ${describeDriverError(error)}` });
      }
    }
    for (const batch of batchesOf(valid, (v) => v.article.facts.length, limits)) {
      const results = await ingestBatch(
        executor,
        batch.map((v) => v.article),
        { dryRun: options.dryRun, author: options.author },
      );
      results.forEach((result, k) => {
        const { index, file } = batch[k]!;
        settle(
          index,
          "report" in result ? { file, status: "loaded", report: result.report } : { file, status: "failed", message: `${file}: ${describeDriverError(result.error)}` },
        );
      });
    }
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
