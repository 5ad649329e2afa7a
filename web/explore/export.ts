import type { EntityRef } from "./queries.js";
import { edgeEvidence, edgeLabel, type GraphEdge } from "./graph-model.js";
import type { Visibility } from "./time-filter.js";

/** The view as drawn: only what the time range keeps, each edge with how it is drawn and its weight. */
export interface DrawnView {
  nodes: EntityRef[];
  edges: { edge: GraphEdge; visibility: Exclude<Visibility, "HIDDEN">; weight: number }[];
}

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** GraphML (readable by Gephi, yEd, Cytoscape desktop and NetworkX), with each edge's evidence as text. */
export function toGraphML(view: DrawnView): string {
  const keys = [
    ["name", "node", "name"],
    ["kind", "node", "kind"],
    ["type", "edge", "type"],
    ["label", "edge", "label"],
    ["certainty", "edge", "certainty"],
    ["weight", "edge", "weight", "int"],
    ["certainStart", "edge", "certainStart"],
    ["certainEnd", "edge", "certainEnd"],
    ["possibleStart", "edge", "possibleStart"],
    ["possibleEnd", "edge", "possibleEnd"],
    ["evidence", "edge", "evidence"],
  ];
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`,
    ...keys.map(([id, on, name, type]) => `  <key id="${id}" for="${on}" attr.name="${name}" attr.type="${type ?? "string"}"/>`),
    `  <graph id="diplograph" edgedefault="directed">`,
  ];
  for (const node of view.nodes) {
    lines.push(`    <node id="${xml(node.id)}"><data key="name">${xml(node.name)}</data><data key="kind">${xml(node.kind)}</data></node>`);
  }
  for (const { edge, visibility, weight } of view.edges) {
    const span = edge.relation?.span;
    const data: [string, string | null | undefined][] = [
      ["type", edge.type],
      ["label", edgeLabel(edge, weight)],
      ["certainty", visibility],
      ["weight", String(weight)],
      ["certainStart", span?.certainStart],
      ["certainEnd", span?.certainEnd],
      ["possibleStart", span?.possibleStart],
      ["possibleEnd", span?.possibleEnd],
      ["evidence", edgeEvidence(edge).join("\n")],
    ];
    const body = data
      .filter(([, v]) => v)
      .map(([k, v]) => `<data key="${k}">${xml(v as string)}</data>`)
      .join("");
    lines.push(`    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">${body}</edge>`);
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

const cell = (value: string | number | null | undefined) => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** One CSV of nodes and edges alike (the `record` column tells which), each edge with its evidence and articles. */
export function toCsv(view: DrawnView): string {
  const header = ["record", "id", "kind_or_type", "name_or_label", "source", "target", "certainty", "weight", "possible_start", "possible_end", "evidence"];
  const rows = [header.join(",")];
  for (const node of view.nodes) rows.push(["node", node.id, node.kind, node.name, "", "", "", "", "", "", ""].map(cell).join(","));
  for (const { edge, visibility, weight } of view.edges) {
    const span = edge.relation?.span;
    rows.push(
      ["edge", edge.id, edge.type, edgeLabel(edge, weight), edge.source, edge.target, visibility, weight, span?.possibleStart, span?.possibleEnd, edgeEvidence(edge).join(" | ")]
        .map(cell)
        .join(","),
    );
  }
  return `${rows.join("\r\n")}\r\n`;
}

/** The view as JSON: where it came from (the shareable state) and everything drawn, evidence included. */
export function toJson(view: DrawnView, state: unknown): string {
  return `${JSON.stringify(
    {
      view: state,
      nodes: view.nodes,
      edges: view.edges.map(({ edge, visibility, weight }) => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        label: edgeLabel(edge, weight),
        certainty: visibility,
        weight,
        span: edge.relation?.span ?? null,
        evidence: edge.relation?.evidence ?? [],
        sharedMeetings: edge.meetings ?? [],
      })),
    },
    null,
    2,
  )}\n`;
}
