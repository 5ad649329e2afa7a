import { BadInputError } from "../../errors/app-error.js";
import type { EntityKind } from "../../model/entity-kinds.js";
import type { EntityRow } from "../../graph/entity.row.js";
import type { ReadContext } from "../read-context.js";
import { checkOptionalId } from "../ids.js";
import { MAX_SEARCH_LENGTH } from "../search/lucene-query.js";
import { candidateContexts } from "./candidate-contexts.js";
import { findSimilar } from "./find-similar.js";
import { rankCandidates } from "./rank-candidates.js";

/** How many name matches are weighed against the context before the best are returned. */
const POOL = 50;

export interface CandidateQuery {
  name: string;
  kind?: EntityKind | null;
  country?: string | null;
  organisation?: string | null;
  on?: string | null;
  limit: number;
}

export interface RankedCandidate {
  entity: EntityRow;
  score: number;
  reasons: string[];
}

/**
 * Existing entities a name may refer to, ranked by the name and by agreement with what the
 * asker knows. The one ranking behind both `candidates` and the reconciliation service.
 */
export async function findCandidates(ctx: ReadContext, query: CandidateQuery): Promise<RankedCandidate[]> {
  const { name } = query;
  if (name.trim().length === 0 || [...name].length > MAX_SEARCH_LENGTH) {
    throw new BadInputError(`candidates(name:) takes 1 to ${MAX_SEARCH_LENGTH} characters; got ${[...name].length}.`, { argument: "name" });
  }
  const countryId = checkOptionalId(query.country, "Country", "country");
  const organisationId = checkOptionalId(query.organisation, "Organisation", "organisation");
  const found = (await findSimilar(ctx.executor, [{ key: "name", name, kind: query.kind ?? null, every: false, fuzzy: true }], [], POOL)).get("name") ?? [];
  if (found.length === 0) return [];
  const ranked = rankCandidates(await candidateContexts(ctx, found), { name, kind: query.kind, countryId, organisationId, on: query.on });
  const byId = new Map(found.map((f) => [f.entity.id, f.entity]));
  return ranked.slice(0, query.limit).flatMap((r) => {
    const entity = byId.get(r.id);
    return entity ? [{ entity, score: r.score, reasons: r.reasons }] : [];
  });
}
