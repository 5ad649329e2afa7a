import { Field, ObjectType } from "type-graphql";

@ObjectType("TimeSpan", {
  description: "When a fact held, as the evidence allows: the days it certainly held, and the wider days it possibly held. A null end means unbounded.",
})
export class TimeSpan {
  @Field(() => String, { nullable: true, description: "First day the evidence shows it held." })
  certainStart!: string | null;

  @Field(() => String, { nullable: true, description: "Last day the evidence shows it held." })
  certainEnd!: string | null;

  @Field(() => String, { nullable: true, description: "Earliest day it may have held; null if unbounded." })
  possibleStart!: string | null;

  @Field(() => String, { nullable: true, description: "Latest day it may have held; null if unbounded (it may still hold)." })
  possibleEnd!: string | null;
}
