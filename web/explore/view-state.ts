/**
 * The explorer's view as a URL query, so that a link opens the same picture: the entities
 * placed by hand, those expanded, the pair whose connections are drawn, the parties whose
 * counterparts are drawn, the entity whose card is open, and the years kept.
 */
export interface ViewState {
  card: string | null;
  nodes: string[];
  expanded: string[];
  path: [string, string] | null;
  met: string[];
  from: number | null;
  to: number | null;
}

export const emptyState = (): ViewState => ({ card: null, nodes: [], expanded: [], path: null, met: [], from: null, to: null });

const ids = (value: string | null) => (value ? value.split(",").filter((id) => /^[A-Za-z]+:[A-Za-z0-9]+$/.test(id)) : []);
const year = (value: string | null) => (value && /^\d{4}$/.test(value) ? Number(value) : null);

export function readState(query: string): ViewState {
  const params = new URLSearchParams(query);
  const path = ids(params.get("path"));
  return {
    card: ids(params.get("card"))[0] ?? null,
    nodes: ids(params.get("nodes")),
    expanded: ids(params.get("expand")),
    path: path.length === 2 ? [path[0]!, path[1]!] : null,
    met: ids(params.get("met")),
    from: year(params.get("from")),
    to: year(params.get("to")),
  };
}

export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.nodes.length) params.set("nodes", state.nodes.join(","));
  if (state.expanded.length) params.set("expand", state.expanded.join(","));
  if (state.path) params.set("path", state.path.join(","));
  if (state.met.length) params.set("met", state.met.join(","));
  if (state.card) params.set("card", state.card);
  if (state.from !== null) params.set("from", String(state.from));
  if (state.to !== null) params.set("to", String(state.to));
  const text = params.toString().replace(/%3A/gi, ":").replace(/%2C/gi, ",");
  return text ? `?${text}` : "";
}
