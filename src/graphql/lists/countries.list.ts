import { Resolver } from "type-graphql";
import { Country } from "../entity/entity-types.js";
import { nameFilter } from "./filter-fields.js";
import { defineList } from "./list-definition.js";
import { NAME_ORDERS } from "./list-orders.js";
import { listResolver } from "./list.resolver.js";

export const COUNTRIES = defineList({
  name: "countries",
  item: "Country",
  node: Country,
  filter: { name: nameFilter() },
  orders: NAME_ORDERS,
});

@Resolver()
export class CountryListResolver extends listResolver(COUNTRIES) {}
