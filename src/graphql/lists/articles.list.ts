import { Resolver } from "type-graphql";
import { Article } from "../article/article.type.js";
import { FROM_FILTER, TO_FILTER } from "./filter-descriptions.js";
import { dateRangeFilter, exactFilter, idFilter, nameFilter } from "./filter-fields.js";
import { defineList } from "./list-definition.js";
import { listResolver } from "./list.resolver.js";

export const ARTICLES = defineList({
  name: "articles",
  item: "Article",
  node: Article,
  filter: {
    title: nameFilter("Part of the title, in any case."),
    language: exactFilter(() => String, "ISO 639 language code of the text, e.g. en or th."),
    mentions: idFilter("entity", "An entity id: only articles that refer to it."),
    ...dateRangeFilter({ from: `Published in the range. ${FROM_FILTER}`, to: `Published in the range. ${TO_FILTER}` }),
  },
  orders: {
    values: {
      NAME_ASC: { description: "By title, A to Z, ignoring case." },
      NAME_DESC: { description: "By title, Z to A, ignoring case." },
      DATE_ASC: { description: "Oldest first, by the earliest day the article could have appeared." },
      DATE_DESC: { description: "Newest first, by the earliest day the article could have appeared." },
    },
    default: "DATE_DESC",
    description: "How to order articles. Articles with no known publication date come last either way.",
  },
});

@Resolver()
export class ArticleListResolver extends listResolver(ARTICLES) {}
