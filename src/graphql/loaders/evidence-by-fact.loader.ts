import DataLoader from "dataloader";
import type { EvidenceRow } from "../relation/evidence.type.js";
import type { Executor } from "../../neo4j/executor.js";
import { EVIDENCE_BY_ARTICLE, EVIDENCE_BY_FACT } from "../../graph/relation.queries.js";
import { inKeyOrder } from "./in-key-order.js";

/** Bounds what one fact or article can return; a fact with more evidence than this is shown its first pieces. */
export const EVIDENCE_LIMIT = 100;

export function evidenceByFactLoader(executor: Executor) {
  return new DataLoader<string, EvidenceRow[]>(async (ids) => {
    const rows = await executor.read<{ id: string; evidence: EvidenceRow[] }>(EVIDENCE_BY_FACT, { ids, limit: EVIDENCE_LIMIT });
    return inKeyOrder(
      ids,
      rows,
      (r) => r.id,
      (r) => r.evidence,
      () => [],
    );
  });
}

export function evidenceByArticleLoader(executor: Executor) {
  return new DataLoader<string, EvidenceRow[]>(async (ids) => {
    const rows = await executor.read<{ id: string; evidence: EvidenceRow[] }>(EVIDENCE_BY_ARTICLE, { ids, limit: 500 });
    return inKeyOrder(
      ids,
      rows,
      (r) => r.id,
      (r) => r.evidence,
      () => [],
    );
  });
}
