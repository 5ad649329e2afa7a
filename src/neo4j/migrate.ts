import path from "node:path";
import { PROJECT_ROOT } from "../config/config.js";
import type { Logger } from "../logging/logger.js";
import { AWAIT_INDEXES, FULLTEXT_INDEXES, MIGRATION_STATE, RECORD_MIGRATIONS } from "./migration.queries.js";
import { describeDriverError } from "./classify-driver-error.js";
import { cypher } from "./cypher-query.js";
import type { Executor } from "./executor.js";
import { NAME_INDEX_ANALYZERS, nameIndexProblem } from "./fulltext-indexes.js";
import { groupStatements, type Migration, readMigrations } from "./migration-files.js";

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "cypher");

export class MigrationError extends Error {
  constructor(
    readonly file: string,
    reason: string,
    options?: ErrorOptions,
  ) {
    super(`Migration ${file} failed: ${reason}`, options);
    this.name = "MigrationError";
  }
}

/** Analyzers the full-text indexes need; a server without them would answer Thai searches with nothing. */
const REQUIRED_ANALYZERS = ["standard-folding", "thai"];

/**
 * IF NOT EXISTS also skips an index Neo4j judges equivalent to an existing one, silently;
 * so start-up checks that each full-text index is really there with its analyzer, over
 * every entity kind.
 */
async function checkFulltextIndexes(executor: Executor): Promise<void> {
  const rows = await executor.read<{ name: string; analyzer: string | null; labels: string[] | null }>(FULLTEXT_INDEXES);
  const found = new Map(rows.map((r) => [r.name, { analyzer: r.analyzer, labels: r.labels ?? [] }]));
  for (const [name, analyzer] of Object.entries(NAME_INDEX_ANALYZERS)) {
    const problem = nameIndexProblem(name, analyzer, found.get(name));
    if (problem) throw new MigrationError("0010_topics.cypher", problem);
  }
}

/**
 * Brings the graph's schema up to the newest migration, in one pass: one read for what is
 * applied, a transaction per run of schema statements (Neo4j does not mix schema and data
 * changes, so each data statement has its own), and one write recording what was applied.
 * A version is recorded only after all of its file's statements succeed; the statements
 * are idempotent, so a file that failed half-way is simply run again next time.
 */
export async function migrate(executor: Executor, logger: Logger, dir = MIGRATIONS_DIR): Promise<{ version: number; applied: string[] }> {
  const [state] = await executor.read<{ analyzers: string[]; applied: { version: number; checksum: string }[] }>(MIGRATION_STATE);
  const analyzers = new Set(state?.analyzers ?? []);
  const missing = REQUIRED_ANALYZERS.filter((a) => !analyzers.has(a));
  if (missing.length > 0) throw new MigrationError("(pre-check)", `this Neo4j lacks the full-text analyzer(s) ${missing.join(", ")}`);

  const done = new Map((state?.applied ?? []).map((r) => [r.version, r.checksum]));
  const applied: Migration[] = [];
  const record = async () => {
    if (applied.length === 0) return;
    await executor.write(RECORD_MIGRATIONS, { rows: applied.map((m) => ({ version: m.version, name: m.name, checksum: m.checksum })) });
  };
  let version = Math.max(0, ...done.keys());
  for (const migration of readMigrations(dir)) {
    const recorded = done.get(migration.version);
    if (recorded !== undefined) {
      if (recorded !== migration.checksum) logger.warn({ migration: migration.file }, "an applied migration has changed since it ran; add a new migration instead");
      continue;
    }
    for (const group of groupStatements(migration.statements)) {
      let i = group.first;
      try {
        await executor.writeTransaction(
          `migration.${migration.name}#${group.first + 1}`,
          async (tx) => {
            for (const [k, statement] of group.statements.entries()) {
              i = group.first + k;
              await tx.run(cypher(`${migration.name}#${i + 1}`, statement));
            }
          },
          executor.loadTimeoutMs,
        );
      } catch (error) {
        await record().catch(() => undefined);
        throw new MigrationError(migration.file, `statement ${i + 1}: ${describeDriverError(error)}`, { cause: error });
      }
    }
    applied.push(migration);
    version = Math.max(version, migration.version);
    logger.info({ migration: migration.file }, "migration applied");
  }
  await record();
  await executor.readTransaction(
    AWAIT_INDEXES.name,
    (tx) => tx.run(AWAIT_INDEXES, { seconds: Math.max(1, Math.floor((executor.loadTimeoutMs * 0.9) / 1000)) }),
    executor.loadTimeoutMs,
  );
  await checkFulltextIndexes(executor);
  return { version, applied: applied.map((m) => m.file) };
}
