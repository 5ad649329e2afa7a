import { parseArgs } from "node:util";

export interface IngestArgs {
  files: string[];
  dryRun: boolean;
  help: boolean;
  /** Articles per transaction at most; undefined for the default. */
  batch?: number;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run ingest -- [--dry-run] [--batch N] FILE…

Loads annotation files (one article each, in the corpus format) into the graph.
Each file is validated, then the valid ones are written in batches of up to 50 (and
2,000 facts), each batch in one transaction; if a batch fails, its articles are
written one per transaction, so no article is half-written and one that fails does
not hold up the others. An invalid file is reported and skipped, and the others
still load. Exits 1 when any file was invalid or failed.

  --dry-run   validate and report what would change, keeping nothing
  --batch N   at most N articles per transaction (1: each in its own)
  --help      show this help

Neo4j: NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE), or by default
the embedded Neo4j in NEO4J_DATA_DIR: the running server's, or started for the run.`;

const OPTIONS = {
  "dry-run": { type: "boolean", short: "n" },
  batch: { type: "string", short: "b" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * Reads the command line with node's `util.parseArgs`, leniently, so that an unknown
 * option is reported in the CLI's own words (naming it and what is accepted) rather than
 * node's. Files and options may come in any order; `--` ends the options.
 */
export function parseIngestArgs(argv: readonly string[]): IngestArgs {
  const { values, positionals, tokens } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (!Object.hasOwn(OPTIONS, token.name)) throw new UsageError(`Unknown option ${token.rawName}: expected --dry-run, --batch N or --help.`);
    const takesValue = OPTIONS[token.name as keyof typeof OPTIONS].type === "string";
    if (!takesValue && token.value !== undefined) throw new UsageError(`Option ${token.rawName} takes no value.`);
  }
  const args: IngestArgs = { files: positionals, dryRun: values["dry-run"] === true, help: values.help === true };
  if (values.batch !== undefined) {
    const batch = typeof values.batch === "string" && /^[1-9]\d*$/.test(values.batch) ? Number(values.batch) : NaN;
    if (!Number.isSafeInteger(batch)) throw new UsageError(`Option --batch takes a whole number of articles, 1 or more.`);
    args.batch = batch;
  }
  if (!args.help && args.files.length === 0) throw new UsageError("No files given: expected one or more annotation files (.json).");
  return args;
}
