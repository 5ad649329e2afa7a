import { Field, ID, InputType } from "type-graphql";
import { OrganisationKindEnum } from "../common/enums.js";
import { NAME_FILTER } from "./filter-descriptions.js";
import { type FilterParams, given, idOfKind, nameValue } from "../../domain/lists/filter-values.js";

@InputType("OrganisationFilter", { description: "Which organisations to list; every condition given must hold." })
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: NAME_FILTER })
  name?: string | null;

  @Field(() => OrganisationKindEnum, { nullable: true, description: "Only this sort of organisation, e.g. MINISTRY." })
  kind?: string | null;

  @Field(() => ID, { nullable: true, description: "A country id (e.g. country:KHM): organisations that belong to it, directly or through a parent organisation." })
  country?: string | null;
}

export function organisationFilterParams(filter: OrganisationFilter | null | undefined): FilterParams {
  if (!filter) return {};
  return given({ name: nameValue(filter.name), kind: filter.kind, country: idOfKind(filter.country, "Country", "filter.country") });
}
