import type { FactType } from "../model/fact-types.js";

/** A relation as the queries return it, seen from `selfId`. */
export interface RelationRow {
  factId: string;
  type: FactType;
  selfId: string;
  otherId: string;
  subjectId: string;
  objectId: string;
  props: Record<string, unknown>;
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
  limit: number;
}
