import { createHash } from "node:crypto";

/**
 * How much slower than its own CPU time this process runs right now, measured rather than
 * assumed. A fixed piece of CPU-bound work is timed twice over: by the wall clock and by
 * the CPU time the process was given. On an idle machine the two agree; when other work
 * competes for the cores (two copies of the suite on two cores, say), the wall clock runs
 * several times ahead. Deadlines in tests are multiplied by that ratio, so a test asserts
 * that something finishes within its time *for this machine at this moment*, never at a
 * fixed speed. The largest of a few samples is kept: an over-long deadline only makes a
 * failure slower to report, a short one makes a correct program fail.
 */
export interface Calibration {
  /** Wall-clock time over CPU time for fixed work, at least 1. */
  readonly slowdown: number;
  /** A deadline measured on an idle machine, stretched by the slowdown. */
  scale(idleMs: number): number;
}

const SAMPLES = 3;
/** Enough hashing to take some 30 ms of CPU time on an idle machine: long against timer resolution. */
const ROUNDS = 2_000;

function burn(): void {
  let digest = Buffer.alloc(32);
  for (let i = 0; i < ROUNDS; i += 1) digest = createHash("sha256").update(digest).update(Buffer.alloc(1024, i)).digest();
}

function sample(): number {
  const cpuBefore = process.cpuUsage();
  const wallBefore = process.hrtime.bigint();
  burn();
  const wallMs = Number(process.hrtime.bigint() - wallBefore) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return wallMs / Math.max(cpuMs, 1);
}

/** CPU time the fixed work took on the reference machine (2-core Xeon, idle), in ms. */
const REFERENCE_CPU_MS = 17;

/**
 * How much more CPU time than on the reference machine the fixed work takes here and now,
 * at least 1: a slower processor, or one whose cores and caches other work shares, needs more
 * CPU time for the same work. A bound on CPU-bound work (how long one request may block the
 * event loop) is scaled by it, so it states an amount of work, not a speed of machine.
 */
export function cpuSlowdown(): number {
  let slowdown = 1;
  for (let i = 0; i < SAMPLES; i += 1) {
    const before = process.cpuUsage();
    burn();
    const used = process.cpuUsage(before);
    slowdown = Math.max(slowdown, (used.user + used.system) / 1000 / REFERENCE_CPU_MS);
  }
  return slowdown;
}

export function calibrate(): Calibration {
  let slowdown = 1;
  for (let i = 0; i < SAMPLES; i += 1) slowdown = Math.max(slowdown, sample());
  return fixed(slowdown);
}

/** A calibration with a given slowdown: for tests of this module, and to pass one on. */
export function fixed(slowdown: number): Calibration {
  const factor = Math.max(1, slowdown);
  return { slowdown: factor, scale: (idleMs) => Math.ceil(idleMs * factor) };
}
