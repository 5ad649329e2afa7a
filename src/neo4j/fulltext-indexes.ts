import { ENTITY_KINDS } from "../model/entity-kinds.js";

/**
 * The full-text indexes over entity names (cypher/0003_fulltext.cypher, made again over
 * every kind by 0010_topics.cypher), each with the analyzer it must use: start-up checks
 * them, and search queries them.
 */
export const NAME_INDEX_ANALYZERS = { entity_names: "standard-folding", entity_names_thai: "thai" } as const;

export const NAME_INDEXES = Object.keys(NAME_INDEX_ANALYZERS) as (keyof typeof NAME_INDEX_ANALYZERS)[];

/** A full-text index as `SHOW FULLTEXT INDEXES` describes it. */
export interface FoundFulltextIndex {
  analyzer: string | null;
  labels: readonly string[];
}

/**
 * What is wrong with a name index, or null. A kind the index does not cover is never found
 * by `search` or `candidates`, silently; so a new kind without a migration that indexes it
 * stops start-up instead.
 */
export function nameIndexProblem(name: string, analyzer: string, found: FoundFulltextIndex | undefined): string | null {
  if (!found) return `the full-text index ${name} is missing; it should use ${analyzer}`;
  if (found.analyzer !== analyzer) return `the full-text index ${name} uses the ${found.analyzer} analyzer; it should use ${analyzer}`;
  const missing = ENTITY_KINDS.filter((kind) => !found.labels.includes(kind));
  if (missing.length) return `the full-text index ${name} does not cover ${missing.join(", ")}; a migration must index every entity kind`;
  return null;
}
