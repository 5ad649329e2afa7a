/**
 * Whether something dated only partly falls in a range of days, defined once for every
 * query. A partial date is a span of days (`earliest` to `latest`, ISO days that sort as
 * strings; either may be missing when only one bound is known). It overlaps the range
 * when the two share a day: a query for March 2024 finds "2024", which may have been March.
 * Something with no date at all is in no range. The range's ends are Cypher expressions
 * (parameters such as `$filter.from` or `key.to`), each of which may be null for "open".
 */

/** The span ends on or after `from`: it is not wholly before the range. */
export function endsOnOrAfter(earliest: string, latest: string, from: string): string {
  return `coalesce(${latest}, ${earliest}) >= ${from}`;
}

/** The span starts on or before `to`: it is not wholly after the range. */
export function startsOnOrBefore(earliest: string, latest: string, to: string): string {
  return `coalesce(${earliest}, ${latest}) <= ${to}`;
}

/**
 * The whole test, for ranges whose ends may be null at run time: with no range at all
 * everything passes, undated items included; with any end given, an undated item fails.
 */
export function overlapsRange(earliest: string, latest: string, from: string, to: string): string {
  return `((${from} IS NULL AND ${to} IS NULL)
       OR ((${earliest} IS NOT NULL OR ${latest} IS NOT NULL)
           AND (${to} IS NULL OR ${startsOnOrBefore(earliest, latest, to)})
           AND (${from} IS NULL OR ${endsOnOrAfter(earliest, latest, from)})))`;
}
