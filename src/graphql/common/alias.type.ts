import { Field, ObjectType } from "type-graphql";

@ObjectType("Alias", { description: "Another name for an entity, with its language and script." })
export class Alias {
  @Field(() => String, { description: "The name as written." })
  name!: string;

  @Field(() => String, { description: "ISO 639 language code, e.g. en, th." })
  lang!: string;

  @Field(() => String, { description: "ISO 15924 script code, e.g. Latn, Thai." })
  script!: string;

  @Field(() => String, { description: "full, short, acronym, transliteration, translation or variant." })
  kind!: string;
}
