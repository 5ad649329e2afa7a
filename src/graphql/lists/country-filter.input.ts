import { Field, InputType } from "type-graphql";
import { NAME_FILTER } from "./filter-descriptions.js";
import { type FilterParams, given, nameValue } from "../../domain/lists/filter-values.js";

@InputType("CountryFilter", { description: "Which countries to list." })
export class CountryFilter {
  @Field(() => String, { nullable: true, description: NAME_FILTER })
  name?: string | null;
}

export function countryFilterParams(filter: CountryFilter | null | undefined): FilterParams {
  if (!filter) return {};
  return given({ name: nameValue(filter.name) });
}
