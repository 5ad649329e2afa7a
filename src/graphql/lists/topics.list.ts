import { Resolver } from "type-graphql";
import { Topic } from "../entity/entity-types.js";
import { FROM_FILTER, TO_FILTER } from "./filter-descriptions.js";
import { dateRangeFilter, nameFilter } from "./filter-fields.js";
import { defineList } from "./list-definition.js";
import { NAME_ORDERS } from "./list-orders.js";
import { listResolver } from "./list.resolver.js";

export const TOPICS = defineList({
  name: "topics",
  item: "Topic",
  node: Topic,
  description: "Topics meetings discussed that are not frameworks (the South China Sea, border demarcation), filtered and ordered, a page at a time.",
  filter: {
    name: nameFilter(),
    ...dateRangeFilter({
      from: `Discussed at a meeting that could fall on or after this day. ${FROM_FILTER}`,
      to: `Discussed at a meeting that could fall on or before this day; with \`from\`, the same meeting. ${TO_FILTER}`,
    }),
  },
  orders: NAME_ORDERS,
});

@Resolver()
export class TopicListResolver extends listResolver(TOPICS) {}
