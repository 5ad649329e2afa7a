import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface Migration {
  version: number;
  name: string;
  file: string;
  checksum: string;
  statements: string[];
}

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.cypher$/;

/** Splits a migration into statements: `;` ends a statement at the end of a line, and `//` lines are comments. */
export function splitStatements(source: string): string[] {
  const lines = source.split(/\r?\n/).filter((line) => !line.trim().startsWith("//"));
  return lines
    .join("\n")
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Reads cypher/ in version order; a misnamed file or a repeated version is an error, not something to skip quietly. */
export function readMigrations(dir: string): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort();
  const migrations = files.map((file) => {
    const match = FILE_NAME.exec(file);
    if (!match) throw new Error(`Migration file ${file} is misnamed: expected NNNN_name.cypher (lower case, digits, underscores).`);
    const source = readFileSync(path.join(dir, file), "utf8");
    return {
      version: Number(match[1]),
      name: `${match[1]}_${match[2]}`,
      file,
      checksum: createHash("sha256").update(source).digest("hex").slice(0, 16),
      statements: splitStatements(source),
    };
  });
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (previous && previous.version === m.version) throw new Error(`Migrations ${previous.file} and ${m.file} share version ${m.version}.`);
  });
  return migrations;
}

/** Creating or dropping an index or a constraint: the only statements a schema transaction may hold. */
export function isSchemaStatement(statement: string): boolean {
  return /^(CREATE|DROP)\s+(?:(?:RANGE|TEXT|POINT|FULLTEXT|VECTOR|LOOKUP)\s+)?(INDEX|CONSTRAINT)\b/i.test(statement.trim());
}

/** Aggregation turns no rows into one, and UNION adds a branch of its own: either may write on an empty graph. */
const ROWS_FROM_NOTHING = /\b(?:count|collect|sum|avg|min|max|stDev|stDevP|percentileCont|percentileDisc)\s*\(|\bUNION\b/i;

/**
 * A statement that can change nothing on a graph with no nodes: it starts by matching
 * (not OPTIONAL MATCH), so on an empty graph it has no rows, and nothing after the match
 * can make one (no aggregation, no UNION). A backfill of data older code wrote is such a
 * statement, and a new graph has no such data.
 */
export function isNoOpOnEmptyGraph(statement: string): boolean {
  return /^MATCH\b/i.test(statement.trim()) && !ROWS_FROM_NOTHING.test(statement);
}

/** Statements sent together in one transaction; `first` is the 0-based position of the first, for error messages. */
export interface StatementGroup<T = string> {
  first: number;
  statements: T[];
}

/**
 * Groups statements into transactions: consecutive schema statements share one, since
 * Neo4j accepts many schema changes in a transaction but no data change beside them; each
 * data statement gets its own. `text` reads the statement from an item, so a run can group
 * the statements of several migrations at once.
 */
export function groupStatements<T = string>(statements: readonly T[], text: (item: T) => string = (item) => item as unknown as string): StatementGroup<T>[] {
  const groups: StatementGroup<T>[] = [];
  statements.forEach((statement, i) => {
    const last = groups.at(-1);
    if (last && isSchemaStatement(text(statement)) && isSchemaStatement(text(last.statements.at(-1)!))) last.statements.push(statement);
    else groups.push({ first: i, statements: [statement] });
  });
  return groups;
}
