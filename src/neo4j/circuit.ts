import { AppError } from "../errors/app-error.js";
import { ErrorCode } from "../errors/error-codes.js";

const unavailable = () => new AppError(ErrorCode.UNAVAILABLE, "The graph database is unavailable. Try again shortly.");

/**
 * Bounds every wait on Neo4j during an outage. The driver alone makes a request wait out
 * connection timeouts and its retry budget, and a queue of waiting requests waits longer
 * still. So:
 * - a transaction still running after `probeAfterMs` asks for one probe (a single
 *   `RETURN 1`, no retries, its own short deadline), shared by everyone waiting;
 * - a probe that gets no answer within `probeTimeoutMs`, or a refused connection, opens the circuit: every waiting transaction is answered UNAVAILABLE
 *   at once, and new ones are refused immediately, with no connection attempt;
 * - while open, the probe repeats every `probeAfterMs`; the first success (or a
 *   successful readiness check) closes it.
 * A slow but healthy database passes the probe, so long queries are never cut short.
 */
export class Circuit {
  private opened = false;
  private probing: Promise<void> | undefined;
  private retry: NodeJS.Timeout | undefined;
  private readonly waiters = new Set<(error: AppError) => void>();

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly options: {
      probeAfterMs: number;
      probeTimeoutMs: number;
      /** Whether a probe's failure means the database is out of reach (not merely busy or slow). */
      unreachable?: (error: unknown) => boolean;
      onChange?: (open: boolean, reason?: unknown) => void;
    },
  ) {}

  get isOpen(): boolean {
    return this.opened;
  }

  /** Runs `work` unless the circuit is open, and gives up on it as soon as the circuit opens. */
  async guard<T>(work: () => Promise<T>): Promise<T> {
    if (this.opened) throw unavailable();
    let reject!: (error: AppError) => void;
    const tripped = new Promise<never>((_, r) => {
      reject = r;
    });
    // Settled only while someone races it; never an unhandled rejection.
    tripped.catch(() => undefined);
    this.waiters.add(reject);
    const timer = setTimeout(() => void this.check(), this.options.probeAfterMs);
    try {
      const running = work();
      // The abandoned work still settles (its session closes in its own finally); nobody waits for it.
      running.catch(() => undefined);
      return await Promise.race([running, tripped]);
    } finally {
      clearTimeout(timer);
      this.waiters.delete(reject);
    }
  }

  /** Something succeeded against the database: it is reachable. */
  close(): void {
    if (!this.opened) return;
    this.opened = false;
    this.options.onChange?.(false);
    clearTimeout(this.retry);
    this.retry = undefined;
  }

  /** Stops probing (at shutdown). */
  dispose(): void {
    clearTimeout(this.retry);
    this.retry = undefined;
  }

  /** One probe at a time, however many ask. */
  check(): Promise<void> {
    this.probing ??= this.runProbe().finally(() => {
      this.probing = undefined;
    });
    return this.probing;
  }

  private async runProbe(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Error(`no answer within ${this.options.probeTimeoutMs} ms`);
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timedOut), this.options.probeTimeoutMs);
    });
    try {
      await Promise.race([this.probe(), deadline]);
      this.close();
    } catch (error) {
      // An answer, even an error, says the database is there; silence or a refused connection says it is not.
      const unreachable = error === timedOut || (this.options.unreachable?.(error) ?? true);
      if (unreachable) this.open(error);
      else this.close();
    } finally {
      clearTimeout(timer);
    }
  }

  private open(reason: unknown): void {
    if (!this.opened) this.options.onChange?.(true, reason);
    this.opened = true;
    const error = unavailable();
    for (const reject of this.waiters) reject(error);
    this.waiters.clear();
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.check(), this.options.probeAfterMs);
    this.retry.unref();
  }
}
