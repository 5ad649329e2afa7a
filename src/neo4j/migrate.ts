import path from "node:path";
import { PROJECT_ROOT } from "../config/config.js";
import type { Logger } from "../logging/logger.js";
import { AWAIT_INDEXES, FULLTEXT_INDEXES, MIGRATION_STATE, RECORD_MIGRATIONS } from "./migration.queries.js";
import { describeDriverError } from "./classify-driver-error.js";
import { cypher } from "./cypher-query.js";
import type { Executor } from "./executor.js";
import { NAME_INDEX_ANALYZERS, nameIndexProblem } from "./fulltext-indexes.js";
import { groupStatements, isNoOpOnEmptyGraph, isSchemaStatement, type Migration, readMigrations } from "./migration-files.js";

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

/** One statement of a pending migration: `index` is its 0-based position in its file. */
interface Step {
  migration: Migration;
  index: number;
  statement: string;
}

/**
 * Brings the graph's schema up to the newest migration, in one pass: one read for what is
 * applied, then the pending migrations' statements in order, consecutive schema statements
 * in one transaction even across files (Neo4j does not mix schema and data changes, so each
 * data statement has its own), and one write recording what was applied. On a graph with
 * no nodes, a data statement that can change nothing there (isNoOpOnEmptyGraph: a backfill)
 * is not sent, until a data statement has run. A version is recorded only after all of
 * its file's statements succeed; the statements are idempotent, so a file that failed
 * half-way is simply run again next time.
 */
export async function migrate(executor: Executor, logger: Logger, dir = MIGRATIONS_DIR): Promise<{ version: number; applied: string[] }> {
  const [state] = await executor.read<{ analyzers: string[]; applied: { version: number; checksum: string }[]; empty: boolean }>(MIGRATION_STATE);
  const analyzers = new Set(state?.analyzers ?? []);
  const missing = REQUIRED_ANALYZERS.filter((a) => !analyzers.has(a));
  if (missing.length > 0) throw new MigrationError("(pre-check)", `this Neo4j lacks the full-text analyzer(s) ${missing.join(", ")}`);

  const done = new Map((state?.applied ?? []).map((r) => [r.version, r.checksum]));
  const pending: Migration[] = [];
  for (const migration of readMigrations(dir)) {
    const recorded = done.get(migration.version);
    if (recorded === undefined) pending.push(migration);
    else if (recorded !== migration.checksum) logger.warn({ migration: migration.file }, "an applied migration has changed since it ran; add a new migration instead");
  }

  let empty = state?.empty === true;
  const steps: Step[] = [];
  for (const migration of pending) {
    for (const [index, statement] of migration.statements.entries()) {
      if (isSchemaStatement(statement)) steps.push({ migration, index, statement });
      else if (!(empty && isNoOpOnEmptyGraph(statement))) {
        steps.push({ migration, index, statement });
        empty = false;
      }
    }
  }
  const groups = groupStatements(steps, (step) => step.statement);
  // A migration is applied once the group holding its last statement sent has committed.
  const lastGroup = new Map<Migration, number>();
  groups.forEach((group, g) => group.statements.forEach((step) => lastGroup.set(step.migration, g)));

  const applied: Migration[] = [];
  const record = async () => {
    if (applied.length === 0) return;
    await executor.write(RECORD_MIGRATIONS, { rows: applied.map((m) => ({ version: m.version, name: m.name, checksum: m.checksum })) });
  };
  let version = Math.max(0, ...done.keys());
  const markApplied = (committed: number) => {
    for (const migration of pending.slice(applied.length)) {
      if ((lastGroup.get(migration) ?? -1) > committed) break;
      applied.push(migration);
      version = Math.max(version, migration.version);
      logger.info({ migration: migration.file }, "migration applied");
    }
  };
  markApplied(-1);
  for (const [g, group] of groups.entries()) {
    let current = group.statements[0]!;
    try {
      await executor.writeTransaction(
        `migration.${current.migration.name}#${current.index + 1}`,
        async (tx) => {
          for (const step of group.statements) {
            current = step;
            await tx.run(cypher(`${step.migration.name}#${step.index + 1}`, step.statement));
          }
        },
        executor.loadTimeoutMs,
      );
    } catch (error) {
      await record().catch(() => undefined);
      throw new MigrationError(current.migration.file, `statement ${current.index + 1}: ${describeDriverError(error)}`, { cause: error });
    }
    markApplied(g);
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
