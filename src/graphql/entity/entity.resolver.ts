import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import type { Context } from "../context.js";
import type { FactType } from "../../model/fact-types.js";
import { readAliases } from "../../graph/alias-records.js";
import { Alias } from "../common/alias.type.js";
import { DirectionEnum, type Direction, RelationTypeEnum } from "../common/enums.js";
import { Mention } from "../relation/mention.type.js";
import { relationsOf } from "../relation/relation-fields.js";
import { Relation } from "../relation/relation.type.js";
import { Entity } from "./entity.interface.js";
import type { EntityRow } from "../../graph/entity.row.js";

@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => [Alias], { description: "Other names, each with its language and script (English, Thai, acronyms, transliterations…)." })
  aliases(@Root() entity: EntityRow): Alias[] {
    return readAliases(entity.aliasRecords);
  }

  @FieldResolver(() => [Mention], { description: "The articles that refer to this entity, newest first, with the forms of name each used." })
  mentionedIn(@Root() entity: EntityRow, @Ctx() ctx: Context) {
    return ctx.loaders.mentionsByEntity.load(entity.id);
  }

  @FieldResolver(() => [Relation], { description: "Every fact this entity takes part in, optionally narrowed by type, direction and date; ordered by date." })
  relations(
    @Root() entity: EntityRow,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("types", () => [RelationTypeEnum], { nullable: true, description: "Only these relationship types; all when omitted." }) types?: FactType[] | null,
    @Arg("direction", () => DirectionEnum, { defaultValue: "BOTH", description: "OUT: the entity is the subject; IN: the object." }) direction: Direction = "BOTH",
    @Arg("from", () => LocalDateResolver, { nullable: true, description: "Only relations whose dates may fall on or after this day." }) from?: string | null,
    @Arg("to", () => LocalDateResolver, { nullable: true, description: "Only relations whose dates may fall on or before this day." }) to?: string | null,
    @Arg("first", () => Int, { nullable: true, description: "At most this many (capped by the server's maximum page size)." }) first?: number | null,
  ) {
    return relationsOf(ctx, info, entity, { types, direction, from, to, first });
  }
}
