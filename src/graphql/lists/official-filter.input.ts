import { Field, ID, InputType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { ParticipationRoleEnum } from "../common/enums.js";
import { FROM_FILTER, NAME_FILTER, TO_FILTER } from "./filter-descriptions.js";
import { dateRange, type FilterParams, given, idOfKind, nameValue } from "../../domain/lists/filter-values.js";

@InputType("OfficialFilter", { description: "Which officials to list; every condition given must hold." })
export class OfficialFilter {
  @Field(() => String, { nullable: true, description: NAME_FILTER })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: "A country id (e.g. country:KHM): officials holding office in it or in one of its organisations, or who represented it at a meeting." })
  country?: string | null;

  @Field(() => ID, { nullable: true, description: "An organisation id: officials holding office in it or in one of its units." })
  organisation?: string | null;

  @Field(() => ParticipationRoleEnum, { nullable: true, description: "Officials who took part in some meeting in this role, e.g. LED_DELEGATION. With `from`/`to`, in a meeting in that range." })
  role?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: `Officials who took part in a meeting in the range. ${FROM_FILTER}` })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: `Officials who took part in a meeting in the range. ${TO_FILTER}` })
  to?: string | null;
}

export function officialFilterParams(filter: OfficialFilter | null | undefined): FilterParams {
  if (!filter) return {};
  return given({
    name: nameValue(filter.name),
    country: idOfKind(filter.country, "Country", "filter.country"),
    organisation: idOfKind(filter.organisation, "Organisation", "filter.organisation"),
    role: filter.role,
    ...dateRange(filter.from, filter.to, "filter"),
  });
}
