import { Field, InputType } from "type-graphql";
import { FrameworkKindEnum } from "../common/enums.js";
import { NAME_FILTER } from "./filter-descriptions.js";
import { type FilterParams, given, nameValue } from "../../domain/lists/filter-values.js";

@InputType("FrameworkFilter", { description: "Which frameworks to list; every condition given must hold." })
export class FrameworkFilter {
  @Field(() => String, { nullable: true, description: NAME_FILTER })
  name?: string | null;

  @Field(() => FrameworkKindEnum, { nullable: true, description: "Only this sort of framework, e.g. VISION." })
  kind?: string | null;
}

export function frameworkFilterParams(filter: FrameworkFilter | null | undefined): FilterParams {
  if (!filter) return {};
  return given({ name: nameValue(filter.name), kind: filter.kind });
}
