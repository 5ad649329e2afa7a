import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { readPartialDate } from "../../graph/partial-date.row.js";
import { PartialDate } from "../common/partial-date.type.js";
import { TimeSpan } from "../common/time-span.type.js";
import { type Span, storedSpan } from "../../time/certainty.js";
import { Correction } from "../editing/correction.type.js";
import { Entity } from "../entity/entity.interface.js";
import { Country } from "../entity/entity-types.js";
import { Evidence } from "./evidence.type.js";
import type { RelationRow } from "../../graph/relation.row.js";
import { Qualifier } from "./qualifier.type.js";
import { Relation } from "./relation.type.js";

type RelationValue = Relation & { row: RelationRow };

/** The far end when the relation query brought it along (the field looked ahead), and `id` is it. */
const farEnd = (relation: RelationValue, id: string) => (relation.row.other && relation.row.otherId === id ? relation.row.other : undefined);

/** The entity in view when the relation brought it along, and `id` is it. */
const nearEnd = (relation: RelationValue, id: string) => (relation.row.self && relation.row.selfId === id ? relation.row.self : undefined);

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => Entity, { description: "The subject of the fact (who or what holds, takes part, chairs, …)." })
  subject(@Root() relation: RelationValue, @Ctx() ctx: Context) {
    return farEnd(relation, relation.row.subjectId) ?? nearEnd(relation, relation.row.subjectId) ?? ctx.loaders.entityById.load(relation.row.subjectId);
  }

  @FieldResolver(() => Entity, { description: "The object of the fact (the organisation, meeting, framework, …)." })
  object(@Root() relation: RelationValue, @Ctx() ctx: Context) {
    return farEnd(relation, relation.row.objectId) ?? nearEnd(relation, relation.row.objectId) ?? ctx.loaders.entityById.load(relation.row.objectId);
  }

  @FieldResolver(() => Entity, { description: "The far end, seen from the entity in view: the object of an OUT relation, the subject of an IN one." })
  other(@Root() relation: RelationValue, @Ctx() ctx: Context) {
    return farEnd(relation, relation.row.otherId) ?? ctx.loaders.entityById.load(relation.row.otherId);
  }

  @FieldResolver(() => Country, { nullable: true, description: "PARTICIPATED_IN: the country the participant represented." })
  country(@Root() relation: RelationValue, @Ctx() ctx: Context) {
    if (relation.row.country !== undefined) return relation.row.country;
    const id = relation.row.props.countryId;
    return typeof id === "string" ? ctx.loaders.entityById.load(id) : null;
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: 'When the fact began, as stated (e.g. an appointment "in August 2023", month precision).' })
  from(@Root() relation: RelationValue) {
    return readPartialDate(relation.row.props, "from");
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: "When the fact ended, as stated." })
  until(@Root() relation: RelationValue) {
    return readPartialDate(relation.row.props, "until");
  }

  @FieldResolver(() => TimeSpan, { description: "The days the evidence shows the fact certainly held, and the days it possibly held." })
  span(@Root() relation: RelationValue): Span {
    return storedSpan(relation.row.props);
  }

  @FieldResolver(() => [Correction], { description: "Every change editors made to this fact, newest first." })
  corrections(@Root() relation: RelationValue, @Ctx() ctx: Context) {
    return ctx.loaders.correctionsByFact.load(relation.id);
  }

  @FieldResolver(() => [Evidence], { description: "Every sentence, from every article, that states this fact." })
  evidence(@Root() relation: RelationValue, @Ctx() ctx: Context) {
    return ctx.loaders.evidenceByFact.load(relation.id);
  }

  @FieldResolver(() => [Qualifier], {
    description:
      'Typed values qualifying the fact, each with its own sentence: a quantity ("99 percent" implemented), a point in time (the first time "since mid-2021"), or a text.',
  })
  qualifiers(@Root() relation: RelationValue, @Ctx() ctx: Context) {
    return ctx.loaders.qualifiersByFact.load(relation.id);
  }
}
