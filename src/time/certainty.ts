import { DateInputError, parsePartialValue, type Bounds } from "./partial-date.js";

/**
 * Answers "did this fact hold on day D?" as CERTAIN, POSSIBLE or not at all,
 * from partial start/end dates and dated sightings ("observations") of the fact.
 *
 * Rules (every bound is an inclusive ISO day):
 * - Certain interval = [ min(from.latest, each o.latest), max(until.earliest, each o.earliest) ].
 *   An absent `from`/`until` is left out of the min/max. If either end has
 *   nothing to be built from, or start > end, nothing is certain.
 *   Why: a fact seen on two days is taken to have held continuously between
 *   them, and it certainly holds from the last day its start could be; but a
 *   single month-precision sighting alone ("in May") pins down no single day,
 *   since its latest start is after its earliest end.
 * - Possible interval = [ from.earliest, until.latest ], either end unbounded
 *   when absent: with no known end, a tenure may still be running.
 * - Certain lies within possible, always: a sighting outside the stated
 *   from/until still counts (the sighting is evidence, the bounds are limits),
 *   so the possible interval is widened to take in the certain one rather than
 *   answering CERTAIN for a day it calls impossible.
 */

export interface CertaintyInput {
  from?: Bounds;
  until?: Bounds;
  observations: readonly Bounds[];
}

export interface Span {
  certainStart?: string;
  certainEnd?: string;
  possibleStart?: string;
  possibleEnd?: string;
}

export type Certainty = "CERTAIN" | "POSSIBLE";

/** The stored span properties of a fact relationship. */
export const SPAN_KEYS = ["certainStart", "certainEnd", "possibleStart", "possibleEnd"] as const;

/** The span a fact relationship stores (see refreshFactSpans), read back from its properties. */
export function storedSpan(props: Readonly<Record<string, unknown>>): Span {
  const span: Span = {};
  for (const key of SPAN_KEYS) {
    const value = props[key];
    if (typeof value === "string") span[key] = value;
  }
  return span;
}

export function spanOf(input: CertaintyInput): Span {
  const starts = [input.from?.latest, ...input.observations.map((o) => o.latest)].filter(isDefined);
  const ends = [input.until?.earliest, ...input.observations.map((o) => o.earliest)].filter(isDefined);
  const span: Span = {};
  if (starts.length > 0 && ends.length > 0) {
    const certainStart = starts.reduce((a, b) => (b < a ? b : a));
    const certainEnd = ends.reduce((a, b) => (b > a ? b : a));
    if (certainStart <= certainEnd) Object.assign(span, { certainStart, certainEnd });
  }
  if (input.from) span.possibleStart = input.from.earliest;
  if (input.until) span.possibleEnd = input.until.latest;
  if (span.certainStart !== undefined && span.possibleStart !== undefined && span.certainStart < span.possibleStart) span.possibleStart = span.certainStart;
  if (span.certainEnd !== undefined && span.possibleEnd !== undefined && span.certainEnd > span.possibleEnd) span.possibleEnd = span.certainEnd;
  return span;
}

/**
 * `day` must be a full ISO day: comparing a partial value as a string would
 * misplace it ("2023-08" sorts before "2023-08-01"), so that is refused.
 */
export function certaintyOn(span: Span, day: string): Certainty | null {
  if (parsePartialValue(day).precision !== "DAY") throw new DateInputError(day, "a single day is needed");
  if (span.certainStart !== undefined && span.certainEnd !== undefined && span.certainStart <= day && day <= span.certainEnd) {
    return "CERTAIN";
  }
  if ((span.possibleStart === undefined || span.possibleStart <= day) && (span.possibleEnd === undefined || day <= span.possibleEnd)) {
    return "POSSIBLE";
  }
  return null;
}

function isDefined<T>(x: T | undefined): x is T {
  return x !== undefined;
}
