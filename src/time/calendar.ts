/**
 * Gregorian calendar arithmetic, kept apart so that every date reader rejects
 * impossible days by the same rule instead of each trusting `Date`, which
 * silently rolls "February 30" over into March.
 */

/** Proleptic Gregorian rule: century years are leap only when divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1-12); throws on a month outside the calendar rather than guessing. */
export function daysInMonth(year: number, month: number): number {
  const days = DAYS[month - 1];
  if (!Number.isInteger(month) || days === undefined) throw new RangeError(`month ${month} is not in 1-12`);
  return month === 2 && isLeapYear(year) ? 29 : days;
}

/** Zero-padded ISO pieces, so readers build values in one canonical spelling. */
export function formatValue(year: number, month?: number, day?: number): string {
  const y = String(year).padStart(4, "0");
  if (month === undefined) return y;
  const m = `${y}-${String(month).padStart(2, "0")}`;
  return day === undefined ? m : `${m}-${String(day).padStart(2, "0")}`;
}
