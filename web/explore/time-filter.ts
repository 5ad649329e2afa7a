import type { Span } from "./queries.js";

/** A closed range of ISO days, e.g. 2022-01-01 … 2024-12-31. */
export interface DayRange {
  from: string;
  to: string;
}

/** How a fact is drawn for a range: solid when it surely held in it, dashed when it only may have, not at all otherwise. */
export type Visibility = "CERTAIN" | "POSSIBLE" | "HIDDEN";

const overlaps = (start: string, end: string, range: DayRange): boolean => start <= range.to && end >= range.from;

/**
 * A fact's visibility in a range. Its possible span (a missing bound is open) must overlap
 * the range for it to show at all; it is CERTAIN only when its certain span overlaps too.
 * A certain span with one bound known is taken as that one day, never stretched.
 */
export function factVisibility(span: Span, range: DayRange): Visibility {
  if (!overlaps(span.possibleStart ?? "0000-01-01", span.possibleEnd ?? "9999-12-31", range)) return "HIDDEN";
  const start = span.certainStart ?? span.certainEnd;
  const end = span.certainEnd ?? span.certainStart;
  return start && end && overlaps(start, end, range) ? "CERTAIN" : "POSSIBLE";
}

/**
 * An event known to fall somewhere between two days (a meeting dated to the month, say):
 * CERTAIN when every day it could be lies in the range, POSSIBLE when only some do.
 * An undated event is only ever POSSIBLE.
 */
export function eventVisibility(earliest: string | null | undefined, latest: string | null | undefined, range: DayRange): Visibility {
  if (!earliest || !latest) return "POSSIBLE";
  if (!overlaps(earliest, latest, range)) return "HIDDEN";
  return earliest >= range.from && latest <= range.to ? "CERTAIN" : "POSSIBLE";
}

/** The whole years a set of days spans, for the slider's ends; `fallback` when there are none. */
export function yearExtent(days: Iterable<string | null | undefined>, fallback: [number, number]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const day of days) {
    if (!day || !/^\d{4}/.test(day)) continue;
    const year = Number(day.slice(0, 4));
    if (year < 1900 || year > 2200) continue;
    min = Math.min(min, year);
    max = Math.max(max, year);
  }
  return Number.isFinite(min) ? [min, max] : fallback;
}

export const yearRange = (from: number, to: number): DayRange => ({ from: `${from}-01-01`, to: `${to}-12-31` });
