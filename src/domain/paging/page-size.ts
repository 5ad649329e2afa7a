import { badInput } from "../../errors/app-error.js";

/** Every list is bounded: no argument can ask for an unbounded page. */
export function pageSize(first: number | null | undefined, limits: { defaultPageSize: number; maxPageSize: number }, argument = "first"): number {
  if (first === null || first === undefined) return limits.defaultPageSize;
  if (!Number.isInteger(first) || first < 0 || first > limits.maxPageSize) {
    throw badInput(`"${argument}" must be a whole number from 0 to ${limits.maxPageSize}; got ${first}.`, { argument });
  }
  return first;
}
