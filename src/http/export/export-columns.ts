import type { ExportEdge, ExportNode } from "../../domain/export/export-graph.type.js";

/** Lists (aliases, quotes, titles, URLs) are written one item per line, in one attribute or cell. */
export const LIST_SEPARATOR = "\n";

export type ColumnType = "string" | "boolean" | "integer";

export interface Column<T> {
  id: string;
  type: ColumnType;
  value(row: T): string | boolean | number | null;
}

const list = (values: readonly (string | null)[]) => values.map((v) => v ?? "").join(LIST_SEPARATOR);

/** The attributes every format writes for a node, in this order. */
export const NODE_COLUMNS: Column<ExportNode>[] = [
  { id: "kind", type: "string", value: (n) => n.kind },
  { id: "name", type: "string", value: (n) => n.name },
  { id: "country", type: "string", value: (n) => n.country },
  { id: "countryId", type: "string", value: (n) => n.countryId },
  { id: "aliases", type: "string", value: (n) => list(n.aliases) },
];

/** The attributes every format writes for an edge, in this order. */
export const EDGE_COLUMNS: Column<ExportEdge>[] = [
  { id: "type", type: "string", value: (e) => e.type },
  { id: "role", type: "string", value: (e) => e.role },
  { id: "title", type: "string", value: (e) => e.title },
  { id: "mode", type: "string", value: (e) => e.mode },
  { id: "countryId", type: "string", value: (e) => e.countryId },
  { id: "certainStart", type: "string", value: (e) => e.certainStart },
  { id: "certainEnd", type: "string", value: (e) => e.certainEnd },
  { id: "possibleStart", type: "string", value: (e) => e.possibleStart },
  { id: "possibleEnd", type: "string", value: (e) => e.possibleEnd },
  { id: "certainty", type: "string", value: (e) => e.certainty },
  { id: "disputed", type: "boolean", value: (e) => e.disputed },
  { id: "evidenceCount", type: "integer", value: (e) => e.evidence.length },
  { id: "quotes", type: "string", value: (e) => list(e.evidence.map((x) => x.quote)) },
  { id: "articleTitles", type: "string", value: (e) => list(e.evidence.map((x) => x.articleTitle)) },
  { id: "urls", type: "string", value: (e) => list(e.evidence.map((x) => x.url)) },
];
