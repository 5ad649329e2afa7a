import type { EntityRow } from "../../graph/entity.row.js";
import type { Executor } from "../../neo4j/executor.js";
import { ENTITIES_BY_ID } from "../../graph/entity.queries.js";
import { rowPerIdLoader } from "./per-id.loader.js";

export const entityByIdLoader = (executor: Executor) => rowPerIdLoader<EntityRow>(executor, ENTITIES_BY_ID, "entity", (e) => e.id);
