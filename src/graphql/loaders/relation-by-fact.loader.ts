import type { RelationRow } from "../../graph/relation.row.js";
import type { Executor } from "../../neo4j/executor.js";
import { RELATIONS_BY_FACT_ID } from "../../graph/relation.queries.js";
import { rowPerIdLoader } from "./per-id.loader.js";

export const relationByFactLoader = (executor: Executor) => rowPerIdLoader<RelationRow>(executor, RELATIONS_BY_FACT_ID, "relation", (r) => r.factId);
