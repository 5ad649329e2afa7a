import type { ArticleRow } from "../../graph/article.row.js";
import type { Executor } from "../../neo4j/executor.js";
import { ARTICLES_BY_ID } from "../../graph/entity.queries.js";
import { rowPerIdLoader } from "./per-id.loader.js";

export const articleByIdLoader = (executor: Executor) => rowPerIdLoader<ArticleRow>(executor, ARTICLES_BY_ID, "article", (a) => a.id);
