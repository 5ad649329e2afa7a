import { BadInputError } from "../../errors/app-error.js";

/**
 * Every list is bounded: no argument can ask for an unbounded page. Without `first`, the
 * configured default, never more than the configured maximum (a server may set the
 * maximum below the default).
 */
export function pageSize(first: number | null | undefined, limits: { defaultPageSize: number; maxPageSize: number }, argument = "first"): number {
  if (first === null || first === undefined) return Math.min(limits.defaultPageSize, limits.maxPageSize);
  if (!Number.isInteger(first) || first < 0 || first > limits.maxPageSize) {
    throw new BadInputError(`"${argument}" must be a whole number from 0 to ${limits.maxPageSize}; got ${first}.`, { argument });
  }
  return first;
}
