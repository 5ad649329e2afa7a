import type { Correction } from "../editing/correction.type.js";
import type { Executor } from "../../neo4j/executor.js";
import { CORRECTIONS_BY_FACT } from "../../graph/editing.queries.js";
import { listPerIdLoader } from "./per-id.loader.js";

export const correctionsByFactLoader = (executor: Executor) => listPerIdLoader<Correction>(executor, CORRECTIONS_BY_FACT, "corrections", 100);
