import type { QualifierRow } from "../../graph/qualifier.row.js";
import { QUALIFIERS_BY_FACT } from "../../graph/qualifier.queries.js";
import type { Executor } from "../../neo4j/executor.js";
import { listPerIdLoader } from "./per-id.loader.js";

/** Bounds what one fact can return. */
export const QUALIFIER_LIMIT = 100;

export const qualifiersByFactLoader = (executor: Executor) => listPerIdLoader<QualifierRow>(executor, QUALIFIERS_BY_FACT, "qualifiers", QUALIFIER_LIMIT);
