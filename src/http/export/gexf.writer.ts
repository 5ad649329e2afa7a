import type { ExportGraph } from "../../domain/export/export-graph.type.js";
import { type Column, EDGE_COLUMNS, NODE_COLUMNS } from "./export-columns.js";
import { xmlText } from "./xml-text.js";

function attvalues<T>(columns: Column<T>[], row: T): string {
  const values = columns
    .map((c) => [c, c.value(row)] as const)
    .filter(([, v]) => v !== null && v !== "")
    .map(([c, v]) => `<attvalue for="${c.id}" value="${xmlText(v)}"/>`);
  return values.length ? `<attvalues>${values.join("")}</attvalues>` : "";
}

const attributes = <T>(kind: "node" | "edge", columns: Column<T>[]) =>
  `      <attributes class="${kind}" mode="static">\n${columns.map((c) => `        <attribute id="${c.id}" title="${c.id}" type="${c.type}"/>`).join("\n")}\n      </attributes>\n`;

/** GEXF 1.3 (gexf.net), Gephi's own format: one chunk per node and edge. */
export function* gexf(graph: ExportGraph): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n`;
  yield `  <meta><creator>Diplograph</creator><description>${xmlText(graph.title)}${graph.truncated ? " (cut at its bound)" : ""}</description></meta>\n`;
  yield `  <graph defaultedgetype="directed" mode="static">\n`;
  yield attributes("node", NODE_COLUMNS);
  yield attributes("edge", EDGE_COLUMNS);
  yield `    <nodes>\n`;
  for (const n of graph.nodes) yield `      <node id="${xmlText(n.id)}" label="${xmlText(n.name)}">${attvalues(NODE_COLUMNS, n)}</node>\n`;
  yield `    </nodes>\n    <edges>\n`;
  for (const e of graph.edges) {
    yield `      <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" label="${xmlText(e.type)}">${attvalues(EDGE_COLUMNS, e)}</edge>\n`;
  }
  yield `    </edges>\n  </graph>\n</gexf>\n`;
}
