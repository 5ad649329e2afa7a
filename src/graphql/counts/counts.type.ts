import { Field, ID, Int, ObjectType } from "type-graphql";
import type { CountDimension, CountSubject } from "../../graph/count.queries.js";
import { CountDimensionEnum, CountSubjectEnum } from "./count-enums.js";

@ObjectType("CountKey", { description: "A group's value along one dimension." })
export class CountKey {
  @Field(() => CountDimensionEnum, { description: "The dimension." })
  dimension!: CountDimension;

  @Field(() => ID, { description: "An entity's id (country:KHM), or the value itself (2024, LED_DELEGATION, ASCCO)." })
  value!: string;

  @Field(() => String, { description: "What to label it with: the entity's name, or the value." })
  name!: string;
}

@ObjectType("CountBucket", { description: "One group and how many items fall in it." })
export class CountBucket {
  @Field(() => [CountKey], {
    nullable: "items",
    description: "One key per dimension asked for, in the same order; null where the items have no value (an undated meeting, a fact with no country).",
  })
  keys!: (CountKey | null)[];

  @Field(() => Int, { description: "How many distinct items fall in the group. An item with several values (a meeting of two countries) is in each of their groups." })
  count!: number;

  @Field(() => [ID], { description: "The first of the group's items' ids (entity ids, or fact ids for facts), in id order, as many as `ids` asked for." })
  ids!: string[];
}

@ObjectType("Counts", { description: "Counts of a filtered set, grouped by one or two dimensions." })
export class Counts {
  @Field(() => CountSubjectEnum, { description: "What was counted." })
  of!: CountSubject;

  @Field(() => [CountDimensionEnum], { description: "The dimensions grouped by, in order." })
  by!: CountDimension[];

  @Field(() => Int, { description: "How many distinct items the filtered set holds, in any group: for entities, the same as the list's `totalCount`." })
  total!: number;

  @Field(() => [CountBucket], { description: "The groups, in the order asked for, at most `first` of them." })
  buckets!: CountBucket[];

  @Field(() => Boolean, { description: "True when there were more groups than `first`." })
  truncated!: boolean;
}
