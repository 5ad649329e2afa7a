import { Field, ID, InputType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { FROM_FILTER, TO_FILTER } from "./filter-descriptions.js";
import { dateRange, type FilterParams, given, idOfKind, nameValue } from "../../domain/lists/filter-values.js";

@InputType("ArticleFilter", { description: "Which articles to list; every condition given must hold." })
export class ArticleFilter {
  @Field(() => String, { nullable: true, description: "Part of the title, in any case." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 639 language code of the text, e.g. en or th." })
  language?: string | null;

  @Field(() => ID, { nullable: true, description: "An entity id: only articles that refer to it." })
  mentions?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: `Published in the range. ${FROM_FILTER}` })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: `Published in the range. ${TO_FILTER}` })
  to?: string | null;
}

export function articleFilterParams(filter: ArticleFilter | null | undefined): FilterParams {
  if (!filter) return {};
  return given({
    title: nameValue(filter.title),
    language: filter.language,
    mentions: idOfKind(filter.mentions, "any", "filter.mentions"),
    ...dateRange(filter.from, filter.to, "filter"),
  });
}
