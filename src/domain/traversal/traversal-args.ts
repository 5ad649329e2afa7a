import { BadInputError } from "../../errors/app-error.js";

/** Checks a whole-number argument against its allowed range, naming the argument in the error. */
export function boundedInt(value: number, argument: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadInputError(`"${argument}" must be a whole number from ${min} to ${max}; got ${value}.`, { argument });
  }
  return value;
}

/** Checks a whole-number argument that has only a lower bound. */
export function atLeast(value: number, argument: string, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new BadInputError(`"${argument}" must be a whole number of at least ${min}; got ${value}.`, { argument });
  return value;
}

/** Checks a hop count against the fixed list its queries were generated for. */
export function allowedHops<T extends number>(value: number, argument: string, allowed: readonly T[]): T {
  if (!(allowed as readonly number[]).includes(value)) {
    throw new BadInputError(`"${argument}" must be one of ${allowed.join(", ")}; got ${value}.`, { argument });
  }
  return value as T;
}

/** A LocalDate range; both ends optional and inclusive. An inverted range is a mistake, not an empty answer. */
export function dateRange(from: string | null | undefined, to: string | null | undefined): { from: string | null; to: string | null } {
  if (from && to && from > to) throw new BadInputError(`"from" (${from}) must not be after "to" (${to}).`, { argument: "from" });
  return { from: from ?? null, to: to ?? null };
}
