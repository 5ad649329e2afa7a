import { Field, ID, InputType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { MeetingStatusEnum, ParticipationRoleEnum } from "../common/enums.js";
import { FROM_FILTER, NAME_FILTER, TO_FILTER } from "./filter-descriptions.js";
import { dateRange, type FilterParams, given, idOfKind, nameValue } from "../../domain/lists/filter-values.js";

@InputType("MeetingFilter", { description: "Which meetings to list; every condition given must hold." })
export class MeetingFilter {
  @Field(() => String, { nullable: true, description: NAME_FILTER })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Only sessions of this recurring meeting, exactly as stored, e.g. ASCCO or HLTF-ACV." })
  series?: string | null;

  @Field(() => MeetingStatusEnum, { nullable: true, description: "Only meetings with this status, e.g. HELD to leave out planned and announced ones." })
  status?: string | null;

  @Field(() => ID, { nullable: true, description: "A country id (e.g. country:KHM): meetings where a participant represented it, it took part or hosted, or that were held in it." })
  country?: string | null;

  @Field(() => ID, { nullable: true, description: "An organisation id: meetings it took part in or hosted, and sessions of it (e.g. the meetings of a task force)." })
  organisation?: string | null;

  @Field(() => ParticipationRoleEnum, { nullable: true, description: "Meetings with a participant in this role, e.g. CHAIRED." })
  role?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: FROM_FILTER })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: TO_FILTER })
  to?: string | null;
}

export function meetingFilterParams(filter: MeetingFilter | null | undefined): FilterParams {
  if (!filter) return {};
  return given({
    name: nameValue(filter.name),
    series: filter.series,
    status: filter.status,
    country: idOfKind(filter.country, "Country", "filter.country"),
    organisation: idOfKind(filter.organisation, "Organisation", "filter.organisation"),
    role: filter.role,
    ...dateRange(filter.from, filter.to, "filter"),
  });
}
