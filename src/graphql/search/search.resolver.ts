import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { selectedBelow, selectedFields } from "../selection.js";
import type { Context } from "../context.js";
import type { EntityKind } from "../../model/entity-kinds.js";
import { EntityKindEnum } from "../common/enums.js";
import { MAX_SEARCH_LENGTH } from "../../domain/search/lucene-query.js";
import { SearchHit } from "./search-hit.type.js";
import { searchHits, type SearchHitValue } from "../../domain/search/search-hits.js";

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Entities of every kind whose name or an alias matches, best first. Case and diacritics are ignored, Thai is matched word by word, and the last word may be the start of one ("kung pho").',
  })
  search(
    @Arg("text", () => String, {
      description: `Words of a name or alias, in English or Thai (at most ${MAX_SEARCH_LENGTH} characters). Query syntax is not interpreted: every character is searched for as typed.`,
    })
    text: string,
    @Ctx() ctx: Context,
    @Arg("kinds", () => [EntityKindEnum], { nullable: true, description: "Only entities of these kinds; every kind when omitted." }) kinds?: EntityKind[] | null,
    @Arg("first", () => Int, { nullable: true, description: "At most this many hits; by default the server's default page size, capped by its maximum." }) first?: number | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<SearchHitValue[]> {
    // Only the properties selected on the entities are read (and the aliases, when the matched name is asked for),
    // unless a context, built from the whole entity, is asked for.
    const selected = info ? selectedFields(info) : null;
    const entityFields = info && selected && !selected.has("context") ? new Set([...selectedBelow(info, "entity"), ...(selected.has("matchedName") ? ["aliases"] : [])]) : null;
    return searchHits(ctx, { text, kinds, first, entityFields });
  }

  @FieldResolver(() => String, {
    description:
      "What tells same-named entities apart: an official's offices with their organisations and countries; an organisation's or place's kind, parent and country; a meeting's dates and places; a framework's kind.",
  })
  context(@Root() hit: SearchHitValue): Promise<string> {
    return hit.contextOf();
  }
}
