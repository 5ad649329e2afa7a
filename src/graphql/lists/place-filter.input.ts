import { Field, ID, InputType } from "type-graphql";
import { PlaceKindEnum } from "../common/enums.js";
import { NAME_FILTER } from "./filter-descriptions.js";
import { type FilterParams, given, idOfKind, nameValue } from "../../domain/lists/filter-values.js";

@InputType("PlaceFilter", { description: "Which places to list; every condition given must hold." })
export class PlaceFilter {
  @Field(() => String, { nullable: true, description: NAME_FILTER })
  name?: string | null;

  @Field(() => PlaceKindEnum, { nullable: true, description: "Only this sort of place, e.g. CITY." })
  kind?: string | null;

  @Field(() => ID, { nullable: true, description: "A country id (e.g. country:KHM): places located in it, directly or within a place in it (a venue in a city)." })
  country?: string | null;
}

export function placeFilterParams(filter: PlaceFilter | null | undefined): FilterParams {
  if (!filter) return {};
  return given({ name: nameValue(filter.name), kind: filter.kind, country: idOfKind(filter.country, "Country", "filter.country") });
}
