import { Field, ID, Int, ObjectType } from "type-graphql";
import type { RelationRow } from "../../graph/relation.row.js";
import { dateKeys } from "../../model/graph-keys.js";
import { SPAN_KEYS } from "../../time/certainty.js";
import { DirectionEnum, DiscussionModeEnum, ParticipationRoleEnum, RelationTypeEnum } from "../common/enums.js";

@ObjectType("Relation", {
  description: "A fact joining two entities, seen from one of them: its type, its own data (role, title, time span), and the evidence for it.",
})
export class Relation {
  @Field(() => ID, { description: "The fact's id: the same fact stated by several articles has one id." })
  id!: string;

  @Field(() => RelationTypeEnum, { description: "The relationship's type." })
  type!: keyof typeof RelationTypeEnum;

  @Field(() => DirectionEnum, { description: "OUT when the entity in view is the subject, IN when it is the object." })
  direction!: "OUT" | "IN";

  @Field(() => ParticipationRoleEnum, { nullable: true, description: "PARTICIPATED_IN: the part played." })
  role!: keyof typeof ParticipationRoleEnum | null;

  @Field(() => String, { nullable: true, description: "HOLDS_POSITION: the office, in full." })
  title!: string | null;

  @Field(() => DiscussionModeEnum, { nullable: true, description: "DISCUSSES: how the meeting dealt with the framework." })
  mode!: keyof typeof DiscussionModeEnum | null;

  @Field(() => Int, {
    description:
      "Which of several separate periods of the same fact this is (a second term in one office is 2); 1 for the first or only one. Each term has its own evidence and span.",
  })
  term!: number;

  @Field(() => Boolean, { description: "True when an editor has marked the fact disputed." })
  disputed!: boolean;

  @Field(() => String, { nullable: true, description: "Why the fact is disputed." })
  disputeNote!: string | null;

  @Field(() => Int, { description: "How many pieces of evidence support the fact." })
  evidenceCount!: number;
}

export function toRelation(row: RelationRow): Relation & { row: RelationRow } {
  const p = row.props;
  return {
    row,
    id: row.factId,
    type: row.type,
    direction: row.selfId === row.subjectId ? "OUT" : "IN",
    role: (p.role as Relation["role"]) ?? null,
    title: (p.title as string | null) ?? null,
    mode: (p.mode as Relation["mode"]) ?? null,
    term: typeof p.term === "number" ? p.term : 1,
    disputed: p.disputed === true,
    disputeNote: (p.disputeNote as string | null) ?? null,
    evidenceCount: (p.evidenceCount as number | null) ?? 0,
  };
}

/**
 * The relationship properties each Relation field reads; the rest of a fact's properties
 * stay in Neo4j unless asked for (a field not selected is never resolved, so the non-null
 * `disputed` needs its property only when selected).
 */
const FIELD_PROPERTIES: Record<string, readonly string[]> = {
  country: ["countryId"],
  disputed: ["disputed"],
  role: ["role"],
  title: ["title"],
  term: ["term"],
  mode: ["mode"],
  disputeNote: ["disputeNote"],
  evidenceCount: ["evidenceCount"],
  from: dateKeys("from"),
  until: dateKeys("until"),
  span: SPAN_KEYS,
};

export function relationKeys(fields: ReadonlySet<string>): string[] {
  const keys = new Set<string>();
  for (const field of fields) for (const key of FIELD_PROPERTIES[field] ?? []) keys.add(key);
  return [...keys].sort();
}
