import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Where a page sits in its list, for cursor pagination." })
export class PageInfo {
  @Field(() => Boolean, { description: "True when another page follows this one." })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "Pass this as `after` to fetch the next page; null on an empty page." })
  endCursor!: string | null;
}
