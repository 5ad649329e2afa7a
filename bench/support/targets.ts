/**
 * The performance targets Diplograph is held to, and how one benchmark run stands against
 * each: on how many (question, concurrency) rows it is met, and every miss with its figure,
 * worst first, so a table never hides by how much a target is missed.
 */

export const TARGETS = {
  /** Throughput at least this many times @neo4j/graphql's. */
  throughputOverPeer: 1.5,
  /** p50 latency at most this many times the hand-written statement's. */
  p50OverLimit: 1.3,
  /** PROFILE db hits at most this many times the hand-written statement's. */
  hitsOverLimit: 1.5,
  /** Peak resident memory of the server under load, MB. */
  peakRssMb: 250,
} as const;

/** One row of a run: one question at one concurrency. */
export interface MeasuredRow {
  question: string;
  concurrency: number;
  /** Relationship levels the question walks; it should cost max(1, depth) statements. */
  depth: number;
  throughputOverPeer: number;
  p50OverLimit: number;
  hitsOverLimit: number;
  statements: number;
  peakRssMb: number;
}

interface Check {
  what: string;
  /** The figure a row is judged by, and whether it meets the target. */
  figure: (row: MeasuredRow) => number;
  met: (figure: number) => boolean;
  /** Misses sort worst first. */
  worstFirst: (a: number, b: number) => number;
  show: (figure: number) => string;
  /** Judged once per question (figures that do not depend on the concurrency). */
  perQuestion?: boolean;
}

const ratio = (x: number) => `${x.toFixed(2)}×`;

const CHECKS: Check[] = [
  {
    what: `throughput ≥ ${TARGETS.throughputOverPeer}× @neo4j/graphql's`,
    figure: (r) => r.throughputOverPeer,
    met: (x) => x >= TARGETS.throughputOverPeer,
    worstFirst: (a, b) => a - b,
    show: ratio,
  },
  {
    what: `p50 ≤ ${TARGETS.p50OverLimit}× the hand-written statement's`,
    figure: (r) => r.p50OverLimit,
    met: (x) => x <= TARGETS.p50OverLimit,
    worstFirst: (a, b) => b - a,
    show: ratio,
  },
  {
    what: `db hits ≤ ${TARGETS.hitsOverLimit}× the hand-written statement's`,
    figure: (r) => r.hitsOverLimit,
    met: (x) => x <= TARGETS.hitsOverLimit,
    worstFirst: (a, b) => b - a,
    show: ratio,
    perQuestion: true,
  },
  {
    what: "statements ≤ the relationship depth (at least 1)",
    figure: (r) => r.statements - Math.max(1, r.depth),
    met: (x) => x <= 0,
    worstFirst: (a, b) => b - a,
    show: (x) => `${x} more`,
    perQuestion: true,
  },
  { what: `peak RSS ≤ ${TARGETS.peakRssMb} MB`, figure: (r) => r.peakRssMb, met: (x) => x <= TARGETS.peakRssMb, worstFirst: (a, b) => b - a, show: (x) => `${Math.round(x)} MB` },
];

/** One markdown bullet per target: how many rows meet it, and each miss, worst first. */
export function targetLines(rows: readonly MeasuredRow[]): string[] {
  return CHECKS.map((check) => {
    const judged = check.perQuestion ? rows.filter((r, i) => rows.findIndex((o) => o.question === r.question) === i) : rows;
    const figures = judged.map((row) => ({ row, x: check.figure(row) })).filter(({ x }) => Number.isFinite(x));
    const misses = figures.filter(({ x }) => !check.met(x)).sort((a, b) => check.worstFirst(a.x, b.x));
    const label = (r: MeasuredRow) => (check.perQuestion ? r.question : `${r.question} c=${r.concurrency}`);
    const tally = `met on ${figures.length - misses.length} of ${figures.length}`;
    return `- **${check.what}:** ${tally}${misses.length ? `; missed on ${misses.map(({ row, x }) => `${label(row)} ${check.show(x)}`).join(", ")}` : ""}.`;
  });
}
