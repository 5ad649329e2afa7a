import { LocalDateResolver } from "graphql-scalars";
import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { badInput } from "../../errors/app-error.js";
import type { Context } from "../context.js";
import { pageSize } from "../../domain/paging/page-size.js";
import type { EntityKind } from "../../model/entity-kinds.js";
import { EntityKindEnum } from "../common/enums.js";
import { MAX_SEARCH_LENGTH } from "../../domain/search/lucene-query.js";
import { candidateContexts } from "../../domain/editing/candidate-contexts.js";
import { findSimilar } from "../../domain/editing/find-similar.js";
import { Candidate } from "./ingest-result.type.js";
import { rankCandidates } from "../../domain/editing/rank-candidates.js";

/** How many name matches are weighed against the context before the best are returned. */
const POOL = 50;

@Resolver()
export class CandidatesResolver {
  @Query(() => [Candidate], {
    description:
      "For editors: existing entities a name may refer to, ranked so the first is safe to link: an exact name or alias (in any script) outranks any partial or misspelt match, agreement with what you know (country, organisation, date; a meeting's series and ordinal) adds, and a conflict (another country or kind, another meeting) ranks a candidate below every clean match. `reasons` says why.",
  })
  async candidates(
    @Ctx() ctx: Context,
    @Arg("name", () => String, { description: "The name as the new article gives it, e.g. a short form such as \"Sophea\"." }) name: string,
    @Arg("kind", () => EntityKindEnum, { nullable: true, description: "Only this kind of entity." }) kind?: EntityKind | null,
    @Arg("country", () => ID, { nullable: true, description: "A country the entity is tied to, e.g. country:KHM." }) country?: string | null,
    @Arg("organisation", () => ID, { nullable: true, description: "An organisation the entity belongs to or holds office in." }) organisation?: string | null,
    @Arg("on", () => LocalDateResolver, { nullable: true, description: "A day the article places the entity on, e.g. for an office held then." }) on?: string | null,
    @Arg("first", () => Int, { nullable: true, description: "At most this many (default 10)." }) first?: number | null,
  ): Promise<Candidate[]> {
    if (name.trim().length === 0 || [...name].length > MAX_SEARCH_LENGTH) {
      throw badInput(`candidates(name:) takes 1 to ${MAX_SEARCH_LENGTH} characters; got ${[...name].length}.`, { argument: "name" });
    }
    const limit = pageSize(first ?? 10, ctx.config.limits);
    const found = (await findSimilar(ctx.executor, [{ key: "name", name, kind: kind ?? null, every: false, fuzzy: true }], [], POOL)).get("name") ?? [];
    if (found.length === 0) return [];
    const ranked = rankCandidates(await candidateContexts(ctx, found), { name, kind, countryId: country, organisationId: organisation, on });
    const byId = new Map(found.map((f) => [f.entity.id, f.entity]));
    return ranked.slice(0, limit).map((r) => ({ entity: byId.get(r.id), score: r.score, reasons: r.reasons }));
  }
}
