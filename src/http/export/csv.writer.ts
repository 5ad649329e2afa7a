import type { ExportGraph } from "../../domain/export/export-graph.type.js";
import { EDGE_COLUMNS, NODE_COLUMNS } from "./export-columns.js";
import { allowed } from "./xml-text.js";

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled; control characters a spreadsheet would choke on are dropped. */
export function csvField(value: unknown): string {
  const s = [...(value === null || value === undefined ? "" : String(value))].filter(allowed).join("");
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (fields: unknown[]) => `${fields.map(csvField).join(",")}\r\n`;

/**
 * Two tables, as Gephi's spreadsheet import and any spreadsheet take them: the nodes
 * (Id, Label, …) or the edges (Id, Source, Target, Type as Gephi means it, Label, …).
 */
export function* csv(graph: ExportGraph, table: "nodes" | "edges"): Generator<string> {
  if (table === "nodes") {
    yield line(["Id", "Label", ...NODE_COLUMNS.map((c) => c.id)]);
    for (const n of graph.nodes) yield line([n.id, n.name, ...NODE_COLUMNS.map((c) => c.value(n))]);
    return;
  }
  yield line(["Id", "Source", "Target", "Type", "Label", ...EDGE_COLUMNS.map((c) => (c.id === "type" ? "factType" : c.id))]);
  for (const e of graph.edges) yield line([e.id, e.source, e.target, "Directed", e.type, ...EDGE_COLUMNS.map((c) => c.value(e))]);
}
