/**
 * The layers of src/, lowest first, as the README draws them. A folder may import from a
 * folder of a lower rank only: never upward, never sideways, so the folders' import graph
 * can have no cycle. A new folder under src/ must be placed here before it can be linted.
 */
export const LAYERS = [
  {
    name: "foundations",
    folders: ["model", "time", "errors", "config", "logging"],
    why: "fixed lists, dates, typed errors, settings and logging, usable by every layer",
  },
  { name: "credentials", folders: ["auth"], why: "editor and reader keys, read from the configuration" },
  { name: "neo4j", folders: ["neo4j"], why: "driver, executor, migrations, the embedded database" },
  { name: "graph", folders: ["graph"], why: "row types, named Cypher queries and fragments" },
  { name: "domain", folders: ["domain"], why: "services: read models, editing, search, traversal, drafting" },
  { name: "graphql", folders: ["graphql"], why: "schema, resolvers, types, loaders, plugins, context" },
  { name: "http", folders: ["http"], why: "express routes" },
  { name: "corpus", folders: ["corpus"], why: "loading the bundled corpus through the editing service" },
  { name: "clients", folders: ["server", "cli"], why: "entry points: the server and the CLI" },
];

/** The rank of a folder directly under src/, or undefined for a folder with no place yet. */
export function rankOf(folder) {
  const rank = LAYERS.findIndex((layer) => layer.folders.includes(folder));
  return rank === -1 ? undefined : rank;
}
