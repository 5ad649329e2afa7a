import { Resolver } from "type-graphql";
import { Place } from "../entity/entity-types.js";
import { PlaceKindEnum } from "../common/enums.js";
import { exactFilter, idFilter, nameFilter } from "./filter-fields.js";
import { defineList } from "./list-definition.js";
import { NAME_ORDERS } from "./list-orders.js";
import { listResolver } from "./list.resolver.js";

export const PLACES = defineList({
  name: "places",
  item: "Place",
  node: Place,
  filter: {
    name: nameFilter(),
    kind: exactFilter(() => PlaceKindEnum, "Only this sort of place, e.g. CITY."),
    country: idFilter("Country", "A country id (e.g. country:KHM): places located in it, directly or within a place in it (a venue in a city)."),
  },
  orders: NAME_ORDERS,
});

@Resolver()
export class PlaceListResolver extends listResolver(PLACES) {}
