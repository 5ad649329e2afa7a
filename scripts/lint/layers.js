import { readFileSync } from "node:fs";

/**
 * The layers of src/, lowest first, from src/layers.json: the one list that both this
 * lint rule and the architecture test read.
 */
const FILE = JSON.parse(readFileSync(new URL("../../src/layers.json", import.meta.url), "utf8"));

export const LAYERS = FILE.layers;

/** Packages that only some folders may import: `{ names, pattern, folders, why }`. */
export const PACKAGES = FILE.packages.map((entry) => ({ ...entry, pattern: new RegExp(entry.pattern) }));

/** The entry of PACKAGES a package import falls under, or undefined when any folder may import it. */
export function packageHomeOf(specifier) {
  return PACKAGES.find((entry) => entry.pattern.test(specifier));
}

/** The rank of a folder directly under src/, or undefined for a folder with no place yet. */
export function rankOf(folder) {
  const rank = LAYERS.findIndex((layer) => layer.folders.includes(folder));
  return rank === -1 ? undefined : rank;
}
