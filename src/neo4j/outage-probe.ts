import { Neo4jError } from "neo4j-driver";

/**
 * Driver codes that mean the server could not be reached, as opposed to a query that failed on
 * a reachable server. A ProtocolError is what a connection that dies under a RESET reports.
 */
const CONNECTION_CODES = new Set(["ServiceUnavailable", "SessionExpired", "ProtocolError"]);

/**
 * Whether `error` says the database could not be reached (refused, reset, timed out while
 * connecting). A pool that is merely full fails differently ("acquisition timed out", no code),
 * and must not count: that is load, not an outage.
 */
export function isConnectionFailure(error: unknown): boolean {
  return error instanceof Neo4jError && CONNECTION_CODES.has(error.code);
}

/** What a guarded piece of work tells the probe while it runs. */
export interface GuardHandle {
  /** The work holds a connection and has begun: it is no longer waiting to reach the database. */
  started(): void;
  /** A failure seen inside the work, perhaps one the driver will retry; reported as it happens. */
  failed(error: unknown): void;
}

export interface OutageProbeOptions {
  /** One round trip to the database, no retries; rejects when it cannot be reached. */
  check(): Promise<void>;
  /** The error every query gets while the database is unreachable, from the failure that showed it so. */
  unavailable(cause: unknown): Error;
  /** A piece of work that has not reached the database after this long makes the probe check. */
  suspectAfterMs?: number;
  /** While down, how often the probe asks again. */
  retryEveryMs?: number;
  onDown?(error: unknown): void;
  onUp?(): void;
}

const SUSPECT_AFTER_MS = 500;
const RETRY_EVERY_MS = 1_000;

/**
 * Fails queries fast while the database is unreachable. Without it, each query that finds
 * Neo4j gone waits out the driver on its own: the connection timeout, then the retries of
 * executeRead and executeWrite, so fifty waiting clients wait seconds each, and new ones keep
 * joining them. The probe is told of every connection failure a query meets (and of every
 * query that has not reached the database within `suspectAfterMs`); it then checks once,
 * with one round trip. Only when that check cannot reach the database is it down: every
 * waiting query is answered with `unavailable(cause)` at once, and new ones without trying, while
 * the probe alone asks again every `retryEveryMs` until the database answers.
 *
 * A failure that a check disproves (one broken connection, a query the database refused)
 * changes nothing, so a single stale socket never fails other queries. A query abandoned
 * this way is left to end inside the driver; its client has its answer. A write abandoned
 * so may still commit if the database was in fact reachable: editing is idempotent (an
 * article ingested again replaces itself), so retrying after UNAVAILABLE is safe.
 */
export class OutageProbe {
  private down = false;
  /** The failure that showed the database unreachable, while it is. */
  private cause: unknown;
  private checking: Promise<void> | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly waiting = new Set<(error: Error) => void>();
  private readonly suspectAfterMs: number;
  private readonly retryEveryMs: number;

  constructor(private readonly options: OutageProbeOptions) {
    this.suspectAfterMs = options.suspectAfterMs ?? SUSPECT_AFTER_MS;
    this.retryEveryMs = options.retryEveryMs ?? RETRY_EVERY_MS;
  }

  /** Whether queries are being refused because the database is unreachable. */
  get isDown(): boolean {
    return this.down;
  }

  /**
   * Runs `work` unless the database is known to be unreachable, and answers for it with
   * `unavailable(cause)` as soon as it becomes so, whatever the work is still waiting for.
   */
  guard<T>(work: (handle: GuardHandle) => Promise<T>): Promise<T> {
    if (this.down) return Promise.reject(this.options.unavailable(this.cause));
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const suspicion = setTimeout(() => this.suspect(), this.suspectAfterMs);
      suspicion.unref();
      const settle = () => {
        settled = true;
        clearTimeout(suspicion);
        this.waiting.delete(abandon);
      };
      const abandon = (error: Error) => {
        if (settled) return;
        settle();
        reject(error);
      };
      this.waiting.add(abandon);
      const handle: GuardHandle = { started: () => clearTimeout(suspicion), failed: (error) => this.report(error) };
      work(handle).then(
        (value) => {
          if (settled) return;
          settle();
          resolve(value);
        },
        (error: unknown) => {
          this.report(error);
          if (settled) return;
          settle();
          reject(error);
        },
      );
    });
  }

  /** A failure met anywhere: a connection failure makes the probe check, unless it is checking already. */
  report(error: unknown): void {
    if (isConnectionFailure(error)) this.suspect();
  }

  /** A round trip that succeeded proves the database reachable: queries are let through again. */
  reportHealthy(): void {
    if (this.down) this.up();
  }

  private suspect(): void {
    if (this.down || this.checking) return;
    this.checking = this.runCheck()
      .then(
        () => undefined,
        (error: unknown) => {
          if (isConnectionFailure(error)) this.trip(error);
        },
      )
      .finally(() => {
        this.checking = undefined;
      });
  }

  private trip(error: unknown): void {
    if (this.down) return;
    this.down = true;
    this.cause = error;
    this.options.onDown?.(error);
    for (const abandon of [...this.waiting]) abandon(this.options.unavailable(error));
    this.scheduleRetry();
  }

  private up(): void {
    this.down = false;
    this.cause = undefined;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.options.onUp?.();
  }

  /** The check, with a synchronous throw turned into a rejection. */
  private runCheck(): Promise<void> {
    return Promise.resolve().then(() => this.options.check());
  }

  /** While down, one check at a time, `retryEveryMs` apart; the timer never keeps the process alive. */
  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (!this.down) return;
      void this.runCheck().then(
        () => this.reportHealthy(),
        () => {
          if (this.down) this.scheduleRetry();
        },
      );
    }, this.retryEveryMs);
    this.retryTimer.unref();
  }
}
