import { readFileSync } from "node:fs";

/**
 * The layers of src/, lowest first, from src/layers.json: the one list that both this
 * lint rule and the architecture test read.
 */
export const LAYERS = JSON.parse(readFileSync(new URL("../../src/layers.json", import.meta.url), "utf8")).layers;

/** The rank of a folder directly under src/, or undefined for a folder with no place yet. */
export function rankOf(folder) {
  const rank = LAYERS.findIndex((layer) => layer.folders.includes(folder));
  return rank === -1 ? undefined : rank;
}
