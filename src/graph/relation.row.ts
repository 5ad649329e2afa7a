import type { EntityRow } from "./entity.row.js";
import type { FactType } from "../model/fact-types.js";
import type { EntityKind } from "../model/entity-kinds.js";

/** A relation as the queries return it, seen from `selfId`. */
export interface RelationRow {
  factId: string;
  type: FactType;
  selfId: string;
  otherId: string;
  subjectId: string;
  objectId: string;
  props: Record<string, unknown>;
  /** The entity in view, when it was read with what its selection as subject or object needs. */
  self?: EntityRow;
  /** The far end, when the query was asked for it. */
  other?: EntityRow | null;
  /** The represented country (PARTICIPATED_IN), when the query was asked for it. */
  country?: EntityRow | null;
}

/**
 * A relation as the relations statement returns it, before relationRows makes it a
 * RelationRow: a list rather than a map, since a map's keys are sent, and decoded by the
 * driver, again for every relation. In order: the fact's id, its type, whether it runs
 * from the entity in view (`out`), the far end's id (when the far end is not read), the
 * properties (as values in `relationKeys`' order, when the key lists them), the far end
 * (when `otherKeys` asks for it) and the represented country's id (when `countryKeys` does).
 */
export type StatementRelation = [
  factId: string,
  type: FactType,
  out: boolean,
  otherId: string | null,
  props: Record<string, unknown> | unknown[],
  other: EntityRow | null,
  countryId: string | null,
];

/** Where the represented country's id sits in a StatementRelation, for the statement that reads the countries. */
export const STATEMENT_RELATION_COUNTRY = 6;

/** Which of an entity's relations a field wants. Two fields asking the same thing share one key. */
export interface RelationKey {
  id: string;
  types: readonly FactType[];
  direction: "OUT" | "IN" | "BOTH";
  role?: string | null;
  countryId?: string | null;
  from?: string | null;
  to?: string | null;
  /** Only relations whose far end carries one of these labels (from the fixed list of kinds). */
  otherKinds?: readonly EntityKind[] | null;
  limit: number;
  /** Read only these relationship properties (see relationKeys); every one when omitted. */
  relationKeys?: readonly string[] | null;
  /** Return each relation's far end with it, with these properties (the client selected other, subject or object). */
  otherKeys?: readonly string[] | null;
  /** Return the represented country with each relation, with these properties (the client selected country). */
  countryKeys?: readonly string[] | null;
}

/** A key but for its entity: what a relationship field asks of every item of a list alike, so a list can bring it along for each (graph/relation-batch.ts). */
export type RelationTemplate = Omit<RelationKey, "id">;
