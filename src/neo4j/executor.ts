import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type QueryResult, isRetryableError } from "neo4j-driver";
import { UnavailableError } from "../errors/app-error.js";
import type { Logger } from "../logging/logger.js";
import { classifyDriverError, describeDriverError } from "./classify-driver-error.js";
import { TRANSACTION_RETRY_TIME_MS } from "./driver.js";
import type { CypherQuery } from "./cypher-query.js";
import { type GuardHandle, OutageProbe } from "./outage-probe.js";
import { toPlain } from "./to-plain.js";

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A transaction handed to multi-statement work; each `run` is one counted round trip. */
export interface Tx {
  run<T = Row>(query: CypherQuery, params?: Params): Promise<T[]>;
}

interface Shared {
  driver: Driver;
  database: string;
  txTimeoutMs: number;
  /** For loading and removing articles and for migrations; see Config.loadTxTimeoutMs. */
  loadTxTimeoutMs: number;
  logger: Logger;
  /**
   * One per process: every session follows every earlier write made through this process.
   * Across replicas, a client carries its write's bookmark itself (see forRequest).
   */
  bookmarks: BookmarkManager;
  /** One per process: while Neo4j is unreachable, every query of every request fails fast. */
  probe: OutageProbe;
}

/** A summary's timing is an Integer, a number or a bigint depending on driver settings, and -1 when the server did not say. */
function summaryMs(value: unknown): number {
  const ms = neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value);
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

/**
 * Sent with every transaction as its metadata, so Neo4j's query log and `SHOW
 * TRANSACTIONS` say which of this application's operations a slow or stuck transaction
 * belongs to: a named query, or the named unit of work that groups several.
 */
export function transactionMetadata(operation: string): { app: string; operation: string } {
  return { app: "diplograph", operation };
}

/** Carries a dry run's result out of executeWrite; throwing it is what rolls the transaction back. */
class RolledBack extends Error {
  constructor(readonly result: unknown) {
    super("dry run: rolled back");
  }
}

/**
 * The only module that opens sessions. Reads go through executeRead and writes through
 * executeWrite, so a cluster routes each to the right member and the driver retries
 * transient failures; every transaction has a timeout and names its database.
 *
 * Each request gets its own Executor from `forRequest()`, sharing the driver but
 * counting its own round trips: that count is how tests prove there is no N+1 and
 * how the request log reports the statements a request ran.
 */
export class Executor {
  private statements = 0;
  private written: string[] = [];
  private databaseMs = 0;

  private constructor(
    private readonly shared: Shared,
    /** Bookmarks a client brought from an earlier write, perhaps made through another replica. */
    private readonly awaited: readonly string[] = [],
  ) {}

  static create(driver: Driver, options: { database: string; txTimeoutMs: number; loadTxTimeoutMs: number; logger: Logger }): Executor {
    const { logger, database } = options;
    const probe = new OutageProbe({
      // One round trip, outside any request: no bookmarks to wait for, no statement counted.
      check: async () => {
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
        try {
          await session.run("RETURN 1", {}, { timeout: options.txTimeoutMs, metadata: transactionMetadata("outage.check") });
        } finally {
          await session.close();
        }
      },
      // The failure that showed Neo4j unreachable: UNAVAILABLE, in the same words as any other,
      // whatever the check itself ended with (a refused connection, or its own timeout).
      unavailable: (cause) => {
        const classified = classifyDriverError(cause);
        return classified instanceof UnavailableError ? classified : new UnavailableError("The graph database is unavailable. Try again shortly.", { cause });
      },
      onDown: (err) => logger.warn({ err }, "neo4j unreachable: queries fail fast with UNAVAILABLE until it answers again"),
      onUp: () => logger.info("neo4j reachable again: queries run"),
    });
    return new Executor({ driver, ...options, bookmarks: neo4j.bookmarkManager(), probe });
  }

  /**
   * An executor for one request. `bookmarks` are those a client sent back from an earlier
   * write: every transaction of this request waits until the database it reaches has
   * applied them, so a client reads its own writes through any replica of this server.
   */
  forRequest(logger: Logger = this.shared.logger, bookmarks: readonly string[] = []): Executor {
    return new Executor({ ...this.shared, logger }, bookmarks);
  }

  /** The bookmarks of this request's last committed write, for the client to send back; empty when it wrote nothing. */
  get writtenBookmarks(): readonly string[] {
    return this.written;
  }

  /** Statements sent to Neo4j through this executor so far. */
  get roundTrips(): number {
    return this.statements;
  }

  /**
   * Milliseconds Neo4j reported for this executor's statements so far: for each, the time
   * until its first record was available plus the time to consume the rest, from the
   * driver's result summary. Network and client time are not in it.
   */
  get databaseTimeMs(): number {
    return this.databaseMs;
  }

  get database(): string {
    return this.shared.database;
  }

  /** The timeout to pass for loading or removing an article, or applying a migration. */
  get loadTimeoutMs(): number {
    return this.shared.loadTxTimeoutMs;
  }

  /**
   * One attempt, no retries: readiness must say "not now" within the timeout rather than
   * wait out the retry budget that protects real queries.
   */
  async ping(timeoutMs: number): Promise<void> {
    const session = this.openSession("READ");
    try {
      this.statements += 1;
      await session.run("RETURN 1", {}, { timeout: timeoutMs, metadata: transactionMetadata("readiness.ping") });
      this.shared.probe.reportHealthy();
    } catch (error) {
      this.shared.probe.report(error);
      throw classifyDriverError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * One query in its own transaction, which takes the query's name as its operation.
   *
   * A lone read runs as an auto-commit transaction: one exchange with Neo4j (RUN and PULL,
   * sent together) where a managed transaction takes three (BEGIN, RUN and PULL, COMMIT),
   * each a message both sides handle and a write on the socket. For one statement the two
   * are the same transaction. What the driver's managed transactions add, retrying transient
   * failures, is kept: the same errors are retried, with the same back-off, within the same
   * budget (`retryDelayMs`).
   */
  async read<T = Row>(query: CypherQuery, params: Params = {}): Promise<T[]> {
    return this.shared.probe.guard(async (handle) => {
      const began = Date.now();
      for (let attempt = 0; ; attempt += 1) {
        const session = this.openSession("READ");
        this.statements += 1;
        const started = performance.now();
        try {
          const result = session.run(query.text, params, { timeout: this.shared.txTimeoutMs, metadata: transactionMetadata(query.name) });
          // The statement has reached the database once its RUN is answered.
          result.keys().then(
            () => handle.started(),
            () => undefined,
          );
          return this.rowsOf<T>(query, params, await result, started);
        } catch (error) {
          handle.failed(error);
          const delay = retryDelayMs(attempt);
          if (!isRetryableError(error) || Date.now() - began + delay > TRANSACTION_RETRY_TIME_MS) throw this.failed(error, query.name, "neo4j query failed");
          await new Promise((resolve) => setTimeout(resolve, delay));
        } finally {
          await session.close();
        }
      }
    });
  }

  /** One query in its own transaction, which takes the query's name as its operation. */
  async write<T = Row>(query: CypherQuery, params: Params = {}): Promise<T[]> {
    return this.writeTransaction(query.name, (tx) => tx.run<T>(query, params));
  }

  /** `operation` names the work in the transaction's metadata (see transactionMetadata) and in the log when it fails. */
  async readTransaction<T>(operation: string, work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction("READ", operation, work, timeoutMs);
  }

  /** All of `work` commits together or not at all; it may be retried on transient errors, so it must not have side effects outside the transaction. */
  async writeTransaction<T>(operation: string, work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction("WRITE", operation, work, timeoutMs);
  }

  /**
   * Runs write work and rolls it back: a dry run goes through the real load path, so
   * what it reports is exactly what a real run would do, and nothing is kept. The work
   * runs inside executeWrite like any write, so a deadlock with a concurrent writer is
   * retried; its result leaves by a thrown RolledBack, which makes the driver roll back.
   */
  async dryRunWrite<T>(operation: string, work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    try {
      await this.transaction(
        "WRITE",
        operation,
        async (tx) => {
          throw new RolledBack(await work(tx));
        },
        timeoutMs,
        "neo4j dry-run transaction failed",
      );
    } catch (error) {
      if (error instanceof RolledBack) return error.result as T;
      throw error;
    }
    throw new Error("a dry run ended without rolling back");
  }

  private transaction<T>(mode: "READ" | "WRITE", operation: string, work: (tx: Tx) => Promise<T>, timeoutMs?: number, failure = "neo4j transaction failed"): Promise<T> {
    // Guarded, so that while Neo4j is unreachable it fails at once rather than wait out the driver.
    return this.shared.probe.guard((handle) => this.attempt(mode, operation, work, timeoutMs, failure, handle));
  }

  private async attempt<T>(
    mode: "READ" | "WRITE",
    operation: string,
    work: (tx: Tx) => Promise<T>,
    timeoutMs: number | undefined,
    failure: string,
    handle: GuardHandle,
  ): Promise<T> {
    const session = this.openSession(mode);
    const config = { timeout: timeoutMs ?? this.shared.txTimeoutMs, metadata: transactionMetadata(operation) };
    const body = (mtx: ManagedTransaction) => {
      handle.started();
      return work(this.wrap(mtx, handle));
    };
    try {
      if (mode === "READ") return await session.executeRead(body, config);
      const result = await session.executeWrite(body, config);
      this.written = session.lastBookmarks();
      return result;
    } catch (error) {
      if (error instanceof RolledBack) throw error;
      handle.failed(error);
      throw this.failed(error, operation, failure);
    } finally {
      await session.close();
    }
  }

  /** Every session names its database and follows the shared bookmarks and the client's. */
  private openSession(mode: "READ" | "WRITE") {
    const { driver, database, bookmarks } = this.shared;
    return driver.session({
      database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: bookmarks,
      ...(this.awaited.length > 0 ? { bookmarks: [...this.awaited] } : {}),
    });
  }

  /** Types a failure, logging the driver's error, which the typed one keeps only as its cause. */
  private failed(error: unknown, operation: string, message: string) {
    const typed = classifyDriverError(error);
    if (typed !== error) this.shared.logger.warn({ err: error, operation, code: typed.code, cause: describeDriverError(error) }, message);
    return typed;
  }

  private wrap(mtx: Pick<ManagedTransaction, "run">, handle: GuardHandle): Tx {
    return {
      run: async <T>(query: CypherQuery, params: Params = {}): Promise<T[]> => {
        this.statements += 1;
        const started = performance.now();
        // A failure is reported before the driver retries it: a dead server is seen at its first broken connection.
        const result = await mtx.run(query.text, params).catch((error: unknown) => {
          handle.failed(error);
          throw error;
        });
        return this.rowsOf<T>(query, params, result, started);
      },
    };
  }

  /** A statement's rows as plain data, adding Neo4j's time for it, and logging it at debug level. */
  private rowsOf<T>(query: CypherQuery, params: Params, result: QueryResult, started: number): T[] {
    const { logger } = this.shared;
    this.databaseMs += summaryMs(result.summary.resultAvailableAfter) + summaryMs(result.summary.resultConsumedAfter);
    if (logger.isLevelEnabled("debug")) {
      logger.debug({ query: query.name, cypher: query.text, params, ms: Math.round(performance.now() - started) }, "cypher");
    }
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }
}

/**
 * The pause before retrying a transient failure, as the driver's managed transactions
 * pause: one second, doubling, give or take a fifth.
 */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = 1_000 * 2 ** attempt;
  return Math.round(base * (0.8 + 0.4 * random()));
}
