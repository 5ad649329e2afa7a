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
