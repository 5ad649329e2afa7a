import type { EntityRow } from "./entity.row.js";
import type { RelationRow } from "./relation.row.js";

/** An office-holding candidate as the query returns it, before its certainty is worked out. */
export interface OfficeHoldingRow {
  relation: RelationRow;
  official: EntityRow;
  organisation: EntityRow;
}
