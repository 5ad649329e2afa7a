import { LocalDateResolver } from "graphql-scalars";
import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { pageSize } from "../../domain/paging/page-size.js";
import type { EntityKind } from "../../model/entity-kinds.js";
import { EntityKindEnum } from "../common/enums.js";
import { findCandidates } from "../../domain/editing/find-candidates.js";
import { Candidate } from "./ingest-result.type.js";

@Resolver()
export class CandidatesResolver {
  @Query(() => [Candidate], {
    description:
      "For editors: existing entities a name may refer to, ranked so the first is safe to link: an exact name or alias (in any script) outranks any partial or misspelt match, agreement with what you know (country, organisation, date; a meeting's series and ordinal) adds, and a conflict (another country or kind, another meeting) ranks a candidate below every clean match. `reasons` says why.",
  })
  async candidates(
    @Ctx() ctx: Context,
    @Arg("name", () => String, { description: 'The name as the new article gives it, e.g. a short form such as "Sophea".' }) name: string,
    @Arg("kind", () => EntityKindEnum, { nullable: true, description: "Only this kind of entity." }) kind?: EntityKind | null,
    @Arg("country", () => ID, { nullable: true, description: "A country the entity is tied to, e.g. country:KHM." }) country?: string | null,
    @Arg("organisation", () => ID, { nullable: true, description: "An organisation the entity belongs to or holds office in." }) organisation?: string | null,
    @Arg("on", () => LocalDateResolver, { nullable: true, description: "A day the article places the entity on, e.g. for an office held then." }) on?: string | null,
    @Arg("first", () => Int, { nullable: true, description: "At most this many; by default the server's default page size, capped by its maximum." }) first?: number | null,
  ): Promise<Candidate[]> {
    return findCandidates(ctx, { name, kind, country, organisation, on, limit: pageSize(first, ctx.config.limits) });
  }
}
