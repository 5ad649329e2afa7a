import type { ExportGraph } from "../../domain/export/export-graph.type.js";

/**
 * Cytoscape's JSON (the elements format Cytoscape desktop and cytoscape.js import):
 * `data` on every node and edge, evidence kept as a list of objects. One chunk per element.
 */
export function* json(graph: ExportGraph): Generator<string> {
  yield `{"data":${JSON.stringify({ name: graph.title, truncated: graph.truncated })},"elements":{"nodes":[`;
  let first = true;
  for (const n of graph.nodes) {
    yield `${first ? "" : ","}\n${JSON.stringify({ data: { ...n, label: n.name } })}`;
    first = false;
  }
  yield `\n],"edges":[`;
  first = true;
  for (const e of graph.edges) {
    yield `${first ? "" : ","}\n${JSON.stringify({ data: { ...e, label: e.type } })}`;
    first = false;
  }
  yield `\n]}}\n`;
}
