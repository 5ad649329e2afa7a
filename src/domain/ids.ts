import { BadInputError } from "../errors/app-error.js";
import { ENTITY_KINDS, type EntityKind, ID_PREFIX, kindOfId } from "../model/entity-kinds.js";

/** What an id argument may name: one kind, an article, or any entity. */
export type IdExpectation = EntityKind | "Article" | "entity";

/** Read from the model's one list of prefixes, so a new kind is named here without a second edit. */
const ENTITY_PREFIXES = `an entity id (${ENTITY_KINDS.map((kind) => `${ID_PREFIX[kind]}:`).join(", ")})`;

/**
 * The one id check: an id argument must carry the prefix of what it names, or the request
 * is BAD_USER_INPUT naming the argument. Checked before any query, so a mistyped id is an
 * error rather than an empty answer that looks like "nothing matches". `label` is how the
 * message names the argument when a bare name would be ambiguous, e.g. `official(id:)`.
 */
export function checkId(id: string, expected: IdExpectation, argument: string, label = `"${argument}"`): string {
  const actual = kindOfId(id);
  const fits = expected === "entity" ? actual !== undefined && actual !== "Article" : actual === expected;
  if (!fits) {
    const wanted = expected === "entity" ? ENTITY_PREFIXES : `an id starting "${ID_PREFIX[expected]}:"`;
    throw new BadInputError(`${label} takes ${wanted}; got "${id}".`, { argument });
  }
  return id;
}

/** checkId for an optional argument: absent stays absent. */
export function checkOptionalId(id: string | null | undefined, expected: IdExpectation, argument: string): string | undefined {
  return id === null || id === undefined ? undefined : checkId(id, expected, argument);
}
