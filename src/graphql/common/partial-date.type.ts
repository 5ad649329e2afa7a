import { Field, ObjectType } from "type-graphql";
import { DatePrecisionEnum } from "./enums.js";

@ObjectType("PartialDate", { description: "A date stated only as precisely as the source states it: to the day, the month or the year." })
export class PartialDate {
  @Field(() => String, { description: "The Gregorian date to its precision: YYYY, YYYY-MM or YYYY-MM-DD." })
  value!: string;

  @Field(() => DatePrecisionEnum, { description: "How much of the date is known." })
  precision!: keyof typeof DatePrecisionEnum;

  @Field(() => String, { description: "The first day it could be (YYYY-MM-DD)." })
  earliest!: string;

  @Field(() => String, { description: "The last day it could be (YYYY-MM-DD)." })
  latest!: string;

  @Field(() => String, { nullable: true, description: "The date word for word as the source states it, e.g. Thai digits and a Buddhist-era year." })
  text!: string | null;

  @Field(() => Boolean, { description: "True when the source only implies the date; `note` says how." })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: "How an inferred date was worked out." })
  note!: string | null;
}
