import { BadInputError, NotFoundError } from "../../errors/app-error.js";
import { FACT_FIELD_VALUE, SET_DISPUTED, SET_FACT_DATA } from "../../graph/editing.queries.js";
import type { RelationRow } from "../../graph/relation.row.js";
import type { Executor, Tx } from "../../neo4j/executor.js";
import { DateInputError, parsePartialValue } from "../../time/partial-date.js";
import { flattenDate } from "../annotation/annotation.normalize.js";
import { refreshFactSpans } from "./fact-spans.js";

const requireNote = (note: string) => {
  if (note.trim().length === 0) throw new BadInputError("note must say why the change is made; got an empty note.", { argument: "note" });
};

const requireFactId = (id: string) => {
  if (!id.startsWith("fact:")) throw new BadInputError(`id must be a fact's id (a Relation's id, starting "fact:"); got "${id}".`, { argument: "id" });
};

async function relationOf(tx: Tx, factId: string): Promise<RelationRow> {
  const [row] = await tx.run<{ relation: RelationRow }>(FACT_FIELD_VALUE, { factId });
  if (!row) throw new NotFoundError("fact", factId);
  return row.relation;
}

/** Marks a fact disputed (or lifts it), recording the editor, the time and the reason. */
export async function disputeFact(executor: Executor, args: { id: string; note: string; disputed: boolean; by: string | null }): Promise<RelationRow> {
  requireFactId(args.id);
  requireNote(args.note);
  return executor.writeTransaction("editing.disputeFact", async (tx) => {
    await relationOf(tx, args.id);
    const [result] = await tx.run<{ relation: RelationRow }>(SET_DISPUTED, { factId: args.id, disputed: args.disputed, note: args.note, by: args.by });
    return result!.relation;
  });
}

/** Corrects when a fact began (FROM) or ended (UNTIL), recording old and new value; the fact's spans follow. */
export async function correctFactDate(
  executor: Executor,
  args: { id: string; field: "FROM" | "UNTIL"; value: string | null; note: string; by: string | null },
): Promise<RelationRow> {
  const { id, field, value, note } = args;
  requireFactId(id);
  requireNote(note);
  const prefix = field === "FROM" ? "from" : "until";
  let date;
  try {
    date = value === null ? undefined : { ...parsePartialValue(value), inferred: false };
  } catch (error) {
    if (error instanceof DateInputError) throw new BadInputError(`value: ${error.message}.`, { argument: "value" });
    throw error;
  }
  return executor.writeTransaction("editing.correctFactDate", async (tx) => {
    const before = await relationOf(tx, id);
    const [result] = await tx.run<{ relation: RelationRow }>(SET_FACT_DATA, {
      factId: id,
      props: flattenDate(prefix, date),
      field: prefix,
      oldValue: (before.props[`${prefix}Value`] as string | null) ?? null,
      newValue: value,
      note,
      by: args.by,
    });
    await refreshFactSpans(tx, [id]);
    return result!.relation;
  });
}
