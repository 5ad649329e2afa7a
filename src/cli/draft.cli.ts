import "reflect-metadata";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "../config/config.js";
import { createLogger } from "../logging/logger.js";
import { openNeo4j } from "../neo4j/open-neo4j.js";
import { draftArticle } from "../domain/drafting/draft-article.js";
import { loadGazetteer } from "../domain/drafting/load-gazetteer.js";
import type { GazetteerEntry } from "../domain/drafting/draft.types.js";

export const DRAFT_USAGE = `Usage: npm run draft -- <article.txt> --lang <code> [--title <headline>] [--published YYYY-MM-DD] [--url <url>] [--publisher <name>] [--no-graph] [--review]

Drafts an annotation for the article's raw text and prints it as JSON, ready to review and ingest.
  --lang        the article's language (en, th, km, vi, id …)
  --title       its headline (default: the first line of the file)
  --published   the day it was published; its year reads dates stated without one
  --no-graph    draft without the graph's names (nothing is linked)
  --review      print the review too: per entity its confidence, reasons and link or candidates, per fact its confidence and reason`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: "string" },
      title: { type: "string" },
      published: { type: "string" },
      url: { type: "string" },
      publisher: { type: "string" },
      "no-graph": { type: "boolean", default: false },
      review: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${DRAFT_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1 || !values.lang || (values.published && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(values.published))) {
    process.stderr.write(`${DRAFT_USAGE}\n`);
    return 2;
  }
  const text = readFileSync(positionals[0]!, "utf8");
  const title =
    values.title ??
    text
      .split("\n")
      .find((l) => l.trim())
      ?.trim() ??
    positionals[0]!;
  let gazetteer: GazetteerEntry[] = [];
  if (!values["no-graph"]) {
    const config = loadConfig();
    const logger = createLogger(process.env.LOG_LEVEL ?? "warn", undefined, config.logFormat);
    const neo4j = await openNeo4j(config, logger, { reuseRunning: true });
    try {
      gazetteer = await loadGazetteer(neo4j.executor);
    } finally {
      await neo4j.close();
    }
  }
  const draft = draftArticle({ text, language: values.lang, title, url: values.url, published: values.published, publisher: values.publisher }, gazetteer);
  process.stdout.write(`${JSON.stringify(values.review ? draft : draft.annotation, null, 2)}\n`);
  process.stderr.write(
    `drafted ${draft.annotation.entities.length} entities (${draft.entities.filter((e) => e.linkedId && e.kind !== "Country").length} linked to the graph) and ${draft.annotation.facts.length} facts\n`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`draft failed: ${error.message}\n`);
    process.exit(1);
  },
);
