export interface IngestArgs {
  files: string[];
  dryRun: boolean;
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run ingest -- [--dry-run] FILE…

Loads annotation files (one article each, in the corpus format) into the graph.
Each file is validated, then written in its own transaction; an invalid file is
reported and skipped, and the others still load. Exits 1 when any file was invalid.

  --dry-run   validate and report what would change, keeping nothing
  --help      show this help

Neo4j: NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE), or by default
the embedded Neo4j in NEO4J_DATA_DIR: the running server's, or started for the run.`;

export function parseIngestArgs(argv: readonly string[]): IngestArgs {
  const args: IngestArgs = { files: [], dryRun: false, help: false };
  for (const arg of argv) {
    if (arg === "--dry-run" || arg === "-n") args.dryRun = true;
    else if (arg === "--help" || arg === "-h") args.help = true;
    else if (arg.startsWith("-")) throw new UsageError(`Unknown option ${arg}: expected --dry-run or --help.`);
    else args.files.push(arg);
  }
  if (!args.help && args.files.length === 0) throw new UsageError("No files given: expected one or more annotation files (.json).");
  return args;
}
