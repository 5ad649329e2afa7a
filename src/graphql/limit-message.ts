/**
 * graphql-armor words every refusal as "Syntax Error: Query depth limit of 12 exceeded,
 * found 13." although the query parsed and is valid; a client reading "Syntax Error" looks
 * for a typo that is not there. This rewrites those messages to say that a limit refused
 * the query, which limit, and what to do.
 */

const ARMOR = /^Syntax Error: (Query depth|Aliases|Token|Directives) limit of (\d+) exceeded, found (\d+)\.?$/;

const WORDING: Record<string, (found: string, limit: string) => string> = {
  "Query depth": (found, limit) => `the query nests ${found} levels deep, over the depth limit of ${limit}; ask for fewer nested levels, or split it into several queries.`,
  Aliases: (found, limit) => `the query uses ${found} aliases, over the limit of ${limit}; split it into several queries.`,
  Token: (found, limit) => `the query has ${found} tokens, over the limit of ${limit}; shorten it, or split it into several queries.`,
  Directives: (found, limit) => `the query uses ${found} directives, over the limit of ${limit}.`,
};

/** The reworded message and the limit's figures, or undefined when `message` is not an armor refusal. */
export function rewordLimit(message: string): { message: string; limit: number; found: number } | undefined {
  const m = ARMOR.exec(message);
  const wording = m && WORDING[m[1] as string];
  if (!m || !wording) return undefined;
  const [, , limit, found] = m as unknown as [string, string, string, string];
  return { message: `Refused by a limit (the query itself is valid): ${wording(found, limit)}`, limit: Number(limit), found: Number(found) };
}
