import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, ID, Int, Resolver, Root } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import type { Context } from "../context.js";
import { ParticipationRoleEnum } from "../common/enums.js";
import { readPartialDate } from "../../graph/partial-date.row.js";
import { PartialDate } from "../common/partial-date.type.js";
import { relationsOf } from "../relation/relation-fields.js";
import { Relation } from "../relation/relation.type.js";
import type { EntityRow } from "../../graph/entity.row.js";
import { Country, Framework, Meeting, Official, Organisation, Place, Topic } from "./entity-types.js";

/*
 * The relationship fields of each entity type. Each is a named view of `relations` (a fixed
 * type and direction, declared in relationship-fields.ts), resolved through the same
 * per-request loader.
 */

const firstArg = { nullable: true, description: "At most this many (capped by the server's maximum page size)." } as const;

@Resolver(() => Official)
export class OfficialFieldsResolver {
  @FieldResolver(() => [Relation], { description: "Offices held (HOLDS_POSITION), with titles, spans and evidence." })
  positions(@Root() o: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("first", () => Int, firstArg) first?: number | null) {
    return relationsOf(ctx, info, o, { first });
  }

  @FieldResolver(() => [Relation], { description: "Meetings taken part in (PARTICIPATED_IN), with role and the country represented." })
  participations(
    @Root() o: EntityRow,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("role", () => ParticipationRoleEnum, { nullable: true, description: "Only this role, e.g. LED_DELEGATION." }) role?: string | null,
    @Arg("from", () => LocalDateResolver, { nullable: true, description: "Only meetings that may fall on or after this day." }) from?: string | null,
    @Arg("to", () => LocalDateResolver, { nullable: true, description: "Only meetings that may fall on or before this day." }) to?: string | null,
    @Arg("first", () => Int, firstArg) first?: number | null,
  ) {
    return relationsOf(ctx, info, o, { role, from, to, first });
  }
}

@Resolver(() => Organisation)
export class OrganisationFieldsResolver {
  @FieldResolver(() => [Relation], { description: "Whom it belongs to: its country, ASEAN, or a parent organisation (BELONGS_TO)." })
  belongsTo(@Root() o: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationsOf(ctx, info, o);
  }

  @FieldResolver(() => [Relation], { description: "Its units and bodies (BELONGS_TO, incoming)." })
  units(@Root() o: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("first", () => Int, firstArg) first?: number | null) {
    return relationsOf(ctx, info, o, { first });
  }

  @FieldResolver(() => [Relation], { description: "Officials holding office in it (HOLDS_POSITION, incoming)." })
  officeHolders(@Root() o: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("first", () => Int, firstArg) first?: number | null) {
    return relationsOf(ctx, info, o, { first });
  }

  @FieldResolver(() => [Relation], { description: "Meetings it took part in or hosted." })
  participations(@Root() o: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("first", () => Int, firstArg) first?: number | null) {
    return relationsOf(ctx, info, o, { first });
  }

  @FieldResolver(() => [Relation], { description: "Members (MEMBER_OF, incoming) and chairs (CHAIRS, incoming)." })
  membersAndChairs(@Root() o: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("first", () => Int, firstArg) first?: number | null) {
    return relationsOf(ctx, info, o, { first });
  }
}

@Resolver(() => Country)
export class CountryFieldsResolver {
  @FieldResolver(() => [Relation], { description: "Meetings the country took part in or hosted as a country (PARTICIPATED_IN)." })
  participations(
    @Root() c: EntityRow,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("role", () => ParticipationRoleEnum, { nullable: true, description: "Only this role, e.g. HOSTED." }) role?: string | null,
    @Arg("first", () => Int, firstArg) first?: number | null,
  ) {
    return relationsOf(ctx, info, c, { role, first });
  }

  @FieldResolver(() => [Relation], { description: "Chairmanships of ASEAN or its bodies (CHAIRS), with their years." })
  chairs(@Root() c: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationsOf(ctx, info, c);
  }

  @FieldResolver(() => [Relation], { description: "Organisations that belong to the country (BELONGS_TO, incoming)." })
  organisations(@Root() c: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("first", () => Int, firstArg) first?: number | null) {
    return relationsOf(ctx, info, c, { first });
  }

  @FieldResolver(() => [Relation], { description: "Memberships, frameworks drafted, adopted, supported or left, and stated cooperation with other actors." })
  commitments(@Root() c: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("first", () => Int, firstArg) first?: number | null) {
    return relationsOf(ctx, info, c, { first });
  }
}

@Resolver(() => Place)
export class PlaceFieldsResolver {
  @FieldResolver(() => [Relation], { description: "Where it is (LOCATED_IN)." })
  locatedIn(@Root() p: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationsOf(ctx, info, p);
  }

  @FieldResolver(() => [Relation], { description: "Meetings held here (HELD_IN, incoming)." })
  meetings(@Root() p: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("first", () => Int, firstArg) first?: number | null) {
    return relationsOf(ctx, info, p, { first });
  }
}

@Resolver(() => Meeting)
export class MeetingFieldsResolver {
  @FieldResolver(() => PartialDate, { nullable: true, description: "The first day, to the precision stated." })
  start(@Root() m: EntityRow) {
    return readPartialDate(m, "start");
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: "The last day, when the meeting ran over several days." })
  end(@Root() m: EntityRow) {
    return readPartialDate(m, "end");
  }

  @FieldResolver(() => Meeting, {
    nullable: true,
    description: "The meeting this one follows (FOLLOWS) whose end narrows `dateEarliest`: set when that bound is inferred rather than stated.",
  })
  earliestDayInferredFrom(@Root() m: EntityRow, @Ctx() ctx: Context) {
    return typeof m.dateEarliestInferredFrom === "string" ? ctx.loaders.entityById.load(m.dateEarliestInferredFrom) : null;
  }

  @FieldResolver(() => [Relation], { description: "Where it was held (HELD_IN)." })
  places(@Root() m: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationsOf(ctx, info, m);
  }

  @FieldResolver(() => [Relation], { description: "Who took part, in which role, for which country (PARTICIPATED_IN, incoming)." })
  participants(
    @Root() m: EntityRow,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("role", () => ParticipationRoleEnum, { nullable: true, description: "Only this role." }) role?: string | null,
    @Arg("country", () => ID, { nullable: true, description: "Only participants representing this country (a country: id)." }) country?: string | null,
    @Arg("first", () => Int, firstArg) first?: number | null,
  ) {
    return relationsOf(ctx, info, m, { role, country, first });
  }

  @FieldResolver(() => [Relation], {
    description: "Frameworks the meeting discussed, reviewed or formulated, and those it drafted, adopted or supported. Topics it discussed are under `topics`.",
  })
  frameworks(@Root() m: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationsOf(ctx, info, m);
  }

  @FieldResolver(() => [Relation], { description: "Topics the meeting discussed that are not frameworks, such as the South China Sea (DISCUSSES)." })
  topics(@Root() m: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationsOf(ctx, info, m);
  }

  @FieldResolver(() => [Relation], { description: "The body it is a session of (MEETING_OF), and meetings it followed (FOLLOWS)." })
  context(@Root() m: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationsOf(ctx, info, m);
  }
}

@Resolver(() => Framework)
export class FrameworkFieldsResolver {
  @FieldResolver(() => [Relation], { description: "Meetings that discussed, reviewed or formulated it (DISCUSSES, incoming)." })
  discussedAt(@Root() f: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("first", () => Int, firstArg) first?: number | null) {
    return relationsOf(ctx, info, f, { first });
  }

  @FieldResolver(() => [Relation], { description: "Its place among frameworks: what it is part of or succeeds, and what is part of or succeeds it." })
  lineage(@Root() f: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationsOf(ctx, info, f);
  }

  @FieldResolver(() => [Relation], { description: "Who drafted, adopted, supported or withdrew from it." })
  actors(@Root() f: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("first", () => Int, firstArg) first?: number | null) {
    return relationsOf(ctx, info, f, { first });
  }
}

@Resolver(() => Topic)
export class TopicFieldsResolver {
  @FieldResolver(() => [Relation], { description: "Meetings that discussed it (DISCUSSES, incoming), in date order." })
  discussedAt(@Root() t: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg("first", () => Int, firstArg) first?: number | null) {
    return relationsOf(ctx, info, t, { first });
  }
}
