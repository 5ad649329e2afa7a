import type { Executor } from "../../neo4j/executor.js";
import { ADD_SEARCH_NAMES, KHMER_NAMED_ENTITIES, type NamedEntityRow } from "../../graph/search-names.queries.js";
import { segmentedNames } from "../annotation/annotation.normalize.js";

/** The search forms each entity lacks, from its names split into words; entities lacking none are left out. */
export function missingSearchNames(rows: readonly NamedEntityRow[]): { id: string; searchNames: string[] }[] {
  return rows.map((row) => ({ id: row.id, searchNames: segmentedNames(row.names).filter((form) => !row.searchNames.includes(form)) })).filter((row) => row.searchNames.length > 0);
}

/**
 * Gives entities already in the graph the split Khmer forms the name index needs. Loading
 * an article writes them, but a graph loaded before Khmer names were split, or one whose
 * segmenter (ICU, with Node) has since learned words, would otherwise find such names only
 * once their article is loaded again. Run at start-up; it writes nothing when nothing is
 * missing, so running it again is cheap and safe. Returns how many entities gained forms.
 */
export async function addMissingKhmerSearchNames(executor: Executor): Promise<number> {
  const rows = await executor.read<NamedEntityRow>(KHMER_NAMED_ENTITIES);
  const missing = missingSearchNames(rows);
  if (missing.length === 0) return 0;
  const [result] = await executor.write<{ updated: number }>(ADD_SEARCH_NAMES, { rows: missing });
  return result?.updated ?? 0;
}
