import "reflect-metadata";
import { loadConfig } from "../config/config.js";
import { ConfigError } from "../config/config-error.js";
import { createLogger } from "../logging/logger.js";
import { describeDriverError } from "../neo4j/classify-driver-error.js";
import { migrate } from "../neo4j/migrate.js";
import { openNeo4j } from "../neo4j/open-neo4j.js";
import { cliAuthor } from "./cli-author.js";
import { parseIngestArgs, USAGE, UsageError } from "./cli-args.js";
import { ingestFiles, summarize } from "./ingest-files.js";
import { createProgress } from "./progress-bar.js";

/**
 * `npm run ingest -- [--dry-run] [--batch N] FILE…`: bulk loading for editors. Exit 0 when every file
 * loaded, 1 when any was invalid or failed (the others still load), 2 for a usage or
 * configuration error.
 */
async function main(argv: string[]): Promise<number> {
  let args;
  let config;
  try {
    args = parseIngestArgs(argv);
    config = loadConfig();
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const logger = createLogger(process.env.LOG_LEVEL ?? "warn", undefined, config.logFormat);
  const neo4j = await openNeo4j(config, logger, { reuseRunning: true });
  const progress = createProgress(process.stderr);
  try {
    await migrate(neo4j.executor, logger);
    const total = args.files.length;
    const outcomes = await ingestFiles(neo4j.executor, args.files, {
      dryRun: args.dryRun,
      batch: args.batch,
      author: cliAuthor(),
      onStart: (index, file) => progress.update(index, total, file),
      onFile: (index, outcome) => {
        if (outcome.status !== "loaded") progress.log(outcome.message);
        progress.update(index + 1, total, outcome.file);
      },
    });
    progress.done();
    process.stdout.write(`${summarize(outcomes, args.dryRun)}\n`);
    return outcomes.every((o) => o.status === "loaded") ? 0 : 1;
  } finally {
    await neo4j.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // The operator's own terminal: the real cause (a database that does not exist, a refused login), not the words a client would get.
    process.stderr.write(`ingest failed: ${describeDriverError(error)}\n`);
    process.exit(1);
  },
);
