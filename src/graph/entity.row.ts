import type { EntityKind } from "../model/entity-kinds.js";

/** An entity as the queries return it: its node properties plus its kind. */
export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  sortName: string;
  description?: string | null;
  aliasRecords?: string[];
  [property: string]: unknown;
}

/** Cypher that projects an entity node `n` into an EntityRow. */
export const ENTITY_PROJECTION = `n { .*, kind: [l IN labels(n) WHERE l <> 'Entity'][0], searchText: null, searchTextThai: null, aliasNames: null, searchNames: null, nameKeys: null }`;
