/** A partial date as stored flat under a prefix, read back into one value. */
export interface StoredPartialDate {
  value: string;
  precision: "DAY" | "MONTH" | "YEAR";
  earliest: string;
  latest: string;
  text: string | null;
  inferred: boolean;
  note: string | null;
}

/** Reads a partial date stored flat under a prefix (startValue, startPrecision, …). */
export function readPartialDate(row: Record<string, unknown>, prefix: string): StoredPartialDate | null {
  const value = row[`${prefix}Value`];
  if (typeof value !== "string") return null;
  return {
    value,
    precision: row[`${prefix}Precision`] as StoredPartialDate["precision"],
    earliest: row[`${prefix}Earliest`] as string,
    latest: row[`${prefix}Latest`] as string,
    text: (row[`${prefix}Text`] as string | null) ?? null,
    inferred: row[`${prefix}Inferred`] === true,
    note: (row[`${prefix}Note`] as string | null) ?? null,
  };
}
