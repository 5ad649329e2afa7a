import { Arg, Ctx, ID, Mutation, Resolver, UseMiddleware, registerEnumType } from "type-graphql";
import { RequireEditor } from "../require-editor.middleware.js";
import { flattenDate } from "../../domain/annotation/annotation.normalize.js";
import { refreshFactSpans } from "../../domain/editing/fact-spans.js";
import { badInput, notFound } from "../../errors/app-error.js";
import type { Context } from "../context.js";
import { type Tx } from "../../neo4j/executor.js";
import { FACT_FIELD_VALUE, SET_DISPUTED, SET_FACT_DATA } from "../../graph/editing.queries.js";
import { DateInputError, parsePartialValue } from "../../time/partial-date.js";
import { Relation, type RelationRow, toRelation } from "../relation/relation.type.js";

export const FactDateFieldEnum = { FROM: "FROM", UNTIL: "UNTIL" } as const;
registerEnumType(FactDateFieldEnum, { name: "FactDateField", description: "A fact's dates an editor may correct." });

const requireNote = (note: string) => {
  if (note.trim().length === 0) throw badInput("note must say why the change is made; got an empty note.", { argument: "note" });
};

const requireFactId = (id: string) => {
  if (!id.startsWith("fact:")) throw badInput(`id must be a fact's id (a Relation's id, starting "fact:"); got "${id}".`, { argument: "id" });
};

async function relationOf(tx: Tx, factId: string): Promise<RelationRow> {
  const [row] = await tx.run<{ relation: RelationRow }>(FACT_FIELD_VALUE, { factId });
  if (!row) throw notFound("fact", factId);
  return row.relation;
}

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
    requireFactId(id);
    requireNote(note);
    const row = await ctx.executor.writeTransaction(async (tx) => {
      await relationOf(tx, id);
      const [result] = await tx.run<{ relation: RelationRow }>(SET_DISPUTED, { factId: id, disputed, note, by: ctx.principal.name });
      return result!.relation;
    });
    return toRelation(row);
  }

  @Mutation(() => Relation, {
    description: "Corrects when a fact began or ended, recording the editor, the time, the old and new value and the reason; the fact's certain and possible spans follow. Needs an editor credential.",
  })
  @UseMiddleware(RequireEditor)
  async correctFactDate(
    @Arg("id", () => ID, { description: "The fact's id (a Relation's id)." }) id: string,
    @Arg("field", () => FactDateFieldEnum, { description: "FROM or UNTIL." }) field: keyof typeof FactDateFieldEnum,
    @Arg("value", () => String, { nullable: true, description: "The date as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD; null clears it." }) value: string | null,
    @Arg("note", () => String, { description: "Why, e.g. the source that gives the right date." }) note: string,
    @Ctx() ctx: Context,
  ) {
    requireFactId(id);
    requireNote(note);
    const prefix = field === "FROM" ? "from" : "until";
    let date;
    try {
      date = value === null ? undefined : { ...parsePartialValue(value), inferred: false };
    } catch (error) {
      if (error instanceof DateInputError) throw badInput(`value: ${error.message}.`, { argument: "value" });
      throw error;
    }
    const row = await ctx.executor.writeTransaction(async (tx) => {
      const before = await relationOf(tx, id);
      const [result] = await tx.run<{ relation: RelationRow }>(SET_FACT_DATA, {
        factId: id,
        props: flattenDate(prefix, date),
        field: prefix,
        oldValue: (before.props[`${prefix}Value`] as string | null) ?? null,
        newValue: value,
        note,
        by: ctx.principal.name,
      });
      await refreshFactSpans(tx, [id]);
      return result!.relation;
    });
    const fresh = await ctx.loaders.relationByFact.load(id);
    return toRelation(fresh ?? row);
  }
}
