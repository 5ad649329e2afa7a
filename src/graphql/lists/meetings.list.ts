import { Resolver } from "type-graphql";
import { Meeting } from "../entity/entity-types.js";
import { MeetingStatusEnum, ParticipationRoleEnum } from "../common/enums.js";
import { FROM_FILTER, TO_FILTER } from "./filter-descriptions.js";
import { dateRangeFilter, exactFilter, idFilter, nameFilter } from "./filter-fields.js";
import { defineList } from "./list-definition.js";
import { NAME_ORDERS } from "./list-orders.js";
import { listResolver } from "./list.resolver.js";

export const MEETINGS = defineList({
  name: "meetings",
  item: "Meeting",
  node: Meeting,
  filter: {
    name: nameFilter(),
    series: exactFilter(() => String, "Only sessions of this recurring meeting, exactly as stored, e.g. ASCCO or HLTF-ACV."),
    status: exactFilter(() => MeetingStatusEnum, "Only meetings with this status, e.g. HELD to leave out planned and announced ones."),
    country: idFilter("Country", "A country id (e.g. country:KHM): meetings where a participant represented it, it took part or hosted, or that were held in it."),
    organisation: idFilter("Organisation", "An organisation id: meetings it took part in or hosted, and sessions of it (e.g. the meetings of a task force)."),
    role: exactFilter(() => ParticipationRoleEnum, "Meetings with a participant in this role, e.g. CHAIRED."),
    ...dateRangeFilter({ from: FROM_FILTER, to: TO_FILTER }),
  },
  orders: {
    values: {
      ...NAME_ORDERS.values,
      DATE_ASC: { description: "Oldest first, by the earliest day the meeting could have begun." },
      DATE_DESC: { description: "Newest first, by the earliest day the meeting could have begun." },
    },
    default: "DATE_DESC",
    description: "How to order meetings. Meetings with no known date come last either way.",
  },
});

@Resolver()
export class MeetingListResolver extends listResolver(MEETINGS) {}
