import { Resolver } from "type-graphql";
import { Organisation } from "../entity/entity-types.js";
import { OrganisationKindEnum } from "../common/enums.js";
import { exactFilter, idFilter, nameFilter } from "./filter-fields.js";
import { defineList } from "./list-definition.js";
import { NAME_ORDERS } from "./list-orders.js";
import { listResolver } from "./list.resolver.js";

export const ORGANISATIONS = defineList({
  name: "organisations",
  item: "Organisation",
  node: Organisation,
  filter: {
    name: nameFilter(),
    kind: exactFilter(() => OrganisationKindEnum, "Only this sort of organisation, e.g. MINISTRY."),
    country: idFilter("Country", "A country id (e.g. country:KHM): organisations that belong to it, directly or through a parent organisation."),
  },
  orders: NAME_ORDERS,
});

@Resolver()
export class OrganisationListResolver extends listResolver(ORGANISATIONS) {}
