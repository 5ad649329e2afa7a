import { ENTITY_KINDS, type EntityKind } from "../../model/entity-kinds.js";
import type { Executor } from "../../neo4j/executor.js";
import { DRAFT_GAZETTEER } from "../../graph/drafting.queries.js";
import type { GazetteerEntry } from "./draft.types.js";

/** The most entities a draft reads names from; far above today's graph, and bounded so a draft's cost is too. */
export const GAZETTEER_LIMIT = 100_000;

/** The graph's names and aliases, as the drafter's gazetteer. */
export async function loadGazetteer(executor: Pick<Executor, "read">): Promise<GazetteerEntry[]> {
  const rows = await executor.read<{ id: string; kind: EntityKind | null; name: string; aliases: string[] }>(DRAFT_GAZETTEER, { limit: GAZETTEER_LIMIT, kinds: [...ENTITY_KINDS] });
  return rows.filter((r) => r.kind !== null && typeof r.name === "string").map((r) => ({ id: r.id, kind: r.kind!, name: r.name, aliases: r.aliases }));
}
