/** A qualifier node as the queries return it. */
export interface QualifierRow {
  id: string;
  factId: string;
  articleId: string;
  property: string;
  valueType: string;
  amount?: number | null;
  unit?: string | null;
  text?: string | null;
  quote: string;
  inferred: boolean;
  note?: string | null;
  [property: string]: unknown;
}
