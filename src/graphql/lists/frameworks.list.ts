import { Resolver } from "type-graphql";
import { Framework } from "../entity/entity-types.js";
import { FrameworkKindEnum } from "../common/enums.js";
import { exactFilter, nameFilter } from "./filter-fields.js";
import { defineList } from "./list-definition.js";
import { NAME_ORDERS } from "./list-orders.js";
import { listResolver } from "./list.resolver.js";

export const FRAMEWORKS = defineList({
  name: "frameworks",
  item: "Framework",
  node: Framework,
  filter: {
    name: nameFilter(),
    kind: exactFilter(() => FrameworkKindEnum, "Only this sort of framework, e.g. VISION."),
  },
  orders: NAME_ORDERS,
});

@Resolver()
export class FrameworkListResolver extends listResolver(FRAMEWORKS) {}
