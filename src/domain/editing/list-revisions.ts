import { badInput } from "../../errors/app-error.js";
import { ARTICLE_REVISIONS, RECENT_REVISIONS } from "../../graph/revision.queries.js";
import { kindOfId } from "../../model/entity-kinds.js";
import { pageSize } from "../paging/page-size.js";
import type { ReadContext } from "../read-context.js";
import type { RevisionRow } from "./revision.js";

export interface RevisionArgs {
  article?: string | null;
  by?: string | null;
  first?: number | null;
}

/** The newest revisions, across the graph or for one article or author, newest first; a removed article's revisions included. */
export async function listRevisions(ctx: Pick<ReadContext, "executor" | "config">, args: RevisionArgs): Promise<RevisionRow[]> {
  const { article, by, first } = args;
  if (article != null && kindOfId(article) !== "Article") throw badInput(`"article" takes an id starting "article:"; got "${article}".`, { argument: "article" });
  const limit = pageSize(first, ctx.config.limits, "first");
  const query = article != null ? ARTICLE_REVISIONS : RECENT_REVISIONS;
  const rows = await ctx.executor.read<{ revision: RevisionRow }>(query, { articleId: article ?? null, by: by ?? null, limit });
  return rows.map((r) => r.revision);
}
