import type { EvidenceRow } from "../relation/evidence.type.js";
import type { Executor } from "../../neo4j/executor.js";
import { EVIDENCE_BY_ARTICLE, EVIDENCE_BY_FACT } from "../../graph/relation.queries.js";
import { listPerIdLoader } from "./per-id.loader.js";

/** Bounds what one fact or article can return; a fact with more evidence than this is shown its first pieces. */
export const EVIDENCE_LIMIT = 100;

export const evidenceByFactLoader = (executor: Executor) => listPerIdLoader<EvidenceRow>(executor, EVIDENCE_BY_FACT, "evidence", EVIDENCE_LIMIT);

export const evidenceByArticleLoader = (executor: Executor) => listPerIdLoader<EvidenceRow>(executor, EVIDENCE_BY_ARTICLE, "evidence", 500);
