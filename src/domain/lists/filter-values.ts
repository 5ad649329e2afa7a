import { foldKey } from "../annotation/annotation.normalize.js";
import { BadInputError } from "../../errors/app-error.js";

/** Filter values keyed by filter name, as the list queries take them; absent filters are left out. */
export type FilterParams = Record<string, unknown>;

/** A name to look for, folded as stored sort names are, and lower-cased as written for aliases in scripts the fold would alter. */
export function nameValue(name: string | null | undefined): { folded: string; lower: string } | undefined {
  if (name === null || name === undefined) return undefined;
  return { folded: foldKey(name), lower: name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim() };
}

/** A date range's ends, checked to be in order; either may be open. */
export function dateRange(from: string | null | undefined, to: string | null | undefined, argument: string): { from?: string; to?: string } {
  if (from && to && from > to) {
    throw new BadInputError(`"${argument}.from" (${from}) is after "${argument}.to" (${to}): give a range whose start is on or before its end.`, { argument: `${argument}.from` });
  }
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** Drops filters that were not given, so the query leaves their conditions out. */
export function given(params: Record<string, unknown>): FilterParams {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== null));
}
