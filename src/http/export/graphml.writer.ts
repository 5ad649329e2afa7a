import type { ExportGraph } from "../../domain/export/export-graph.type.js";
import { type Column, EDGE_COLUMNS, NODE_COLUMNS } from "./export-columns.js";
import { xmlText } from "./xml-text.js";

const GRAPHML_TYPE = { string: "string", boolean: "boolean", integer: "int" } as const;

function data<T>(columns: Column<T>[], prefix: string, row: T): string {
  return columns
    .map((c) => [c, c.value(row)] as const)
    .filter(([, v]) => v !== null && v !== "")
    .map(([c, v]) => `<data key="${prefix}${c.id}">${xmlText(v)}</data>`)
    .join("");
}

/** GraphML (graphml.graphdrawing.org), as Gephi, Cytoscape, yEd and graphology read it: one chunk per node and edge. */
export function* graphml(graph: ExportGraph): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n`;
  yield `  <key id="label" for="node" attr.name="label" attr.type="string"/>\n`;
  for (const c of NODE_COLUMNS) yield `  <key id="n_${c.id}" for="node" attr.name="${c.id}" attr.type="${GRAPHML_TYPE[c.type]}"/>\n`;
  yield `  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>\n`;
  for (const c of EDGE_COLUMNS) yield `  <key id="e_${c.id}" for="edge" attr.name="${c.id}" attr.type="${GRAPHML_TYPE[c.type]}"/>\n`;
  yield `  <graph id="diplograph" edgedefault="directed">\n    <desc>${xmlText(graph.title)}${graph.truncated ? " (cut at its bound)" : ""}</desc>\n`;
  for (const n of graph.nodes) yield `    <node id="${xmlText(n.id)}"><data key="label">${xmlText(n.name)}</data>${data(NODE_COLUMNS, "n_", n)}</node>\n`;
  for (const e of graph.edges) {
    yield `    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}"><data key="e_label">${xmlText(e.type)}</data>${data(EDGE_COLUMNS, "e_", e)}</edge>\n`;
  }
  yield `  </graph>\n</graphml>\n`;
}
