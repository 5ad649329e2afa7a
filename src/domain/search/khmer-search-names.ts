import type { Executor } from "../../neo4j/executor.js";
import { ADD_SEARCH_NAMES, KHMER_NAMED_ENTITIES, type NamedEntityRow } from "../../graph/search-names.queries.js";
import { RECORD_STARTUP_STEP, STARTUP_STEP_VERSION } from "../../graph/startup-step.queries.js";
import { segmentedNames } from "../annotation/annotation.normalize.js";
import { KHMER_SEGMENTATION } from "./search-terms.js";

/** The marker this step keeps in the graph (see STARTUP_STEP_VERSION). */
const STEP = "khmerSearchNames";

export interface KhmerSearchNamesRun {
  /** Whether the entities were gone over: only when the graph's marker named another segmentation, or none. */
  scanned: boolean;
  /** Entities that gained split forms. */
  updated: number;
}

/** The search forms each entity lacks, from its names split into words; entities lacking none are left out. */
export function missingSearchNames(rows: readonly NamedEntityRow[]): { id: string; searchNames: string[] }[] {
  return rows.map((row) => ({ id: row.id, searchNames: segmentedNames(row.names).filter((form) => !row.searchNames.includes(form)) })).filter((row) => row.searchNames.length > 0);
}

/**
 * Gives entities already in the graph the split Khmer forms the name index needs. Loading
 * an article writes them, but a graph loaded before Khmer names were split, or one whose
 * segmenter (ICU, with Node) has since learned words, would otherwise find such names only
 * once their article is loaded again. Run at start-up.
 *
 * Finding what is missing means reading every entity's names, so it is done once per
 * segmentation: the graph records the one applied (a StartupStep node), and a start with the
 * same one reads that node and nothing else. Entities written since were split by the loader,
 * with that same segmentation. Replicas on different ICU versions each scan as they start
 * (the marker follows the latest), which costs what every start cost before. `segmentation`
 * is KHMER_SEGMENTATION but for tests, which stand for a segmenter that has changed.
 */
export async function addMissingKhmerSearchNames(executor: Executor, segmentation: string = KHMER_SEGMENTATION): Promise<KhmerSearchNamesRun> {
  const [marker] = await executor.read<{ version: string | null }>(STARTUP_STEP_VERSION, { name: STEP });
  if (marker?.version === segmentation) return { scanned: false, updated: 0 };
  const rows = await executor.read<NamedEntityRow>(KHMER_NAMED_ENTITIES);
  const missing = missingSearchNames(rows);
  // The forms and the marker commit together: a start that fails between them scans again.
  const updated = await executor.writeTransaction("search.addMissingKhmerSearchNames", async (tx) => {
    const [result] = missing.length > 0 ? await tx.run<{ updated: number }>(ADD_SEARCH_NAMES, { rows: missing }) : [];
    await tx.run(RECORD_STARTUP_STEP, { name: STEP, version: segmentation });
    return result?.updated ?? 0;
  });
  return { scanned: true, updated };
}
