import { Field, Int, ObjectType } from "type-graphql";
import { FrameworkKindEnum, MeetingStatusEnum, OrganisationKindEnum, PlaceKindEnum } from "../common/enums.js";
import { Node } from "../node.interface.js";
import { Entity } from "./entity.interface.js";

@ObjectType("Official", {
  implements: [Node, Entity],
  description: "A person acting in an official capacity, or an actor known only by office (then `named` is false).",
})
export class Official extends Entity {
  @Field(() => Boolean, { description: "False for an actor the source identifies only by office; `name` then describes the office and no person's name is invented." })
  named!: boolean;

  @Field(() => String, { nullable: true, description: "For an unnamed actor: the office as the source states it." })
  designation!: string | null;
}

@ObjectType("Organisation", {
  implements: [Node, Entity],
  description: "A ministry, department, ASEAN body or centre, research centre, media outlet or other organisation.",
})
export class Organisation extends Entity {
  @Field(() => OrganisationKindEnum, { description: "What sort of organisation it is." })
  orgKind!: keyof typeof OrganisationKindEnum;
}

@ObjectType("Country", { implements: [Node, Entity], description: "A sovereign state." })
export class Country extends Entity {
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-3 code, e.g. KHM for Cambodia." })
  isoCode!: string | null;
}

@ObjectType("Place", { implements: [Node, Entity], description: "A city, province, region, venue or piece of infrastructure." })
export class Place extends Entity {
  @Field(() => PlaceKindEnum, { description: "What sort of place it is." })
  placeKind!: keyof typeof PlaceKindEnum;
}

@ObjectType("Meeting", { implements: [Node, Entity], description: "A meeting, conference, retreat or consultation." })
export class Meeting extends Entity {
  @Field(() => String, { nullable: true, description: "The recurring meeting it belongs to, e.g. ASCCO or HLTF-ACV." })
  series!: string | null;

  @Field(() => Int, { nullable: true, description: "Its number in the series, e.g. 16 for the 16th ASCCO." })
  ordinal!: number | null;

  @Field(() => String, { nullable: true, description: "The theme, as stated." })
  theme!: string | null;

  @Field(() => MeetingStatusEnum, {
    description: "HELD, PLANNED or ANNOUNCED, as the articles report it: count only HELD meetings as having taken place. Meetings loaded before statuses were recorded are HELD.",
  })
  status!: keyof typeof MeetingStatusEnum;

  @Field(() => String, {
    nullable: true,
    description:
      "The earliest day it can have taken place (ISO day): its stated start, narrowed by what the graph knows. When `earliestDayInferredFrom` is set the bound is inferred: it took place no earlier than the end of that meeting, which it follows.",
  })
  dateEarliest!: string | null;

  @Field(() => String, { nullable: true, description: "The latest day it can have taken place (ISO day), from its stated end or start." })
  dateLatest!: string | null;
}

@ObjectType("Framework", {
  implements: [Node, Entity],
  description: "A vision, blueprint, strategic plan, consensus, outlook, charter, agreement or other framework.",
})
export class Framework extends Entity {
  @Field(() => FrameworkKindEnum, { description: "What sort of framework it is." })
  frameworkKind!: keyof typeof FrameworkKindEnum;
}

@ObjectType("Topic", {
  implements: [Node, Entity],
  description:
    "A matter meetings discuss that is not a framework: a sea, a border, a dispute, a crisis (the South China Sea, border demarcation). Only a framework can be drafted, adopted or supported.",
})
export class Topic extends Entity {}

export const ENTITY_TYPES = [Official, Organisation, Country, Place, Meeting, Framework, Topic];
