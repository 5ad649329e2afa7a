import { daysInMonth, formatValue } from "./calendar.js";

/**
 * A date known only as precisely as the source states it. Sources say "in 2021"
 * or "last May" as often as they give a day, and rounding those to a day would
 * invent precision; so every date carries the span of days it could be.
 */

export type Precision = "DAY" | "MONTH" | "YEAR";

/** The span of days a partial date could fall on, both ends inclusive ISO days. */
export interface Bounds {
  earliest: string;
  latest: string;
}

/** A Gregorian value together with how much of it is known. */
export interface DateValue {
  value: string;
  precision: Precision;
}

export interface PartialDate extends DateValue, Bounds {
  /** "2024" | "2024-05" | "2024-05-09": its length is its precision. */
  value: string;
  /** The date word for word as the source states it, kept for audit. */
  text?: string;
  /** True when the source only implies the date; `note` then says how. */
  inferred: boolean;
  note?: string;
}

/** Bad date input from a person or a source, as distinct from a bug. */
export class DateInputError extends Error {
  override name = "DateInputError";
  constructor(
    readonly value: string,
    reason?: string,
  ) {
    super(`${JSON.stringify(value)} is not a date${reason ? ` (${reason})` : ""}: expected YYYY, YYYY-MM or YYYY-MM-DD`);
  }
}

const VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads a stored value and derives its span. Checks the real calendar rather
 * than the shape alone, because a "2023-02-29" that slipped in would later sort
 * and overlap as if it were a real day.
 */
export function parsePartialValue(value: string): DateValue & Bounds {
  const m = VALUE.exec(value);
  if (!m) throw new DateInputError(value);
  const [, ys, ms, ds] = m;
  const year = Number(ys);
  if (ms === undefined) {
    return { value, precision: "YEAR", earliest: `${ys}-01-01`, latest: `${ys}-12-31` };
  }
  const month = Number(ms);
  if (month < 1 || month > 12) throw new DateInputError(value, `month ${ms} does not exist`);
  const last = daysInMonth(year, month);
  if (ds === undefined) {
    return { value, precision: "MONTH", earliest: `${ys}-${ms}-01`, latest: formatValue(year, month, last) };
  }
  const day = Number(ds);
  if (day < 1 || day > last) throw new DateInputError(value, `day ${ds} does not exist in ${ys}-${ms}`);
  return { value, precision: "DAY", earliest: value, latest: value };
}

/**
 * Orders by earliest day, then by latest, so a timeline puts a date where it
 * could first have happened and, among dates starting together, the more
 * precise first ("2024-01-01" < "2024-01" < "2024"). ISO days compare as strings.
 */
export function comparePartial(a: Bounds, b: Bounds): number {
  return cmp(a.earliest, b.earliest) || cmp(a.latest, b.latest);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * True when the date could fall inside the range, i.e. the spans share a day.
 * A query for "March 2024" must find "2024" (it may have been March), so this
 * tests intersection, not containment. Either end of the range may be left
 * open, and may itself be partial: `to: "2024"` runs through 2024-12-31.
 */
export function overlaps(d: Bounds, range: { from?: string; to?: string }): boolean {
  if (range.from !== undefined && d.latest < parsePartialValue(range.from).earliest) return false;
  if (range.to !== undefined && d.earliest > parsePartialValue(range.to).latest) return false;
  return true;
}
