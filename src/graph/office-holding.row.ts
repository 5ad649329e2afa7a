import type { EntityRow } from "./entity.row.js";
import type { RelationRow } from "./relation.row.js";

/**
 * An office-holding candidate as the query returns it, before its certainty is worked out:
 * the HOLDS_POSITION fact's id and properties (as values when only some were read), its
 * official (the subject) and where the office is held (the object).
 */
export interface OfficeHoldingRow {
  factId: RelationRow["factId"];
  props: Record<string, unknown> | unknown[];
  official: EntityRow;
  organisation: EntityRow;
}
