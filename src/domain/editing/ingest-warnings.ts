import type { NormalizedArticle } from "../annotation/annotation.normalize.js";
import type { Executor } from "../../neo4j/executor.js";
import { findSimilar } from "./find-similar.js";
import type { EntityRow } from "../../graph/entity.row.js";

/** Something an editor should look at after an ingest that succeeded. */
export interface IngestWarning {
  code: string;
  message: string;
  entityId: string | null;
  similar: EntityRow[];
}

/**
 * For every entity an article adds to the graph, the existing ones it may duplicate: any
 * shared word for people (a surname, a given name), every word for anything else.
 */
export async function similarNameWarnings(executor: Executor, article: NormalizedArticle, created: readonly string[]): Promise<IngestWarning[]> {
  const added = article.entities.filter((e) => created.includes(e.id));
  const similar = await findSimilar(
    executor,
    added.map((e) => ({ key: e.id, name: String(e.props.name), kind: e.kind, every: e.kind !== "Official" })),
    article.entities.map((e) => e.id),
    5,
  );
  return added.flatMap((entity) => {
    const matches = similar.get(entity.id) ?? [];
    if (matches.length === 0) return [];
    const kind = entity.kind === "Official" ? "a person" : `a ${entity.kind.toLowerCase()}`;
    return [
      {
        code: "SIMILAR_NAME",
        message: `${entity.id} (${String(entity.props.name)}) is new, but ${kind} with a similar name already exists: ${matches.map((m) => `${m.entity.name} (${m.entity.id})`).join(", ")}. Use an existing id if it is the same.`,
        entityId: entity.id,
        similar: matches.map((m) => m.entity),
      },
    ];
  });
}
