import { Resolver } from "type-graphql";
import { Official } from "../entity/entity-types.js";
import { ParticipationRoleEnum } from "../common/enums.js";
import { FROM_FILTER, TO_FILTER } from "./filter-descriptions.js";
import { dateRangeFilter, exactFilter, idFilter, nameFilter } from "./filter-fields.js";
import { defineList } from "./list-definition.js";
import { NAME_ORDERS } from "./list-orders.js";
import { listResolver } from "./list.resolver.js";

export const OFFICIALS = defineList({
  name: "officials",
  item: "Official",
  node: Official,
  filter: {
    name: nameFilter(),
    country: idFilter("Country", "A country id (e.g. country:KHM): officials holding office in it or in one of its organisations, or who represented it at a meeting."),
    organisation: idFilter("Organisation", "An organisation id: officials holding office in it or in one of its units."),
    role: exactFilter(() => ParticipationRoleEnum, "Officials who took part in some meeting in this role, e.g. LED_DELEGATION. With `from`/`to`, in a meeting in that range."),
    ...dateRangeFilter({ from: `Officials who took part in a meeting in the range. ${FROM_FILTER}`, to: `Officials who took part in a meeting in the range. ${TO_FILTER}` }),
  },
  orders: NAME_ORDERS,
});

@Resolver()
export class OfficialListResolver extends listResolver(OFFICIALS) {}
