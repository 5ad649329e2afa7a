import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { QUALIFIER_PROPERTIES, QUALIFIER_PROPERTY_NAMES, QUALIFIER_VALUE_TYPES } from "../../model/qualifier-properties.js";
import { asEnum } from "../common/enums.js";

export const QualifierPropertyEnum = asEnum(QUALIFIER_PROPERTY_NAMES);
registerEnumType(QualifierPropertyEnum, {
  name: "QualifierProperty",
  description: "What a qualifier says about a fact.",
  valuesConfig: Object.fromEntries(QUALIFIER_PROPERTY_NAMES.map((p) => [p, { description: `${QUALIFIER_PROPERTIES[p].description} (${QUALIFIER_PROPERTIES[p].valueType})` }])),
});
export const QualifierValueTypeEnum = asEnum(QUALIFIER_VALUE_TYPES);
registerEnumType(QualifierValueTypeEnum, { name: "QualifierValueType", description: "Which of a qualifier's value fields is set: amount and unit, time, or text." });

@ObjectType("Qualifier", {
  description:
    'A typed value that qualifies a fact, with its own evidence, as Wikidata qualifies a statement: "99 percent" (PROGRESS) on a meeting\'s review of a blueprint, "mid-2021" (FIRST_SINCE) on a participation.',
})
export class Qualifier {
  @Field(() => ID, { description: "Stable id of this qualifier." })
  id!: string;

  @Field(() => QualifierPropertyEnum, { description: "What the value says about the fact." })
  property!: keyof typeof QualifierPropertyEnum;

  @Field(() => QualifierValueTypeEnum, { description: "Which value field is set." })
  valueType!: keyof typeof QualifierValueTypeEnum;

  @Field(() => Float, { nullable: true, description: "QUANTITY: the number, e.g. 99." })
  amount!: number | null;

  @Field(() => String, { nullable: true, description: "QUANTITY: the unit as stated, e.g. percent, USD, delegates; null for a bare count." })
  unit!: string | null;

  @Field(() => String, { nullable: true, description: "TEXT: the value, as stated." })
  text!: string | null;

  @Field(() => String, { description: "The sentence that states the value, word for word." })
  quote!: string;

  @Field(() => Boolean, { description: "True when the sentence implies the value rather than stating it; `note` says how." })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: 'Why an inferred value follows, or how a vague one ("mid-2021") was read.' })
  note!: string | null;
}
