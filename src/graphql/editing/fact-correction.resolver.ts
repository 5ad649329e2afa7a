import { Arg, Ctx, ID, Mutation, Resolver, UseMiddleware, registerEnumType } from "type-graphql";
import { RequireEditor } from "../require-editor.middleware.js";
import { correctFactDate, disputeFact } from "../../domain/editing/fact-correction.js";
import type { Context } from "../context.js";
import { Relation, toRelation } from "../relation/relation.type.js";

export const FactDateFieldEnum = { FROM: "FROM", UNTIL: "UNTIL" } as const;
registerEnumType(FactDateFieldEnum, { name: "FactDateField", description: "A fact's dates an editor may correct." });

@Resolver()
export class FactCorrectionResolver {
  @Mutation(() => Relation, { description: "Marks a fact disputed (or no longer disputed), recording the editor, the time and the reason. Needs an editor credential." })
  @UseMiddleware(RequireEditor)
  async disputeFact(
    @Arg("id", () => ID, { description: "The fact's id (a Relation's id)." }) id: string,
    @Arg("note", () => String, { description: "Why: what is wrong or doubtful about it." }) note: string,
    @Arg("disputed", () => Boolean, { defaultValue: true, description: "False to lift a dispute." }) disputed: boolean,
    @Ctx() ctx: Context,
  ) {
    return toRelation(await disputeFact(ctx.executor, { id, note, disputed, by: ctx.principal.name }));
  }

  @Mutation(() => Relation, {
    description:
      "Corrects when a fact began or ended, recording the editor, the time, the old and new value and the reason; the fact's certain and possible spans follow. Needs an editor credential.",
  })
  @UseMiddleware(RequireEditor)
  async correctFactDate(
    @Arg("id", () => ID, { description: "The fact's id (a Relation's id)." }) id: string,
    @Arg("field", () => FactDateFieldEnum, { description: "FROM or UNTIL." }) field: keyof typeof FactDateFieldEnum,
    @Arg("value", () => String, { nullable: true, description: "The date as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD; null clears it." }) value: string | null,
    @Arg("note", () => String, { description: "Why, e.g. the source that gives the right date." }) note: string,
    @Ctx() ctx: Context,
  ) {
    const row = await correctFactDate(ctx.executor, { id, field, value, note, by: ctx.principal.name });
    const fresh = await ctx.loaders.relationByFact.load(id);
    return toRelation(fresh ?? row);
  }
}
