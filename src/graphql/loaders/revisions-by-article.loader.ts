import type { RevisionRow } from "../../domain/editing/revision.js";
import type { Executor } from "../../neo4j/executor.js";
import { REVISIONS_BY_ARTICLE } from "../../graph/revision.queries.js";
import { listPerIdLoader } from "./per-id.loader.js";

/** An article's history is short; the bound keeps a pathological one from flooding a page. */
const LIMIT = 100;

/** An article's revisions, newest first. */
export const revisionsByArticleLoader = (executor: Executor) => listPerIdLoader<RevisionRow>(executor, REVISIONS_BY_ARTICLE, "revisions", LIMIT);
