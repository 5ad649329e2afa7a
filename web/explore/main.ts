import "../shared/base.css";
import "./explore.css";
import type { Core } from "cytoscape";
import { byId, download, h } from "../shared/dom.js";
import { graphql, GraphQLRequestError } from "../shared/graphql.js";
import { KIND_STYLE, KINDS } from "../shared/kinds.js";
import { createCanvas, fitView, layOut, syncCanvas } from "./canvas.js";
import { factItem, renderCard, type CardActions } from "./card.js";
import { toCsv, toGraphML, toJson, type DrawnView } from "./export.js";
import { edgeVisibility, GraphModel } from "./graph-model.js";
import {
  CARD,
  CONNECTION,
  COUNTERPARTS,
  ENTITY_NODE,
  NEIGHBOURHOOD,
  SEARCH,
  type Card,
  type Counterpart,
  type EntityRef,
  type NeighbourhoodResult,
  type Path,
  type SearchHit,
} from "./queries.js";
import { yearExtent, yearRange, type DayRange } from "./time-filter.js";
import { readState, writeState, emptyState, type ViewState } from "./view-state.js";

const model = new GraphModel();
const cy: Core = createCanvas(byId("cy"));
let state: ViewState = readState(location.search);
let pathEdges = new Set<string>();
let restoring = false;
let extent: [number, number] = [new Date().getFullYear() - 5, new Date().getFullYear()];

const status = byId("status");
const fromYear = byId<HTMLInputElement>("from-year");
const toYear = byId<HTMLInputElement>("to-year");

/** Scripts and browser tests reach the canvas here; the page itself never needs it. */
(window as unknown as { explorer: unknown }).explorer = { cy, model };

function say(message: string, error = false): void {
  status.textContent = message;
  status.classList.toggle("error", error);
}

const problem = (error: unknown) => (error instanceof GraphQLRequestError ? error.message : "Something went wrong.");

const add = (list: string[], id: string) => (list.includes(id) ? list : [...list, id]);

function anchors(): Set<string> {
  return new Set([...state.nodes, ...state.expanded, ...state.met, ...(state.path ?? [])]);
}

function currentRange(): DayRange {
  return yearRange(state.from ?? extent[0], state.to ?? extent[1]);
}

/** The slider's ends follow the dates of what is on the canvas. */
function updateExtent(): void {
  const days: (string | null | undefined)[] = [];
  for (const edge of model.edges.values()) {
    const span = edge.relation?.span;
    if (span) days.push(span.certainStart, span.certainEnd, span.possibleStart, span.possibleEnd);
    for (const m of edge.meetings ?? []) days.push(m.start?.earliest, m.start?.latest);
  }
  const now = new Date().getFullYear();
  extent = yearExtent(days, [now - 5, now]);
  for (const input of [fromYear, toYear]) {
    input.min = String(extent[0]);
    input.max = String(extent[1]);
  }
  fromYear.value = String(Math.max(extent[0], Math.min(state.from ?? extent[0], extent[1])));
  toYear.value = String(Math.min(extent[1], Math.max(state.to ?? extent[1], extent[0])));
  byId("from-out").textContent = fromYear.value;
  byId("to-out").textContent = toYear.value;
}

function pushState(): void {
  if (restoring) return;
  const query = writeState(state);
  if (query !== location.search) history.replaceState(null, "", `${location.pathname}${query}`);
}

/** Redraws from the model; a layout runs only when something was added. */
function redraw(around?: string): void {
  updateExtent();
  const { added } = syncCanvas(cy, model, currentRange(), anchors(), pathEdges);
  if (added) layOut(cy, around);
  cy.nodes().removeClass("card");
  if (state.card) cy.getElementById(state.card).addClass("card");
  renderNodeList();
  pushState();
}

/** What is drawn now, for the exports: hidden facts and nodes are left out. */
function drawnView(): DrawnView {
  const range = currentRange();
  const nodes = [...model.nodes.values()].filter((n) => !cy.getElementById(n.id).hasClass("hidden"));
  const edges = [...model.edges.values()].flatMap((edge) => {
    const { visibility, weight } = edgeVisibility(edge, range);
    return visibility === "HIDDEN" ? [] : [{ edge, visibility, weight }];
  });
  return { nodes, edges };
}

const actions: CardActions = {
  open: (id) => void openCard(id),
  place: (entity) => void expand(entity.id, entity),
  counterparts: (id) => void showCounterparts(id),
};

async function search(text: string): Promise<void> {
  const results = byId("results");
  if (!text.trim()) return;
  say(`Searching for “${text}”…`);
  try {
    const { search: hits } = await graphql<{ search: SearchHit[] }>(SEARCH, { text });
    results.replaceChildren(
      h("h2", { id: "results-title" }, `Results for “${text}” (${hits.length})`),
      hits.length
        ? h(
            "ul",
            { class: "hits", "aria-labelledby": "results-title" },
            hits.map((hit) =>
              h(
                "li",
                {},
                h(
                  "button",
                  { type: "button", class: "hit", onclick: () => void choose(hit.entity) },
                  h("span", { class: "hit-name" }, hit.entity.name, " ", h("span", { class: `kind kind-${hit.entity.kind}` }, hit.entity.kind)),
                  hit.matchedName && hit.matchedName !== hit.entity.name ? h("span", { class: "hit-matched" }, `matched “${hit.matchedName}”`) : null,
                  h("span", { class: "hit-context" }, hit.context),
                ),
              ),
            ),
          )
        : h("p", { class: "muted" }, "Nothing found. Try another spelling, or a word of the name in Thai or Khmer."),
    );
    say(`${hits.length} result${hits.length === 1 ? "" : "s"} for “${text}”.`);
  } catch (error) {
    say(problem(error), true);
  }
}

/** A search result chosen: its card opens and it goes on the canvas. */
async function choose(entity: EntityRef): Promise<void> {
  place(entity);
  await openCard(entity.id);
}

function place(entity: EntityRef): void {
  model.addNode(entity);
  state.nodes = add(state.nodes, entity.id);
  redraw(entity.id);
}

async function openCard(id: string): Promise<void> {
  const target = byId("card");
  try {
    const { entity } = await graphql<{ entity: Card }>(CARD, { id });
    target.replaceChildren(renderCard(entity, actions));
    state.card = id;
    redraw();
    const title = byId("card-title");
    title.tabIndex = -1;
    if (!restoring) title.focus({ preventScroll: false });
  } catch (error) {
    say(problem(error), true);
  }
}

/** Double-click (or the Expand button): the node's neighbours and the facts that join them. */
async function expand(id: string, known?: EntityRef): Promise<void> {
  say("Expanding…");
  try {
    if (known) model.addNode(known);
    const { entity } = await graphql<NeighbourhoodResult>(NEIGHBOURHOOD, { id });
    const { nodes, edges, truncated } = entity.neighbourhood;
    for (const node of nodes) model.addNode(node);
    let facts = 0;
    for (const edge of edges) if (edge.relation && model.addRelation(edge.relation)) facts += 1;
    state.expanded = add(state.expanded, id);
    redraw(id);
    say(`${model.nodes.get(id)?.name ?? id}: ${nodes.length} neighbours, ${facts} new facts${truncated ? " (the neighbourhood was cut to its nearest part)" : ""}.`);
  } catch (error) {
    say(problem(error), true);
  }
}

/** Two nodes selected: the shortest chains of facts between them, each hop with its evidence. */
async function connect(a: string, b: string): Promise<void> {
  const panel = byId("connections");
  const name = (id: string) => model.nodes.get(id)?.name ?? id;
  say(`Looking for connections between ${name(a)} and ${name(b)}…`);
  try {
    const { connection } = await graphql<{ connection: Path[] }>(CONNECTION, { from: a, to: b });
    pathEdges = new Set(connection.flatMap((p) => p.steps.map((s) => s.relation.id)));
    for (const path of connection) for (const step of path.steps) model.addRelation(step.relation);
    state.path = [a, b];
    redraw(a);
    panel.replaceChildren(
      h("h2", { id: "connections-title" }, `Connections: ${name(a)} ↔ ${name(b)}`),
      connection.length
        ? h(
            "ol",
            { class: "paths", "aria-labelledby": "connections-title" },
            connection.map((path, i) =>
              h(
                "li",
                {},
                h("h3", {}, `Path ${i + 1}: ${path.length} hop${path.length === 1 ? "" : "s"}`),
                h(
                  "ol",
                  { class: "facts hops" },
                  path.steps.map((step) => factItem(step.relation, null, actions)),
                ),
              ),
            ),
          )
        : h("p", { class: "muted" }, "No chain of facts joins them within 4 hops."),
      h("button", { type: "button", onclick: () => clearConnection() }, "Clear connections"),
    );
    say(`${connection.length} connection${connection.length === 1 ? "" : "s"} between ${name(a)} and ${name(b)}.`);
  } catch (error) {
    say(problem(error), true);
  }
}

function clearConnection(): void {
  pathEdges = new Set();
  state.path = null;
  byId("connections").replaceChildren();
  redraw();
}

/** "Who attended with whom": one edge per counterpart, as thick as the meetings they shared. */
async function showCounterparts(id: string): Promise<void> {
  try {
    const { entity } = await graphql<{ entity: EntityRef & { counterparts?: Counterpart[] } }>(COUNTERPARTS, { id });
    const counterparts = entity.counterparts ?? [];
    for (const c of counterparts) model.addSharedMeetings(entity, c.entity, c.sharedMeetings);
    state.met = add(state.met, id);
    redraw(id);
    say(`${entity.name} shared meetings with ${counterparts.length} counterpart${counterparts.length === 1 ? "" : "s"}.`);
  } catch (error) {
    say(problem(error), true);
  }
}

/** The canvas as a list, so that everything the mouse does there can be done by keyboard and read by a screen reader. */
function renderNodeList(): void {
  const list = byId("node-list");
  const nodes = [...model.nodes.values()].sort((a, b) => a.name.localeCompare(b.name));
  byId("on-canvas-count").textContent = String(nodes.length);
  list.replaceChildren(
    ...nodes.map((node) => {
      const element = cy.getElementById(node.id);
      const hidden = element.hasClass("hidden");
      const check = h("input", { type: "checkbox", id: `sel-${node.id}`, checked: element.selected(), "aria-label": `Select ${node.name} for connections` });
      check.addEventListener("change", () => (check.checked ? element.select() : element.unselect()));
      return h(
        "li",
        { class: hidden ? "muted" : "" },
        check,
        " ",
        h("button", { type: "button", class: "link", onclick: () => void openCard(node.id) }, node.name),
        " ",
        h("span", { class: `kind kind-${node.kind}` }, node.kind),
        hidden ? " (outside the time range)" : "",
        " ",
        h("button", { type: "button", class: "small", onclick: () => void expand(node.id), "aria-label": `Expand ${node.name}` }, "Expand"),
      );
    }),
  );
}

function renderLegend(): void {
  byId("legend").replaceChildren(
    h("h2", { class: "visually-hidden" }, "Legend"),
    h(
      "ul",
      {},
      KINDS.map((kind) => h("li", {}, h("span", { class: "swatch", "data-kind": kind, "aria-hidden": "true" }, KIND_STYLE[kind].symbol), ` ${kind}`)),
      h("li", {}, h("span", { class: "line certain", "aria-hidden": "true" }), " CERTAIN in range"),
      h("li", {}, h("span", { class: "line possible", "aria-hidden": "true" }), " only POSSIBLE"),
      h("li", {}, h("span", { class: "line met", "aria-hidden": "true" }), " shared meetings (width = count)"),
      h("li", {}, h("span", { class: "line path", "aria-hidden": "true" }), " connection"),
    ),
  );
}

function onSlider(): void {
  let from = Number(fromYear.value);
  let to = Number(toYear.value);
  if (from > to) [from, to] = document.activeElement === fromYear ? [from, from] : [to, to];
  state.from = from === extent[0] ? null : from;
  state.to = to === extent[1] ? null : to;
  redraw();
  const hidden = cy.edges(".hidden").length;
  say(`Showing facts that may hold between ${from} and ${to}${hidden ? `; ${hidden} outside it hidden` : ""}.`);
}

let selectionTimer: number | undefined;
cy.on("select unselect", "node", () => {
  window.clearTimeout(selectionTimer);
  selectionTimer = window.setTimeout(() => {
    const selected = cy.nodes(":selected").map((n) => n.id());
    for (const box of byId("node-list").querySelectorAll<HTMLInputElement>("input[type=checkbox]")) box.checked = selected.includes(box.id.slice(4));
    byId("selection").textContent = selected.length
      ? `Selected: ${selected.map((id) => model.nodes.get(id)?.name ?? id).join(", ")}${selected.length === 1 ? " — select one more to see how they connect." : ""}`
      : "";
    if (selected.length === 2) void connect(selected[0]!, selected[1]!);
  }, 150);
});
cy.on("dbltap", "node", (event) => void expand(event.target.id()));
cy.on("tap", "node", (event) => void openCard(event.target.id()));

byId<HTMLFormElement>("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  void search(byId<HTMLInputElement>("search-input").value);
});
fromYear.addEventListener("input", onSlider);
toYear.addEventListener("input", onSlider);
byId("fit").addEventListener("click", () => fitView(cy));
byId("relayout").addEventListener("click", () => layOut(cy));
byId("clear").addEventListener("click", () => {
  model.clear();
  pathEdges = new Set();
  state = emptyState();
  byId("connections").replaceChildren();
  byId("card").replaceChildren();
  redraw();
  say("The canvas is empty.");
});
byId("export-png").addEventListener("click", () => download("diplograph-view.png", cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }) as unknown as Blob));
byId("export-graphml").addEventListener("click", () => download("diplograph-view.graphml", toGraphML(drawnView()), "application/graphml+xml"));
byId("export-csv").addEventListener("click", () => download("diplograph-view.csv", toCsv(drawnView()), "text/csv"));
byId("export-json").addEventListener("click", () => download("diplograph-view.json", toJson(drawnView(), { url: location.href, ...state }), "application/json"));

/** Opens the view a shared link describes, step by step, the way it was built. */
async function restore(): Promise<void> {
  const wanted = state;
  restoring = true;
  try {
    for (const id of wanted.nodes) {
      const { entity } = await graphql<{ entity: EntityRef }>(ENTITY_NODE, { id });
      model.addNode(entity);
    }
    for (const id of wanted.expanded) await expand(id);
    for (const id of wanted.met) await showCounterparts(id);
    if (wanted.path) await connect(wanted.path[0], wanted.path[1]);
    if (wanted.card) await openCard(wanted.card);
    state = { ...wanted, card: wanted.card };
  } catch (error) {
    say(problem(error), true);
  } finally {
    restoring = false;
    redraw();
    if (model.nodes.size) layOut(cy);
  }
}

renderLegend();
updateExtent();
renderNodeList();
void restore().then(() => document.body.setAttribute("data-ready", "true"));
